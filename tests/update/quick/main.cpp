// Qt Quick Test runner for the settings page against a real update server on 127.0.0.1 (modelled on
// tests/quick/main.cpp). The ContentStore and Updater singletons are the real ones, pointed at a temporary
// install directory and at the test server, and trusting the test key.
//
// Environment: PHISHAID_TEST_UPDATES_OFF=1 builds the Updater without an update URL (updates off).
#include "contentstore.h"
#include "support/testserver.h"
#include "support/updatefixture.h"
#include "updateclient.h"

#include <QObject>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(PhishAidPlugin)

using namespace Qt::StringLiterals;
using namespace phishaid::test;

// What the QML tests may do to the server: the singleton UpdateTestServer of PhishAidUpdateTest.
class UpdateTestServer : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int bundledVersion READ bundledVersion CONSTANT)
    Q_PROPERTY(bool updatesOff READ updatesOff CONSTANT)

public:
    explicit UpdateTestServer(TestServer *server)
        : m_server(server)
    { }

    int bundledVersion() const { return bundledContentVersion(); }
    bool updatesOff() const { return qEnvironmentVariableIsSet("PHISHAID_TEST_UPDATES_OFF"); }

    // Publishes the real content at `version`; `slowly` drips the database over about two seconds.
    Q_INVOKABLE void publish(int version, bool slowly)
    {
        m_server->clearRoutes();
        const Bundle bundle = makeBundle(version);
        serve(*m_server, bundle);
        if (slowly) {
            Route drip = Route::ok(bundle.database);
            drip.behavior = Route::Behavior::Drip;
            m_server->route(u"/"_s + bundle.manifest.content, drip);
        }
    }

private:
    TestServer *m_server;
};

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server.listen();
        qmlRegisterSingletonInstance("PhishAidUpdateTest", 1, 0, "UpdateTestServer", &m_control);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/qt/qml"_s);
        const QString installDirectory = m_install.filePath(u"content"_s);
        phishaid::ContentStore::setInstallDirectory(installDirectory);
        phishaid::update::UpdateConfig config = testConfig(m_server, installDirectory);
        if (m_control.updatesOff()) {
            config.manifestUrl = QUrl();
        }
        phishaid::UpdateClient::setDefaultConfig(config);
    }

private:
    TestServer m_server;
    QTemporaryDir m_install;
    UpdateTestServer m_control { &m_server };
};

QUICK_TEST_MAIN_WITH_SETUP(phishaid_update_quick, Setup)

#include "main.moc"
