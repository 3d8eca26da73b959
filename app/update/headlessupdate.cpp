#include "headlessupdate.h"

#include "contentstore.h"
#include "updateclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace phishaid::update {

HeadlessReport updateOnce(const UpdateConfig &config)
{
    // The running content decides what counts as newer, exactly as in the app.
    ContentStore store(nullptr);
    store.loadPreferred(config.installDirectory);
    const int before = store.contentVersion();

    QNetworkAccessManager manager;
    UpdateClient client(config, &manager, &store, nullptr);
    QEventLoop loop;
    QObject::connect(&client, &UpdateClient::finished, &loop, &QEventLoop::quit);
    client.check(UpdateClient::Trigger::OnDemand);
    if (client.isBusy()) {
        loop.exec();
    }

    const Result result = client.lastResult();
    QString detail = result.detail;
    if (result.outcome == Outcome::Installed) {
        detail = u"content version %1 installed (was %2)."_s.arg(store.contentVersion()).arg(before);
    } else if (result.outcome == Outcome::UpToDate) {
        detail = u"content version %1 is current. %2"_s.arg(store.contentVersion()).arg(result.detail);
    }
    return { isSuccess(result.outcome) ? 0 : 1, u"update "_s + outcomeTag(result.outcome) + u": "_s + detail };
}

bool wantsHeadlessUpdate(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--update-from" || argument.startsWith("--update-from=")) {
            return true;
        }
    }
    return false;
}

int runHeadlessUpdate(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The same names as the app, so the update lands where the app looks for it.
    QCoreApplication::setOrganizationName(u"phishaid"_s);
    QCoreApplication::setApplicationName(u"phishaid"_s);
    // One line of output: the log would repeat it (QT_LOGGING_RULES can turn it back on).
    QLoggingCategory::setFilterRules(u"phishaid.*=false"_s);

    QCommandLineParser parser;
    const QCommandLineOption from(u"update-from"_s, u"Check this manifest URL once, install a newer signed update, and exit."_s, u"url"_s);
    parser.addOption(from);
    parser.addHelpOption();
    if (!parser.parse(QCoreApplication::arguments()) || !parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "update usage-error: %s\n", qPrintable(parser.errorText().isEmpty() ? u"unexpected arguments."_s : parser.errorText()));
        return 2;
    }
    UpdateConfig config = UpdateConfig::fromBuild();
    config.manifestUrl = QUrl(parser.value(from), QUrl::StrictMode);
    if (!config.manifestUrl.isValid() || config.manifestUrl.isRelative()) {
        std::fprintf(stderr, "update usage-error: \"%s\" is not an absolute URL.\n", qPrintable(parser.value(from)));
        return 2;
    }
    const HeadlessReport report = updateOnce(config);
    std::fprintf(report.exitCode == 0 ? stdout : stderr, "%s\n", qPrintable(report.line));
    return report.exitCode;
}

} // namespace phishaid::update
