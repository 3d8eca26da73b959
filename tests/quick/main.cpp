// Qt Quick Test runner for the QML UI: loads the PhishAid module from the core library's resources.
//
// Environment:
//   PHISHAID_TEST_CONTENT_DB  use this guidance database instead of the one the build compiled
//                             (tst_errorpage.qml runs with a path that does not exist)
//   PHISHAID_SCREENSHOT_DIR   when set, tests save PNG screenshots there (see scripts/screenshots.sh)
#include "contentstore.h"

#include <QObject>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(PhishAidPlugin)

using namespace Qt::StringLiterals;

namespace {

// What the QML tests may know about how they were started: the singleton TestEnvironment of PhishAidTest.
class TestEnvironment : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString screenshotDir READ screenshotDir CONSTANT)
    Q_PROPERTY(bool contentOverridden READ contentOverridden CONSTANT)

public:
    QString screenshotDir() const { return qEnvironmentVariable("PHISHAID_SCREENSHOT_DIR"); }
    bool contentOverridden() const { return qEnvironmentVariableIsSet("PHISHAID_TEST_CONTENT_DB"); }
};

} // namespace

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        qmlRegisterSingletonInstance("PhishAidTest", 1, 0, "TestEnvironment", &m_environment);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/qt/qml"_s);
        const QString overridden = qEnvironmentVariable("PHISHAID_TEST_CONTENT_DB");
        phishaid::ContentStore::setDefaultDatabasePath(overridden.isEmpty() ? QStringLiteral(PHISHAID_CONTENT_DB) : overridden);
    }

private:
    TestEnvironment m_environment;
};

QUICK_TEST_MAIN_WITH_SETUP(phishaid_quick, Setup)

#include "main.moc"
