// Signed content updates over Qt Network: the QML singleton Updater, used by the settings page and by the
// launch check in main.cpp. One check: manifest -> signature (Ed25519, the key built into the app) ->
// manifest checks (expiry, no rollback, app and schema, size cap) -> download with progress and cancel ->
// size and SHA-256 -> ContentInstaller (open, validate, atomic swap keeping the previous file).
// Any failure: one plain Japanese sentence for the user, the installed content untouched, the reason logged.
#pragma once

#include "manifest.h"
#include "outcome.h"
#include "updateconfig.h"
#include "updatestate.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <memory>

class QNetworkAccessManager;
class QTemporaryFile;

namespace phishaid {

class ContentStore;

namespace update {
class Fetch;
}

class UpdateClient : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Updater)
    QML_SINGLETON
    Q_PROPERTY(bool enabled READ isEnabled CONSTANT)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    // 0..1 while the content downloads; -1 while it is unknown (fetching the manifest).
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(bool checked READ hasChecked NOTIFY resultChanged)
    Q_PROPERTY(QDateTime lastCheck READ lastCheck NOTIFY resultChanged)
    Q_PROPERTY(bool lastCheckSucceeded READ lastCheckSucceeded NOTIFY resultChanged)
    // One plain Japanese sentence about the last check; empty before the first one.
    Q_PROPERTY(QString lastResultText READ lastResultText NOTIFY resultChanged)

public:
    enum class Trigger { Launch, OnDemand };

    // `manager` and `store` come from outside and must outlive the client; `store` (may be null) gives the
    // running content version and is reloaded after an update that the user asked for.
    UpdateClient(const update::UpdateConfig &config, QNetworkAccessManager *manager, ContentStore *store, QObject *parent);
    ~UpdateClient() override;

    // The QML singleton: defaultConfig(), the engine's network access manager, the ContentStore singleton.
    static UpdateClient *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    static update::UpdateConfig defaultConfig();
    static void setDefaultConfig(const update::UpdateConfig &config); // tests: a local server and the test key

    // At launch (main.cpp): checks unless updates are off or a server answered within the last day. An
    // update found this way is used from the next start, so the wizard in use is never reset under the user.
    static void checkAtLaunch(QQmlEngine &engine);

    Q_INVOKABLE void checkNow();
    Q_INVOKABLE void cancel();
    void check(Trigger trigger);
    bool isLaunchCheckDue() const;

    bool isEnabled() const { return m_config.isEnabled(); }
    bool isBusy() const { return m_busy; }
    double progress() const { return m_progress; }
    bool hasChecked() const { return m_state.lastCheck.isValid(); }
    QDateTime lastCheck() const { return m_state.lastCheck; }
    bool lastCheckSucceeded() const { return update::isSuccess(m_state.lastOutcome); }
    QString lastResultText() const;
    update::Result lastResult() const { return m_lastResult; }
    const update::UpdateConfig &config() const { return m_config; }

    // The sentence shown for an outcome. `version` is the installed version (Installed only).
    static QString userMessage(update::Outcome outcome, int version = 0, bool usedFromNextStart = false);

Q_SIGNALS:
    void busyChanged();
    void progressChanged();
    void resultChanged();
    void finished(); // after every check, with lastResult() set

private:
    using FetchDone = void (UpdateClient::*)(update::Fetch &fetch, const update::Result &result);
    void startFetch(const QUrl &url, qint64 maxBytes, int deadlineMs, QIODevice *sink, FetchDone done);
    void onManifestFetched(update::Fetch &fetch, const update::Result &result);
    void onSignatureFetched(update::Fetch &fetch, const update::Result &result);
    void startContentDownload();
    void onContentFetched(update::Fetch &fetch, const update::Result &result);
    void end(const update::Result &result);
    void setProgress(double progress);

    update::UpdateConfig m_config;
    QNetworkAccessManager *m_manager;
    QPointer<ContentStore> m_store;
    update::UpdateState m_state;
    update::Result m_lastResult;
    Trigger m_trigger = Trigger::OnDemand;
    bool m_busy = false;
    double m_progress = -1;
    int m_installedVersion = 0; // the version of the last install, for the message
    bool m_installedForNextStart = false; // installed by the launch check: shown from the next start
    QByteArray m_manifestBytes;
    update::Manifest m_manifest;
    std::unique_ptr<update::Fetch> m_fetch;
    std::unique_ptr<QTemporaryFile> m_download;
};

} // namespace phishaid
