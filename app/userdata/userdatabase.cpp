#include "userdatabase.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

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
    m_detail.clear();
    m_movedAsidePath.clear();
    QDir().mkpath(QFileInfo(m_path).absolutePath());

    if (!openConnection()) {
        m_status = Status::Failed;
        return false;
    }
    if (!isIntact()) {
        moveAside();
        if (!openConnection() || !isIntact()) {
            m_status = Status::Failed;
            return false;
        }
        m_status = Status::MovedAside;
    }
    const int version = schemaVersion();
    if (version > latestVersion()) {
        m_detail = u"The user database %1 has schema version %2; this app knows up to %3."_s.arg(m_path).arg(version).arg(latestVersion());
        qCWarning(lcUserData).noquote() << m_detail;
        close();
        m_status = Status::TooNew; // left exactly as it is: a newer app may still read it
        return false;
    }
    if (!migrate()) {
        close();
        m_status = Status::Failed;
        return false;
    }
    if (m_status != Status::MovedAside) {
        m_status = Status::Ready;
    }
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

// Reading the header and running the integrity check tells a sound file from a damaged one. The journal
// mode is only switched to WAL once the file is known to be sound, so a foreign file is never written.
bool UserDatabase::isIntact()
{
    QSqlQuery query(database());
    if (!query.exec(u"PRAGMA integrity_check"_s) || !query.next() || query.value(0).toString() != u"ok"_s) {
        m_detail = u"The user database %1 failed its integrity check: %2"_s.arg(m_path, query.lastError().text());
        qCWarning(lcUserData).noquote() << m_detail;
        return false;
    }
    query.finish();
    // WAL: a reader never blocks the writer, and a kill mid-write leaves the last commit intact.
    // synchronous=FULL: a tick the UI shows as done has reached the disk.
    // secure_delete: a deleted note or incident is overwritten, not left readable in free space (see forgetDeleted()).
    return query.exec(u"PRAGMA journal_mode = WAL"_s) && query.exec(u"PRAGMA synchronous = FULL"_s) && query.exec(u"PRAGMA foreign_keys = ON"_s)
        && query.exec(u"PRAGMA secure_delete = ON"_s);
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

void UserDatabase::moveAside()
{
    close();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    m_movedAsidePath = m_path + u".corrupt-"_s + stamp;
    QFile::rename(m_path, m_movedAsidePath);
    // The WAL and shared-memory files belong to the damaged database: they go with it.
    for (const QString &suffix : { u"-wal"_s, u"-shm"_s }) {
        if (QFile::exists(m_path + suffix)) {
            QFile::rename(m_path + suffix, m_movedAsidePath + suffix);
        }
    }
    qCWarning(lcUserData).noquote() << "Moved the damaged user database aside to" << m_movedAsidePath;
}

} // namespace phishaid
