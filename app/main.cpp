// phishaid: the executable. Everything else lives in the core library (app/core) and its QML module.
#include "contentstore.h"
#include "headlessupdate.h"
#include "updateclient.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(PhishAidPlugin)

using namespace Qt::StringLiterals;

namespace {

// Qt aborts with a long message when there is no display; say it in one sentence instead.
bool displayAvailable()
{
#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

bool hasArgument(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], name) == 0) {
            return true;
        }
    }
    return false;
}

// Loads the UI, waits for its first rendered frame, and reports what went wrong if anything did.
int runSelfTest(QGuiApplication &app, QQmlApplicationEngine &engine, const QStringList &warnings)
{
    const int typeId = qmlTypeId("PhishAid", 1, 0, "ContentStore");
    auto *store = engine.singletonInstance<phishaid::ContentStore *>(typeId);
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        std::fprintf(stderr, "self-test: the main window did not load.\n");
        for (const QString &warning : warnings) {
            std::fprintf(stderr, "%s\n", qPrintable(warning));
        }
        return 1;
    }
    bool rendered = false;
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&rendered, &app] {
        rendered = true;
        app.quit();
    });
    QTimer::singleShot(30000, &app, &QGuiApplication::quit);
    app.exec();

    int failures = 0;
    if (!rendered) {
        std::fprintf(stderr, "self-test: no frame was rendered within 30 seconds.\n");
        ++failures;
    }
    if (!store || !store->isReady()) {
        std::fprintf(stderr, "self-test: the guidance content did not load: %s\n", store ? qPrintable(store->technicalDetail()) : "no content store");
        ++failures;
    }
    for (const QString &warning : warnings) {
        std::fprintf(stderr, "self-test: QML: %s\n", qPrintable(warning));
        ++failures;
    }
    if (failures == 0) {
        std::printf("self-test: OK (content version %d)\n", store->contentVersion());
    }
    return failures == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // No window, no display needed: one signed content update, one line, an exit code.
    if (phishaid::update::wantsHeadlessUpdate(argc, argv)) {
        return phishaid::update::runHeadlessUpdate(argc, argv);
    }
    const bool selfTest = hasArgument(argc, argv, "--self-test");
    if (!displayAvailable()) {
        if (!selfTest) {
            std::fprintf(stderr,
                "phishaid: this machine has no display, so the app window cannot open; "
                "run it on a desktop session, or run the tests instead (see README.md).\n");
            return 2;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the self-test renders offscreen where there is no display
    }

    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(u"phishaid"_s);
    QGuiApplication::setApplicationName(u"phishaid"_s);
    QGuiApplication::setApplicationDisplayName(u"詐欺メール応急ガイド"_s);
    QGuiApplication::setApplicationVersion(QStringLiteral(PHISHAID_VERSION));
    QQuickStyle::setStyle(u"Material"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"詐欺メール応急ガイド (Phish First Aid): what to do after a phishing mail or SMS."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption selfTestOption(u"self-test"_s, u"Load the UI, wait for the first rendered frame, exit 0 if all went well."_s);
    const QCommandLineOption contentOption(u"content"_s, u"Use this content database instead of the bundled one."_s, u"file"_s);
    const QCommandLineOption updateOption(u"update-from"_s, u"Install a newer signed content update from this manifest URL, print one line, exit."_s, u"url"_s);
    parser.addOptions({ selfTestOption, contentOption, updateOption });
    parser.process(app);

    if (parser.isSet(contentOption)) {
        phishaid::ContentStore::setDefaultDatabasePath(parser.value(contentOption));
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_s);
    QStringList warnings;
    QObject::connect(&engine, &QQmlEngine::warnings, &app, [&warnings](const QList<QQmlError> &errors) {
        for (const QQmlError &error : errors) {
            warnings.append(error.toString());
        }
    });
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreated, &app,
        [selfTest](QObject *object, const QUrl &url) {
            if (!object && !selfTest) {
                std::fprintf(stderr, "phishaid: the user interface %s failed to load.\n", qPrintable(url.toString()));
                QCoreApplication::exit(1);
            }
        },
        Qt::QueuedConnection);
    engine.load(QUrl(u"qrc:/qt/qml/PhishAid/Main.qml"_s));

    if (parser.isSet(selfTestOption)) {
        return runSelfTest(app, engine, warnings);
    }
    phishaid::UpdateClient::checkAtLaunch(engine); // at most daily, silent when offline

    return QGuiApplication::exec();
}
