// The update client doing its job against a real HTTP server on 127.0.0.1: install, up to date, the next
// version with the previous one kept, a redirect it may follow, progress and cancel, updates off, the
// daily launch check, and the headless mode (in-process and the real executable).
#include "contentstore.h"
#include "headlessupdate.h"
#include "installedcontent.h"
#include "signature.h"
#include "support/testserver.h"
#include "support/updatefixture.h"
#include "updateclient.h"
#include "updatestate.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace phishaid;
using namespace phishaid::test;
using update::Outcome;

class TestUpdateClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_root;
    QString m_installDir;
    TestServer m_server;
    int m_bundled = 0;

    update::UpdateConfig config() const { return testConfig(m_server, m_installDir); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_server.listen());
        m_bundled = bundledContentVersion();
        QVERIFY(m_bundled >= 1);
    }

    void init()
    {
        m_root = std::make_unique<QTemporaryDir>();
        m_installDir = m_root->filePath(u"content"_s);
        m_server.clearRoutes();
    }

    void installsThenUpToDateThenKeepsThePrevious()
    {
        QCOMPARE(versionAtNextStart(m_installDir), m_bundled); // nothing installed: the bundled content
        serve(m_server, makeBundle(m_bundled + 1));
        CheckRun run = runCheck(config());
        QVERIFY2(run.result.outcome == Outcome::Installed, qPrintable(run.result.detail));
        QCOMPARE(run.versionBefore, m_bundled);
        QCOMPARE(run.versionAfter, m_bundled + 1); // asked for by the user: shown at once
        QVERIFY(run.message.contains(QString::number(m_bundled + 1)));
        QVERIFY(QFile::exists(update::currentDatabasePath(m_installDir)));
        QVERIFY(!QFile::exists(update::previousDatabasePath(m_installDir)));
        QCOMPARE(versionAtNextStart(m_installDir), m_bundled + 1);
        QCOMPARE(update::UpdateState::load(update::stateFilePath(m_installDir)).highestInstalledVersion, m_bundled + 1);

        run = runCheck(config());
        QCOMPARE(run.result.outcome, Outcome::UpToDate);
        QCOMPARE(run.message, UpdateClient::userMessage(Outcome::UpToDate));

        m_server.clearRoutes();
        serve(m_server, makeBundle(m_bundled + 2));
        run = runCheck(config());
        QCOMPARE(run.result.outcome, Outcome::Installed);
        QCOMPARE(versionAtNextStart(m_installDir), m_bundled + 2);
        ContentStore previous(nullptr);
        QVERIFY(previous.load(update::previousDatabasePath(m_installDir)));
        QCOMPARE(previous.contentVersion(), m_bundled + 1);
    }

    // The installed update is the app's content from then on, with its date; a broken one falls back.
    void storePrefersTheInstalledUpdate()
    {
        serve(m_server, makeBundle(m_bundled + 1));
        QCOMPARE(runCheck(config()).result.outcome, Outcome::Installed);
        ContentStore store(nullptr);
        QVERIFY(store.loadPreferred(m_installDir));
        QVERIFY(store.isUpdateInstalled());
        QVERIFY(store.contentDate().isValid());
        QFile current(update::currentDatabasePath(m_installDir));
        QVERIFY(current.open(QIODevice::WriteOnly | QIODevice::Truncate));
        current.write("broken on disk");
        current.close();
        QVERIFY(store.loadPreferred(m_installDir));
        QCOMPARE(store.contentVersion(), m_bundled);
        QVERIFY(!store.isUpdateInstalled());
    }

    void followsARedirectWithinTheRules()
    {
        const Bundle bundle = makeBundle(m_bundled + 1);
        serve(m_server, bundle);
        m_server.route(u"/moved/manifest.json"_s, Route::ok(bundle.manifestJson));
        m_server.route(u"/moved/manifest.json.sig"_s, Route::ok(bundle.signature));
        m_server.route(u"/manifest.json"_s, Route::redirect(m_server.url(u"/moved/manifest.json"_s).toEncoded()));
        m_server.route(u"/manifest.json.sig"_s, Route::redirect(m_server.url(u"/moved/manifest.json.sig"_s).toEncoded()));
        const CheckRun run = runCheck(config());
        QVERIFY2(run.result.outcome == Outcome::Installed, qPrintable(run.result.detail));
        QCOMPARE(m_server.requests(u"/moved/manifest.json"_s), 1);
    }

    // A redirect the address rule refuses is stopped before Qt follows it: the target never sees a request.
    // ("localhost" by name is refused, though it reaches this very machine.)
    void refusedRedirectTargetIsNeverContacted()
    {
        TestServer elsewhere;
        QVERIFY(elsewhere.listen());
        elsewhere.route(u"/manifest.json"_s, Route::ok("{}"));
        m_server.route(u"/manifest.json"_s, Route::redirect("http://localhost:" + QByteArray::number(elsewhere.port()) + "/manifest.json"));
        const CheckRun run = runCheck(config());
        QCOMPARE(run.result.outcome, Outcome::RefusedAddress);
        QTest::qWait(200);
        QCOMPARE(elsewhere.requests(u"/manifest.json"_s), 0);
    }

    void progressAndCancel()
    {
        const Bundle bundle = makeBundle(m_bundled + 1);
        serve(m_server, bundle);
        Route drip = Route::ok(bundle.database);
        drip.behavior = Route::Behavior::Drip; // 40 pieces, 50 ms apart: two seconds
        m_server.route(u"/"_s + bundle.manifest.content, drip);

        ContentStore store(nullptr);
        store.loadPreferred(m_installDir);
        QNetworkAccessManager manager;
        UpdateClient client(config(), &manager, &store, nullptr);
        QSignalSpy finished(&client, &UpdateClient::finished);
        QList<double> seen;
        connect(&client, &UpdateClient::progressChanged, this, [&] {
            seen.append(client.progress());
            if (client.progress() > 0.1) {
                client.cancel();
            }
        });
        client.checkNow();
        QVERIFY(client.isBusy());
        QVERIFY(finished.wait(10'000));
        QCOMPARE(client.lastResult().outcome, Outcome::Cancelled);
        QVERIFY(!client.isBusy());
        QCOMPARE(client.progress(), -1.0);
        QVERIFY(seen.contains(0.0));
        QVERIFY(std::any_of(seen.cbegin(), seen.cend(), [](double p) { return p > 0.1 && p < 1; }));
        QCOMPARE(store.contentVersion(), m_bundled);
        QCOMPARE(QDir(m_installDir).entryList({ u"*.sqlite"_s }, QDir::Files), QStringList());
        QCOMPARE(client.lastResultText(), UpdateClient::userMessage(Outcome::Cancelled));
    }

    void updatesOff()
    {
        update::UpdateConfig off = config();
        off.manifestUrl = QUrl();
        QVERIFY(!off.isEnabled());
        QCOMPARE(runCheck(off).result.outcome, Outcome::Disabled);
        off = config();
        off.publicKey.clear();
        QCOMPARE(runCheck(off).result.outcome, Outcome::Disabled);
        off = config();
        off.manifestUrl = QUrl(u"http://example.com/manifest.json"_s); // plain http beyond loopback
        QCOMPARE(runCheck(off).result.outcome, Outcome::Disabled);
        QCOMPARE(m_server.requests(u"/manifest.json"_s), 0);
        QVERIFY(!UpdateClient::defaultConfig().manifestUrl.isValid() || UpdateClient::defaultConfig().manifestUrl.scheme() == u"https");
    }

    // At most once a day at launch; offline at launch leaves no error behind.
    void launchCheck()
    {
        QNetworkAccessManager manager;
        serve(m_server, makeBundle(m_bundled + 1));
        {
            UpdateClient client(config(), &manager, nullptr, nullptr);
            QVERIFY(client.isLaunchCheckDue());
            QSignalSpy finished(&client, &UpdateClient::finished);
            client.check(UpdateClient::Trigger::Launch);
            QVERIFY(finished.wait(10'000));
            QCOMPARE(client.lastResult().outcome, Outcome::Installed);
            QVERIFY(client.lastResultText().contains(u"次に"_s)); // used from the next start: the wizard is not reset
            QVERIFY(!client.isLaunchCheckDue());
        }
        update::UpdateState state = update::UpdateState::load(update::stateFilePath(m_installDir));
        state.lastContact = QDateTime::currentDateTimeUtc().addDays(-2);
        QVERIFY(state.save(update::stateFilePath(m_installDir)));

        update::UpdateConfig offline = config();
        offline.manifestUrl = QUrl(u"http://127.0.0.1:%1/manifest.json"_s.arg(TestServer::closedPort()));
        UpdateClient client(offline, &manager, nullptr, nullptr);
        QVERIFY(client.isLaunchCheckDue());
        const QString before = client.lastResultText();
        QSignalSpy resultChanged(&client, &UpdateClient::resultChanged);
        QSignalSpy finished(&client, &UpdateClient::finished);
        client.check(UpdateClient::Trigger::Launch);
        QVERIFY(finished.wait(10'000));
        QCOMPARE(client.lastResult().outcome, Outcome::Offline);
        QCOMPARE(resultChanged.size(), 0);
        QCOMPARE(client.lastResultText(), before);
        QVERIFY(client.isLaunchCheckDue()); // tried again at the next launch
    }

    void headless()
    {
        serve(m_server, makeBundle(m_bundled + 1));
        update::HeadlessReport report = update::updateOnce(config());
        QCOMPARE(report.exitCode, 0);
        QVERIFY2(report.line.startsWith(u"update installed: "_s), qPrintable(report.line));
        report = update::updateOnce(config());
        QCOMPARE(report.exitCode, 0);
        QVERIFY2(report.line.startsWith(u"update up-to-date: "_s), qPrintable(report.line));
        m_server.clearRoutes();
        Bundle forged = makeBundle(m_bundled + 2, update::generateKeyPair().secretKey);
        serve(m_server, forged);
        report = update::updateOnce(config());
        QCOMPARE(report.exitCode, 1);
        QVERIFY2(report.line.startsWith(u"update bad-signature: "_s), qPrintable(report.line));
        QVERIFY(!report.line.contains(u'\n'));
    }

    // A server that trickles the manifest is given up (by its deadline, or the rate) within seconds: one line,
    // exit status 1, nothing installed. The same run as `phishaid --update-from` (which takes the build's key).
    void headlessGivesUpOnATricklingServer()
    {
        const Bundle bundle = makeBundle(m_bundled + 1);
        serve(m_server, bundle);
        m_server.route(u"/manifest.json"_s, Route::trickle(bundle.manifestJson, 2, 200)); // 10 bytes/s: 35 s unguarded
        QElapsedTimer timer;
        timer.start();
        const update::HeadlessReport report = update::updateOnce(config());
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(report.exitCode, 1);
        QVERIFY2(report.line.startsWith(u"update too-slow: "_s), qPrintable(report.line));
        QVERIFY(report.line.contains(m_server.url(u"/manifest.json"_s).toDisplayString()));
        QVERIFY(!report.line.contains(u'\n'));
        QVERIFY2(elapsed < config().smallFileDeadlineMs + 1000, qPrintable(u"%1 ms"_s.arg(elapsed)));
        QCOMPARE(m_server.requests(u"/"_s + bundle.manifest.content), 0);
        QCOMPARE(versionAtNextStart(m_installDir), m_bundled);
        qInfo("%s after %lld ms", qPrintable(report.line), static_cast<long long>(elapsed));
    }

    // The real executable: no display needed, one line, a non-zero exit naming the reason.
    void headlessExecutable()
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"QT_QPA_PLATFORM"_s);
        environment.insert(u"XDG_DATA_HOME"_s, m_root->filePath(u"data"_s));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(PHISHAID_EXECUTABLE), { u"--update-from"_s, u"http://127.0.0.1:%1/manifest.json"_s.arg(TestServer::closedPort()) });
        QVERIFY(process.waitForFinished(30'000));
        const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 1, qPrintable(output));
        QCOMPARE(output.count(u'\n'), 1);
        // A build without PHISHAID_UPDATE_PUBLIC_KEY says so; one with a key cannot connect.
        QVERIFY2(output.startsWith(u"update disabled: "_s) || output.startsWith(u"update offline: "_s), qPrintable(output));

        process.start(QStringLiteral(PHISHAID_EXECUTABLE), { u"--update-from=not a url"_s });
        QVERIFY(process.waitForFinished(30'000));
        QCOMPARE(process.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestUpdateClient)
#include "tst_updateclient.moc"
