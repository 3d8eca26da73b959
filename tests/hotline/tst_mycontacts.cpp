// The user's own card company's and bank's numbers: validated, kept across reopening the user database,
// and never a card number.
#include "mycontacts.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using phishaid::MyContacts;
using phishaid::UserDatabase;

class TestMyContacts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void migrationAddsTheTable()
    {
        QVERIFY(UserDatabase::latestVersion() >= 2);
        UserDatabase db(path(u"migrate.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery query(db.database());
        QVERIFY(query.exec(u"SELECT contact_id, number, label, updated_at FROM my_contacts"_s));
    }

    void savedAcrossReopen()
    {
        const QString file = path(u"persist.sqlite"_s);
        {
            UserDatabase db(file);
            QVERIFY(db.open());
            MyContacts contacts(&db, nullptr);
            QVERIFY(contacts.isAvailable());
            QCOMPARE(contacts.count(), 0);
            QSignalSpy changed(&contacts, &MyContacts::changed);
            // Typed on a phone keyboard: full-width digits and a long-vowel mark for the hyphen.
            QVERIFY2(contacts.save(u"card-issuer"_s, u"０１２０ー１２３ー４５６"_s, u"  みどりカード "_s), qPrintable(contacts.lastError()));
            QCOMPARE(changed.size(), 1);
            QVERIFY(contacts.save(u"bank"_s, u"03-1234-5678"_s));
            QCOMPARE(contacts.count(), 2);
        }
        UserDatabase reopened(file);
        QVERIFY(reopened.open());
        MyContacts contacts(&reopened, nullptr);
        QCOMPARE(contacts.count(), 2);
        QCOMPARE(contacts.number(u"card-issuer"_s), u"0120-123-456"_s); // kept in ASCII, grouping kept
        QCOMPARE(contacts.label(u"card-issuer"_s), u"みどりカード"_s);
        QCOMPARE(contacts.uri(u"card-issuer"_s), u"tel:0120123456"_s);
        QCOMPARE(contacts.number(u"bank"_s), u"03-1234-5678"_s);
        // The names given, each once, are the record's suggestions for カード会社・銀行の名前 (the bank has none).
        QCOMPARE(contacts.labels(), QStringList { u"みどりカード"_s });
        QVERIFY(contacts.save(u"bank"_s, u"03-1234-5678"_s, u"みどりカード"_s));
        QCOMPARE(contacts.labels(), QStringList { u"みどりカード"_s });
        QVERIFY(contacts.save(u"bank"_s, u"03-1234-5678"_s, u"さくら銀行"_s));
        QCOMPARE(contacts.labels(), (QStringList { u"さくら銀行"_s, u"みどりカード"_s })); // in contact id order: bank, card-issuer
        QCOMPARE(contacts.number(u"nobody"_s), QString());
        QCOMPARE(contacts.uri(u"nobody"_s), QString());

        // Saving again replaces; removing forgets.
        QVERIFY(contacts.save(u"bank"_s, u"0120-987-654"_s));
        QCOMPARE(contacts.number(u"bank"_s), u"0120-987-654"_s);
        QCOMPARE(contacts.count(), 2);
        QVERIFY(contacts.remove(u"bank"_s));
        QCOMPARE(contacts.number(u"bank"_s), QString());
        QCOMPARE(contacts.count(), 1);
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << u""_s << QString() << u"電話番号を入れてください。"_s;
        QTest::newRow("letters") << u"0120-ABC-123"_s << QString() << u"電話番号は、数字とハイフン(-)だけで入れてください。"_s;
        QTest::newRow("too short") << u"0120-12-345"_s << QString() << u"番号のけたが足りません。この番号は 10 けたですが、いまは 9 けたです。"_s;
        QTest::newRow("0120 too long") << u"0120-123-4567"_s << QString() << u"番号のけたが多すぎます。この番号は 10 けたですが、いまは 11 けたです。"_s;
        QTest::newRow("double hash") << u"##9110"_s << QString() << u"「#」は、#9110 のように番号の最初にひとつだけ付けます。"_s;
        QTest::newRow("foreign") << u"+1 212 555 0100"_s << QString() << u"日本の電話番号を入れてください。"_s;
        // A card number (passes the Luhn check) is refused with its own message, and never stored.
        QTest::newRow("card number") << u"4111 1111 1111 1111"_s << QString()
                                     << u"これはカード番号のようです。カード番号ではなく、カードの裏面にある電話番号を入れてください。"_s;
        QTest::newRow("card number as label") << u"0120-123-456"_s << u"4111-1111-1111-1111"_s
                                              << u"名前の欄にカード番号は入れないでください。会社の名前だけで十分です。"_s;
    }

    void rejected()
    {
        QFETCH(QString, number);
        QFETCH(QString, label);
        QFETCH(QString, message);
        UserDatabase db(path(u"rejected.sqlite"_s));
        QVERIFY(db.open());
        MyContacts contacts(&db, nullptr);
        QCOMPARE(contacts.problemWith(number, label), message);
        QVERIFY(!contacts.save(u"card-issuer"_s, number, label));
        QCOMPARE(contacts.lastError(), message);
        QCOMPARE(contacts.count(), 0);
        QSqlQuery query(db.database());
        QVERIFY(query.exec(u"SELECT count(*) FROM my_contacts"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void withoutDatabase()
    {
        MyContacts contacts(nullptr, nullptr);
        QVERIFY(!contacts.isAvailable());
        QVERIFY(contacts.problemWith(u"0120-123-456"_s).isEmpty());
        QVERIFY(!contacts.save(u"card-issuer"_s, u"0120-123-456"_s));
        QVERIFY(!contacts.lastError().isEmpty());
        QVERIFY(!contacts.remove(u"card-issuer"_s));
    }
};

QTEST_GUILESS_MAIN(TestMyContacts)
#include "tst_mycontacts.moc"
