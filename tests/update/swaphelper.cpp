// update_swaphelper: installs one downloaded database the way the update client does, in its own process,
// so that tst_swapkill can SIGKILL it at any moment of the swap.
//   update_swaphelper <install dir> <database> <manifest.json> [--calibrate]
// Prints "ready" just before the install starts, then "done <outcome tag> <microseconds>". With --calibrate it
// first times a (warm) validation alone ("validated <microseconds>"), so the test can aim its kills at the swap.
#include "contentinstaller.h"
#include "installedcontent.h"
#include "manifest.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryFile>
#include <cstdio>

using namespace phishaid::update;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: update_swaphelper <install dir> <database> <manifest.json> [--calibrate]\n");
        return 2;
    }
    QFile manifestFile(args.at(3));
    QFile database(args.at(2));
    if (!manifestFile.open(QIODevice::ReadOnly) || !database.open(QIODevice::ReadOnly)) {
        return 2;
    }
    const std::optional<Manifest> manifest = Manifest::parse(manifestFile.readAll());
    ContentInstaller installer(args.at(1));
    if (!manifest || !installer.prepare()) {
        return 2;
    }
    // The "download": written into the install directory as the client writes it.
    QTemporaryFile incoming(incomingTemplate(installer.directory()));
    incoming.setAutoRemove(false);
    if (!incoming.open() || incoming.write(database.readAll()) != database.size() || !incoming.flush()) {
        return 2;
    }
    incoming.close();

    QElapsedTimer timer;
    if (args.contains(QStringLiteral("--calibrate"))) {
        ContentInstaller::validate(incoming.fileName(), *manifest); // the first run loads the SQL plugin: not timed
        timer.start();
        ContentInstaller::validate(incoming.fileName(), *manifest);
        std::printf("validated %lld\n", static_cast<long long>(timer.nsecsElapsed() / 1000));
    }
    std::printf("ready\n");
    std::fflush(stdout);
    timer.start();
    const Result result = installer.install(incoming.fileName(), *manifest);
    std::printf("done %s %lld\n", qPrintable(outcomeTag(result.outcome)), static_cast<long long>(timer.nsecsElapsed() / 1000));
    return result.outcome == Outcome::Installed ? 0 : 1;
}
