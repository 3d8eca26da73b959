// The content store on the bundled database, a missing one, a corrupt one, a too-new one and a broken tree.
#include "contentstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using phishaid::ContentStore;

class TestContentStore : public QObject
{
    Q_OBJECT

private:
    // A writable copy of the compiled content database.
    QString copyOfRealDatabase(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(QStringLiteral(PHISHAID_CONTENT_DB), path)) {
            return {};
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    static void execute(const QString &path, const QStringList &statements)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const QString &statement : statements) {
                QVERIFY2(query.exec(statement), qPrintable(statement));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void loadsTheCompiledDatabase()
    {
        ContentStore store { nullptr };
        QSignalSpy changed(&store, &ContentStore::statusChanged);
        QVERIFY2(store.load(QStringLiteral(PHISHAID_CONTENT_DB)), qPrintable(store.technicalDetail()));
        QCOMPARE(store.status(), ContentStore::Ready);
        QCOMPARE(changed.size(), 1);
        QVERIFY(store.contentVersion() >= 1);
        QCOMPARE(store.content().start.id, u"what-happened"_s);
        QVERIFY(store.content().contact(u"consumer-hotline"_s));
        QVERIFY(store.technicalDetail().isEmpty());
    }

    // Resources are not plain files on Android and iOS: the store copies them out before SQLite opens them.
    void loadsFromTheResources()
    {
        QVERIFY(QFile::exists(u":/phishaid/content.sqlite"_s));
        ContentStore store { nullptr };
        QVERIFY2(store.load(u":/phishaid/content.sqlite"_s), qPrintable(store.technicalDetail()));
        QCOMPARE(ContentStore::defaultDatabasePath(), u":/phishaid/content.sqlite"_s);
    }

    void missingDatabase()
    {
        ContentStore store { nullptr };
        QVERIFY(!store.load(m_dir.filePath(u"nothing-here.sqlite"_s)));
        QCOMPARE(store.status(), ContentStore::Missing);
        QVERIFY(store.technicalDetail().contains(u"nothing-here.sqlite"_s));
        QVERIFY(store.content().questions.isEmpty());
        QVERIFY(!store.load(u":/phishaid/not-bundled.sqlite"_s));
        QCOMPARE(store.status(), ContentStore::Missing);
    }

    void corruptDatabase_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("text") << QByteArray("this is not a database\n");
        QTest::addRow("empty file") << QByteArray();
        QByteArray random(8192, '\0');
        for (qsizetype i = 0; i < random.size(); ++i) {
            random[i] = static_cast<char>((i * 7919 + 13) % 251);
        }
        QTest::addRow("random bytes") << random;
        QFile real(QStringLiteral(PHISHAID_CONTENT_DB));
        QVERIFY(real.open(QIODevice::ReadOnly));
        const QByteArray whole = real.readAll();
        QTest::addRow("truncated") << whole.left(whole.size() / 3);
        QByteArray scrambled = whole;
        for (qsizetype i = 4096; i < scrambled.size(); i += 97) {
            scrambled[i] = static_cast<char>(~scrambled[i]);
        }
        QTest::addRow("scrambled pages") << scrambled;
    }

    void corruptDatabase()
    {
        QFETCH(QByteArray, bytes);
        const QString path = m_dir.filePath(u"corrupt.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        ContentStore store { nullptr };
        QVERIFY(!store.load(path));
        QCOMPARE(store.status(), ContentStore::Corrupt);
        QVERIFY(!store.technicalDetail().isEmpty());
        QVERIFY(store.content().questions.isEmpty());
    }

    void tooNewDatabase()
    {
        const QString path = copyOfRealDatabase(u"too-new.sqlite"_s);
        QVERIFY(!path.isEmpty());
        execute(path, { u"PRAGMA user_version = %1"_s.arg(phishaid::content::SchemaVersion + 1) });
        ContentStore store { nullptr };
        QVERIFY(!store.load(path));
        QCOMPARE(store.status(), ContentStore::TooNew);
    }

    // A database that opens but holds a broken tree gets the build's validation, and is refused.
    void databaseThatDoesNotValidate()
    {
        const QString path = copyOfRealDatabase(u"broken-tree.sqlite"_s);
        QVERIFY(!path.isEmpty());
        execute(path, { u"DELETE FROM outcome_actions"_s });
        ContentStore store { nullptr };
        QVERIFY(!store.load(path));
        QCOMPARE(store.status(), ContentStore::Corrupt);
        QVERIFY2(store.technicalDetail().contains(u"outcome"_s, Qt::CaseInsensitive), qPrintable(store.technicalDetail()));
    }

    // The database is opened read-only: loading never changes the file.
    void leavesTheFileUntouched()
    {
        const QString path = copyOfRealDatabase(u"untouched.sqlite"_s);
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        before.close();
        QFile::setPermissions(path, QFile::ReadOwner);
        ContentStore store { nullptr };
        QVERIFY2(store.load(path), qPrintable(store.technicalDetail()));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }

    void recoversAfterAFailure()
    {
        ContentStore store { nullptr };
        QVERIFY(!store.load(m_dir.filePath(u"missing.sqlite"_s)));
        QVERIFY(store.load(QStringLiteral(PHISHAID_CONTENT_DB)));
        QCOMPARE(store.status(), ContentStore::Ready);
        QVERIFY(store.technicalDetail().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContentStore)
#include "tst_contentstore.moc"
