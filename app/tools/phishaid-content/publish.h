// phishaid-content keygen and publish: the signing side of content updates (see README, "Content updates").
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

namespace phishaid::tools {

// Writes a new Ed25519 key pair: the secret key to `secretKeyPath` (owner-only permissions, never
// overwritten) and, when given, the public key to `publicKeyPath`. Prints the public key. Returns an exit code.
int keygen(const QString &secretKeyPath, const QString &publicKeyPath);

struct PublishOptions
{
    QStringList sources;
    QString secretKeyPath;
    QString outputDirectory;
    int expiresInDays = 90;
    QVersionNumber minAppVersion;
    QString publicSuffixList; // the Public Suffix List the published database carries
};

// Validates and compiles the sources into <output>/content-<version>.sqlite, then writes and signs
// <output>/manifest.json (+ .sig). Refuses a content version not above one already published in <output>.
int publish(const PublishOptions &options);

} // namespace phishaid::tools
