#include "updatefixture.h"

#include "contentstore.h"
#include "signature.h"
#include "sqlitereader.h"
#include "testserver.h"
#include "updateclient.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace phishaid::test {

namespace {
QByteArray readKey(const char *name, int bytes)
{
    QFile file(QStringLiteral(PHISHAID_TEST_DATA_DIR) + u"/keys/"_s + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("Cannot read the test key %s", name);
    }
    return update::decodeBinary(file.readAll(), bytes).value_or(QByteArray());
}
} // namespace

QByteArray testSecretKey()
{
    static const QByteArray key = readKey("test-ed25519.secret", update::SecretKeyBytes);
    return key;
}

QByteArray testPublicKey()
{
    static const QByteArray key = readKey("test-ed25519.public", update::PublicKeyBytes);
    return key;
}

int bundledContentVersion()
{
    static const int version = [] {
        const content::ReadResult read = content::readContentDatabase(QStringLiteral(PHISHAID_CONTENT_DB));
        return read.content ? read.content->version : -1;
    }();
    return version;
}

QByteArray databaseBytes(int version, const QStringList &extraSql)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"content.sqlite"_s);
    QFile::copy(QStringLiteral(PHISHAID_CONTENT_DB), path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fixture"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(u"UPDATE meta SET value = '%1' WHERE key = 'content_version'"_s.arg(version));
            for (const QString &sql : extraSql) {
                query.exec(sql);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"fixture"_s);
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

Bundle makeBundle(int version, const QByteArray &secretKey)
{
    Bundle bundle;
    bundle.database = databaseBytes(version);
    bundle.manifest.contentVersion = version;
    bundle.manifest.created = QDateTime::currentDateTimeUtc().addSecs(-60);
    bundle.manifest.expires = QDateTime::currentDateTimeUtc().addDays(7);
    bundle.manifest.size = bundle.database.size();
    bundle.manifest.sha256 = QCryptographicHash::hash(bundle.database, QCryptographicHash::Sha256);
    bundle.manifest.minAppVersion = QVersionNumber(0, 1, 0);
    bundle.manifest.schemaVersion = content::SchemaVersion;
    bundle.manifest.content = u"content-%1.sqlite"_s.arg(version);
    resign(bundle, secretKey);
    return bundle;
}

void resign(Bundle &bundle, const QByteArray &secretKey)
{
    bundle.manifestJson = bundle.manifest.toJson();
    bundle.signature = update::sign(bundle.manifestJson, secretKey).toBase64() + '\n';
}

void serve(TestServer &server, const Bundle &bundle)
{
    server.route(u"/manifest.json"_s, Route::ok(bundle.manifestJson));
    server.route(u"/manifest.json.sig"_s, Route::ok(bundle.signature));
    server.route(u"/"_s + bundle.manifest.content, Route::ok(bundle.database));
}

update::UpdateConfig testConfig(const TestServer &server, const QString &directory)
{
    update::UpdateConfig config;
    config.manifestUrl = server.url(u"/manifest.json"_s);
    config.publicKey = testPublicKey();
    config.appVersion = QVersionNumber(0, 1, 0);
    config.installDirectory = directory;
    config.responseTimeoutMs = 1500;
    config.stallTimeoutMs = 1500;
    // The trickle guards, scaled down like the timeouts: the same rate, a shorter grace and shorter deadlines.
    config.smallFileDeadlineMs = 3000;
    config.contentDeadlineMs = 5000;
    config.minBytesPerSecond = 2048;
    config.rateGraceMs = 1000;
    config.maxContentBytes = 8 * 1024 * 1024;
    return config;
}

CheckRun runCheck(const update::UpdateConfig &config)
{
    ContentStore store(nullptr);
    store.loadPreferred(config.installDirectory);
    QNetworkAccessManager manager;
    UpdateClient client(config, &manager, &store, nullptr);
    CheckRun run;
    run.versionBefore = store.contentVersion();
    QSignalSpy finished(&client, &UpdateClient::finished);
    QElapsedTimer timer;
    timer.start();
    client.checkNow();
    if (finished.isEmpty()) {
        finished.wait(30'000);
    }
    run.elapsedMs = timer.elapsed();
    run.result = client.lastResult();
    run.versionAfter = store.contentVersion();
    run.message = client.lastResultText();
    return run;
}

int versionAtNextStart(const QString &directory)
{
    ContentStore store(nullptr);
    return store.loadPreferred(directory) ? store.contentVersion() : -1;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

} // namespace phishaid::test
