// The user's own database: incidents, checklist ticks, notes, saved contacts. Separate from the content
// database and never touched by content updates. One owner: this class opens it, sets WAL, migrates it
// by PRAGMA user_version (one transaction per step), and refuses a database newer than the app.
// Before anything can write, a read-only look decides: a newer database is left byte for byte as it is, and a
// damaged one is moved aside with its -wal, -shm and -journal files, before any connection could checkpoint
// its log into it.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace phishaid {

class UserDatabase
{
public:
    enum class Status {
        Closed,
        Ready,
        TooNew, // written by a newer app: refused and left untouched (not a byte written, no file created)
        MovedAside, // was damaged: moved aside with its -wal/-shm/-journal, byte for byte, and a fresh one started; Ready otherwise
        Failed, // could not be opened or created at all (no space, no permission)
    };

    // One step of the schema. Steps run in order, each in one transaction, and set user_version to `version`.
    struct Migration
    {
        int version;
        QStringList statements;
    };
    static const QList<Migration> &migrations();
    static int latestVersion();

    // `path` is the SQLite file; defaultPath() is user.sqlite under QStandardPaths::AppDataLocation.
    explicit UserDatabase(const QString &path = defaultPath());
    ~UserDatabase();
    UserDatabase(const UserDatabase &) = delete;
    UserDatabase &operator=(const UserDatabase &) = delete;

    static QString defaultPath();

    // Opens (creating the folder and the file when needed) and migrates. A damaged file is renamed to
    // "<name>.corrupt-<UTC timestamp>" (its "-wal", "-shm" and "-journal" files to the same name with their suffix)
    // and a fresh database is started. Returns true when usable.
    bool open();
    void close();

    Status status() const { return m_status; }
    bool isReady() const { return m_status == Status::Ready || m_status == Status::MovedAside; }
    QString path() const { return m_path; }
    // Where a damaged database was moved (after Status::MovedAside); its companion files carry their suffixes.
    QString movedAsidePath() const { return m_movedAsidePath; }
    // What went wrong, for the log.
    QString detail() const { return m_detail; }

    // The connection; valid while open. Use prepared statements with bound values only.
    QSqlDatabase database() const;
    int schemaVersion() const;

    // After deleting something the user wanted gone (a note, an incident): moves the overwritten pages out of
    // the write-ahead log into the database file and empties the log, so no copy of the deleted text stays on
    // disk. Returns false when it could not complete now (another connection is reading).
    bool forgetDeleted();

private:
    // What the read-only look at the files found.
    enum class Verdict {
        Usable, // absent, empty, or sound with a version this app reads: open it for writing
        TooNew,
        Damaged,
        Unreadable, // could not be looked at (permissions, I/O, locked): left alone, Status::Failed
    };
    Verdict inspect();
    Verdict judge(const QSqlDatabase &db);
    bool openConnection();
    bool configure();
    bool migrate();
    bool moveAside();

    QString m_path;
    QString m_connectionName;
    Status m_status = Status::Closed;
    QString m_movedAsidePath;
    QString m_detail;
};

} // namespace phishaid
