#include "updateclient.h"

#include "content.h"
#include "contentinstaller.h"
#include "contentstore.h"
#include "fetch.h"
#include "installedcontent.h"
#include "signature.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTemporaryFile>
#include <QTimer>
#include <optional>

using namespace Qt::StringLiterals;
using namespace phishaid::update;

Q_LOGGING_CATEGORY(lcUpdate, "phishaid.update")

namespace phishaid {

namespace {

std::optional<UpdateConfig> &defaultConfigStorage()
{
    static std::optional<UpdateConfig> config;
    return config;
}

// A signature file holds base64 (or hex) text; a few hundred bytes at most.
constexpr qint64 MaxSignatureFileBytes = 1024;

// The launch check waits until the first screen is up: the network never delays the guidance.
constexpr int LaunchCheckDelayMs = 3000;

} // namespace

UpdateClient::UpdateClient(const UpdateConfig &config, QNetworkAccessManager *manager, ContentStore *store, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_manager(manager)
    , m_store(store)
    , m_state(UpdateState::load(stateFilePath(config.installDirectory)))
{
    if (!m_config.isEnabled()) {
        qCInfo(lcUpdate).noquote() << "Content updates are off:" << m_config.disabledReason();
    }
}

UpdateClient::~UpdateClient() = default;

UpdateClient *UpdateClient::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    Q_UNUSED(jsEngine)
    auto *store = qmlEngine->singletonInstance<ContentStore *>(qmlTypeId("PhishAid", 1, 0, "ContentStore"));
    return new UpdateClient(defaultConfig(), qmlEngine->networkAccessManager(), store, qmlEngine);
}

UpdateConfig UpdateClient::defaultConfig()
{
    return defaultConfigStorage().value_or(UpdateConfig::fromBuild());
}

void UpdateClient::setDefaultConfig(const UpdateConfig &config)
{
    defaultConfigStorage() = config;
}

void UpdateClient::checkAtLaunch(QQmlEngine &engine)
{
    auto *client = engine.singletonInstance<UpdateClient *>(qmlTypeId("PhishAid", 1, 0, "Updater"));
    if (client && client->isLaunchCheckDue()) {
        QTimer::singleShot(LaunchCheckDelayMs, client, [client] { client->check(Trigger::Launch); });
    }
}

bool UpdateClient::isLaunchCheckDue() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A last contact "in the future" means the clock was changed: check rather than wait for it.
    return isEnabled()
        && (!m_state.lastContact.isValid() || m_state.lastContact > now || m_state.lastContact.secsTo(now) >= m_config.checkIntervalHours * 3600LL);
}

void UpdateClient::checkNow()
{
    check(Trigger::OnDemand);
}

void UpdateClient::check(Trigger trigger)
{
    if (m_busy) {
        qCInfo(lcUpdate) << "A check is already running.";
        return;
    }
    m_trigger = trigger;
    if (!isEnabled()) {
        end({ Outcome::Disabled, m_config.disabledReason() });
        return;
    }
    QString error;
    if (!ContentInstaller(m_config.installDirectory).prepare(&error)) {
        end({ Outcome::InstallFailed, error });
        return;
    }
    m_busy = true;
    Q_EMIT busyChanged();
    setProgress(-1);
    qCInfo(lcUpdate).noquote() << "Checking" << m_config.manifestUrl.toDisplayString();
    startFetch(m_config.manifestUrl, m_config.maxManifestBytes, m_config.smallFileDeadlineMs, nullptr, &UpdateClient::onManifestFetched);
}

void UpdateClient::cancel()
{
    if (m_fetch) {
        m_fetch->cancel();
    }
}

void UpdateClient::startFetch(const QUrl &url, qint64 maxBytes, int deadlineMs, QIODevice *sink, FetchDone done)
{
    const Fetch::Limits limits {
        maxBytes,
        m_config.responseTimeoutMs,
        m_config.stallTimeoutMs,
        deadlineMs,
        m_config.minBytesPerSecond,
        m_config.rateGraceMs,
    };
    m_fetch = std::make_unique<Fetch>(m_manager, url, limits, sink, nullptr);
    connect(m_fetch.get(), &Fetch::finished, this, [this, done](const Result &result) {
        // The fetch is the sender: it is deleted once its signal has returned.
        Fetch *fetch = m_fetch.release();
        fetch->deleteLater();
        (this->*done)(*fetch, result);
    });
    m_fetch->start();
}

void UpdateClient::onManifestFetched(Fetch &fetch, const Result &result)
{
    if (result.outcome != Outcome::None) {
        end(result);
        return;
    }
    m_manifestBytes = fetch.data();
    // The signature sits next to the manifest: "<manifest URL>.sig", query and fragment kept off.
    QUrl signatureUrl = m_config.manifestUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    signatureUrl.setPath(signatureUrl.path() + QString::fromLatin1(SignatureSuffix));
    startFetch(signatureUrl, MaxSignatureFileBytes, m_config.smallFileDeadlineMs, nullptr, &UpdateClient::onSignatureFetched);
}

void UpdateClient::onSignatureFetched(Fetch &fetch, const Result &result)
{
    if (result.outcome != Outcome::None) {
        end(result);
        return;
    }
    // Nothing in the manifest is read before its signature is verified over its exact bytes.
    const std::optional<QByteArray> signature = decodeBinary(fetch.data(), SignatureBytes);
    if (!signature || !verify(m_manifestBytes, *signature, m_config.publicKey)) {
        end({ Outcome::BadSignature, u"The manifest signature does not verify with the built-in public key."_s });
        return;
    }
    // The real server answered: the daily launch check is satisfied, whatever follows.
    m_state.lastContact = QDateTime::currentDateTimeUtc();
    QString error;
    const std::optional<Manifest> manifest = Manifest::parse(m_manifestBytes, &error);
    if (!manifest) {
        end({ Outcome::BadManifest, error });
        return;
    }
    m_manifest = *manifest;
    const ManifestPolicy policy {
        m_store ? m_store->contentVersion() : 0,
        m_state.highestInstalledVersion,
        m_config.appVersion,
        content::SchemaVersion,
        m_config.maxContentBytes,
        QDateTime::currentDateTimeUtc(),
    };
    const Result verdict = checkManifest(m_manifest, policy);
    if (verdict.outcome != Outcome::None) {
        end(verdict);
        return;
    }
    startContentDownload();
}

void UpdateClient::startContentDownload()
{
    const QUrl contentUrl = m_config.manifestUrl.resolved(QUrl(m_manifest.content));
    m_download = std::make_unique<QTemporaryFile>(incomingTemplate(m_config.installDirectory));
    if (!m_download->open()) {
        end({ Outcome::InstallFailed, u"Cannot create a download file: "_s + m_download->errorString() });
        return;
    }
    qCInfo(lcUpdate).noquote() << "Downloading content version" << m_manifest.contentVersion << "from" << contentUrl.toDisplayString();
    setProgress(0);
    // The cap is the size the signed manifest announces: one byte more and the transfer stops.
    startFetch(contentUrl, m_manifest.size, m_config.contentDeadlineMs, m_download.get(), &UpdateClient::onContentFetched);
    connect(m_fetch.get(), &Fetch::progress, this,
        [this](qint64 received, qint64) { setProgress(static_cast<double>(received) / static_cast<double>(m_manifest.size)); });
}

void UpdateClient::onContentFetched(Fetch &fetch, const Result &result)
{
    if (result.outcome != Outcome::None) {
        end(result);
        return;
    }
    if (fetch.bytesReceived() != m_manifest.size) {
        end({ Outcome::Truncated, u"Received %1 of %2 bytes."_s.arg(fetch.bytesReceived()).arg(m_manifest.size) });
        return;
    }
    if (fetch.sha256() != m_manifest.sha256) {
        end({ Outcome::HashMismatch,
            u"The download's SHA-256 is %1, the manifest names %2."_s.arg(
                QString::fromLatin1(fetch.sha256().toHex()), QString::fromLatin1(m_manifest.sha256.toHex())) });
        return;
    }
    if (!m_download->flush()) {
        end({ Outcome::InstallFailed, u"Cannot write the download: "_s + m_download->errorString() });
        return;
    }
    m_download->close();
    // Only a file whose hash matches the signed manifest is ever opened with SQLite.
    const Result installed = ContentInstaller(m_config.installDirectory).install(m_download->fileName(), m_manifest);
    if (installed.outcome == Outcome::Installed) {
        m_download->setAutoRemove(false); // it is current.sqlite now
        m_state.highestInstalledVersion = qMax(m_state.highestInstalledVersion, m_manifest.contentVersion);
        m_installedVersion = m_manifest.contentVersion;
        m_installedForNextStart = m_trigger == Trigger::Launch || !m_store;
        if (!m_installedForNextStart) {
            m_store->reload(m_config.installDirectory);
        }
    }
    end(installed);
}

void UpdateClient::end(const Result &result)
{
    m_fetch.reset();
    m_download.reset(); // removes a download that was not installed
    m_lastResult = result;
    // A slow connection at launch is no news either (and a trickling server gets nothing out of it).
    const bool offline = result.outcome == Outcome::Offline || result.outcome == Outcome::TimedOut || result.outcome == Outcome::TooSlow;
    if (isSuccess(result.outcome)) {
        qCInfo(lcUpdate).noquote() << "Update check:" << outcomeTag(result.outcome) << result.detail;
    } else {
        qCWarning(lcUpdate).noquote() << "Update check:" << outcomeTag(result.outcome) << result.detail;
    }
    // Offline at launch is no news: the settings page keeps the last real result.
    if (!(m_trigger == Trigger::Launch && offline)) {
        m_state.lastCheck = QDateTime::currentDateTimeUtc();
        m_state.lastOutcome = result.outcome;
        if (!m_state.save(stateFilePath(m_config.installDirectory)) && result.outcome != Outcome::Disabled) {
            qCWarning(lcUpdate) << "Cannot save the update state in" << m_config.installDirectory;
        }
        Q_EMIT resultChanged();
    }
    if (m_busy) {
        m_busy = false;
        Q_EMIT busyChanged();
    }
    setProgress(-1);
    Q_EMIT finished();
}

void UpdateClient::setProgress(double progress)
{
    if (!qFuzzyCompare(m_progress + 2, progress + 2)) {
        m_progress = progress;
        Q_EMIT progressChanged();
    }
}

} // namespace phishaid
