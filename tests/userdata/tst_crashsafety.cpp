// A child process ticks checklist items and is killed with SIGKILL at random moments, again and again.
// After every kill the database must pass PRAGMA integrity_check and hold every tick the child reported
// as committed.
#include "incidentrepository.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace Qt::StringLiterals;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAtRandomMomentsLosesNoCommittedTick()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"user.sqlite"_s);
        QList<std::pair<qint64, QString>> reported;
        QRandomGenerator random(20261123); // fixed seed: the same moments on every run
        const int kills = 60;
        int killedMidWork = 0;

        for (int round = 0; round < kills; ++round) {
            QProcess child;
            child.start(QStringLiteral(PHISHAID_TICK_CHILD), { path });
            QVERIFY(child.waitForStarted());
            // Let it work for a random while. One round in five counts from the start (the kill may land while it
            // opens the database or creates the incident); the others count from its first reported tick, so a
            // slow start (a sanitizer build, a busy machine) still leaves them killed in the middle of ticking.
            const bool fromFirstTick = round % 5 != 0;
            if (fromFirstTick) {
                QVERIFY2(child.waitForReadyRead(30000), "the child reported no tick within 30 s");
            }
            QTest::qWait(static_cast<int>(random.bounded(fromFirstTick ? 0 : 5, 250)));
            ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(10000));
            if (child.exitStatus() == QProcess::CrashExit) {
                ++killedMidWork;
            }
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines) {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() == 2) { // a line cut by the kill has no space-separated pair yet
                    reported.append({ parts.at(0).toLongLong(), QString::fromUtf8(parts.at(1)) });
                }
            }

            phishaid::UserDatabase db(path);
            QVERIFY2(db.open(), qPrintable(db.detail()));
            QCOMPARE(db.status(), phishaid::UserDatabase::Status::Ready); // never found damaged, never moved aside
            QSqlQuery check(db.database());
            QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
            QCOMPARE(check.value(0).toString(), u"ok"_s);
            phishaid::IncidentRepository repo(db);
            QHash<qint64, QList<phishaid::ChecklistItem>> items;
            for (const auto &[incident, action] : std::as_const(reported)) {
                if (!items.contains(incident)) {
                    items.insert(incident, repo.items(incident));
                }
                const auto &list = items[incident];
                const auto it = std::find_if(list.cbegin(), list.cend(), [&action](const auto &item) { return item.actionId == action; });
                QVERIFY2(it != list.cend() && it->state == phishaid::ItemState::Done,
                    qPrintable(u"round %1: tick %2/%3 reported but not in the database"_s.arg(round).arg(incident).arg(action)));
            }
        }
        qInfo("%d kills (%d mid-work), %lld committed ticks verified after each", kills, killedMidWork, static_cast<long long>(reported.size()));
        QVERIFY(killedMidWork >= 50);
        QVERIFY(reported.size() > 100);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
