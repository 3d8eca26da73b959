#include "contentstore.h"

#include "sqlitereader.h"
#include "validator.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcContent, "phishaid.content")

namespace phishaid {

namespace {
QString &defaultPathStorage()
{
    static QString path = u":/phishaid/content.sqlite"_s;
    return path;
}
} // namespace

ContentStore::ContentStore(QObject *parent)
    : QObject(parent)
{ }

ContentStore *ContentStore::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    Q_UNUSED(jsEngine)
    auto *store = new ContentStore(qmlEngine);
    store->load(defaultDatabasePath());
    return store;
}

QString ContentStore::defaultDatabasePath()
{
    return defaultPathStorage();
}

void ContentStore::setDefaultDatabasePath(const QString &path)
{
    defaultPathStorage() = path;
}

bool ContentStore::load(const QString &path)
{
    m_path = path;
    m_content = {};

    // The reader copies a bundled resource (not a plain file on Android or iOS) out before opening it.
    content::ReadResult result = content::readContentDatabase(path);
    switch (result.error) {
    case content::ReadResult::None:
        break;
    case content::ReadResult::Missing:
        fail(Missing, result.detail);
        return false;
    case content::ReadResult::TooNew:
        fail(TooNew, result.detail);
        return false;
    case content::ReadResult::NotADatabase:
    case content::ReadResult::Malformed:
        fail(Corrupt, result.detail);
        return false;
    }

    // The same validation the build runs: a database that passes the schema check but holds a broken
    // tree (an answer leading nowhere) must not reach the wizard.
    const QList<content::Diagnostic> problems = content::validateContent(*result.content);
    if (!problems.isEmpty()) {
        fail(Corrupt, u"The content database does not validate: %1"_s.arg(problems.constFirst().toString()));
        return false;
    }

    m_content = std::move(*result.content);
    m_technicalDetail.clear();
    m_status = Ready;
    qCInfo(lcContent) << "Loaded content version" << m_content.version << "from" << path;
    Q_EMIT statusChanged();
    return true;
}

void ContentStore::fail(Status status, const QString &detail)
{
    m_status = status;
    m_technicalDetail = detail;
    qCWarning(lcContent).noquote() << detail;
    Q_EMIT statusChanged();
}

} // namespace phishaid
