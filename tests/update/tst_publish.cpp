// phishaid-content keygen and publish, end to end: a key pair, the real content with its version raised,
// published into a directory, served as a static web host would, and installed by the client.
#include "installedcontent.h"
#include "manifest.h"
#include "signature.h"
#include "support/testserver.h"
#include "support/updatefixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace phishaid;
using namespace phishaid::test;
using update::Outcome;

class TestPublish : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_output;

    static int tool(const QStringList &arguments, QString *output = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral(PHISHAID_CONTENT_TOOL), arguments);
        if (!process.waitForFinished(60'000)) {
            return -1;
        }
        if (output) {
            *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        }
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    // A copy of content/ with meta.version set to `version`.
    QString contentAtVersion(int version)
    {
        const QString directory = m_dir.filePath(u"content-v%1"_s.arg(version));
        QDir().mkpath(directory);
        const QDir source(QStringLiteral(PHISHAID_SOURCE_DIR) + u"/content"_s);
        for (const QString &name : source.entryList({ u"*.yaml"_s }, QDir::Files)) {
            QFile file(source.filePath(name));
            file.open(QIODevice::ReadOnly);
            QString text = QString::fromUtf8(file.readAll());
            if (name == u"00-meta.yaml") {
                text.replace(QRegularExpression(u"(\\n  version: )\\d+"_s), u"\\1"_s + QString::number(version));
            }
            QFile copy(QDir(directory).filePath(name));
            copy.open(QIODevice::WriteOnly);
            copy.write(text.toUtf8());
        }
        return directory;
    }

    QByteArray read(const QString &name) const
    {
        QFile file(QDir(m_output).filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_output = m_dir.filePath(u"site"_s);
    }

    void keygen()
    {
        const QString secret = m_dir.filePath(u"release.secret"_s);
        const QString publicKey = m_dir.filePath(u"release.public"_s);
        QString output;
        QCOMPARE(tool({ u"keygen"_s, u"--secret-key"_s, secret, u"--public-key"_s, publicKey }, &output), 0);
        QCOMPARE(QFile::permissions(secret) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), QFile::Permissions());
        QFile publicFile(publicKey);
        QVERIFY(publicFile.open(QIODevice::ReadOnly));
        const QByteArray key = publicFile.readAll().trimmed();
        QVERIFY(update::decodeBinary(key, update::PublicKeyBytes));
        QVERIFY2(output.contains(QString::fromLatin1(key)), qPrintable(output)); // printed for the CMake option
        // Never overwritten.
        const QByteArray before = fileHash(secret);
        QCOMPARE(tool({ u"keygen"_s, u"--secret-key"_s, secret }, &output), 1);
        QCOMPARE(fileHash(secret), before);
        QCOMPARE(tool({ u"keygen"_s }), 2);
    }

    void publishAndInstall()
    {
        const int next = bundledContentVersion() + 1;
        const QString secret = m_dir.filePath(u"release.secret"_s);
        QString output;
        QCOMPARE(tool({ u"publish"_s, u"--secret-key"_s, secret, u"--output"_s, m_output, contentAtVersion(next) }, &output), 0);
        const QString databaseName = u"content-%1.sqlite"_s.arg(next);
        QVERIFY2(output.contains(databaseName), qPrintable(output));

        const std::optional<update::Manifest> manifest = update::Manifest::parse(read(u"manifest.json"_s));
        QVERIFY(manifest);
        QCOMPARE(manifest->contentVersion, next);
        QCOMPARE(manifest->content, databaseName);
        QCOMPARE(manifest->size, read(databaseName).size());
        QVERIFY(manifest->expires > QDateTime::currentDateTimeUtc().addDays(89));

        // The directory, as any static web host serves it.
        TestServer server;
        QVERIFY(server.listen());
        for (const QString &name : QDir(m_output).entryList(QDir::Files)) {
            server.route(u"/"_s + name, Route::ok(read(name)));
        }
        QTemporaryDir install;
        update::UpdateConfig config = testConfig(server, install.path());
        QFile publicFile(m_dir.filePath(u"release.public"_s));
        QVERIFY(publicFile.open(QIODevice::ReadOnly));
        config.publicKey = *update::decodeBinary(publicFile.readAll(), update::PublicKeyBytes);
        const CheckRun run = runCheck(config);
        QVERIFY2(run.result.outcome == Outcome::Installed, qPrintable(run.result.detail));
        QCOMPARE(run.versionAfter, next);
        // The test key did not sign it, so a client trusting only the test key refuses it.
        QCOMPARE(runCheck(testConfig(server, m_dir.filePath(u"other"_s))).result.outcome, Outcome::BadSignature);
    }

    void refusesWhatMustNotBePublished()
    {
        const int next = bundledContentVersion() + 1;
        const QString secret = m_dir.filePath(u"release.secret"_s);
        const QByteArray published = read(u"manifest.json"_s);
        QString output;
        // The same version again: apps would call it up to date, so the tool stops here.
        QCOMPARE(tool({ u"publish"_s, u"--secret-key"_s, secret, u"--output"_s, m_output, contentAtVersion(next) }, &output), 1);
        QVERIFY2(output.contains(u"raise meta.version"_s), qPrintable(output));
        // Broken content is never published.
        const QString broken = contentAtVersion(next + 1);
        QFile meta(QDir(broken).filePath(u"00-meta.yaml"_s));
        QVERIFY(meta.open(QIODevice::Append));
        meta.write("  unknown-key: 1\n");
        meta.close();
        QCOMPARE(tool({ u"publish"_s, u"--secret-key"_s, secret, u"--output"_s, m_output, broken }, &output), 1);
        QVERIFY2(output.contains(u"00-meta.yaml:"_s), qPrintable(output));
        QCOMPARE(read(u"manifest.json"_s), published);
        // Usage: a key and an output are required, and a secret key must be one.
        QCOMPARE(tool({ u"publish"_s, u"--output"_s, m_output, contentAtVersion(next + 2) }), 2);
        QCOMPARE(tool({ u"publish"_s, u"--secret-key"_s, m_dir.filePath(u"release.public"_s), u"--output"_s, m_output, contentAtVersion(next + 2) }), 1);
        QCOMPARE(tool({ u"compile"_s, u"--secret-key"_s, secret, u"--output"_s, m_dir.filePath(u"x.sqlite"_s), contentAtVersion(next + 2) }), 2);
        // The existing commands still work.
        QCOMPARE(tool({ u"validate"_s, QStringLiteral(PHISHAID_SOURCE_DIR) + u"/content"_s }), 0);
    }
};

QTEST_GUILESS_MAIN(TestPublish)
#include "tst_publish.moc"
