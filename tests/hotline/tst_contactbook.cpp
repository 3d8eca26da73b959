// The one contact value the whole app shows (ContactInfo) and the book that keeps it current: a number saved,
// changed or removed reaches a ContactLookup at once; the clock and a 24-hour service; each kind's button.
#include "contactbook.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace phishaid;

namespace {

QDateTime tokyo(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), hotline::japanTimeZone());
}

} // namespace

class TestContactBook : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ContentStore m_store { nullptr };
    std::unique_ptr<UserDatabase> m_database;
    std::unique_ptr<MyContacts> m_myContacts;
    std::unique_ptr<ContactBook> m_book;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_store.load(QStringLiteral(PHISHAID_CONTENT_DB)), qPrintable(m_store.technicalDetail()));
    }

    void init()
    {
        m_database = std::make_unique<UserDatabase>(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s));
        QVERIFY(m_database->open());
        m_myContacts = std::make_unique<MyContacts>(m_database.get(), nullptr);
        m_book = std::make_unique<ContactBook>(&m_store, m_myContacts.get());
        m_book->setNow(tokyo(2026, 11, 24, 19, 59)); // a Tuesday evening
    }

    void cleanup()
    {
        m_book.reset();
        m_myContacts.reset();
        m_database.reset();
    }

    // The plan's first card for the card scenario: the moment the number is saved, the lookup shows it with
    // 電話する; the moment it is removed, the button saves a number again.
    void savedNumberReachesTheLookupAtOnce()
    {
        ContactLookup lookup;
        lookup.setBook(m_book.get());
        lookup.setContactId(u"card-issuer"_s);
        QVERIFY(lookup.info().isValid());
        QVERIFY(lookup.info().needsNumber);
        QVERIFY(!lookup.info().callable);
        QCOMPARE(lookup.info().kind, ContactInfo::Own);
        QCOMPARE(lookup.info().kindKey(), u"own"_s);
        QCOMPARE(lookup.info().buttonText, u"番号を登録する"_s);
        QVERIFY(lookup.info().uri.isEmpty());

        QSignalSpy infoChanged(&lookup, &ContactLookup::infoChanged);
        QVERIFY(m_myContacts->save(u"card-issuer"_s, u"0120-123-456"_s, u"さくらカード"_s));
        QCOMPARE(infoChanged.size(), 1);
        const ContactInfo saved = lookup.info();
        QVERIFY(!saved.needsNumber);
        QVERIFY(saved.saved);
        QVERIFY(saved.callable);
        QCOMPARE(saved.kind, ContactInfo::Phone);
        QCOMPARE(saved.shownValue, u"0120-123-456"_s);
        QCOMPARE(saved.uri, u"tel:0120123456"_s);
        QCOMPARE(saved.label, u"さくらカード"_s);
        QCOMPARE(saved.buttonText, u"電話する"_s);
        QVERIFY(saved.actionName.endsWith(u"に電話する"_s));
        QVERIFY(saved.checkedText.isEmpty()); // the user's own number has no content source

        QVERIFY(m_myContacts->save(u"card-issuer"_s, u"0120-999-888"_s));
        QCOMPARE(infoChanged.size(), 2);
        QCOMPARE(lookup.info().uri, u"tel:0120999888"_s);

        QVERIFY(m_myContacts->remove(u"card-issuer"_s));
        QCOMPARE(infoChanged.size(), 3);
        QVERIFY(lookup.info().needsNumber);
        QVERIFY(!lookup.info().callable);
        QVERIFY(lookup.info().shownValue.isEmpty());

        // Another contact's number does not disturb this one.
        QVERIFY(m_myContacts->save(u"bank"_s, u"03-1234-5678"_s));
        QCOMPARE(infoChanged.size(), 3);
    }

    void eachKindHasItsButton()
    {
        const ContactInfo phone = m_book->contact(u"consumer-hotline"_s);
        QCOMPARE(phone.kindKey(), u"phone"_s);
        QCOMPARE(phone.uri, u"tel:188"_s);
        QCOMPARE(phone.buttonText, u"電話する"_s);
        QCOMPARE(phone.checkedText, u"2026年12月1日に出典を確認"_s);
        const ContactInfo mail = m_book->contact(u"antiphishing-mail"_s);
        QCOMPARE(mail.kind, ContactInfo::Mail);
        QCOMPARE(mail.uri, u"mailto:info@antiphishing.jp"_s);
        QCOMPARE(mail.buttonText, u"メールで報告する"_s);
        QCOMPARE(mail.openState, u"none"_s);
        const ContactInfo web = m_book->contact(u"police-cyber-web"_s);
        QCOMPARE(web.kind, ContactInfo::Web);
        QCOMPARE(web.shownValue, u"www.npa.go.jp"_s);
        QCOMPARE(web.buttonText, u"サイトを開く"_s);
        QVERIFY(!m_book->contact(u"nobody"_s).isValid());
        QCOMPARE(m_book->ownContacts().size(), 2);
    }

    // One clock for the app: the minute turning changes what every lookup says.
    void theClockMovesEveryLookup()
    {
        ContactLookup lookup;
        lookup.setBook(m_book.get());
        lookup.setContactId(u"mynumber-freedial"_s);
        QCOMPARE(lookup.info().statusText, u"受付中・20:00 まで"_s);
        QSignalSpy infoChanged(&lookup, &ContactLookup::infoChanged);
        m_book->setNow(tokyo(2026, 11, 24, 20, 0));
        QCOMPARE(infoChanged.size(), 1);
        // The desk has closed; the card suspension inside the line answers at any hour.
        QCOMPARE(lookup.info().openState, u"open"_s);
        QCOMPARE(lookup.info().statusText, u"カードの一時停止は24時間受付（ほかの相談は明日 9:30 から）"_s);
        QCOMPARE(lookup.info().nextOpening, u"明日 9:30 から"_s);
        // The same moment again changes nothing.
        m_book->setNow(tokyo(2026, 11, 24, 20, 0));
        QCOMPARE(infoChanged.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestContactBook)
#include "tst_contactbook.moc"
