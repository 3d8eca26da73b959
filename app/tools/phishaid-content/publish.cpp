#include "publish.h"

#include "checkcommand.h"
#include "manifest.h"
#include "signature.h"
#include "sqlitewriter.h"
#include "validator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace phishaid::content;
using namespace phishaid::update;

namespace phishaid::tools {

namespace {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

int fail(const QString &message)
{
    std::fputs(qPrintable(u"phishaid-content: "_s + message + u'\n'), stderr);
    return Failure;
}

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit()) {
        return true;
    }
    *error = path + u": "_s + file.errorString();
    return false;
}

} // namespace

int keygen(const QString &secretKeyPath, const QString &publicKeyPath)
{
    if (QFileInfo::exists(secretKeyPath)) {
        return fail(secretKeyPath + u" exists; a key is never overwritten (delete it first if you mean to)."_s);
    }
    const KeyPair pair = generateKeyPair();
    if (pair.secretKey.isEmpty()) {
        return fail(u"libsodium could not be initialised."_s);
    }
    // Owner-only before the first byte is written: the secret never sits in a readable file.
    QFile secret(secretKeyPath);
    if (!secret.open(QIODevice::NewOnly | QIODevice::WriteOnly) || !secret.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || secret.write(pair.secretKey.toBase64() + '\n') < 0 || !secret.flush()) {
        return fail(secretKeyPath + u": "_s + secret.errorString());
    }
    QString error;
    if (!publicKeyPath.isEmpty() && !writeAtomically(publicKeyPath, pair.publicKey.toBase64() + '\n', &error)) {
        return fail(error);
    }
    std::printf("Secret key written to %s (keep it out of the repository).\n", qPrintable(secretKeyPath));
    std::printf("Public key (configure with -DPHISHAID_UPDATE_PUBLIC_KEY=...):\n%s\n", pair.publicKey.toBase64().constData());
    return Success;
}

int publish(const PublishOptions &options)
{
    QFile keyFile(options.secretKeyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        return fail(options.secretKeyPath + u": "_s + keyFile.errorString());
    }
    const std::optional<QByteArray> secretKey = decodeBinary(keyFile.read(1024), SecretKeyBytes);
    if (!secretKey) {
        return fail(options.secretKeyPath + u" does not hold an Ed25519 secret key (made by `phishaid-content keygen`)."_s);
    }

    Content content;
    const QList<Diagnostic> diagnostics = readAndValidate(options.sources, &content);
    for (const Diagnostic &diagnostic : diagnostics) {
        std::fputs(qPrintable(diagnostic.toString() + u'\n'), stderr);
    }
    if (!diagnostics.isEmpty()) {
        return Failure;
    }
    // The suffix list travels with the content, so an update refreshes it too.
    if (!options.publicSuffixList.isEmpty() && !attachPublicSuffixList(options.publicSuffixList, content)) {
        return Failure;
    }

    // Versions only go up: apps refuse anything not above what they have, so say it here, not in the field.
    QDir output(options.outputDirectory);
    const QString manifestPath = output.filePath(u"manifest.json"_s);
    QFile existing(manifestPath);
    if (existing.open(QIODevice::ReadOnly)) {
        const std::optional<Manifest> published = Manifest::parse(existing.readAll());
        if (published && published->contentVersion >= content.version) {
            return fail(u"%1 already publishes content version %2; raise meta.version above it (it is %3)."_s.arg(manifestPath)
                            .arg(published->contentVersion)
                            .arg(content.version));
        }
    }

    const QString databaseName = u"content-%1.sqlite"_s.arg(content.version);
    const QString databasePath = output.filePath(databaseName);
    QString error;
    if (!output.mkpath(u"."_s) || !writeContentDatabase(content, databasePath, &error)) {
        return fail(databasePath + u": "_s + error);
    }
    QFile database(databasePath);
    if (!database.open(QIODevice::ReadOnly)) {
        return fail(databasePath + u": "_s + database.errorString());
    }
    const QByteArray bytes = database.readAll();

    Manifest manifest;
    manifest.contentVersion = content.version;
    manifest.created = QDateTime::currentDateTimeUtc();
    manifest.expires = manifest.created.addDays(options.expiresInDays);
    manifest.size = bytes.size();
    manifest.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    manifest.minAppVersion = options.minAppVersion;
    manifest.schemaVersion = SchemaVersion;
    manifest.content = databaseName;
    const QByteArray json = manifest.toJson();
    const QByteArray signature = sign(json, *secretKey);
    // The public half is the last 32 bytes of libsodium's secret key: check the signature as the app will.
    if (!verify(json, signature, secretKey->right(PublicKeyBytes))) {
        return fail(u"The signature does not verify; the secret key file is damaged."_s);
    }
    if (!writeAtomically(manifestPath + QString::fromLatin1(SignatureSuffix), signature.toBase64() + '\n', &error)
        || !writeAtomically(manifestPath, json, &error)) {
        return fail(error);
    }
    std::printf("Published content version %d (%lld bytes, expires %s):\n  %s\n  %s\n  %s\n"
                "Upload %s first, then manifest.json.sig and manifest.json.\n",
        manifest.contentVersion, static_cast<long long>(manifest.size), qPrintable(manifest.expires.toString(Qt::ISODate)), qPrintable(databasePath),
        qPrintable(manifestPath + QString::fromLatin1(SignatureSuffix)), qPrintable(manifestPath), qPrintable(databaseName));
    return Success;
}

} // namespace phishaid::tools
