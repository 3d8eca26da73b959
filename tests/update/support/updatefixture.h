// Test bundles: the real compiled content at any version, a manifest, a signature with the test key (or
// any other), and what it takes to serve them from TestServer or to point an UpdateClient at them.
#pragma once

#include "manifest.h"
#include "outcome.h"
#include "updateconfig.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace phishaid::test {

class TestServer;

// The test key pair in tests/update/keys/ (named as such: it signs nothing but test bundles).
QByteArray testSecretKey();
QByteArray testPublicKey();

// The content version of the database the build compiled (and bundled).
int bundledContentVersion();

// The compiled database with meta.content_version set to `version`, after running `extraSql` on it.
QByteArray databaseBytes(int version, const QStringList &extraSql = {});

struct Bundle
{
    update::Manifest manifest;
    QByteArray manifestJson;
    QByteArray signature; // the .sig file: base64 text
    QByteArray database;
};

// A correctly signed bundle of the real content at `version`, expiring in a week.
Bundle makeBundle(int version, const QByteArray &secretKey = testSecretKey());
// Re-serialises and re-signs after the manifest was changed.
void resign(Bundle &bundle, const QByteArray &secretKey = testSecretKey());

// Serves the bundle at /manifest.json, /manifest.json.sig and /<manifest.content>.
void serve(TestServer &server, const Bundle &bundle);

// A client configuration for `server`, installing into `directory`, with short timeouts and deadlines
// (response and stall 1.5 s; manifest and signature 3 s in all, the database 5 s; 2 KB/s after the first 1 s).
update::UpdateConfig testConfig(const TestServer &server, const QString &directory);

// One on-demand check the way the app runs it: a ContentStore on the installed content, an UpdateClient
// with `config`, the event loop until it ends.
struct CheckRun
{
    update::Result result;
    int versionBefore = 0; // what the store showed before
    int versionAfter = 0; // what the store shows after (reloaded after an install)
    QString message; // the sentence the settings page shows
    qint64 elapsedMs = 0;
};
CheckRun runCheck(const update::UpdateConfig &config);

// The content version the app opens at its next start from `directory`, or -1 when nothing loads.
int versionAtNextStart(const QString &directory);

// SHA-256 of a file's bytes (empty when it does not exist): "untouched" means the same hash.
QByteArray fileHash(const QString &path);

} // namespace phishaid::test

// Outcome as a QTest data column.
Q_DECLARE_METATYPE(phishaid::update::Outcome)
