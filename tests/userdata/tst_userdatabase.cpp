// The user database: migrations, persistence, a newer schema refused and left byte for byte as it was (in
// either journal mode, with or without a crashed writer's log), a damaged file moved aside with its log.
#include "incidentreport.h"
#include "incidentrepository.h"
#include "userdatabase.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

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

// The files SQLite keeps for a database, by suffix ("" for the database itself), with their bytes.
const QStringList FileSuffixes { QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s };

QMap<QString, QByteArray> filesOf(const QString &path)
{
    QMap<QString, QByteArray> files;
    for (const QString &suffix : FileSuffixes) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly)) {
            files.insert(suffix, file.readAll());
        }
    }
    return files;
}

QString describeFiles(const QMap<QString, QByteArray> &files)
{
    QStringList parts;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        parts.append(u"%1 (%2 bytes)"_s.arg(it.key().isEmpty() ? u"database"_s : it.key()).arg(it.value().size()));
    }
    return parts.join(u", "_s);
}

bool writeAt(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek(offset) && file.write(bytes) == bytes.size();
}

// The page numbers a write-ahead log holds frames for (any salt: stale frames count too).
QSet<int> pagesInWal(const QByteArray &wal)
{
    QSet<int> pages;
    if (wal.size() < 32) {
        return pages;
    }
    const auto be32 = [&wal](qsizetype at) {
        return (quint32(quint8(wal.at(at))) << 24) | (quint32(quint8(wal.at(at + 1))) << 16) | (quint32(quint8(wal.at(at + 2))) << 8) | quint8(wal.at(at + 3));
    };
    const qsizetype pageSize = be32(8);
    for (qsizetype at = 32; pageSize > 0 && at + 24 + pageSize <= wal.size(); at += 24 + pageSize) {
        pages.insert(int(be32(at)));
    }
    return pages;
}

// A newer app's database as it would be found: in rollback-journal mode, in WAL mode closed cleanly, or in WAL
// mode with the log and index a newer app left when it was killed (copied while its connection was open).
enum class NewerShape { RollbackJournal, WalClosed, WalWithLog };

void buildNewerDatabase(const QString &path, NewerShape shape)
{
    const QString source = shape == NewerShape::WalWithLog ? path + u".source"_s : path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        db.setDatabaseName(source);
        QVERIFY(db.open());
        QSqlQuery query(db);
        if (shape != NewerShape::RollbackJournal) {
            QVERIFY(query.exec(u"PRAGMA journal_mode = WAL"_s));
            QVERIFY(query.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
        }
        QVERIFY(query.exec(u"CREATE TABLE future (id INTEGER PRIMARY KEY, what TEXT)"_s));
        for (int i = 0; i < 50; ++i) {
            QVERIFY(query.exec(u"INSERT INTO future (what) VALUES ('%1')"_s.arg(QString(200, QChar(u'a' + i % 26)))));
        }
        QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(UserDatabase::latestVersion() + 1)));
        if (shape == NewerShape::WalWithLog) {
            // The connection is still open: these three files are what a kill at this moment leaves.
            for (const QString &suffix : { QString(), u"-wal"_s, u"-shm"_s }) {
                QVERIFY(QFile::copy(source + suffix, path + suffix));
            }
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
}

// Runs the crash test's child (it ticks checklist items through UserDatabase and IncidentRepository, in WAL mode)
// until it has reported `ticks` commits, then kills it with SIGKILL. Returns the ticks it reported.
int tickThenKill(const QString &path, int ticks)
{
    QProcess child;
    child.start(QStringLiteral(PHISHAID_TICK_CHILD), { path });
    if (!child.waitForStarted()) {
        return -1;
    }
    QByteArray output;
    while (output.count('\n') < ticks && child.state() == QProcess::Running) {
        child.waitForReadyRead(30000);
        output += child.readAllStandardOutput();
    }
    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    child.waitForFinished(10000);
    output += child.readAllStandardOutput();
    return int(output.count('\n'));
}
} // namespace

Q_DECLARE_METATYPE(NewerShape)

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

    // A database from a newer app is refused with nothing written: the same bytes, and no log, index or journal
    // created beside it (a newer app may still read it). Its version is read before anything could write.
    void newerDatabaseStaysByteIdentical_data()
    {
        QTest::addColumn<NewerShape>("shape");
        QTest::addRow("rollback journal") << NewerShape::RollbackJournal;
        QTest::addRow("WAL, closed cleanly") << NewerShape::WalClosed;
        QTest::addRow("WAL, with the log of a killed newer app") << NewerShape::WalWithLog;
    }

    void newerDatabaseStaysByteIdentical()
    {
        QFETCH(NewerShape, shape);
        const QString path = m_dir.filePath(u"newer-%1.sqlite"_s.arg(int(shape)));
        buildNewerDatabase(path, shape);
        const QMap<QString, QByteArray> before = filesOf(path);
        QCOMPARE(before.contains(u"-wal"_s), shape == NewerShape::WalWithLog);

        for (int attempt = 0; attempt < 2; ++attempt) { // and again: a second start changes nothing either
            UserDatabase db(path);
            QVERIFY(!db.open());
            QCOMPARE(db.status(), UserDatabase::Status::TooNew);
            QVERIFY2(db.detail().contains(u"schema version %1"_s.arg(UserDatabase::latestVersion() + 1)), qPrintable(db.detail()));
        }
        const QMap<QString, QByteArray> after = filesOf(path);
        QVERIFY2(after.keys() == before.keys(), qPrintable(u"before: %1; after: %2"_s.arg(describeFiles(before), describeFiles(after))));
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(u"%1 changed"_s.arg(it.key().isEmpty() ? u"the database"_s : it.key())));
        }
    }

    // A crashed app leaves its write-ahead log and index; the database itself is then found damaged. It is moved
    // aside with them, byte for byte, before any connection that could checkpoint the log into it (or delete the
    // log) is opened; put back together, the moved files still hold every tick the killed writer reported.
    void damagedDatabaseMovedAsideWithItsLog_data()
    {
        QTest::addColumn<bool>("headerDamaged");
        QTest::addRow("header overwritten") << true;
        QTest::addRow("a page under an intact header") << false;
    }

    void damagedDatabaseMovedAsideWithItsLog()
    {
        QFETCH(bool, headerDamaged);
        const QString path = m_dir.filePath(headerDamaged ? u"crashed-header.sqlite"_s : u"crashed-page.sqlite"_s);
        if (!headerDamaged) {
            // A first run, closed cleanly, puts every table in the file; the second run's log then holds only the
            // pages it touched.
            QVERIFY(tickThenKill(path, 20) >= 20);
            QVERIFY(UserDatabase(path).open());
            QVERIFY(!QFile::exists(path + u"-wal"_s));
        }
        const int ticks = tickThenKill(path, 40);
        QVERIFY(ticks >= 40);
        QMap<QString, QByteArray> original = filesOf(path);
        QVERIFY2(original.value(u"-wal"_s).size() > 0 && original.contains(u"-shm"_s), qPrintable(describeFiles(original)));

        const QByteArray header = original.value(QString()).left(16);
        int damagedPage = 1;
        if (headerDamaged) {
            QVERIFY(writeAt(path, 0, QByteArray(16, '\xa5')));
        } else {
            // my_contacts: a table the child never writes, so its page is in the file and not in the log.
            const QString copy = m_dir.filePath(u"crashed-page-copy.sqlite"_s);
            for (auto it = original.cbegin(); it != original.cend(); ++it) {
                QFile file(copy + it.key());
                QVERIFY(file.open(QIODevice::WriteOnly) && file.write(it.value()) == it.value().size());
            }
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"copy"_s);
                db.setDatabaseName(copy);
                QVERIFY(db.open());
                QSqlQuery query(db);
                QVERIFY(query.exec(u"SELECT rootpage FROM sqlite_master WHERE name = 'my_contacts'"_s) && query.next());
                damagedPage = query.value(0).toInt();
                query.finish();
                db.close();
            }
            QSqlDatabase::removeDatabase(u"copy"_s);
            QVERIFY(damagedPage > 1);
            QVERIFY2(!pagesInWal(original.value(u"-wal"_s)).contains(damagedPage), "the damaged page must not be one the log covers");
            QVERIFY(writeAt(path, qint64(damagedPage - 1) * 4096, QByteArray(4096, '\xa5')));
        }
        original = filesOf(path);

        UserDatabase db(path);
        QVERIFY2(db.open(), qPrintable(db.detail()));
        QCOMPARE(db.status(), UserDatabase::Status::MovedAside);
        QCOMPARE(db.schemaVersion(), UserDatabase::latestVersion()); // a fresh one in its place
        const QMap<QString, QByteArray> moved = filesOf(db.movedAsidePath());
        QVERIFY2(moved.keys() == original.keys(), qPrintable(u"found: %1; moved: %2"_s.arg(describeFiles(original), describeFiles(moved))));
        for (auto it = original.cbegin(); it != original.cend(); ++it) {
            QVERIFY2(moved.value(it.key()) == it.value(),
                qPrintable(u"%1 was changed before it was moved aside: %2 bytes, now %3"_s.arg(it.key().isEmpty() ? u"the database"_s : it.key())
                               .arg(it.value().size())
                               .arg(moved.value(it.key()).size())));
        }
        db.close();

        // Nothing was lost: with its header put back, the moved set opens with every reported tick of the last run.
        if (headerDamaged) {
            const QString restored = m_dir.filePath(u"restored.sqlite"_s);
            for (auto it = moved.cbegin(); it != moved.cend(); ++it) {
                QFile file(restored + it.key());
                QVERIFY(file.open(QIODevice::WriteOnly) && file.write(it.value()) == it.value().size());
            }
            QVERIFY(writeAt(restored, 0, header));
            UserDatabase back(restored);
            QVERIFY2(back.open(), qPrintable(back.detail()));
            QCOMPARE(back.status(), UserDatabase::Status::Ready);
            QSqlQuery query(back.database());
            QVERIFY(query.exec(u"SELECT COUNT(*) FROM checklist_items WHERE state = 'done'"_s) && query.next());
            QVERIFY2(query.value(0).toInt() >= ticks, qPrintable(u"%1 ticks reported, %2 found"_s.arg(ticks).arg(query.value(0).toInt())));
        }
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
