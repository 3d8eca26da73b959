#include "userdatabase.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>
#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcUserData, "phishaid.userdata")

namespace phishaid {

// The schema, step by step. Append new steps; never edit a step that has shipped.
const QList<UserDatabase::Migration> &UserDatabase::migrations()
{
    static const QList<Migration> steps {
        { 1,
            {
                u"CREATE TABLE incidents ("
                "  id INTEGER PRIMARY KEY,"
                "  created_at TEXT NOT NULL," // UTC, ISO 8601
                "  happened_at TEXT NOT NULL," // UTC, ISO 8601; the user may correct it
                "  resolved_at TEXT," // NULL while open
                "  outcome_id TEXT NOT NULL,"
                "  content_version INTEGER NOT NULL)"_s,
                // Answers keep their texts: an answer a newer content drops stays readable in old incidents.
                u"CREATE TABLE incident_answers ("
                "  incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,"
                "  position INTEGER NOT NULL,"
                "  question_id TEXT NOT NULL,"
                "  answer_id TEXT NOT NULL,"
                "  question_text TEXT NOT NULL,"
                "  answer_text TEXT NOT NULL,"
                "  PRIMARY KEY (incident_id, position))"_s,
                // Actions by their stable content id, with the title as it was, for the same reason.
                u"CREATE TABLE checklist_items ("
                "  incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,"
                "  action_id TEXT NOT NULL,"
                "  position INTEGER NOT NULL,"
                "  urgency TEXT NOT NULL CHECK (urgency IN ('now', 'today', 'later')),"
                "  title TEXT NOT NULL,"
                "  state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'not_applicable')),"
                "  changed_at TEXT,"
                "  PRIMARY KEY (incident_id, action_id))"_s,
                // The record: what happened and when. Notes are events too.
                u"CREATE TABLE events ("
                "  id INTEGER PRIMARY KEY,"
                "  incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,"
                "  at TEXT NOT NULL,"
                "  kind TEXT NOT NULL,"
                "  action_id TEXT,"
                "  text TEXT)"_s,
                u"CREATE INDEX events_by_incident ON events (incident_id, at, id)"_s,
            } },
        { 2,
            {
                // The user's own card company's and bank's loss and theft numbers (MyContacts), under the id of
                // the content's contact of kind own. Phone numbers only: never a card number.
                u"CREATE TABLE my_contacts ("
                "  contact_id TEXT PRIMARY KEY," // card-issuer, bank
                "  number TEXT NOT NULL," // a valid Japanese number, in ASCII as the user grouped it
                "  label TEXT NOT NULL DEFAULT ''," // the company's name, if the user gave one
                "  updated_at TEXT NOT NULL)"_s, // UTC, ISO 8601
            } },
        { 3,
            {
                // Each answer as a plain sentence for the record (「カード番号を入力した」), as the content said it
                // then; empty in records made before: the record falls back to question and answer.
                u"ALTER TABLE incident_answers ADD COLUMN statement TEXT NOT NULL DEFAULT ''"_s,
                // What the police and the card company ask for (IncidentDetails). All optional, never a secret.
                u"ALTER TABLE incidents ADD COLUMN sender TEXT NOT NULL DEFAULT ''"_s, // the address or number it came from
                u"ALTER TABLE incidents ADD COLUMN fake_site TEXT NOT NULL DEFAULT ''"_s, // defanged: hxxps://example[.]top/login
                u"ALTER TABLE incidents ADD COLUMN imitated_company TEXT NOT NULL DEFAULT ''"_s,
                u"ALTER TABLE incidents ADD COLUMN amount_yen INTEGER"_s, // NULL: not given
                u"ALTER TABLE incidents ADD COLUMN card_company TEXT NOT NULL DEFAULT ''"_s,
            } },
    };
    return steps;
}

int UserDatabase::latestVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

UserDatabase::UserDatabase(const QString &path)
    : m_path(path)
    , m_connectionName(u"phishaid-user-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

UserDatabase::~UserDatabase()
{
    close();
}

QString UserDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/user.sqlite"_s;
}

QSqlDatabase UserDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int UserDatabase::schemaVersion() const
{
    QSqlQuery query(database());
    return query.exec(u"PRAGMA user_version"_s) && query.next() ? query.value(0).toInt() : -1;
}

bool UserDatabase::open()
{
    close();
    m_status = Status::Closed;
    m_detail.clear();
    m_movedAsidePath.clear();
    QDir().mkpath(QFileInfo(m_path).absolutePath());

    // Nothing opens the file for writing before this look at it has decided.
    bool movedAside = false;
    switch (inspect()) {
    case Verdict::Usable:
        break;
    case Verdict::TooNew:
        qCWarning(lcUserData).noquote() << m_detail;
        m_status = Status::TooNew; // left exactly as it is: a newer app may still read it
        return false;
    case Verdict::Unreadable:
        qCWarning(lcUserData).noquote() << m_detail;
        m_status = Status::Failed; // left as it is: the next start looks again
        return false;
    case Verdict::Damaged:
        qCWarning(lcUserData).noquote() << m_detail;
        if (!moveAside()) {
            m_status = Status::Failed;
            return false;
        }
        movedAside = true;
        break;
    }
    if (!openConnection() || !configure() || !migrate()) {
        close();
        m_status = Status::Failed;
        return false;
    }
    m_status = movedAside ? Status::MovedAside : Status::Ready;
    return true;
}

void UserDatabase::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (m_status != Status::TooNew && m_status != Status::Failed) {
        m_status = Status::Closed;
    }
}

// A look that cannot write: the file's header, then (read-only) its schema version, then its integrity.
//  - No "-wal": the file alone is the whole database, read as immutable (no lock taken, no -wal, -shm or
//    -journal created; a read-only connection would create a -wal and -shm beside a WAL-mode file).
//  - A "-wal" (a crashed writer's, or a running app's): read through it read-only, with an existing "-shm"
//    opened read-only too (readonly_shm), so not one byte of the three files changes and nothing is checkpointed.
//    A "-shm" that the read-only connection had to build is removed again unless the database is to be used.
// A header that is not SQLite's is damage even when the log holds a good first page: the file on disk is not
// what SQLite wrote. So is a log beside a missing or empty file (SQLite would delete that log).
UserDatabase::Verdict UserDatabase::inspect()
{
    const QString walPath = m_path + u"-wal"_s;
    const QString shmPath = m_path + u"-shm"_s;
    const QFileInfo file(m_path);
    if (!file.exists() || file.size() == 0) {
        if (QFileInfo(walPath).size() > 0) {
            m_detail = u"The user database %1 is missing or empty, but its write-ahead log is not."_s.arg(m_path);
            return Verdict::Damaged;
        }
        return Verdict::Usable; // a new database
    }
    {
        QFile header(m_path);
        if (!header.open(QIODevice::ReadOnly)) {
            m_detail = u"Cannot read the user database %1: %2"_s.arg(m_path, header.errorString());
            return Verdict::Unreadable;
        }
        static const QByteArray sqliteHeader("SQLite format 3", 16); // with its terminating NUL
        if (header.read(sqliteHeader.size()) != sqliteHeader) {
            m_detail = u"The user database %1 does not start with SQLite's header."_s.arg(m_path);
            return Verdict::Damaged;
        }
    }

    const bool hasWal = QFileInfo::exists(walPath);
    const bool hadShm = QFileInfo::exists(shmPath);
    const QString options = !hasWal ? u"immutable=1"_s : hadShm ? u"mode=ro&readonly_shm=1"_s : u"mode=ro"_s;
    const QString probeName = m_connectionName + u"-look"_s;
    Verdict verdict = Verdict::Usable;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, probeName);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
        db.setDatabaseName(QUrl::fromLocalFile(file.absoluteFilePath()).toString(QUrl::FullyEncoded) + u'?' + options);
        if (db.open()) {
            verdict = judge(db);
        } else {
            m_detail = u"Cannot open the user database %1 to read it: %2"_s.arg(m_path, db.lastError().text());
            verdict = Verdict::Unreadable;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(probeName);
    if (verdict != Verdict::Usable && hasWal && !hadShm) {
        QFile::remove(shmPath);
    }
    return verdict;
}

UserDatabase::Verdict UserDatabase::judge(const QSqlDatabase &db)
{
    // SQLite's result codes for a damaged file (extended codes keep them in the low byte): SQLITE_CORRUPT, SQLITE_NOTADB.
    const auto failed = [this](const QSqlQuery &query, const QString &what) {
        bool ok = false;
        const int code = query.lastError().nativeErrorCode().toInt(&ok) & 0xff;
        const bool damaged = ok && (code == 11 || code == 26);
        m_detail = u"%1 of the user database %2 failed: %3"_s.arg(what, m_path, query.lastError().text());
        return damaged ? Verdict::Damaged : Verdict::Unreadable;
    };
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        return failed(query, u"Reading the schema version"_s);
    }
    const int version = query.value(0).toInt();
    if (version > latestVersion()) {
        m_detail = u"The user database %1 has schema version %2; this app knows up to %3."_s.arg(m_path).arg(version).arg(latestVersion());
        return Verdict::TooNew;
    }
    if (!query.exec(u"PRAGMA integrity_check"_s) || !query.next()) {
        return failed(query, u"The integrity check"_s);
    }
    if (const QString result = query.value(0).toString(); result != u"ok"_s) {
        m_detail = u"The user database %1 failed its integrity check: %2"_s.arg(m_path, result);
        return Verdict::Damaged;
    }
    return Verdict::Usable;
}

bool UserDatabase::openConnection()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        m_detail = u"Cannot open the user database %1: %2"_s.arg(m_path, db.lastError().text());
        qCWarning(lcUserData).noquote() << m_detail;
        return false;
    }
    return true;
}

// Only for a file the look accepted (or a new one): the first statements that may write.
bool UserDatabase::configure()
{
    QSqlQuery query(database());
    // WAL: a reader never blocks the writer, and a kill mid-write leaves the last commit intact.
    // synchronous=FULL: a tick the UI shows as done has reached the disk.
    // secure_delete: a deleted note or incident is overwritten, not left readable in free space (see forgetDeleted()).
    for (const QString &pragma :
        { u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = ON"_s, u"PRAGMA secure_delete = ON"_s }) {
        if (!query.exec(pragma)) {
            m_detail = u"Cannot set up the user database %1 (%2): %3"_s.arg(m_path, pragma, query.lastError().text());
            qCWarning(lcUserData).noquote() << m_detail;
            return false;
        }
    }
    return true;
}

bool UserDatabase::forgetDeleted()
{
    // The write-ahead log still holds the pages as they were before the delete: copy the new pages into the
    // database and empty the log. Fails harmlessly (the next checkpoint does it) while another connection reads.
    QSqlQuery query(database());
    if (!query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) || !query.next() || query.value(0).toInt() != 0) {
        qCWarning(lcUserData).noquote() << "The checkpoint after a delete did not complete:" << query.lastError().text();
        return false;
    }
    return true;
}

bool UserDatabase::migrate()
{
    QSqlDatabase db = database();
    const int from = schemaVersion();
    for (const Migration &step : migrations()) {
        if (step.version <= from) {
            continue;
        }
        if (!db.transaction()) {
            m_detail = u"Cannot start the migration to version %1: %2"_s.arg(step.version).arg(db.lastError().text());
            return false;
        }
        QSqlQuery query(db);
        bool ok = true;
        for (const QString &statement : step.statements) {
            if (!query.exec(statement)) {
                m_detail = u"Migration to version %1 failed: %2"_s.arg(step.version).arg(query.lastError().text());
                ok = false;
                break;
            }
        }
        // PRAGMA takes no bound values; the version is our own integer, not user input.
        ok = ok && query.exec(u"PRAGMA user_version = %1"_s.arg(step.version));
        if (!ok || !db.commit()) {
            db.rollback();
            qCWarning(lcUserData).noquote() << m_detail;
            return false;
        }
    }
    return true;
}

// Renames, never copies into or deletes: the database first, then its log, index and journal under the same
// name, so a set that is half moved (a kill in between) is found and moved the next time. Nothing here opens it.
bool UserDatabase::moveAside()
{
    close();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    const QStringList suffixes { QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s };
    QString target = m_path + u".corrupt-"_s + stamp;
    const auto taken = [&suffixes](const QString &name) {
        return std::any_of(suffixes.cbegin(), suffixes.cend(), [&name](const QString &suffix) { return QFileInfo::exists(name + suffix); });
    };
    for (int n = 2; taken(target); ++n) { // never over an earlier one
        target = m_path + u".corrupt-"_s + stamp + u'-' + QString::number(n);
    }
    for (const QString &suffix : suffixes) {
        if (QFileInfo::exists(m_path + suffix) && !QFile::rename(m_path + suffix, target + suffix)) {
            m_detail = u"Cannot move the damaged user database file %1 aside to %2."_s.arg(m_path + suffix, target + suffix);
            qCWarning(lcUserData).noquote() << m_detail;
            return false; // no fresh database beside what is left: SQLite would take a stray log for its own
        }
    }
    m_movedAsidePath = target;
    qCWarning(lcUserData).noquote() << "Moved the damaged user database aside to" << m_movedAsidePath;
    return true;
}

} // namespace phishaid
