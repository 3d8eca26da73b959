// The hotline list over the real content: order and sections, search, open now in Japan time, and the
// user's own saved numbers first. Wrapped in QAbstractItemModelTester throughout.
#include "hotlinemodel.h"
#include "openinghours.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using phishaid::HotlineModel;

namespace {

QDateTime tokyo(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), phishaid::hotline::japanTimeZone());
}

QStringList column(const HotlineModel &model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) {
        values.append(model.data(model.index(row), role).toString());
    }
    return values;
}

// Every role of one row, keyed by its name ("id" for the contact's id).
QVariantMap row(const HotlineModel &model, const QString &id)
{
    const int at = int(column(model, HotlineModel::ContactIdRole).indexOf(id));
    QVariantMap values;
    if (at < 0) {
        return values;
    }
    const QHash<int, QByteArray> names = model.roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        values.insert(QString::fromLatin1(it.value()), model.data(model.index(at), it.key()));
    }
    values.insert(u"id"_s, values.value(u"contactId"_s));
    return values;
}

} // namespace

class TestHotlineModel : public QObject
{
    Q_OBJECT

private:
    phishaid::ContentStore m_store { nullptr };
    QTemporaryDir m_dir;
    std::unique_ptr<phishaid::UserDatabase> m_database;
    std::unique_ptr<phishaid::MyContacts> m_myContacts;
    std::unique_ptr<HotlineModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_store.load(QStringLiteral(PHISHAID_CONTENT_DB)), qPrintable(m_store.technicalDetail()));
    }

    void init()
    {
        m_database = std::make_unique<phishaid::UserDatabase>(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s));
        QVERIFY(m_database->open());
        m_myContacts = std::make_unique<phishaid::MyContacts>(m_database.get(), nullptr);
        m_model = std::make_unique<HotlineModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setNow(tokyo(2026, 11, 24, 19, 59)); // a Tuesday evening
        m_model->setStore(&m_store);
        m_model->setMyContacts(m_myContacts.get());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_myContacts.reset();
        m_database.reset();
    }

    void everyContactGrouped()
    {
        QCOMPARE(m_model->count(), int(m_store.content().contacts.size()));
        const QStringList ids = column(*m_model, HotlineModel::ContactIdRole);
        QCOMPARE(ids.mid(0, 2), (QStringList { u"card-issuer"_s, u"bank"_s })); // the user's own first
        // Then each category once, in the app's order, none split.
        QStringList sections;
        for (const QString &section : column(*m_model, HotlineModel::SectionRole)) {
            if (sections.isEmpty() || sections.constLast() != section) {
                sections.append(section);
            }
        }
        QCOMPARE(sections, (QStringList { u"mine"_s, u"police"_s, u"consumer"_s, u"mynumber"_s, u"report"_s }));
        QCOMPARE(m_model->data(m_model->index(0), HotlineModel::SectionTitleRole).toString(), u"あなたのカード会社・銀行"_s);
        QCOMPARE(m_model->roleNames().value(HotlineModel::NextOpeningRole), QByteArray("nextOpening"));
        // Each group's first row carries its title.
        QCOMPARE(column(*m_model, HotlineModel::SectionStartRole).count(u"true"_s), 5);
        QCOMPARE(m_model->data(m_model->index(1), HotlineModel::SectionStartRole).toBool(), false);
        m_model->setFilter(u"一時停止"_s);
        QCOMPARE(
            column(*m_model, HotlineModel::ContactIdRole), (QStringList { u"mynumber-freedial"_s, u"mynumber-card-center"_s, u"mynumber-foreign-card"_s }));
        QCOMPARE(column(*m_model, HotlineModel::SectionStartRole), (QStringList { u"true"_s, u"false"_s, u"false"_s }));
        QCOMPARE(column(*m_model, HotlineModel::SectionTitleRole), (QStringList(3, u"マイナンバー"_s)));
    }

    void rowFields()
    {
        const QVariantMap line = row(*m_model, u"mynumber-freedial"_s);
        QCOMPARE(line.value(u"value"_s).toString(), u"0120-95-0178"_s);
        QCOMPARE(line.value(u"uri"_s).toString(), u"tel:0120950178"_s);
        QCOMPARE(line.value(u"cost"_s).toString(), u"無料"_s);
        QCOMPARE(line.value(u"checked"_s).toString(), u"2026-12-01"_s);
        QCOMPARE(line.value(u"checkedText"_s).toString(), u"2026年12月1日に出典を確認"_s);
        QCOMPARE(line.value(u"sourceHost"_s).toString(), u"www.town.kanda.lg.jp"_s);
        QVERIFY(line.value(u"callable"_s).toBool());
        QVERIFY(!line.value(u"prepare"_s).toString().isEmpty());
        QVERIFY(line.value(u"hoursNote"_s).toString().contains(u"24時間"_s));
        QCOMPARE(row(*m_model, u"police-consultation"_s).value(u"uri"_s).toString(), u"tel:%239110"_s);
        QCOMPARE(row(*m_model, u"antiphishing-mail"_s).value(u"uri"_s).toString(), u"mailto:info@antiphishing.jp"_s);
        QCOMPARE(m_model->contact(u"police-emergency"_s).name, u"警察(110番)"_s);
        QVERIFY(!m_model->contact(u"nobody"_s).isValid());
        // The call sheet reads the same value the list shows.
        QCOMPARE(row(*m_model, u"consumer-hotline"_s).value(u"contact"_s).value<phishaid::ContactInfo>(), m_model->contact(u"consumer-hotline"_s));
    }

    void openNowInJapanTime()
    {
        // Tuesday 19:59 in Tokyo.
        QVariantMap myNumber = row(*m_model, u"mynumber-freedial"_s);
        QCOMPARE(myNumber.value(u"openState"_s).toString(), u"open"_s);
        QVERIFY(myNumber.value(u"openNow"_s).toBool());
        QCOMPARE(myNumber.value(u"statusText"_s).toString(), u"受付中・20:00 まで"_s);
        const QVariantMap police = row(*m_model, u"police-consultation"_s);
        QCOMPARE(police.value(u"openState"_s).toString(), u"closed"_s);
        QCOMPARE(police.value(u"nextOpening"_s).toString(), u"明日 8:30 から"_s);
        // Outside the hours someone still answers: the line says who, never a bare 受付時間外.
        QCOMPARE(police.value(u"statusText"_s).toString(), u"受付時間外・明日 8:30 から（時間外は当直か音声案内）"_s);
        QCOMPARE(row(*m_model, u"police-emergency"_s).value(u"statusText"_s).toString(), u"24時間受付"_s);
        // Unknown hours: never a guess. The content's own text says so, or the app does.
        QCOMPARE(row(*m_model, u"consumer-hotline"_s).value(u"openState"_s).toString(), u"unknown"_s);
        QCOMPARE(row(*m_model, u"ppc-mynumber"_s).value(u"statusText"_s).toString(), u"受付時間は窓口によって違います"_s);
        QCOMPARE(row(*m_model, u"mynumber-foreign"_s).value(u"statusText"_s).toString(), QString()); // its hours text says where to look
        QCOMPARE(row(*m_model, u"antiphishing-mail"_s).value(u"openState"_s).toString(), u"none"_s);

        // A minute later its desk has closed (its card suspension still answers); the views hear about it.
        QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setNow(tokyo(2026, 11, 24, 20, 0));
        QCOMPARE(dataChanged.size(), 1);
        myNumber = row(*m_model, u"mynumber-freedial"_s);
        QCOMPARE(myNumber.value(u"nextOpening"_s).toString(), u"明日 9:30 から"_s);
        QVERIFY(myNumber.value(u"statusText"_s).toString().startsWith(u"カードの一時停止は24時間受付"_s));
        // The same instant as 19:59, given in UTC.
        m_model->setNow(QDateTime(QDate(2026, 11, 24), QTime(10, 59), Qt::UTC));
        QCOMPARE(row(*m_model, u"mynumber-freedial"_s).value(u"statusText"_s).toString(), u"受付中・20:00 まで"_s);
    }

    // A line with a 24-hour service inside it is open for that service when its own hours are over: the
    // step "call now" never sits beside a bare 受付時間外.
    void twentyFourHourServiceShowsAsOpen()
    {
        m_model->setNow(tokyo(2026, 11, 24, 20, 30)); // Tuesday, after the free dial's 20:00
        QVariantMap freeDial = row(*m_model, u"mynumber-freedial"_s);
        QCOMPARE(freeDial.value(u"openState"_s).toString(), u"open"_s);
        QVERIFY(freeDial.value(u"openNow"_s).toBool());
        QCOMPARE(freeDial.value(u"statusText"_s).toString(), u"カードの一時停止は24時間受付（ほかの相談は明日 9:30 から）"_s);
        QCOMPARE(row(*m_model, u"mynumber-card-center"_s).value(u"statusText"_s).toString(), u"カードの一時停止は24時間受付（ほかの相談は明日 8:30 から）"_s);

        // 年末年始 (12/29-1/3): the lines are closed, the suspension still answers; 188 says when it reopens.
        m_model->setNow(tokyo(2026, 12, 31, 12, 0));
        freeDial = row(*m_model, u"mynumber-freedial"_s);
        QCOMPARE(freeDial.value(u"statusText"_s).toString(), u"カードの一時停止は24時間受付（ほかの相談は月曜 9:30 から）"_s);
        const QVariantMap consumer = row(*m_model, u"consumer-hotline"_s);
        QCOMPARE(consumer.value(u"openState"_s).toString(), u"closed"_s);
        QCOMPARE(consumer.value(u"statusText"_s).toString(), u"受付時間外・月曜から"_s);
        QCOMPARE(row(*m_model, u"police-consultation"_s).value(u"nextOpening"_s).toString(), u"月曜 8:30 から"_s);
        QCOMPARE(row(*m_model, u"police-emergency"_s).value(u"statusText"_s).toString(), u"24時間受付"_s);
    }

    void search_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("empty") << u""_s << QStringList();
        QTest::newRow("by name and purpose") << u"フィッシング"_s << QStringList { u"police-cyber-web"_s, u"antiphishing-mail"_s };
        QTest::newRow("by number in the name") << u"188"_s << QStringList { u"consumer-hotline"_s };
        QTest::newRow("full-width digits") << u"１８８"_s << QStringList { u"consumer-hotline"_s };
        QTest::newRow("by purpose") << u"一時停止"_s << QStringList { u"mynumber-freedial"_s, u"mynumber-card-center"_s, u"mynumber-foreign-card"_s };
        QTest::newRow("spaces ignored") << u" 迷惑 メール "_s << QStringList { u"dekyo-mail"_s };
        QTest::newRow("no match") << u"宇宙人"_s << QStringList {};
        QTest::newRow("by number with hyphens") << u"0120-95-0178"_s << QStringList { u"mynumber-freedial"_s };
        QTest::newRow("by number without hyphens") << u"0120950178"_s << QStringList { u"mynumber-freedial"_s };
        QTest::newRow("by full-width number") << u"０５７０ー７８３ー５７８"_s << QStringList { u"mynumber-card-center"_s };
        QTest::newRow("by part of a number") << u"0178-27"_s << QStringList { u"mynumber-foreign-card"_s };
        QTest::newRow("by short number") << u"#9110"_s << QStringList { u"police-consultation"_s };
    }

    void search()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, ids);
        QSignalSpy filterChanged(m_model.get(), &HotlineModel::filterChanged);
        m_model->setFilter(filter);
        QCOMPARE(filterChanged.size(), filter.isEmpty() ? 0 : 1);
        if (filter.isEmpty()) {
            QCOMPARE(m_model->count(), int(m_store.content().contacts.size()));
        } else {
            QCOMPARE(column(*m_model, HotlineModel::ContactIdRole), ids);
        }
        m_model->setFilter(QString());
        QCOMPARE(m_model->count(), int(m_store.content().contacts.size()));
    }

    void savedNumbersFirstAndCallable()
    {
        QVariantMap issuer = row(*m_model, u"card-issuer"_s);
        QCOMPARE(issuer.value(u"kind"_s).toString(), u"own"_s);
        QVERIFY(!issuer.value(u"saved"_s).toBool());
        QVERIFY(!issuer.value(u"callable"_s).toBool());

        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QVERIFY(m_myContacts->save(u"card-issuer"_s, u"0120-123-456"_s, u"みどりカード"_s));
        QCOMPARE(reset.size(), 1);
        issuer = row(*m_model, u"card-issuer"_s);
        QVERIFY(issuer.value(u"saved"_s).toBool());
        QVERIFY(issuer.value(u"isOwn"_s).toBool());
        QCOMPARE(issuer.value(u"kind"_s).toString(), u"phone"_s);
        QCOMPARE(issuer.value(u"value"_s).toString(), u"0120-123-456"_s);
        QCOMPARE(issuer.value(u"uri"_s).toString(), u"tel:0120123456"_s);
        QCOMPARE(issuer.value(u"label"_s).toString(), u"みどりカード"_s);
        QVERIFY(issuer.value(u"callable"_s).toBool());
        QVERIFY(issuer.value(u"source"_s).toString().isEmpty()); // the user's own, not a sourced fact
        QCOMPARE(m_model->data(m_model->index(0), HotlineModel::ContactIdRole).toString(), u"card-issuer"_s);

        // Found by the name the user gave it, and by its number.
        m_model->setFilter(u"みどり"_s);
        QCOMPARE(column(*m_model, HotlineModel::ContactIdRole), QStringList { u"card-issuer"_s });
        m_model->setFilter(u"０１２０１２３"_s);
        QCOMPARE(column(*m_model, HotlineModel::ContactIdRole), QStringList { u"card-issuer"_s });
    }

    void withoutContent()
    {
        HotlineModel empty;
        QAbstractItemModelTester tester(&empty, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(empty.count(), 0);
        empty.setFilter(u"188"_s);
        QCOMPARE(empty.count(), 0);
        QVERIFY(!empty.contact(u"police-emergency"_s).isValid());
    }
};

QTEST_GUILESS_MAIN(TestHotlineModel)
#include "tst_hotlinemodel.moc"
