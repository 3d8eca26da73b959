#include "fetch.h"

#include "updateconfig.h"

#include <QIODevice>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <limits>

using namespace Qt::StringLiterals;

namespace phishaid::update {

namespace {

// Qt reads at most this much ahead of us: with it, stopping at the cap really stops the transfer.
constexpr qint64 ReadBufferBytes = 256 * 1024;
constexpr qint64 ChunkBytes = 64 * 1024;

Outcome outcomeForError(QNetworkReply::NetworkError error, bool headersSeen)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return Outcome::Offline;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return Outcome::TimedOut;
    case QNetworkReply::SslHandshakeFailedError:
        return Outcome::SecureConnectionFailed;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::ProtocolUnknownError:
        return Outcome::RefusedAddress;
    case QNetworkReply::RemoteHostClosedError:
        // Closed after the headers: the body was cut short.
        return headersSeen ? Outcome::Truncated : Outcome::ServerError;
    default:
        return Outcome::ServerError;
    }
}

} // namespace

Fetch::Fetch(QNetworkAccessManager *manager, const QUrl &url, const Limits &limits, QIODevice *sink, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_url(url)
    , m_limits(limits)
    , m_sink(sink)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Fetch::onTimeout);
    // Precise: a coarse timer may fire 5 % early, and these two judge the time itself.
    for (QTimer *timer : { &m_deadline, &m_rateCheck }) {
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
    }
    connect(&m_deadline, &QTimer::timeout, this, &Fetch::onDeadline);
    connect(&m_rateCheck, &QTimer::timeout, this, &Fetch::onRateCheck);
}

Fetch::~Fetch()
{
    if (m_reply) {
        m_done = true; // abort() emits finished() synchronously: nothing may be reported from here
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void Fetch::start()
{
    if (!isAllowedUpdateUrl(m_url)) {
        fail(Outcome::RefusedAddress, u"Refused address %1: https only (plain http only to loopback)."_s.arg(m_url.toDisplayString()));
        return;
    }
    QNetworkRequest request(m_url);
    // Qt refuses https -> http itself; onRedirected() checks every hop against isAllowedUpdateUrl() too.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    // An explicit Accept-Encoding turns off Qt's transparent decompression: the cap counts real bytes.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setRawHeader("Cache-Control", "no-cache");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("phishaid-update/1"));

    m_reply = m_manager->get(request);
    m_reply->setReadBufferSize(ReadBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &Fetch::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &Fetch::onReadyRead);
    connect(m_reply, &QNetworkReply::redirected, this, &Fetch::onRedirected);
    connect(m_reply, &QNetworkReply::finished, this, &Fetch::onReplyFinished);
    m_timer.start(m_limits.responseTimeoutMs);
    if (m_limits.deadlineMs > 0) {
        m_deadline.start(m_limits.deadlineMs);
    }
}

void Fetch::cancel()
{
    fail(Outcome::Cancelled, u"Cancelled while fetching %1."_s.arg(m_url.toDisplayString()));
}

void Fetch::onMetaDataChanged()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400) {
        return; // a redirect Qt is following
    }
    m_headersSeen = true;
    m_timer.start(m_limits.stallTimeoutMs);
    if (status != 200) {
        fail(Outcome::ServerError, u"HTTP %1 from %2."_s.arg(status).arg(m_reply->url().toDisplayString()));
        return;
    }
    if (!m_sinceHeaders.isValid()) {
        m_sinceHeaders.start();
        scheduleRateCheck();
    }
    bool known = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (known && length > m_limits.maxBytes) {
        fail(Outcome::TooLarge, u"%1 announces %2 bytes; the cap is %3."_s.arg(m_reply->url().toDisplayString()).arg(length).arg(m_limits.maxBytes));
    }
}

void Fetch::onReadyRead()
{
    while (!m_done && m_reply->bytesAvailable() > 0) {
        const QByteArray chunk = m_reply->read(qMin(m_reply->bytesAvailable(), ChunkBytes));
        m_received += chunk.size();
        if (m_received > m_limits.maxBytes) {
            fail(Outcome::TooLarge, u"%1 sent more than the cap of %2 bytes; stopped."_s.arg(m_url.toDisplayString()).arg(m_limits.maxBytes));
            return;
        }
        m_hash.addData(chunk);
        if (!m_sink) {
            m_data += chunk;
        } else if (m_sink->write(chunk) != chunk.size()) {
            fail(Outcome::InstallFailed, u"Cannot write the download: "_s + m_sink->errorString());
            return;
        }
    }
    if (!m_done) {
        m_timer.start(m_limits.stallTimeoutMs); // silence is counted from the last chunk; the deadline and the rate are not
        scheduleRateCheck();
        bool known = false;
        const qint64 total = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        Q_EMIT progress(m_received, known ? total : -1);
    }
}

void Fetch::onRedirected(const QUrl &target)
{
    if (!isAllowedUpdateUrl(target)) {
        fail(Outcome::RefusedAddress, u"Refused redirect from %1 to %2."_s.arg(m_url.toDisplayString(), target.toDisplayString()));
    }
}

void Fetch::onReplyFinished()
{
    if (m_done) {
        return;
    }
    onReadyRead(); // whatever is still buffered
    if (m_done) {
        return;
    }
    const QNetworkReply::NetworkError error = m_reply->error();
    if (error != QNetworkReply::NoError) {
        fail(outcomeForError(error, m_headersSeen), u"%1: %2"_s.arg(m_url.toDisplayString(), m_reply->errorString()));
        return;
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        fail(Outcome::ServerError, u"HTTP %1 from %2."_s.arg(status).arg(m_reply->url().toDisplayString()));
        return;
    }
    if (!isAllowedUpdateUrl(m_reply->url())) {
        fail(Outcome::RefusedAddress, u"The response came from the refused address %1."_s.arg(m_reply->url().toDisplayString()));
        return;
    }
    finish({ Outcome::None, {} });
}

void Fetch::onTimeout()
{
    fail(Outcome::TimedOut,
        m_headersSeen ? u"%1 stalled for %2 ms after %3 bytes."_s.arg(m_url.toDisplayString()).arg(m_limits.stallTimeoutMs).arg(m_received)
                      : u"No response from %1 within %2 ms."_s.arg(m_url.toDisplayString()).arg(m_limits.responseTimeoutMs));
}

void Fetch::onDeadline()
{
    if (!m_headersSeen) {
        fail(Outcome::TimedOut, u"No response from %1 within its deadline of %2 ms."_s.arg(m_url.toDisplayString()).arg(m_limits.deadlineMs));
        return;
    }
    fail(Outcome::TooSlow,
        u"%1 was not received within %2 ms in all (%3 bytes arrived); given up."_s.arg(m_url.toDisplayString()).arg(m_limits.deadlineMs).arg(m_received));
}

// The body must average minBytesPerSecond once rateGraceMs have passed since its headers: at `elapsed` ms, at
// least rate * (elapsed - grace) / 1000 bytes. The check is due the moment the bytes so far stop being enough.
void Fetch::scheduleRateCheck()
{
    if (m_done || m_limits.minBytesPerSecond <= 0 || !m_sinceHeaders.isValid()) {
        return;
    }
    const qint64 dueMs = m_limits.rateGraceMs + m_received * 1000 / m_limits.minBytesPerSecond + 1;
    m_rateCheck.start(static_cast<int>(qBound(qint64(0), dueMs - m_sinceHeaders.elapsed(), qint64(std::numeric_limits<int>::max()))));
}

void Fetch::onRateCheck()
{
    const qint64 elapsed = m_sinceHeaders.elapsed();
    if (m_received * 1000 >= m_limits.minBytesPerSecond * (elapsed - m_limits.rateGraceMs)) {
        scheduleRateCheck(); // not yet due after all
        return;
    }
    fail(Outcome::TooSlow,
        u"%1 sent %2 bytes in %3 ms, below the minimum of %4 bytes/s after the first %5 ms; given up."_s.arg(m_url.toDisplayString())
            .arg(m_received)
            .arg(elapsed)
            .arg(m_limits.minBytesPerSecond)
            .arg(m_limits.rateGraceMs));
}

void Fetch::fail(Outcome outcome, const QString &detail)
{
    finish({ outcome, detail });
}

void Fetch::finish(const Result &result)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_timer.stop();
    m_deadline.stop();
    m_rateCheck.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort(); // stops the transfer here: nothing more is read from the socket
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    // Queued: the caller may delete this Fetch from its slot, and start()/cancel() must not call back.
    QMetaObject::invokeMethod(
        this, [this, result] { Q_EMIT finished(result); }, Qt::QueuedConnection);
}

} // namespace phishaid::update
