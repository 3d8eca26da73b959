// The pieces of the update channel without a network: manifest reading and writing, the manifest checks,
// Ed25519 signatures and key text, the address rule, and the state file.
#include "manifest.h"
#include "signature.h"
#include "support/updatefixture.h"
#include "updateconfig.h"
#include "updatestate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace phishaid::update;

class TestManifest : public QObject
{
    Q_OBJECT

private:
    static Manifest sample()
    {
        Manifest manifest;
        manifest.contentVersion = 7;
        manifest.created = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        manifest.expires = manifest.created.addDays(90);
        manifest.size = 123456;
        manifest.sha256 = QByteArray(32, '\x5a');
        manifest.minAppVersion = QVersionNumber(0, 1, 0);
        manifest.schemaVersion = 1;
        manifest.content = u"content-7.sqlite"_s;
        return manifest;
    }

    static ManifestPolicy policy() { return { 5, 5, QVersionNumber(0, 1, 0), 1, 1024 * 1024, QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC) }; }

    static QByteArray withField(const QString &key, const QJsonValue &value)
    {
        QJsonObject object = QJsonDocument::fromJson(sample().toJson()).object();
        if (value.isUndefined()) {
            object.remove(key);
        } else {
            object.insert(key, value);
        }
        return QJsonDocument(object).toJson();
    }

private Q_SLOTS:
    void roundTrip()
    {
        const Manifest manifest = sample();
        const QByteArray json = manifest.toJson();
        QVERIFY(json.contains("\"format\": \"phishaid-content-manifest/1\""));
        QVERIFY(json.endsWith('\n'));
        const std::optional<Manifest> read = Manifest::parse(json);
        QVERIFY(read);
        QCOMPARE(read->contentVersion, 7);
        QCOMPARE(read->created, manifest.created);
        QCOMPARE(read->expires, manifest.expires);
        QCOMPARE(read->size, 123456);
        QCOMPARE(read->sha256, manifest.sha256);
        QCOMPARE(read->minAppVersion, QVersionNumber(0, 1, 0));
        QCOMPARE(read->schemaVersion, 1);
        QCOMPARE(read->content, u"content-7.sqlite"_s);
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addRow("not json") << QByteArray("manifest");
        QTest::addRow("array") << QByteArray("[]");
        QTest::addRow("wrong format") << withField(u"format"_s, u"phishaid-content-manifest/2"_s);
        QTest::addRow("no version") << withField(u"contentVersion"_s, QJsonValue::Undefined);
        QTest::addRow("version as text") << withField(u"contentVersion"_s, u"7"_s);
        QTest::addRow("fractional version") << withField(u"contentVersion"_s, 7.5);
        QTest::addRow("negative size") << withField(u"size"_s, -1);
        QTest::addRow("zero size") << withField(u"size"_s, 0);
        QTest::addRow("huge size") << withField(u"size"_s, 1e300);
        // Found by fuzz_manifest: numbers beyond qint64 were cast before their range was checked (undefined).
        QTest::addRow("huge schema version") << withField(u"schemaVersion"_s, 1e20);
        QTest::addRow("huge version") << withField(u"contentVersion"_s, -1e20);
        QTest::addRow("size past qint64") << withField(u"size"_s, 9.3e18);
        QTest::addRow("short hash") << withField(u"sha256"_s, u"abcd"_s);
        QTest::addRow("hash not hex") << withField(u"sha256"_s, QString(64, u'g'));
        QTest::addRow("bad created") << withField(u"created"_s, u"yesterday"_s);
        QTest::addRow("no expires") << withField(u"expires"_s, QJsonValue::Undefined);
        QTest::addRow("bad app version") << withField(u"minAppVersion"_s, u"new"_s);
        QTest::addRow("no content") << withField(u"content"_s, u""_s);
    }

    void rejectsMalformed()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!Manifest::parse(json, &error));
        QVERIFY(!error.isEmpty());
    }

    void checks_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("daysToExpiry");
        QTest::addColumn<QString>("minApp");
        QTest::addColumn<int>("schema");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<Outcome>("expected");
        QTest::addRow("newer") << 6 << 30 << u"0.1.0"_s << 1 << qint64(1000) << Outcome::None;
        QTest::addRow("same") << 5 << 30 << u"0.1.0"_s << 1 << qint64(1000) << Outcome::UpToDate;
        QTest::addRow("older") << 4 << 30 << u"0.1.0"_s << 1 << qint64(1000) << Outcome::Rollback;
        QTest::addRow("expired") << 6 << -1 << u"0.1.0"_s << 1 << qint64(1000) << Outcome::Expired;
        QTest::addRow("app too old") << 6 << 30 << u"0.2"_s << 1 << qint64(1000) << Outcome::AppTooOld;
        QTest::addRow("schema too new") << 6 << 30 << u"0.1.0"_s << 2 << qint64(1000) << Outcome::SchemaTooNew;
        QTest::addRow("over the cap") << 6 << 30 << u"0.1.0"_s << 1 << qint64(1024 * 1024 + 1) << Outcome::TooLarge;
    }

    void checks()
    {
        QFETCH(int, version);
        QFETCH(int, daysToExpiry);
        QFETCH(QString, minApp);
        QFETCH(int, schema);
        QFETCH(qint64, size);
        QFETCH(Outcome, expected);
        Manifest manifest = sample();
        manifest.contentVersion = version;
        manifest.expires = policy().now.addDays(daysToExpiry);
        manifest.minAppVersion = QVersionNumber::fromString(minApp);
        manifest.schemaVersion = schema;
        manifest.size = size;
        const Result result = checkManifest(manifest, policy());
        QCOMPARE(result.outcome, expected);
        QCOMPARE(result.detail.isEmpty(), expected == Outcome::None);
    }

    // The app shows newer bundled content than the server has: up to date, not an attack; but anything
    // below the highest version ever installed is a replay even when the app fell back to older content.
    void rollbackFloorAndRunningVersion()
    {
        Manifest manifest = sample();
        ManifestPolicy p = policy();
        p.runningVersion = 9;
        p.highestInstalledVersion = 3;
        manifest.contentVersion = 7;
        QCOMPARE(checkManifest(manifest, p).outcome, Outcome::UpToDate);
        p.runningVersion = 2;
        p.highestInstalledVersion = 8;
        QCOMPARE(checkManifest(manifest, p).outcome, Outcome::Rollback);
        manifest.contentVersion = 8; // the lost install may come back
        QCOMPARE(checkManifest(manifest, p).outcome, Outcome::None);
    }

    void signatures()
    {
        const KeyPair pair = generateKeyPair();
        QCOMPARE(pair.publicKey.size(), PublicKeyBytes);
        QCOMPARE(pair.secretKey.size(), SecretKeyBytes);
        const QByteArray message = sample().toJson();
        const QByteArray signature = sign(message, pair.secretKey);
        QCOMPARE(signature.size(), SignatureBytes);
        QVERIFY(verify(message, signature, pair.publicKey));
        QVERIFY(!verify(message + ' ', signature, pair.publicKey));
        QVERIFY(!verify(message, signature, generateKeyPair().publicKey));
        QByteArray flipped = signature;
        flipped[0] = char(flipped.at(0) ^ 1);
        QVERIFY(!verify(message, flipped, pair.publicKey));
        QVERIFY(!verify(message, signature.left(63), pair.publicKey));
        QVERIFY(!verify(message, signature, pair.publicKey.left(31)));
        QVERIFY(sign(message, pair.secretKey.left(10)).isEmpty());
        // The committed test pair belongs together.
        QVERIFY(verify(message, sign(message, phishaid::test::testSecretKey()), phishaid::test::testPublicKey()));
    }

    void keyText()
    {
        const QByteArray key = generateKeyPair().publicKey;
        QCOMPARE(decodeBinary(key.toBase64(), PublicKeyBytes), key);
        QCOMPARE(decodeBinary("  " + key.toBase64() + "\n", PublicKeyBytes), key);
        QCOMPARE(decodeBinary(key.toHex(), PublicKeyBytes), key);
        QCOMPARE(decodeBinary(key.toHex().toUpper(), PublicKeyBytes), key);
        QVERIFY(!decodeBinary(key.left(31).toBase64(), PublicKeyBytes));
        QVERIFY(!decodeBinary("not a key", PublicKeyBytes));
        QVERIFY(!decodeBinary(QByteArray(64, 'z'), PublicKeyBytes));
        QVERIFY(!decodeBinary({}, PublicKeyBytes));
    }

    void addressRule_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::addRow("https") << u"https://updates.example.jp/phishaid/manifest.json"_s << true;
        QTest::addRow("http loopback") << u"http://127.0.0.1:8080/manifest.json"_s << true;
        QTest::addRow("http loopback v6") << u"http://[::1]:8080/manifest.json"_s << true;
        QTest::addRow("http elsewhere") << u"http://updates.example.jp/manifest.json"_s << false;
        QTest::addRow("http localhost name") << u"http://localhost/manifest.json"_s << false;
        QTest::addRow("ftp") << u"ftp://127.0.0.1/manifest.json"_s << false;
        QTest::addRow("file") << u"file:///etc/passwd"_s << false;
        QTest::addRow("data") << u"data:text/plain,hello"_s << false;
        QTest::addRow("credentials") << u"https://user:secret@updates.example.jp/manifest.json"_s << false;
        QTest::addRow("relative") << u"manifest.json"_s << false;
        QTest::addRow("empty") << QString() << false;
    }

    void addressRule()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(isAllowedUpdateUrl(QUrl(url)), allowed);
    }

    void stateFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"update-state.json"_s);
        QCOMPARE(UpdateState::load(path).lastOutcome, Outcome::None);
        UpdateState state;
        state.lastCheck = QDateTime::currentDateTimeUtc().addSecs(-5);
        state.lastOutcome = Outcome::HashMismatch;
        state.lastContact = state.lastCheck;
        state.highestInstalledVersion = 12;
        QVERIFY(state.save(path));
        const UpdateState read = UpdateState::load(path);
        QCOMPARE(read.lastOutcome, Outcome::HashMismatch);
        QCOMPARE(read.highestInstalledVersion, 12);
        QCOMPARE(read.lastCheck.toSecsSinceEpoch(), state.lastCheck.toSecsSinceEpoch());
        for (int value = int(Outcome::None); value <= int(Outcome::InstallFailed); ++value) {
            QVERIFY(!outcomeTag(Outcome(value)).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"
