// One GET for the update client, with the limits an update channel needs: a size cap enforced while the
// bytes arrive (the transfer is stopped at the cap, never read to the end), a response timeout and a stall
// timeout, a deadline for the whole fetch and a minimum rate for its body (a server that trickles a byte now
// and then is given up, not waited for), https only (http to loopback), no redirect to a weaker scheme or a
// refused address, no cookies, no cache. The body goes to a sink (the download file) or into memory
// (manifest, signature), hashed as it arrives.
#pragma once

#include "outcome.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;

namespace phishaid::update {

class Fetch : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 maxBytes = 0;
        int responseTimeoutMs = 0; // from start() to the response headers
        int stallTimeoutMs = 0; // the longest silence while the body arrives
        int deadlineMs = 0; // everything, from start() to the last byte (0: none); Outcome::TooSlow once the body has begun
        qint64 minBytesPerSecond = 0; // the body's average since its headers (0: none) ...
        int rateGraceMs = 0; // ... counted from this long after the headers: bytes >= rate * (elapsed - grace)
    };

    // `sink` (optional, open for writing, owned by the caller) receives the body; without it data() holds it.
    Fetch(QNetworkAccessManager *manager, const QUrl &url, const Limits &limits, QIODevice *sink, QObject *parent);
    ~Fetch() override;

    // Starts the request; finished() follows exactly once, never from inside start() or cancel().
    void start();
    // Stops the transfer at once; finished() reports Outcome::Cancelled.
    void cancel();

    QUrl url() const { return m_url; }
    QByteArray data() const { return m_data; }
    QByteArray sha256() const { return m_hash.result(); }
    qint64 bytesReceived() const { return m_received; }

Q_SIGNALS:
    void progress(qint64 received, qint64 total); // total is -1 when the server did not say
    // Outcome::None when the whole body arrived with HTTP 200; otherwise why not.
    void finished(const phishaid::update::Result &result);

private:
    void onMetaDataChanged();
    void onReadyRead();
    void onRedirected(const QUrl &target);
    void onReplyFinished();
    void onTimeout();
    void onDeadline();
    void onRateCheck();
    void scheduleRateCheck();
    void fail(Outcome outcome, const QString &detail);
    void finish(const Result &result);

    QNetworkAccessManager *m_manager;
    QUrl m_url;
    Limits m_limits;
    QPointer<QIODevice> m_sink;
    QNetworkReply *m_reply = nullptr;
    QTimer m_timer; // the response, then the stall timeout: restarted by every chunk
    QTimer m_deadline; // started once: never restarted
    QTimer m_rateCheck; // when the bytes so far stop being enough for the minimum rate
    QElapsedTimer m_sinceHeaders;
    QCryptographicHash m_hash { QCryptographicHash::Sha256 };
    QByteArray m_data;
    qint64 m_received = 0;
    bool m_headersSeen = false;
    bool m_done = false;
};

} // namespace phishaid::update
