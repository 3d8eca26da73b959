// The update manifest: a small JSON file next to the content database on any static web host, signed with
// Ed25519 in "<manifest>.sig". The signature covers the manifest's exact bytes, so nothing is re-serialised
// before it is checked. Format (every key required; unknown keys are ignored):
//
//   {
//     "format": "phishaid-content-manifest/1",
//     "contentVersion": 7,                         strictly increasing integer (meta.version of the content)
//     "created": "2026-11-23T10:00:00Z",           UTC, ISO 8601
//     "expires": "2027-02-21T10:00:00Z",           after this the manifest is refused (no stale replays)
//     "size": 123456,                              bytes of the database
//     "sha256": "<64 hex digits>",                 of the database
//     "minAppVersion": "0.1.0",                    oldest app that may install it
//     "schemaVersion": 1,                          the database layout (PRAGMA user_version)
//     "content": "content-7.sqlite"                the database, relative to the manifest URL
//   }
#pragma once

#include "outcome.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVersionNumber>
#include <optional>

namespace phishaid::update {

inline constexpr auto ManifestFormat = "phishaid-content-manifest/1";
inline constexpr auto SignatureSuffix = ".sig";

struct Manifest
{
    int contentVersion = 0;
    QDateTime created;
    QDateTime expires;
    qint64 size = 0;
    QByteArray sha256; // 32 raw bytes
    QVersionNumber minAppVersion;
    int schemaVersion = 0;
    QString content; // a relative (or absolute https) URL

    // Indented JSON with a trailing newline: what the publishing tool writes and signs.
    QByteArray toJson() const;
    // Strict reading: wrong types, missing keys, out-of-range numbers and a wrong format all fail.
    static std::optional<Manifest> parse(const QByteArray &json, QString *error = nullptr);
};

// What the client knows when it decides whether to take a (signature-checked) manifest.
struct ManifestPolicy
{
    int runningVersion = 0; // the content the app shows now (bundled or installed): only higher ones are taken
    int highestInstalledVersion = 0; // the highest ever installed: anything older is a replay, even if the
                                     // app fell back to older content because the installed file broke
    QVersionNumber appVersion;
    int schemaVersion = 0; // the newest database layout this app reads
    qint64 maxContentBytes = 0;
    QDateTime now;
};

// Outcome::None when the manifest may be downloaded; UpToDate when the app already shows this version or a
// newer one (a new app release can bundle newer content than the server has); otherwise the refusal, with
// the reason in `detail`.
Result checkManifest(const Manifest &manifest, const ManifestPolicy &policy);

} // namespace phishaid::update
