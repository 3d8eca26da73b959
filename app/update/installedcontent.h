// Where installed content updates live, shared by the installer (which writes them) and the content store
// (which picks one at start). Only content lives here: the user's own database is elsewhere and never touched.
//
//   <AppDataLocation>/content/current.sqlite    the newest installed update
//   <AppDataLocation>/content/previous.sqlite   the one before it: the fallback if current does not load
//   <AppDataLocation>/content/update-state.json when the last check ran and how it ended
//   <AppDataLocation>/content/incoming-*.sqlite a download in progress (removed before the next one)
#pragma once

#include <QDateTime>
#include <QString>

namespace phishaid::update {

QString defaultInstallDirectory();
QString currentDatabasePath(const QString &directory);
QString previousDatabasePath(const QString &directory);
QString stateFilePath(const QString &directory);
// The name pattern of downloads in progress, for QTemporaryFile and for cleaning up after a crash.
QString incomingTemplate(const QString &directory);

// When the database was compiled (meta.created_utc), or an invalid time when it cannot be read.
// Works on Qt resources too (copied to a temporary file first, as SQLite needs a real file).
QDateTime readContentCreated(const QString &path);

} // namespace phishaid::update
