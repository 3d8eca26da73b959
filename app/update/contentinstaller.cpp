#include "contentinstaller.h"

#include "installedcontent.h"
#include "sqlitereader.h"
#include "validator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace phishaid::update {

namespace {

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

// Unlike QFile::rename(), std::filesystem::rename() replaces an existing target, atomically on POSIX.
bool replaceFile(const QString &from, const QString &to, QString *error)
{
    std::error_code code;
    std::filesystem::rename(fsPath(from), fsPath(to), code);
    if (code && error) {
        *error = u"Cannot move %1 to %2: %3"_s.arg(from, to, QString::fromStdString(code.message()));
    }
    return !code;
}

} // namespace

bool syncToDisk(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#else
    Q_UNUSED(path)
    return true; // MoveFileEx (std::filesystem::rename on Windows) is the atomic step there
#endif
}

ContentInstaller::ContentInstaller(const QString &directory)
    : m_directory(directory)
{ }

bool ContentInstaller::prepare(QString *error)
{
    QDir dir(m_directory);
    if (!dir.mkpath(u"."_s)) {
        if (error) {
            *error = u"Cannot create "_s + m_directory;
        }
        return false;
    }
    // A kill during a download or an install leaves these; they are never read, only removed.
    const QStringList leftovers = dir.entryList({ u"incoming-*.sqlite"_s, u"*.tmp"_s }, QDir::Files);
    for (const QString &name : leftovers) {
        dir.remove(name);
    }
    return true;
}

Result ContentInstaller::validate(const QString &path, const Manifest &manifest)
{
    content::ReadResult read = content::readContentDatabase(path);
    if (read.error == content::ReadResult::TooNew) {
        return { Outcome::SchemaTooNew, read.detail };
    }
    if (!read.content) {
        return { Outcome::InvalidContent, u"The downloaded database does not open: "_s + read.detail };
    }
    const QList<content::Diagnostic> problems = content::validateContent(*read.content);
    if (!problems.isEmpty()) {
        return { Outcome::InvalidContent, u"The downloaded content does not validate: "_s + problems.constFirst().toString() };
    }
    if (read.content->version != manifest.contentVersion) {
        return { Outcome::InvalidContent,
            u"The database holds content version %1, the manifest names %2."_s.arg(read.content->version).arg(manifest.contentVersion) };
    }
    if (manifest.schemaVersion != content::SchemaVersion) {
        return { Outcome::InvalidContent, u"The manifest names schema %1, the database has %2."_s.arg(manifest.schemaVersion).arg(content::SchemaVersion) };
    }
    return { Outcome::Installed, {} };
}

Result ContentInstaller::install(const QString &downloadedPath, const Manifest &manifest)
{
    Result result = validate(downloadedPath, manifest);
    QString error;
    if (result.outcome == Outcome::Installed && !swapIn(downloadedPath, &error)) {
        result = { Outcome::InstallFailed, error };
    }
    if (result.outcome != Outcome::Installed) {
        QFile::remove(downloadedPath);
        return result;
    }
    result.detail = u"Installed content version %1."_s.arg(manifest.contentVersion);
    return result;
}

// Step by step, with what a kill at that point leaves behind:
//  1. fsync the download                    current = old; the download is a leftover for prepare()
//  2. hard-link current as previous.tmp     current = old
//  3. rename previous.tmp -> previous       current = old, previous = old
//  4. rename download -> current            current = new, previous = old (atomic replace)
//  5. fsync the directory                   the renames survive a power cut
// current.sqlite is never missing once it exists, so the app never falls back further than it must.
bool ContentInstaller::swapIn(const QString &downloadedPath, QString *error)
{
    if (!syncToDisk(downloadedPath)) {
        *error = u"Cannot flush "_s + downloadedPath;
        return false;
    }
    const QString current = currentDatabasePath(m_directory);
    const QString previous = previousDatabasePath(m_directory);
    if (QFileInfo::exists(current)) {
        const QString previousTemporary = previous + u".tmp"_s;
        QFile::remove(previousTemporary);
        std::error_code code;
        std::filesystem::create_hard_link(fsPath(current), fsPath(previousTemporary), code);
        // Some file systems (FAT on removable storage) have no hard links: copy instead.
        if (code && !(QFile::copy(current, previousTemporary) && syncToDisk(previousTemporary))) {
            *error = u"Cannot keep the current content as previous: "_s + QString::fromStdString(code.message());
            return false;
        }
        if (!replaceFile(previousTemporary, previous, error)) {
            return false;
        }
    }
    if (!replaceFile(downloadedPath, current, error)) {
        return false;
    }
    syncToDisk(m_directory);
    return true;
}

} // namespace phishaid::update
