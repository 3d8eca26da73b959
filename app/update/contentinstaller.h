// Puts a downloaded content database in place: first it must open and pass the build's validation, then it
// is swapped in atomically, keeping the one it replaces as previous.sqlite. At every instant (a crash, a
// kill, a power cut) current.sqlite is either the complete old file or the complete new one.
#pragma once

#include "manifest.h"
#include "outcome.h"

#include <QString>

namespace phishaid::update {

class ContentInstaller
{
public:
    explicit ContentInstaller(const QString &directory);

    QString directory() const { return m_directory; }

    // Creates the directory and removes what an interrupted download or install left behind.
    bool prepare(QString *error = nullptr);

    // Opens `path` like the app does (phishaid::content::readContentDatabase) and runs validateContent();
    // the version and schema must be the ones the signed manifest names.
    static Result validate(const QString &path, const Manifest &manifest);

    // Validates `downloadedPath` (a file in directory(), flushed and closed), then moves it to
    // current.sqlite. On any failure the downloaded file is removed and the installed files are untouched.
    Result install(const QString &downloadedPath, const Manifest &manifest);

private:
    bool swapIn(const QString &downloadedPath, QString *error);

    QString m_directory;
};

// Flushes a file's (or a directory's) data to the disk, so a rename never publishes a half-written file.
bool syncToDisk(const QString &path);

} // namespace phishaid::update
