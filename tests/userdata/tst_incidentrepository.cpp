// Incidents, checklist states, notes and the timeline in a real SQLite file.
#include "incidentrepository.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace phishaid;

namespace {
QDateTime at(int hour, int minute)
{
    return QDateTime(QDate(2026, 11, 23), QTime(hour, minute), QTimeZone::utc());
}

QList<ChecklistItem> plan(const QStringList &ids)
{
    QList<ChecklistItem> items;
    for (const QString &id : ids) {
        items.append({ id, u"now"_s, u"title of "_s + id, ItemState::Open, {} });
    }
    return items;
}

const QList<IncidentAnswer> answers { { u"what-happened"_s, u"tapped-link"_s, u"何がありましたか"_s, u"リンクを押した"_s, u"リンクを押した"_s },
    { u"entered-what"_s, u"card"_s, u"入力したもの"_s, u"カード番号"_s, u"カード番号を入力した"_s } };

// The database file and its write-ahead log, as bytes on the disk.
QByteArray bytesOnDisk(const QString &path)
{
    QByteArray bytes;
    for (const QString &file : QStringList { path, path + u"-wal"_s }) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly)) {
            bytes += f.readAll();
        }
    }
    return bytes;
}
} // namespace

class TestIncidentRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    QString freshPath() { return m_dir.filePath(u"user-%1.sqlite"_s.arg(++m_n)); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createAndReadBack()
    {
        UserDatabase db(freshPath());
        QVERIFY(db.open());
        IncidentRepository repo(db);
        const auto id = repo.create(at(8, 50), u"link-opened"_s, 3, answers, plan({ u"a"_s, u"b"_s, u"c"_s }), at(9, 0));
        QVERIFY(id);
        const auto incident = repo.incident(*id);
        QVERIFY(incident);
        QCOMPARE(incident->happenedAt, at(8, 50));
        QCOMPARE(incident->createdAt, at(9, 0));
        QCOMPARE(incident->outcomeId, u"link-opened"_s);
        QCOMPARE(incident->contentVersion, 3);
        QCOMPARE(incident->answers.size(), 2);
        QCOMPARE(incident->answers.at(1).answerText, u"カード番号"_s);
        QCOMPARE(incident->answers.at(1).statement, u"カード番号を入力した"_s);
        QVERIFY(incident->details.isEmpty());
        QVERIFY(!incident->isResolved());
        QCOMPARE(incident->doneCount, 0);
        QCOMPARE(incident->applicableCount, 3);
        QCOMPARE(repo.items(*id).size(), 3);
        QCOMPARE(repo.items(*id).at(2).actionId, u"c"_s);
        QCOMPARE(repo.events(*id).size(), 1);
        QCOMPARE(repo.events(*id).at(0).kind, u"created"_s);
    }

    void ticksAreRecordedWithTheirTime()
    {
        UserDatabase db(freshPath());
        QVERIFY(db.open());
        IncidentRepository repo(db);
        const qint64 id = *repo.create(at(8, 50), u"o"_s, 1, answers, plan({ u"a"_s, u"b"_s, u"c"_s }), at(9, 0));
        QVERIFY(repo.setState(id, u"a"_s, ItemState::Done, at(9, 5)));
        QVERIFY(repo.setState(id, u"b"_s, ItemState::NotApplicable, at(9, 6)));
        QVERIFY(repo.setState(id, u"a"_s, ItemState::Done, at(9, 7))); // no change: no event
        QVERIFY(repo.setState(id, u"a"_s, ItemState::Open, at(9, 8)));
        QVERIFY(repo.setState(id, u"a"_s, ItemState::Done, at(9, 9)));
        QVERIFY(!repo.setState(id, u"unknown"_s, ItemState::Done, at(9, 9)));
        const auto items = repo.items(id);
        QCOMPARE(items.at(0).state, ItemState::Done);
        QCOMPARE(items.at(0).changedAt, at(9, 9));
        QCOMPARE(items.at(1).state, ItemState::NotApplicable);
        const auto incident = repo.incident(id);
        QCOMPARE(incident->doneCount, 1);
        QCOMPARE(incident->applicableCount, 2); // 該当しない is kept out of the count
        QStringList kinds;
        for (const IncidentEvent &e : repo.events(id)) {
            kinds.append(e.kind);
        }
        QCOMPARE(kinds, (QStringList { u"created"_s, u"done"_s, u"not_applicable"_s, u"undone"_s, u"done"_s }));
        QCOMPARE(repo.events(id).at(1).text, u"title of a"_s);
    }

    void replacingThePlanKeepsTicksOfSurvivingActions()
    {
        UserDatabase db(freshPath());
        QVERIFY(db.open());
        IncidentRepository repo(db);
        const qint64 id = *repo.create(at(8, 50), u"o"_s, 1, answers, plan({ u"a"_s, u"b"_s }), at(9, 0));
        QVERIFY(repo.setState(id, u"b"_s, ItemState::Done, at(9, 1)));
        QVERIFY(repo.replacePlan(id, u"o2"_s, 2, answers.mid(0, 1), plan({ u"b"_s, u"c"_s }), at(9, 2)));
        const auto items = repo.items(id);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).actionId, u"b"_s);
        QCOMPARE(items.at(0).state, ItemState::Done);
        QCOMPARE(items.at(1).state, ItemState::Open);
        QCOMPARE(repo.incident(id)->answers.size(), 1);
        QCOMPARE(repo.incident(id)->outcomeId, u"o2"_s);
    }

    void resolveNotesTimeAndDelete()
    {
        UserDatabase db(freshPath());
        QVERIFY(db.open());
        IncidentRepository repo(db);
        const qint64 first = *repo.create(at(7, 0), u"o"_s, 1, answers, plan({ u"a"_s }), at(7, 1));
        const qint64 second = *repo.create(at(8, 0), u"o"_s, 1, answers, plan({ u"a"_s }), at(8, 1));
        QCOMPARE(repo.incidents().size(), 2);
        QCOMPARE(repo.incidents().at(0).id, second); // newest first
        QVERIFY(repo.setResolved(first, true, at(9, 0)));
        QVERIFY(repo.incident(first)->isResolved());
        QVERIFY(repo.addNote(first, u"カード会社の受付番号 A-123"_s, at(9, 1)));
        QVERIFY(repo.setHappenedAt(first, at(9, 30), at(9, 2)));
        QCOMPARE(repo.incidents().at(0).id, first); // reordered by the corrected time
        QCOMPARE(repo.events(first).last().kind, u"happened_changed"_s);
        QVERIFY(repo.remove(first));
        QVERIFY(!repo.incident(first));
        QVERIFY(repo.events(first).isEmpty()); // its record goes with it
        QVERIFY(repo.items(first).isEmpty());
        QVERIFY(!repo.remove(first));
        QCOMPARE(repo.incidents().size(), 1);
    }

    void detailsAreSavedAndReadBack()
    {
        UserDatabase db(freshPath());
        QVERIFY(db.open());
        IncidentRepository repo(db);
        const qint64 id = *repo.create(at(8, 50), u"o"_s, 1, answers, plan({ u"a"_s }), at(9, 0));
        const qint64 other = *repo.create(at(8, 50), u"o"_s, 1, answers, plan({ u"a"_s }), at(9, 0));
        const IncidentDetails details { u"info@amaz0n-support.top"_s, u"hxxps://amaz0n-support[.]top/login"_s, u"Amazon"_s, 12000, u"さくらカード"_s };
        QVERIFY(repo.setDetails(id, details));
        QCOMPARE(repo.incident(id)->details, details);
        QVERIFY(repo.incident(other)->details.isEmpty()); // only that incident
        // Cleared again: an amount of nothing is no amount, not 0 yen.
        QVERIFY(repo.setDetails(id, {}));
        QVERIFY(repo.incident(id)->details.isEmpty());
        QVERIFY(!repo.incident(id)->details.amountYen);
        QVERIFY(repo.setDetails(id, { {}, {}, {}, 0, {} }));
        QCOMPARE(repo.incident(id)->details.amountYen, std::optional<qint64>(0));
        QVERIFY(!repo.setDetails(9999, details));
        // The answers keep their statements through a changed plan.
        QVERIFY(repo.replacePlan(id, u"o"_s, 1, answers, plan({ u"a"_s }), at(9, 5)));
        QCOMPARE(repo.incident(id)->answers.at(0).statement, u"リンクを押した"_s);
    }

    void aNoteIsDeletedAndLeavesOnlyThatItWas()
    {
        const QString path = freshPath();
        UserDatabase db(path);
        QVERIFY(db.open());
        IncidentRepository repo(db);
        const qint64 id = *repo.create(at(8, 50), u"o"_s, 1, answers, plan({ u"a"_s }), at(9, 0));
        const qint64 other = *repo.create(at(8, 50), u"o"_s, 1, answers, plan({ u"a"_s }), at(9, 0));
        const QString secret = u"暗証番号 0123 パスワード sakura1955 (an old note)"_s;
        QVERIFY(repo.addNote(id, secret, at(9, 10)));
        QVERIFY(repo.addNote(id, u"受付番号 A-0042"_s, at(9, 11)));
        QVERIFY(bytesOnDisk(path).contains(secret.toUtf8()));
        const qint64 noteId = repo.events(id).at(1).id;
        QCOMPARE(repo.events(id).at(1).text, secret);

        QVERIFY(!repo.removeNote(other, noteId, at(9, 20))); // another incident's note id
        QVERIFY(!repo.removeNote(id, repo.events(id).at(0).id, at(9, 20))); // not a note
        QVERIFY(repo.removeNote(id, noteId, at(9, 20)));
        QVERIFY(!repo.removeNote(id, noteId, at(9, 21))); // already gone

        QStringList kinds;
        for (const IncidentEvent &e : repo.events(id)) {
            kinds.append(e.kind);
            QVERIFY(!e.text.contains(u"sakura"_s));
        }
        QCOMPARE(kinds, (QStringList { u"created"_s, u"note"_s, u"note_deleted"_s }));
        QCOMPARE(repo.events(id).at(1).text, u"受付番号 A-0042"_s); // the other note stays
        const IncidentEvent deleted = repo.events(id).at(2);
        QCOMPARE(deleted.at, at(9, 20));
        QCOMPARE(QDateTime::fromString(deleted.text, Qt::ISODateWithMs).toUTC(), at(9, 10)); // when it was written, not what
        // Nothing of the text is left in the file or its log (secure_delete and a checkpoint).
        QVERIFY(!bytesOnDisk(path).contains(QByteArray("sakura1955")));
        QVERIFY(bytesOnDisk(path).contains(QByteArray("A-0042")));
    }

    void survivesReopen()
    {
        const QString path = freshPath();
        qint64 id = 0;
        {
            UserDatabase db(path);
            QVERIFY(db.open());
            IncidentRepository repo(db);
            id = *repo.create(at(8, 50), u"o"_s, 1, answers, plan({ u"a"_s, u"b"_s }), at(9, 0));
            QVERIFY(repo.setState(id, u"a"_s, ItemState::Done, at(9, 5)));
        }
        UserDatabase db(path);
        QVERIFY(db.open());
        IncidentRepository repo(db);
        QCOMPARE(repo.items(id).at(0).state, ItemState::Done);
        QCOMPARE(repo.items(id).at(0).changedAt, at(9, 5));
    }

    void stateKeys()
    {
        for (ItemState state : { ItemState::Open, ItemState::Done, ItemState::NotApplicable }) {
            QCOMPARE(itemStateFromKey(itemStateKey(state)), state);
        }
        QCOMPARE(itemStateFromKey(u"nonsense"_s), ItemState::Open);
    }
};

QTEST_GUILESS_MAIN(TestIncidentRepository)
#include "tst_incidentrepository.moc"
