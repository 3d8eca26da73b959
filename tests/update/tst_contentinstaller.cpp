// The installer and the store's choice at start, file by file: validation before the swap, the swap keeping
// the previous file, and every state an interrupted swap (or a broken disk) can leave, each of which must
// open sound content.
#include "contentinstaller.h"
#include "contentstore.h"
#include "installedcontent.h"
#include "support/updatefixture.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace phishaid;
using namespace phishaid::test;
using update::ContentInstaller;
using update::Outcome;

class TestContentInstaller : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_root;
    QString m_dir;
    int m_bundled = 0;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = QDir(m_dir).filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
            return {};
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_bundled = bundledContentVersion();
    }

    void init()
    {
        m_root = std::make_unique<QTemporaryDir>();
        m_dir = m_root->filePath(u"content"_s);
        QVERIFY(ContentInstaller(m_dir).prepare());
    }

    void validates_data()
    {
        QTest::addColumn<QByteArray>("database");
        QTest::addColumn<int>("manifestVersion");
        QTest::addColumn<Outcome>("expected");
        QTest::addRow("sound") << databaseBytes(m_bundled + 1) << m_bundled + 1 << Outcome::Installed;
        QTest::addRow("broken tree") << databaseBytes(m_bundled + 1, { u"DELETE FROM outcome_actions"_s }) << m_bundled + 1 << Outcome::InvalidContent;
        QTest::addRow("missing table") << databaseBytes(m_bundled + 1, { u"DROP TABLE contacts"_s }) << m_bundled + 1 << Outcome::InvalidContent;
        QTest::addRow("other version") << databaseBytes(m_bundled + 3) << m_bundled + 1 << Outcome::InvalidContent;
        QTest::addRow("schema too new") << databaseBytes(m_bundled + 1, { u"PRAGMA user_version = %1"_s.arg(content::SchemaVersion + 1) }) << m_bundled + 1
                                        << Outcome::SchemaTooNew;
        QTest::addRow("garbage") << QByteArray(4096, '\x7f') << m_bundled + 1 << Outcome::InvalidContent;
    }

    void validates()
    {
        QFETCH(QByteArray, database);
        QFETCH(int, manifestVersion);
        QFETCH(Outcome, expected);
        Bundle bundle = makeBundle(manifestVersion);
        const QString path = write(u"incoming-test.sqlite"_s, database);
        const update::Result result = ContentInstaller(m_dir).install(path, bundle.manifest);
        QVERIFY2(result.outcome == expected, qPrintable(result.detail));
        QCOMPARE(QFile::exists(update::currentDatabasePath(m_dir)), expected == Outcome::Installed);
        QVERIFY(!QFile::exists(path)); // moved in, or removed
    }

    void keepsThePrevious()
    {
        ContentInstaller installer(m_dir);
        const Bundle first = makeBundle(m_bundled + 1);
        QCOMPARE(installer.install(write(u"incoming-a.sqlite"_s, first.database), first.manifest).outcome, Outcome::Installed);
        const Bundle second = makeBundle(m_bundled + 2);
        QCOMPARE(installer.install(write(u"incoming-b.sqlite"_s, second.database), second.manifest).outcome, Outcome::Installed);
        QCOMPARE(fileHash(update::currentDatabasePath(m_dir)), fileHash(write(u"check.sqlite"_s, second.database)));
        QCOMPARE(fileHash(update::previousDatabasePath(m_dir)), fileHash(write(u"check.sqlite"_s, first.database)));
        QCOMPARE(versionAtNextStart(m_dir), m_bundled + 2);
    }

    // What the app opens for each state of the install directory, including every one a kill can leave.
    void choosesAtStart_data()
    {
        QTest::addColumn<QByteArray>("current");
        QTest::addColumn<QByteArray>("previous");
        QTest::addColumn<bool>("leftovers");
        QTest::addColumn<int>("expected"); // offset from the bundled version
        const QByteArray v1 = databaseBytes(m_bundled + 1);
        const QByteArray v2 = databaseBytes(m_bundled + 2);
        const QByteArray broken = databaseBytes(m_bundled + 2, { u"DELETE FROM outcome_actions"_s });
        const QByteArray tooNew = databaseBytes(m_bundled + 2, { u"PRAGMA user_version = %1"_s.arg(content::SchemaVersion + 1) });
        const QByteArray older = databaseBytes(m_bundled - 1 > 0 ? m_bundled - 1 : 0);
        QTest::addRow("nothing installed") << QByteArray() << QByteArray() << false << 0;
        QTest::addRow("killed before the swap") << v1 << QByteArray() << true << 1;
        QTest::addRow("killed after keeping previous") << v1 << v1 << true << 1;
        QTest::addRow("swapped") << v2 << v1 << false << 2;
        QTest::addRow("current lost") << QByteArray() << v1 << false << 1;
        QTest::addRow("current truncated") << v2.left(v2.size() / 2) << v1 << false << 1;
        QTest::addRow("current does not validate") << broken << v1 << false << 1;
        QTest::addRow("current from a newer app") << tooNew << v1 << false << 1;
        QTest::addRow("both broken") << broken << broken << false << 0;
        QTest::addRow("bundled is newer") << older << QByteArray() << false << 0;
    }

    void choosesAtStart()
    {
        QFETCH(QByteArray, current);
        QFETCH(QByteArray, previous);
        QFETCH(bool, leftovers);
        QFETCH(int, expected);
        if (!current.isEmpty()) {
            write(u"current.sqlite"_s, current);
        }
        if (!previous.isEmpty()) {
            write(u"previous.sqlite"_s, previous);
        }
        if (leftovers) {
            write(u"incoming-Ab12Cd.sqlite"_s, current.left(1000));
            write(u"previous.sqlite.tmp"_s, current);
        }
        ContentStore store(nullptr);
        QVERIFY(store.loadPreferred(m_dir));
        QCOMPARE(store.contentVersion(), m_bundled + expected);
        QCOMPARE(store.isUpdateInstalled(), expected != 0);
        QVERIFY(store.contentDate().isValid());
        // The next install cleans up, and leaves the installed files alone.
        QVERIFY(ContentInstaller(m_dir).prepare());
        QCOMPARE(QDir(m_dir).entryList({ u"incoming-*"_s, u"*.tmp"_s }, QDir::Files), QStringList());
        QCOMPARE(QFile::exists(update::currentDatabasePath(m_dir)), !current.isEmpty());
    }

    // The singleton's path: an explicit database (--content, tests) is loaded as is; the default prefers updates.
    void reloadFollowsTheDefault()
    {
        const Bundle bundle = makeBundle(m_bundled + 1);
        write(u"current.sqlite"_s, bundle.database);
        ContentStore::setInstallDirectory(m_dir);
        ContentStore store(nullptr);
        QVERIFY(store.reload());
        QCOMPARE(store.contentVersion(), m_bundled + 1);
        ContentStore::setDefaultDatabasePath(QStringLiteral(PHISHAID_CONTENT_DB));
        QVERIFY(store.reload());
        QCOMPARE(store.contentVersion(), m_bundled);
        ContentStore::setDefaultDatabasePath(ContentStore::bundledDatabasePath());
        ContentStore::setInstallDirectory({});
        QCOMPARE(ContentStore::installDirectory(), update::defaultInstallDirectory());
    }
};

QTEST_GUILESS_MAIN(TestContentInstaller)
#include "tst_contentinstaller.moc"
