#include "contentstore.h"

#include "installedcontent.h"
#include "sqlitereader.h"
#include "validator.h"

#include <QFileInfo>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcContent, "phishaid.content")

namespace phishaid {

namespace {
const QString BundledPath = u":/phishaid/content.sqlite"_s;

QString &defaultPathStorage()
{
    static QString path = BundledPath;
    return path;
}

QString &installDirectoryStorage()
{
    static QString directory;
    return directory;
}
} // namespace

// One database read and validated, not yet shown.
struct ContentStore::Attempt
{
    QString path;
    Status status = NotLoaded;
    QString detail;
    content::Content content;
};

ContentStore::ContentStore(QObject *parent)
    : QObject(parent)
{ }

ContentStore *ContentStore::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    Q_UNUSED(jsEngine)
    auto *store = new ContentStore(qmlEngine);
    store->reload();
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

QString ContentStore::bundledDatabasePath()
{
    return BundledPath;
}

QString ContentStore::installDirectory()
{
    const QString &directory = installDirectoryStorage();
    return directory.isEmpty() ? update::defaultInstallDirectory() : directory;
}

void ContentStore::setInstallDirectory(const QString &directory)
{
    installDirectoryStorage() = directory;
}

ContentStore::Attempt ContentStore::attempt(const QString &path)
{
    // The reader copies a bundled resource (not a plain file on Android or iOS) out before opening it.
    content::ReadResult result = content::readContentDatabase(path);
    switch (result.error) {
    case content::ReadResult::None:
        break;
    case content::ReadResult::Missing:
        return { path, Missing, result.detail, {} };
    case content::ReadResult::TooNew:
        return { path, TooNew, result.detail, {} };
    case content::ReadResult::NotADatabase:
    case content::ReadResult::Malformed:
        return { path, Corrupt, result.detail, {} };
    }

    // The same validation the build runs: a database that passes the schema check but holds a broken
    // tree (an answer leading nowhere) must not reach the wizard.
    const QList<content::Diagnostic> problems = content::validateContent(*result.content);
    if (!problems.isEmpty()) {
        return { path, Corrupt, u"The content database does not validate: %1"_s.arg(problems.constFirst().toString()), {} };
    }
    return { path, Ready, {}, std::move(*result.content) };
}

bool ContentStore::load(const QString &path)
{
    Attempt loaded = attempt(path);
    if (loaded.status != Ready) {
        m_path = path;
        m_content = {};
        fail(loaded.status, loaded.detail);
        return false;
    }
    adopt(std::move(loaded), false);
    return true;
}

bool ContentStore::loadPreferred(const QString &directory)
{
    Attempt bundled = attempt(BundledPath);
    const int bundledVersion = bundled.status == Ready ? bundled.content.version : 0;
    for (const QString &path : { update::currentDatabasePath(directory), update::previousDatabasePath(directory) }) {
        if (!QFileInfo::exists(path)) {
            continue;
        }
        Attempt installed = attempt(path);
        if (installed.status == Ready && installed.content.version > bundledVersion) {
            adopt(std::move(installed), true);
            return true;
        }
        // Logged, never shown: the app silently serves the next best content.
        qCWarning(lcContent).noquote() << "Skipping installed content" << path << "(version" << installed.content.version
                                       << "):" << (installed.status == Ready ? u"not newer than the bundled content"_s : installed.detail);
    }
    if (bundled.status != Ready) {
        m_path = BundledPath;
        m_content = {};
        fail(bundled.status, bundled.detail);
        return false;
    }
    adopt(std::move(bundled), false);
    return true;
}

bool ContentStore::reload(const QString &directory)
{
    const QString path = defaultDatabasePath();
    return path == BundledPath ? loadPreferred(directory) : load(path);
}

void ContentStore::adopt(Attempt &&loaded, bool installedUpdate)
{
    m_path = loaded.path;
    m_content = std::move(loaded.content);
    m_contentDate = update::readContentCreated(m_path);
    m_updateInstalled = installedUpdate;
    m_technicalDetail.clear();
    m_status = Ready;
    qCInfo(lcContent) << "Loaded content version" << m_content.version << "from" << m_path;
    Q_EMIT statusChanged();
}

void ContentStore::fail(Status status, const QString &detail)
{
    m_status = status;
    m_technicalDetail = detail;
    m_contentDate = {};
    m_updateInstalled = false;
    qCWarning(lcContent).noquote() << detail;
    Q_EMIT statusChanged();
}

} // namespace phishaid
