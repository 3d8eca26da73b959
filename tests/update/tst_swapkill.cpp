// The process is killed while it swaps a new content database in. A child process (update_swaphelper)
// performs the install and is SIGKILLed after a random delay, many times over; after every kill the app
// must open either the old or the new content, never neither, and current.sqlite must never be missing
// or half-written.
#include "contentinstaller.h"
#include "contentstore.h"
#include "installedcontent.h"
#include "support/updatefixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <chrono>
#include <thread>

using namespace Qt::StringLiterals;
using namespace phishaid;
using namespace phishaid::test;

class TestSwapKill : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_files;
    QString m_newDatabase;
    QString m_manifest;
    QByteArray m_oldBytes;
    int m_bundled = 0;

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    // Runs the helper to completion and returns its (validation, install) times in microseconds.
    std::pair<qint64, qint64> calibrate(const QString &directory)
    {
        QProcess helper;
        helper.start(QStringLiteral(PHISHAID_SWAP_HELPER), { directory, m_newDatabase, m_manifest, u"--calibrate"_s });
        if (!helper.waitForFinished(30'000) || helper.exitCode() != 0) {
            return { -1, -1 };
        }
        qint64 validated = -1;
        qint64 installed = -1;
        for (const QByteArray &line : helper.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> words = line.split(' ');
            if (words.first() == "validated") {
                validated = words.last().toLongLong();
            } else if (words.first() == "done") {
                installed = words.last().toLongLong();
            }
        }
        return { validated, installed };
    }

    void resetTo(const QString &directory, bool withPrevious)
    {
        QDir(directory).removeRecursively();
        QVERIFY(QDir().mkpath(directory));
        writeFile(update::currentDatabasePath(directory), m_oldBytes);
        if (withPrevious) {
            writeFile(update::previousDatabasePath(directory), m_oldBytes);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(u"phishaid.content.info=false"_s); // one line per kill would drown the summary
        m_bundled = bundledContentVersion();
        m_oldBytes = databaseBytes(m_bundled + 1);
        const Bundle bundle = makeBundle(m_bundled + 2);
        m_newDatabase = m_files.filePath(u"new.sqlite"_s);
        m_manifest = m_files.filePath(u"manifest.json"_s);
        writeFile(m_newDatabase, bundle.database);
        writeFile(m_manifest, bundle.manifestJson);
    }

    void killedDuringTheSwap()
    {
        const QString directory = m_files.filePath(u"install"_s);
        QList<qint64> validations;
        QList<qint64> installs;
        for (int i = 0; i < 5; ++i) {
            resetTo(directory, false);
            const auto [validated, installed] = calibrate(directory);
            QVERIFY(installed > 0);
            validations.append(validated);
            installs.append(installed);
        }
        std::sort(validations.begin(), validations.end());
        std::sort(installs.begin(), installs.end());
        const qint64 validateUs = validations.at(2);
        const qint64 installUs = installs.at(2);
        // Where the kills land adapts to this machine's speed and load: `windowUs` drifts towards the moment
        // the install ends (it grows after a kill, shrinks after a completed install), which is the swap.
        double windowUs = double(qMax(installUs, validateUs + 1)) * 1.5;
        const int iterations
            = qEnvironmentVariableIntValue("PHISHAID_SWAP_KILL_ITERATIONS") > 0 ? qEnvironmentVariableIntValue("PHISHAID_SWAP_KILL_ITERATIONS") : 500;
        const quint32 seed = QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        int killedMidway = 0;
        int killedInsideSwap = 0;
        const QByteArray oldHash = QCryptographicHash::hash(m_oldBytes, QCryptographicHash::Sha256);
        int opensOld = 0;
        int opensNew = 0;
        QElapsedTimer total;
        total.start();
        for (int i = 0; i < iterations; ++i) {
            const bool startedWithoutPrevious = i % 4 < 2; // independent of the delay mode below
            resetTo(directory, !startedWithoutPrevious);
            // Half the kills anywhere in the window, half close to its end, where the swap happens.
            const qint64 delayUs = i % 2 == 0 ? qint64(random.bounded(windowUs)) : qint64(windowUs * (0.7 + random.bounded(0.4)));
            QProcess helper;
            helper.start(QStringLiteral(PHISHAID_SWAP_HELPER), { directory, m_newDatabase, m_manifest });
            QVERIFY(helper.waitForStarted());
            while (!helper.canReadLine()) {
                QVERIFY2(helper.waitForReadyRead(30'000), "the helper did not get ready");
            }
            std::this_thread::sleep_for(std::chrono::microseconds(delayUs)); // no busy-wait: the helper needs the CPU
            helper.kill(); // SIGKILL: no handler, no cleanup
            QVERIFY(helper.waitForFinished(30'000));
            const bool killed = !helper.readAllStandardOutput().contains("done");
            killedMidway += killed ? 1 : 0;
            windowUs = qBound(100.0, windowUs * (killed ? 1.1 : 0.9), 2e6);
            // Where the kill landed, read from what it left: a link made, previous replaced, or current replaced.
            if (killed
                && (QFile::exists(update::previousDatabasePath(directory) + u".tmp"_s)
                    || (startedWithoutPrevious && QFile::exists(update::previousDatabasePath(directory)))
                    || fileHash(update::currentDatabasePath(directory)) != oldHash)) {
                ++killedInsideSwap;
            }

            const int version = versionAtNextStart(directory);
            QVERIFY2(version == m_bundled + 1 || version == m_bundled + 2,
                qPrintable(u"iteration %1 (seed %2, delay %3 us): the app opens version %4"_s.arg(i).arg(seed).arg(delayUs).arg(version)));
            ContentStore current(nullptr);
            QVERIFY2(current.load(update::currentDatabasePath(directory)), qPrintable(u"iteration %1: current.sqlite is not sound"_s.arg(i)));
            (version == m_bundled + 1 ? opensOld : opensNew) += 1;
        }
        qInfo("%d kills (seed %u) in %lld ms: validation %lld us, install %lld us, final window %.0f us; %d killed before the end "
              "(%d of them leaving the swap visibly half done), %d then opened the old content and %d the new one, 0 opened neither",
            iterations, seed, static_cast<long long>(total.elapsed()), static_cast<long long>(validateUs), static_cast<long long>(installUs), windowUs,
            killedMidway, killedInsideSwap, opensOld, opensNew);
        QVERIFY(killedMidway > 0);
        QVERIFY(opensOld > 0 && opensNew > 0);

        // After a kill, the next install cleans up what was left and succeeds.
        QVERIFY(update::ContentInstaller(directory).prepare());
        QCOMPARE(QDir(directory).entryList({ u"incoming-*"_s, u"*.tmp"_s }, QDir::Files), QStringList());
        QVERIFY(calibrate(directory).second > 0);
        QCOMPARE(versionAtNextStart(directory), m_bundled + 2);
    }
};

QTEST_GUILESS_MAIN(TestSwapKill)
#include "tst_swapkill.moc"
