// Every attack and failure the update channel must survive, against a real HTTP server on 127.0.0.1.
// Each case starts from an installed update (bundled + 1), offers bundled + 2 (or something older) in a
// broken or hostile way, and checks: the right refusal, the installed files untouched, nothing left
// behind, the user's own data untouched, and the app opening its previous content at the next start.
#include "content.h"
#include "installedcontent.h"
#include "signature.h"
#include "support/testserver.h"
#include "support/updatefixture.h"
#include "updateclient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace phishaid;
using namespace phishaid::test;
using update::Outcome;

namespace {

enum class Attack {
    TamperedBundle,
    WrongKey,
    FlippedSignature,
    ManifestEditedAfterSigning,
    SignatureNotBase64,
    SignatureMissing,
    Rollback,
    Expired,
    AppTooOld,
    SchemaTooNew,
    UnknownManifestFormat,
    TruncatedDownload,
    ServerError500Manifest,
    ServerError500Content,
    ConnectionRefused,
    StallBeforeResponse,
    StallMidBody,
    EndlessContent,
    EndlessManifest,
    AnnouncedTooLarge,
    ContentLengthOverManifestSize,
    RedirectToFtp,
    RedirectToFile,
    RedirectToPlainHttpElsewhere,
    ContentRedirectToData,
    ContentFailsValidation,
    ContentNotADatabase,
    ContentVersionMismatch,
    TrickledManifest,
    TrickledManifestPastDeadline,
    TrickledSignature,
    TrickledContent,
    TrickledContentPastDeadline,
};

constexpr qint64 EndlessBytes = 64 * 1024 * 1024;

} // namespace

Q_DECLARE_METATYPE(Attack)

class TestUpdateRefusals : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_root;
    QString m_installDir;
    QString m_userDatabase;
    TestServer m_server;
    int m_bundled = 0;

    // Serves `attack` for version bundled + 2 (or the rollback version) and returns the route whose bytes
    // matter for the size cases.
    QString arrange(Attack attack, update::UpdateConfig &config)
    {
        Bundle bundle = makeBundle(m_bundled + 2);
        const QString contentPath = u"/"_s + bundle.manifest.content;
        switch (attack) {
        case Attack::TamperedBundle:
            bundle.database[bundle.database.size() / 2] = char(bundle.database.at(bundle.database.size() / 2) ^ 0x01);
            break;
        case Attack::WrongKey:
            resign(bundle, update::generateKeyPair().secretKey);
            break;
        case Attack::FlippedSignature: {
            QByteArray raw = QByteArray::fromBase64(bundle.signature);
            raw[10] = char(raw.at(10) ^ 0x40);
            bundle.signature = raw.toBase64();
            break;
        }
        case Attack::ManifestEditedAfterSigning:
            bundle.manifestJson.replace("\"minAppVersion\": \"0.1.0\"", "\"minAppVersion\": \"0.0.1\"");
            break;
        case Attack::SignatureNotBase64:
            bundle.signature = "this is not a signature\n";
            break;
        case Attack::SignatureMissing:
            serve(m_server, bundle);
            m_server.route(u"/manifest.json.sig"_s, Route::error(404));
            return contentPath;
        case Attack::Rollback:
            bundle = makeBundle(m_bundled); // validly signed, but older than the installed bundled + 1
            break;
        case Attack::Expired:
            bundle.manifest.created = QDateTime::currentDateTimeUtc().addDays(-100);
            bundle.manifest.expires = QDateTime::currentDateTimeUtc().addSecs(-60);
            resign(bundle);
            break;
        case Attack::AppTooOld:
            bundle.manifest.minAppVersion = QVersionNumber(99, 0);
            resign(bundle);
            break;
        case Attack::SchemaTooNew:
            bundle.manifest.schemaVersion = content::SchemaVersion + 1;
            resign(bundle);
            break;
        case Attack::UnknownManifestFormat:
            bundle.manifestJson = bundle.manifestJson.replace("phishaid-content-manifest/1", "phishaid-content-manifest/9");
            bundle.signature = update::sign(bundle.manifestJson, testSecretKey()).toBase64();
            break;
        case Attack::TruncatedDownload:
            serve(m_server, bundle);
            m_server.route(contentPath, Route::with(Route::Behavior::CloseAfter, bundle.database, bundle.database.size() / 2));
            return contentPath;
        case Attack::ServerError500Manifest:
            serve(m_server, bundle);
            m_server.route(u"/manifest.json"_s, Route::error(500));
            return contentPath;
        case Attack::ServerError500Content:
            serve(m_server, bundle);
            m_server.route(contentPath, Route::error(500));
            return contentPath;
        case Attack::ConnectionRefused:
            config.manifestUrl = QUrl(u"http://127.0.0.1:%1/manifest.json"_s.arg(TestServer::closedPort()));
            return contentPath;
        case Attack::StallBeforeResponse:
            serve(m_server, bundle);
            m_server.route(u"/manifest.json"_s, Route::with(Route::Behavior::NeverRespond, {}, 0));
            return contentPath;
        case Attack::StallMidBody:
            serve(m_server, bundle);
            m_server.route(contentPath, Route::with(Route::Behavior::StallAfter, bundle.database, bundle.database.size() / 3));
            return contentPath;
        case Attack::EndlessContent:
            serve(m_server, bundle);
            m_server.route(contentPath, Route::with(Route::Behavior::Endless, {}, EndlessBytes));
            return contentPath;
        case Attack::EndlessManifest:
            serve(m_server, bundle);
            m_server.route(u"/manifest.json"_s, Route::with(Route::Behavior::Endless, {}, EndlessBytes));
            return u"/manifest.json"_s;
        case Attack::AnnouncedTooLarge:
            bundle.manifest.size = config.maxContentBytes + 1;
            resign(bundle);
            break;
        case Attack::ContentLengthOverManifestSize:
            serve(m_server, bundle);
            m_server.route(contentPath, Route::ok(bundle.database + QByteArray(1024 * 1024, '\0')));
            return contentPath;
        case Attack::RedirectToFtp:
            serve(m_server, bundle);
            m_server.route(u"/manifest.json"_s, Route::redirect("ftp://127.0.0.1/manifest.json"));
            return contentPath;
        case Attack::RedirectToFile:
            serve(m_server, bundle);
            m_server.route(u"/manifest.json"_s, Route::redirect("file:///etc/passwd"));
            return contentPath;
        case Attack::RedirectToPlainHttpElsewhere:
            serve(m_server, bundle);
            m_server.route(u"/manifest.json"_s, Route::redirect("http://192.0.2.1/manifest.json"));
            return contentPath;
        case Attack::ContentRedirectToData:
            serve(m_server, bundle);
            m_server.route(contentPath, Route::redirect("data:application/octet-stream;base64,AAAA"));
            return contentPath;
        case Attack::ContentFailsValidation:
            bundle.database = databaseBytes(m_bundled + 2, { u"DELETE FROM outcome_actions"_s });
            break;
        case Attack::ContentNotADatabase:
            bundle.database = QByteArray(bundle.database.size(), 'z');
            break;
        case Attack::ContentVersionMismatch:
            bundle.database = databaseBytes(m_bundled + 5);
            break;
        // Slow retrieval: a byte or a few every 100 ms, never silent for the 1.5 s that count as a stall. Unguarded,
        // the 350-byte manifest takes 35 s and the database hours.
        case Attack::TrickledManifest:
            serve(m_server, bundle);
            m_server.route(u"/manifest.json"_s, Route::trickle(bundle.manifestJson, 1, 100)); // 10 bytes/s
            return u"/manifest.json"_s;
        case Attack::TrickledManifestPastDeadline:
            config.minBytesPerSecond = 1; // the rate is met: only the deadline stops it
            serve(m_server, bundle);
            m_server.route(u"/manifest.json"_s, Route::trickle(bundle.manifestJson, 1, 100));
            return u"/manifest.json"_s;
        case Attack::TrickledSignature:
            serve(m_server, bundle);
            m_server.route(u"/manifest.json.sig"_s, Route::trickle(bundle.signature, 1, 100));
            return u"/manifest.json.sig"_s;
        case Attack::TrickledContent:
            serve(m_server, bundle);
            m_server.route(contentPath, Route::trickle(bundle.database, 100, 100)); // 1 KB/s, under the 2 KB/s
            return contentPath;
        case Attack::TrickledContentPastDeadline:
            config.contentDeadlineMs = 2500;
            serve(m_server, bundle);
            m_server.route(contentPath, Route::trickle(bundle.database, 8 * 1024, 100)); // 80 KB/s: minutes for the database
            return contentPath;
        }
        // Signed after the change where the case is about content the publisher really signed.
        if (attack == Attack::ContentFailsValidation || attack == Attack::ContentNotADatabase || attack == Attack::ContentVersionMismatch) {
            bundle.manifest.size = bundle.database.size();
            bundle.manifest.sha256 = QCryptographicHash::hash(bundle.database, QCryptographicHash::Sha256);
            resign(bundle);
        }
        serve(m_server, bundle);
        return contentPath;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_server.listen());
        m_bundled = bundledContentVersion();
        QVERIFY(m_bundled >= 1);
    }

    // Every case starts with bundled + 1 installed through the real channel, and the user's database beside it.
    void init()
    {
        m_root = std::make_unique<QTemporaryDir>();
        m_installDir = m_root->filePath(u"content"_s);
        m_userDatabase = m_root->filePath(u"user.sqlite"_s);
        QFile user(m_userDatabase);
        QVERIFY(user.open(QIODevice::WriteOnly));
        user.write("the checklist lives here and no update may touch it");
        user.close();
        m_server.clearRoutes();
        serve(m_server, makeBundle(m_bundled + 1));
        const CheckRun baseline = runCheck(testConfig(m_server, m_installDir));
        QCOMPARE(baseline.result.outcome, Outcome::Installed);
        QCOMPARE(versionAtNextStart(m_installDir), m_bundled + 1);
        m_server.clearRoutes();
    }

    void refused_data()
    {
        QTest::addColumn<Attack>("attack");
        QTest::addColumn<Outcome>("expected");
        QTest::addRow("tampered bundle") << Attack::TamperedBundle << Outcome::HashMismatch;
        QTest::addRow("manifest signed with the wrong key") << Attack::WrongKey << Outcome::BadSignature;
        QTest::addRow("bad signature") << Attack::FlippedSignature << Outcome::BadSignature;
        QTest::addRow("manifest edited after signing") << Attack::ManifestEditedAfterSigning << Outcome::BadSignature;
        QTest::addRow("signature not base64") << Attack::SignatureNotBase64 << Outcome::BadSignature;
        QTest::addRow("signature missing") << Attack::SignatureMissing << Outcome::ServerError;
        QTest::addRow("older version replayed") << Attack::Rollback << Outcome::Rollback;
        QTest::addRow("expired manifest") << Attack::Expired << Outcome::Expired;
        QTest::addRow("needs a newer app") << Attack::AppTooOld << Outcome::AppTooOld;
        QTest::addRow("newer schema") << Attack::SchemaTooNew << Outcome::SchemaTooNew;
        QTest::addRow("unknown manifest format") << Attack::UnknownManifestFormat << Outcome::BadManifest;
        QTest::addRow("truncated download") << Attack::TruncatedDownload << Outcome::Truncated;
        QTest::addRow("HTTP 500 for the manifest") << Attack::ServerError500Manifest << Outcome::ServerError;
        QTest::addRow("HTTP 500 for the content") << Attack::ServerError500Content << Outcome::ServerError;
        QTest::addRow("connection refused") << Attack::ConnectionRefused << Outcome::Offline;
        QTest::addRow("stall before the response") << Attack::StallBeforeResponse << Outcome::TimedOut;
        QTest::addRow("stall in the middle of the body") << Attack::StallMidBody << Outcome::TimedOut;
        QTest::addRow("endless content") << Attack::EndlessContent << Outcome::TooLarge;
        QTest::addRow("endless manifest") << Attack::EndlessManifest << Outcome::TooLarge;
        QTest::addRow("manifest announces too much") << Attack::AnnouncedTooLarge << Outcome::TooLarge;
        QTest::addRow("Content-Length over the manifest size") << Attack::ContentLengthOverManifestSize << Outcome::TooLarge;
        QTest::addRow("redirect to ftp") << Attack::RedirectToFtp << Outcome::RefusedAddress;
        QTest::addRow("redirect to file") << Attack::RedirectToFile << Outcome::RefusedAddress;
        QTest::addRow("redirect to plain http elsewhere") << Attack::RedirectToPlainHttpElsewhere << Outcome::RefusedAddress;
        QTest::addRow("content redirected to data:") << Attack::ContentRedirectToData << Outcome::RefusedAddress;
        QTest::addRow("content fails validation") << Attack::ContentFailsValidation << Outcome::InvalidContent;
        QTest::addRow("not a database") << Attack::ContentNotADatabase << Outcome::InvalidContent;
        QTest::addRow("database version differs from manifest") << Attack::ContentVersionMismatch << Outcome::InvalidContent;
        QTest::addRow("manifest trickled") << Attack::TrickledManifest << Outcome::TooSlow;
        QTest::addRow("manifest trickled past its deadline") << Attack::TrickledManifestPastDeadline << Outcome::TooSlow;
        QTest::addRow("signature trickled") << Attack::TrickledSignature << Outcome::TooSlow;
        QTest::addRow("database trickled under the minimum rate") << Attack::TrickledContent << Outcome::TooSlow;
        QTest::addRow("database trickled past its deadline") << Attack::TrickledContentPastDeadline << Outcome::TooSlow;
    }

    void refused()
    {
        QFETCH(Attack, attack);
        QFETCH(Outcome, expected);
        update::UpdateConfig config = testConfig(m_server, m_installDir);
        const QString watchedPath = arrange(attack, config);
        const QByteArray currentBefore = fileHash(update::currentDatabasePath(m_installDir));
        const QByteArray userBefore = fileHash(m_userDatabase);

        const CheckRun run = runCheck(config);

        QVERIFY2(run.result.outcome == expected,
            qPrintable(u"expected %1, got %2: %3"_s.arg(update::outcomeTag(expected), update::outcomeTag(run.result.outcome), run.result.detail)));
        QVERIFY(!run.result.detail.isEmpty()); // the reason is logged
        QVERIFY(!run.message.isEmpty() && run.message.count(u'。') == 1); // one plain sentence for the user
        // Nothing changed: the running content, the installed file, the user's data; nothing left behind.
        QCOMPARE(run.versionBefore, m_bundled + 1);
        QCOMPARE(run.versionAfter, m_bundled + 1);
        QCOMPARE(fileHash(update::currentDatabasePath(m_installDir)), currentBefore);
        QCOMPARE(fileHash(m_userDatabase), userBefore);
        QCOMPARE(QDir(m_installDir).entryList({ u"incoming-*"_s, u"*.tmp"_s }, QDir::Files), QStringList());
        QVERIFY(!QFile::exists(update::previousDatabasePath(m_installDir)));
        // The next start opens the previous content.
        QCOMPARE(versionAtNextStart(m_installDir), m_bundled + 1);
        // Timeouts fire on time; nothing hangs.
        QVERIFY2(run.elapsedMs < 6000, qPrintable(u"took %1 ms"_s.arg(run.elapsedMs)));

        if (attack == Attack::EndlessContent || attack == Attack::EndlessManifest) {
            const qint64 sent = m_server.bodyBytesSent(watchedPath);
            qInfo("%s: the server got %lld of %lld bytes out before the client hung up", QTest::currentDataTag(), static_cast<long long>(sent),
                static_cast<long long>(EndlessBytes));
            QVERIFY2(sent < EndlessBytes / 4, qPrintable(u"%1 bytes sent"_s.arg(sent)));
        }
        if (attack == Attack::AnnouncedTooLarge || attack == Attack::Expired || attack == Attack::Rollback || attack == Attack::WrongKey) {
            QCOMPARE(m_server.requests(watchedPath), 0); // refused before any download
        }
        // Given up by the guard that applies, on time: the rate once its grace has passed, or the deadline.
        if (attack == Attack::TrickledManifest || attack == Attack::TrickledSignature || attack == Attack::TrickledContent) {
            QVERIFY2(run.result.detail.contains(u"bytes/s"_s), qPrintable(run.result.detail));
            QVERIFY(run.elapsedMs >= config.rateGraceMs * 9 / 10);
            qInfo("%s: gave up after %lld ms (%s)", QTest::currentDataTag(), static_cast<long long>(run.elapsedMs), qPrintable(run.result.detail));
            QVERIFY(m_server.bodyBytesSent(watchedPath) < 8 * 1024);
        }
        if (attack == Attack::TrickledManifestPastDeadline || attack == Attack::TrickledContentPastDeadline) {
            const int deadline = attack == Attack::TrickledContentPastDeadline ? config.contentDeadlineMs : config.smallFileDeadlineMs;
            QVERIFY2(run.result.detail.contains(u"in all"_s), qPrintable(run.result.detail));
            QVERIFY(run.elapsedMs >= deadline * 9 / 10);
            qInfo("%s: gave up after %lld ms (%s)", QTest::currentDataTag(), static_cast<long long>(run.elapsedMs), qPrintable(run.result.detail));
        }
        if (attack == Attack::StallBeforeResponse || attack == Attack::StallMidBody) {
            QVERIFY(run.elapsedMs >= config.stallTimeoutMs * 9 / 10); // coarse timers may fire 5 % early
            qInfo("%s: gave up after %lld ms (timeout %d ms)", QTest::currentDataTag(), static_cast<long long>(run.elapsedMs), config.stallTimeoutMs);
        }
    }

    // Losing current.sqlite (or the app falling back to older content) does not reopen the door to a replay.
    void rollbackRefusedEvenWhenTheInstalledFileIsGone()
    {
        QVERIFY(QFile::remove(update::currentDatabasePath(m_installDir)));
        QCOMPARE(versionAtNextStart(m_installDir), m_bundled);
        serve(m_server, makeBundle(m_bundled));
        QCOMPARE(runCheck(testConfig(m_server, m_installDir)).result.outcome, Outcome::Rollback);
        m_server.clearRoutes();
        // bundled + 1 again is allowed (it is the highest ever installed): it restores the lost file.
        serve(m_server, makeBundle(m_bundled + 1));
        QCOMPARE(runCheck(testConfig(m_server, m_installDir)).result.outcome, Outcome::Installed);
        QCOMPARE(versionAtNextStart(m_installDir), m_bundled + 1);
    }
};

QTEST_GUILESS_MAIN(TestUpdateRefusals)
#include "tst_updaterefusals.moc"
