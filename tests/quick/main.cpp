// Qt Quick Test runner for the QML UI: loads the PhishAid module from the core library's resources.
// Each test file gets its own engine and its own empty user database in a temporary directory.
//
// Environment:
//   PHISHAID_TEST_CONTENT_DB  use this guidance database instead of the one the build compiled
//                             (tst_errorpage.qml runs with a path that does not exist)
//   PHISHAID_SCREENSHOT_DIR   when set, tests save PNG screenshots there (see scripts/screenshots.sh)
//   PHISHAID_TEST_USER_DB     prepares the user database before the engine opens it: "too-new" (written by a
//                             newer app), "corrupt" (not a database), "unusable" (cannot be created);
//                             tst_userdatanotice.qml checks what the user is told
// UrlOpener hands nothing to the platform here: each URL is recorded (TestEnvironment.openedUrls) instead.
#include "checklist.h"
#include "contentstore.h"
#include "incidents.h"
#include "urlopener.h"
#include "userdatabase.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QObject>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQuickTest>
#include <memory>

Q_IMPORT_QML_PLUGIN(PhishAidPlugin)

using namespace Qt::StringLiterals;

namespace {

// What the QML tests may know about how they were started: the singleton TestEnvironment of PhishAidTest.
class TestEnvironment : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString screenshotDir READ screenshotDir CONSTANT)
    Q_PROPERTY(bool contentOverridden READ contentOverridden CONSTANT)
    Q_PROPERTY(QString tempDir READ tempDir CONSTANT)
    Q_PROPERTY(QString userDatabaseState READ userDatabaseState CONSTANT)
    // What the app asked the platform to open (a dialer, a browser, the PDF viewer), oldest first.
    Q_PROPERTY(QStringList openedUrls READ openedUrls NOTIFY openedUrlsChanged)

public:
    QString screenshotDir() const { return qEnvironmentVariable("PHISHAID_SCREENSHOT_DIR"); }
    bool contentOverridden() const { return qEnvironmentVariableIsSet("PHISHAID_TEST_CONTENT_DB"); }
    // A directory that goes away with the test run (user databases, exported PDFs).
    QString tempDir() const { return m_dir.path(); }
    QString userDatabaseState() const { return qEnvironmentVariable("PHISHAID_TEST_USER_DB"); }

    // The files next to the user database (a damaged one is kept aside there as "user-N.sqlite.corrupt-…").
    Q_INVOKABLE QStringList userDatabaseFiles() const
    {
        const QFileInfo database(phishaid::Incidents::defaultDatabasePath());
        return database.dir().entryList({ database.fileName() + u'*' }, QDir::Files, QDir::Name);
    }

    Q_INVOKABLE QString clipboardText() const { return QGuiApplication::clipboard()->text(); }

    // The text of a PDF the app wrote, as poppler's pdftotext reads it, NFKC-normalized with spaces and line
    // breaks removed (Qt 6.4's writer maps a few glyphs back to compatibility forms: 日 to ⽇, ・ to ‧).
    Q_INVOKABLE QString pdfText(const QString &path) const
    {
        QProcess process;
        process.start(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, path, u"-"_s });
        if (!process.waitForFinished(30000)) {
            return {};
        }
        QString text = QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
        return text.remove(u' ').remove(u'\n').replace(u'\u2027', u'・');
    }

    QStringList openedUrls() const { return m_openedUrls; }
    Q_INVOKABLE void forgetOpenedUrls()
    {
        m_openedUrls.clear();
        Q_EMIT openedUrlsChanged();
    }
    void recordOpened(const QUrl &url)
    {
        m_openedUrls.append(url.toString(QUrl::FullyEncoded));
        Q_EMIT openedUrlsChanged();
    }

    // Opens the user database the tests use in a second, brand-new QML engine (as the app does on its
    // next launch: its own Incidents and ContentStore singletons and a Checklist) and reports what that
    // engine sees: {openIncidentId, doneCount, applicableCount, states: {actionId: state}}.
    Q_INVOKABLE QVariantMap checklistInFreshEngine(int incidentId) const
    {
        QQmlEngine engine;
        engine.addImportPath(u"qrc:/qt/qml"_s);
        QQmlComponent component(&engine);
        component.setData(u"import PhishAid\nChecklist { incidents: Incidents; store: ContentStore; incidentId: %1 }"_s.arg(incidentId).toUtf8(), QUrl());
        std::unique_ptr<QObject> object(component.create());
        auto *checklist = qobject_cast<phishaid::Checklist *>(object.get());
        if (!checklist) {
            return { { u"error"_s, component.errorString() } };
        }
        QVariantMap states;
        for (int row = 0; row < checklist->rowCount(); ++row) {
            const QModelIndex index = checklist->index(row);
            states.insert(checklist->data(index, phishaid::Checklist::ActionIdRole).toString(), checklist->data(index, phishaid::Checklist::StateRole));
        }
        return {
            { u"openIncidentId"_s, checklist->incidents() ? checklist->incidents()->openIncidentId() : -1 },
            { u"doneCount"_s, checklist->doneCount() },
            { u"applicableCount"_s, checklist->applicableCount() },
            { u"states"_s, states },
        };
    }

    // Holds a write lock on the user database from another connection, as another process could: the app's
    // next write waits (SQLite's busy timeout) and then fails. unlockUserDatabase() lets go.
    Q_INVOKABLE bool lockUserDatabase()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"test-lock"_s);
        db.setDatabaseName(phishaid::Incidents::defaultDatabasePath());
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=0"_s);
        QSqlQuery query(db);
        return db.open() && query.exec(u"BEGIN EXCLUSIVE"_s);
    }

    Q_INVOKABLE void unlockUserDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(u"test-lock"_s, false);
            QSqlQuery query(db);
            query.exec(u"ROLLBACK"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"test-lock"_s);
    }

Q_SIGNALS:
    void openedUrlsChanged();

private:
    QTemporaryDir m_dir;
    QStringList m_openedUrls;
};

} // namespace

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        qmlRegisterSingletonInstance("PhishAidTest", 1, 0, "TestEnvironment", &m_environment);
        phishaid::UrlOpener::setHandler([this](const QUrl &url) {
            m_environment.recordOpened(url);
            return true;
        });
    }

    void cleanupTestCase() { phishaid::UrlOpener::setHandler({}); }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/qt/qml"_s);
        const QString overridden = qEnvironmentVariable("PHISHAID_TEST_CONTENT_DB");
        phishaid::ContentStore::setDefaultDatabasePath(overridden.isEmpty() ? QStringLiteral(PHISHAID_CONTENT_DB) : overridden);
        // A fresh user database for every test file (every file gets its own engine).
        const QString path = u"%1/user-%2.sqlite"_s.arg(m_environment.tempDir()).arg(++m_engines);
        phishaid::Incidents::setDefaultDatabasePath(prepareUserDatabase(path, m_environment.userDatabaseState()));
    }

private:
    // Leaves the user database at `path` as PHISHAID_TEST_USER_DB asks; returns the path to open.
    static QString prepareUserDatabase(const QString &path, const QString &state)
    {
        if (state == u"too-new"_s) {
            phishaid::UserDatabase database(path);
            database.open();
            QSqlQuery query(database.database());
            query.exec(u"PRAGMA user_version = %1"_s.arg(phishaid::UserDatabase::latestVersion() + 1));
        } else if (state == u"corrupt"_s) {
            QFile file(path);
            if (file.open(QIODevice::WriteOnly)) {
                file.write(QByteArray(8192, 'x'));
            }
        } else if (state == u"unusable"_s) {
            // The folder it would live in is a plain file: nothing can be created there.
            QFile blocker(path + u".blocked"_s);
            if (blocker.open(QIODevice::WriteOnly)) {
                blocker.write("not a folder");
            }
            return path + u".blocked/user.sqlite"_s;
        }
        return path;
    }

    TestEnvironment m_environment;
    int m_engines = 0;
};

QUICK_TEST_MAIN_WITH_SETUP(phishaid_quick, Setup)

#include "main.moc"
