// Reads the content back from a database written by writeContentDatabase().
#pragma once

#include "content.h"

namespace phishaid::content {

struct ReadResult
{
    enum Error {
        None,
        Missing, // no file at the path
        NotADatabase, // not an SQLite file, or one that fails its integrity check
        TooNew, // written with a newer schema than SchemaVersion
        Malformed, // an SQLite file, but not a complete phishaid content database
    };

    std::optional<Content> content; // set exactly when error is None; source locations are empty
    Error error = None;
    QString detail; // what went wrong, for logs and support
};

// Opens `path` read-only (a file, or a Qt resource such as ":/phishaid/content.sqlite", which is
// copied to a temporary file first) and loads it. Never throws; garbage files give an error.
// The content is not validated here: callers that need sound content run validateContent() on it.
ReadResult readContentDatabase(const QString &path);

} // namespace phishaid::content
