// The user database: migrations, persistence, a newer schema refused, a corrupt file moved aside.
#include "incidentreport.h"
#include "incidentrepository.h"
#include "userdatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using phishaid::UserDatabase;

namespace {
// The schema as SQLite stores it, one line per table, index and trigger, sorted.
QStringList schemaOf(const QSqlDatabase &db)
{
    QStringList schema;
    QSqlQuery query(db);
    query.exec(u"SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"_s);
    while (query.next()) {
        schema.append(query.value(0).toString() + u' ' + query.value(1).toString() + u": "_s + query.value(2).toString().simplified());
    }
    return schema;
}

// Builds the database an older app (schema `version`) would have left, with a row in it.
void buildOldDatabase(const QString &path, int version)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const UserDatabase::Migration &step : UserDatabase::migrations()) {
            if (step.version > version) {
                break;
            }
            for (const QString &statement : step.statements) {
                QVERIFY2(query.exec(statement), qPrintable(statement));
            }
            QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(step.version)));
        }
        QVERIFY(query.exec(
            u"INSERT INTO incidents (created_at, happened_at, outcome_id, content_version) VALUES ('2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z', 'x', 1)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);
}
} // namespace

class TestUserDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void migrationsAreOrdered()
    {
        int previous = 0;
        for (const UserDatabase::Migration &step : UserDatabase::migrations()) {
            QCOMPARE(step.version, previous + 1);
            QVERIFY(!step.statements.isEmpty());
            previous = step.version;
        }
        QCOMPARE(UserDatabase::latestVersion(), previous);
    }

    void createsAFreshDatabaseInWalMode()
    {
        const QString path = m_dir.filePath(u"sub/dir/fresh.sqlite"_s);
        UserDatabase db(path);
        QVERIFY(db.open());
        QCOMPARE(db.status(), UserDatabase::Status::Ready);
        QCOMPARE(db.schemaVersion(), UserDatabase::latestVersion());
        QSqlQuery query(db.database());
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"PRAGMA secure_delete"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1); // a deleted note is overwritten, not left in free space
        QVERIFY(QFile::exists(path));
    }

    void defaultPathIsUnderAppData() { QVERIFY(UserDatabase::defaultPath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))); }

    // A database migrated from every older version has exactly the schema of a fresh one, and keeps its rows.
    void migratedEqualsFresh_data()
    {
        QTest::addColumn<int>("fromVersion");
        for (int version = 0; version < UserDatabase::latestVersion(); ++version) {
            QTest::addRow("from version %d", version) << version;
        }
    }

    void migratedEqualsFresh()
    {
        QFETCH(int, fromVersion);
        UserDatabase fresh(m_dir.filePath(u"reference.sqlite"_s));
        QVERIFY(fresh.open());
        const QStringList expected = schemaOf(fresh.database());

        const QString path = m_dir.filePath(u"old-%1.sqlite"_s.arg(fromVersion));
        if (fromVersion > 0) {
            buildOldDatabase(path, fromVersion);
        }
        UserDatabase migrated(path);
        QVERIFY2(migrated.open(), qPrintable(migrated.detail()));
        QCOMPARE(migrated.schemaVersion(), UserDatabase::latestVersion());
        QCOMPARE(schemaOf(migrated.database()), expected);
        if (fromVersion > 0) {
            QSqlQuery query(migrated.database());
            QVERIFY(query.exec(u"SELECT COUNT(*) FROM incidents"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), 1);
        }
    }

    // What version 2 (before statements and details) saved stays: the incident, its answers, its notes and the
    // saved numbers. The record then prints each answer as 「question：answer」 and has no details.
    void aVersion2RecordStaysReadable()
    {
        const QString path = m_dir.filePath(u"version-2.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v2"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const UserDatabase::Migration &step : UserDatabase::migrations()) {
                if (step.version > 2) {
                    break;
                }
                for (const QString &statement : step.statements) {
                    QVERIFY2(query.exec(statement), qPrintable(statement));
                }
            }
            QVERIFY(query.exec(u"PRAGMA user_version = 2"_s));
            for (const QString &statement :
                {
                    u"INSERT INTO incidents (id, created_at, happened_at, outcome_id, content_version)"
                    " VALUES (5, '2026-11-23T09:00:00.000Z', '2026-11-23T08:50:00.000Z', 'went-further', 2)"_s,
                    u"INSERT INTO incident_answers (incident_id, position, question_id, answer_id, question_text, answer_text)"
                    " VALUES (5, 0, 'what-happened', 'tapped-link', '何がありましたか', 'リンクを押した・QRコードを読み取った')"_s,
                    u"INSERT INTO checklist_items (incident_id, action_id, position, urgency, title, state, changed_at)"
                    " VALUES (5, 'call-card-issuer', 0, 'now', 'カード会社に電話する', 'done', '2026-11-23T09:05:00.000Z')"_s,
                    u"INSERT INTO events (incident_id, at, kind, text) VALUES (5, '2026-11-23T09:06:00.000Z', 'note', '受付番号 A-0042')"_s,
                    u"INSERT INTO my_contacts (contact_id, number, label, updated_at) VALUES ('card-issuer', '0120-123-456', 'さくらカード', '2026-11-23T09:00:00Z')"_s,
                }) {
                QVERIFY2(query.exec(statement), qPrintable(statement));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v2"_s);

        UserDatabase db(path);
        QVERIFY2(db.open(), qPrintable(db.detail()));
        QCOMPARE(db.schemaVersion(), UserDatabase::latestVersion());
        phishaid::IncidentRepository repository(db);
        const auto incident = repository.incident(5);
        QVERIFY(incident);
        QCOMPARE(incident->outcomeId, u"went-further"_s);
        QCOMPARE(incident->answers.size(), 1);
        QCOMPARE(incident->answers.at(0).answerText, u"リンクを押した・QRコードを読み取った"_s);
        QVERIFY(incident->answers.at(0).statement.isEmpty());
        QVERIFY(incident->details.isEmpty());
        QCOMPARE(incident->doneCount, 1);
        QCOMPARE(repository.events(5).at(0).text, u"受付番号 A-0042"_s);
        QSqlQuery query(db.database());
        QVERIFY(query.exec(u"SELECT label FROM my_contacts WHERE contact_id = 'card-issuer'"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"さくらカード"_s);

        const QString text = phishaid::reportText({ *incident, repository.items(5), repository.events(5), QDateTime::currentDateTimeUtc() });
        QVERIFY2(text.contains(u"何がありましたか：リンクを押した・QRコードを読み取った"_s), qPrintable(text));
        QVERIFY(text.contains(u"メモ：受付番号 A-0042"_s));
        QVERIFY(!text.contains(u"相手と被害"_s)); // no details given: no section

        // The new fields work on the migrated incident.
        QVERIFY(repository.setDetails(5, { u"090-1234-5678"_s, {}, {}, 3000, {} }));
        QCOMPARE(repository.incident(5)->details.amountYen, std::optional<qint64>(3000));
    }

    void persistsAcrossReopen()
    {
        const QString path = m_dir.filePath(u"persist.sqlite"_s);
        {
            UserDatabase db(path);
            QVERIFY(db.open());
            QSqlQuery query(db.database());
            query.prepare(u"INSERT INTO incidents (created_at, happened_at, outcome_id, content_version) VALUES (?, ?, ?, ?)"_s);
            for (const QVariant &v : { QVariant(u"2026-11-23T09:00:00Z"_s), QVariant(u"2026-11-23T08:50:00Z"_s), QVariant(u"link-opened"_s), QVariant(1) }) {
                query.addBindValue(v);
            }
            QVERIFY(query.exec());
        }
        UserDatabase again(path);
        QVERIFY(again.open());
        QSqlQuery query(again.database());
        QVERIFY(query.exec(u"SELECT outcome_id FROM incidents"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"link-opened"_s);
    }

    void refusesANewerSchemaAndLeavesItUntouched()
    {
        const QString path = m_dir.filePath(u"newer.sqlite"_s);
        {
            UserDatabase db(path);
            QVERIFY(db.open());
            QSqlQuery query(db.database());
            QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(UserDatabase::latestVersion() + 1)));
            QVERIFY(query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        UserDatabase db(path);
        QVERIFY(!db.open());
        QCOMPARE(db.status(), UserDatabase::Status::TooNew);
        QVERIFY(!db.isReady());
        QVERIFY(db.detail().contains(u"newer"_s) || db.detail().contains(u"schema version"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QVERIFY(QDir(m_dir.path()).entryList({ u"newer.sqlite.corrupt-*"_s }).isEmpty());
    }

    void movesACorruptFileAsideAndStartsFresh()
    {
        const QString path = m_dir.filePath(u"corrupt.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray garbage = QByteArray("SQLite format 3") + QByteArray(4096, '\x5a');
        file.write(garbage);
        file.close();

        UserDatabase db(path);
        QVERIFY(db.open());
        QCOMPARE(db.status(), UserDatabase::Status::MovedAside);
        QVERIFY(db.isReady());
        QVERIFY(!db.movedAsidePath().isEmpty());
        QFile moved(db.movedAsidePath());
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), garbage); // never deleted, never changed
        QCOMPARE(db.schemaVersion(), UserDatabase::latestVersion());
    }
};

QTEST_GUILESS_MAIN(TestUserDatabase)
#include "tst_userdatabase.moc"
