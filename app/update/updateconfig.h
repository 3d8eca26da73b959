// How the update client is set up: the build's choices (PHISHAID_UPDATE_URL, PHISHAID_UPDATE_PUBLIC_KEY)
// plus limits that tests shorten. Also the address rule every request and redirect must pass.
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QVersionNumber>

namespace phishaid::update {

struct UpdateConfig
{
    QUrl manifestUrl; // empty: updates are off
    QByteArray publicKey; // 32 raw bytes; anything else turns updates off
    QVersionNumber appVersion;
    QString installDirectory;
    qint64 maxManifestBytes = 64 * 1024;
    qint64 maxContentBytes = 32 * 1024 * 1024;
    int responseTimeoutMs = 20'000; // from the request to the response headers: covers connect and TLS
    int stallTimeoutMs = 30'000; // the longest silence while the body is arriving
    // A server that trickles (a byte now and then, never silent for long) is given up too. Each fetch has a
    // deadline for everything, from the request to the last byte, and a minimum rate for its body.
    int smallFileDeadlineMs = 15'000; // the manifest, and the signature, each
    int contentDeadlineMs = 300'000; // the database
    qint64 minBytesPerSecond = 2048; // every body, on average, counted once rateGraceMs have passed since its headers
    int rateGraceMs = 5'000;
    int checkIntervalHours = 24; // launch checks are skipped while the last answer is younger than this

    // The build's configuration: PHISHAID_UPDATE_URL, PHISHAID_UPDATE_PUBLIC_KEY, the app version and
    // ContentStore::installDirectory().
    static UpdateConfig fromBuild();

    bool isEnabled() const;
    // Why updates are off, for the log; empty when they are on.
    QString disabledReason() const;
};

// https, or plain http to a loopback address (tests and local development only). Nothing else: no other
// scheme, no credentials in the URL.
bool isAllowedUpdateUrl(const QUrl &url);

} // namespace phishaid::update
