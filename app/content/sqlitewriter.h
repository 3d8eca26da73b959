// Writes content into the SQLite database the app carries (layout: sqlitewriter.cpp, version SchemaVersion).
#pragma once

#include "content.h"

namespace phishaid::content {

// Writes `content`, which must have passed validation, to `path`. Any existing file at `path` is
// deleted first, and the database is built as "<path>.tmp" and renamed into place only when complete,
// so a failed build never leaves a database behind. On failure returns false and sets `errorMessage`.
bool writeContentDatabase(const Content &content, const QString &path, QString *errorMessage = nullptr);

} // namespace phishaid::content
