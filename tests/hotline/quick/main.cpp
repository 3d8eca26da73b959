// Qt Quick Test runner for the hotline QML: the PhishAid module from the core library's resources, the
// compiled content, a temporary user database, and a URL opener that records each URI instead of opening it.
//
// Environment:
//   PHISHAID_SCREENSHOT_DIR   when set, tst_screenshots.qml saves PNG screenshots there
#include "contentstore.h"
#include "incidents.h"
#include "urlopener.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QObject>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QTemporaryDir>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(PhishAidPlugin)

using namespace Qt::StringLiterals;

namespace {

// The singleton HotlineTest of PhishAidHotlineTest: what the platform was asked to open, the clipboard,
// and whether the "device" has a dialer.
class HotlineTest : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QStringList openedUrls READ openedUrls NOTIFY openedUrlsChanged)
    Q_PROPERTY(QString screenshotDir READ screenshotDir CONSTANT)

public:
    QStringList openedUrls() const { return m_urls; }
    QString screenshotDir() const { return qEnvironmentVariable("PHISHAID_SCREENSHOT_DIR"); }

    // Forgets the opened URIs, empties the clipboard, and makes the device a phone again.
    Q_INVOKABLE void reset()
    {
        m_urls.clear();
        Q_EMIT openedUrlsChanged();
        QGuiApplication::clipboard()->clear();
        phishaid::UrlOpener::setDialerOverride(true);
    }
    // Takes effect for sheets created or opened afterwards (canDial is constant for the app's lifetime).
    Q_INVOKABLE void setCanDial(bool canDial) { phishaid::UrlOpener::setDialerOverride(canDial); }
    Q_INVOKABLE QString clipboardText() const { return QGuiApplication::clipboard()->text(); }

    void record(const QUrl &url)
    {
        m_urls.append(QString::fromUtf8(url.toEncoded())); // exactly what the dialer would receive
        Q_EMIT openedUrlsChanged();
    }

Q_SIGNALS:
    void openedUrlsChanged();

private:
    QStringList m_urls;
};

} // namespace

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        qmlRegisterSingletonInstance("PhishAidHotlineTest", 1, 0, "HotlineTest", &m_test);
        phishaid::UrlOpener::setHandler([this](const QUrl &url) {
            m_test.record(url);
            return true;
        });
        phishaid::UrlOpener::setDialerOverride(true);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/qt/qml"_s);
        phishaid::ContentStore::setDefaultDatabasePath(QStringLiteral(PHISHAID_CONTENT_DB));
        // The user database (saved numbers) lives in a directory that goes away with the test.
        phishaid::Incidents::setDefaultDatabasePath(m_userData.filePath(u"user.sqlite"_s));
    }

    void cleanupTestCase()
    {
        phishaid::UrlOpener::setHandler({});
        phishaid::UrlOpener::setDialerOverride(std::nullopt);
    }

private:
    HotlineTest m_test;
    QTemporaryDir m_userData;
};

QUICK_TEST_MAIN_WITH_SETUP(phishaid_hotline_quick, Setup)

#include "main.moc"
