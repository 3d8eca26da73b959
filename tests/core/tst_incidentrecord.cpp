// The record for QML: timeline, notes (no card numbers, PINs or passwords; one deleted), the details the police
// ask for, text and PDF export (a Japanese file name, never over an earlier file, the place in words).
#include "incidentrecord.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace phishaid;

class TestIncidentRecord : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void notesTimelineAndExport()
    {
        Incidents incidents(nullptr, m_dir.filePath(u"record.sqlite"_s));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 id = *incidents.repository()->create(now, u"link-opened"_s, 1,
            { { u"entered-what"_s, u"card"_s, u"入力したもの"_s, u"クレジットカードの番号"_s, u"クレジットカードの番号を入力した"_s } },
            { { u"call-card-issuer"_s, u"now"_s, u"カード会社に電話する"_s, ItemState::Open, {} } }, now);
        IncidentRecord record;
        QSignalSpy changed(&record, &IncidentRecord::changed);
        record.setIncidents(&incidents);
        record.setIncidentId(static_cast<int>(id));
        QCOMPARE(record.timeline().size(), 1);
        QVERIFY(!record.happenedText().isEmpty());
        QVERIFY(!record.isResolved());
        // The answers, as kinds of data: question and answer texts only.
        QCOMPARE(record.answers().size(), 1);
        QCOMPARE(record.answers().constFirst().toMap().value(u"question"_s).toString(), u"入力したもの"_s);
        QCOMPARE(record.answers().constFirst().toMap().value(u"answer"_s).toString(), u"クレジットカードの番号"_s);
        QCOMPARE(record.answers().constFirst().toMap().value(u"statement"_s).toString(), u"クレジットカードの番号を入力した"_s);

        QCOMPARE(record.addNote(u"カード会社の受付番号 A-0042"_s), QString());
        QVERIFY(record.addNote(u"4111 1111 1111 1111"_s).contains(u"カード番号"_s));
        QVERIFY(!record.addNote(u"   "_s).isEmpty());
        QCOMPARE(record.timeline().size(), 2);
        QVERIFY(record.timeline().constLast().toMap().value(u"text"_s).toString().contains(u"A-0042"_s));
        QVERIFY(changed.size() >= 3);

        const QString text = record.text();
        QVERIFY(text.contains(u"クレジットカードの番号"_s));
        QVERIFY(text.contains(u"A-0042"_s));
        QVERIFY(!text.contains(u"4111"_s)); // the refused note was never stored

        record.copyText();
        QCOMPARE(QGuiApplication::clipboard()->text(), text);

        record.setExportDirectory(m_dir.filePath(u"exports"_s));
        const QString pdf = record.exportPdf();
        QVERIFY(pdf.startsWith(m_dir.filePath(u"exports"_s)));
        QVERIFY(pdf.endsWith(u".pdf"_s));
        QVERIFY(QFile(pdf).size() > 1000);
    }

    void secretsAreRefusedAndOneNoteIsDeleted()
    {
        Incidents incidents(nullptr, m_dir.filePath(u"notes.sqlite"_s));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const int id = static_cast<int>(*incidents.repository()->create(now, u"o"_s, 1, {}, {}, now));
        IncidentRecord record;
        record.setIncidents(&incidents);
        record.setIncidentId(id);

        const QString pin = record.addNote(u"暗証番号 0123"_s);
        QVERIFY2(pin.contains(u"暗証番号"_s) && pin.count(u'。') == 1, qPrintable(pin)); // one sentence
        const QString password = record.addNote(u"パスワード sakura1955"_s);
        QVERIFY2(password.contains(u"パスワード"_s) && password.count(u'。') == 1, qPrintable(password));
        QVERIFY(!record.addNote(u"PIN:1234"_s).isEmpty());
        QVERIFY(!record.addNote(u"password=abc"_s).isEmpty());
        QCOMPARE(record.addNote(u"パスワードを変えた"_s), QString());
        QCOMPARE(record.addNote(u"暗証番号は伝えていない"_s), QString());
        QCOMPARE(record.notes().size(), 2);

        // An old note with a PIN (saved before the app refused them) is pointed out, and can be deleted.
        QVERIFY(incidents.repository()->addNote(id, u"暗証番号 0123"_s, now));
        const QVariantList notes = record.notes();
        QCOMPARE(notes.size(), 3);
        QVariantMap old;
        for (const QVariant &note : notes) {
            const QVariantMap map = note.toMap();
            QCOMPARE(map.value(u"secret"_s).toBool(), map.value(u"text"_s).toString() == u"暗証番号 0123"_s);
            if (map.value(u"secret"_s).toBool()) {
                old = map;
            }
        }
        QVERIFY(!old.isEmpty());
        QSignalSpy changed(&record, &IncidentRecord::changed);
        QVERIFY(record.removeNote(old.value(u"noteId"_s).toInt()));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(record.notes().size(), 2);
        QVERIFY(!record.text().contains(u"0123"_s));
        QVERIFY(record.timeline().constLast().toMap().value(u"text"_s).toString().contains(u"メモを削除しました"_s));
        QVERIFY(!record.removeNote(old.value(u"noteId"_s).toInt()));
    }

    void detailsAreCheckedDefangedAndPrinted()
    {
        Incidents incidents(nullptr, m_dir.filePath(u"details.sqlite"_s));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const int id = static_cast<int>(*incidents.repository()->create(now, u"o"_s, 1, {}, {}, now));
        IncidentRecord record;
        record.setIncidents(&incidents);
        record.setIncidentId(id);

        QCOMPARE(record.saveDetails(u" info@amaz0n-support.top "_s, u"https://amaz0n-support.top/login"_s, u"Amazon"_s, u"１２，０００円"_s, u"さくらカード"_s),
            QString());
        QCOMPARE(record.sender(), u"info@amaz0n-support.top"_s);
        QCOMPARE(record.fakeSite(), u"hxxps://amaz0n-support[.]top/login"_s);
        QCOMPARE(record.imitatedCompany(), u"Amazon"_s);
        QCOMPARE(record.amount(), u"12000"_s);
        QCOMPARE(record.cardCompany(), u"さくらカード"_s);
        QVERIFY(record.text().contains(u"偽のサイトのアドレス：hxxps://amaz0n-support[.]top/login"_s));
        QVERIFY(record.text().contains(u"被害の金額：12,000円"_s));

        // A refused field names itself and nothing is saved.
        const QString card = record.saveDetails(u"4111 1111 1111 1111"_s, {}, {}, {}, {});
        QVERIFY2(card.contains(u"送ってきた相手"_s) && card.contains(u"カード番号"_s), qPrintable(card));
        const QString pin = record.saveDetails({}, {}, {}, {}, u"さくらカード 暗証番号 0123"_s);
        QVERIFY2(pin.contains(u"カード会社・銀行の名前"_s) && pin.contains(u"暗証番号"_s), qPrintable(pin));
        QVERIFY(!record.saveDetails({}, {}, u"password=abc"_s, {}, {}).isEmpty());
        QVERIFY(!record.saveDetails({}, {}, {}, u"4111111111111111"_s, {}).isEmpty());
        const QString amount = record.saveDetails({}, {}, {}, u"3万円"_s, {});
        QVERIFY2(amount.contains(u"被害の金額"_s), qPrintable(amount));
        QCOMPARE(record.sender(), u"info@amaz0n-support.top"_s); // still what was saved first

        // All cleared.
        QCOMPARE(record.saveDetails({}, {}, {}, {}, {}), QString());
        QCOMPARE(record.amount(), QString());
        QVERIFY(!record.text().contains(u"相手と被害"_s));
    }

    void pdfNameAndPlace()
    {
        Incidents incidents(nullptr, m_dir.filePath(u"pdf.sqlite"_s));
        const QDateTime happened(QDate(2026, 12, 2), QTime(1, 30), QTimeZone::utc()); // 10:30 in Japan
        const int id = static_cast<int>(*incidents.repository()->create(happened, u"o"_s, 1, {}, {}, happened));
        IncidentRecord record;
        record.setIncidents(&incidents);
        record.setIncidentId(id);
        const QString directory = m_dir.filePath(u"書類"_s);
        record.setExportDirectory(directory);
        const QString first = record.exportPdf();
        QCOMPARE(first, QDir(directory).filePath(u"詐欺メールの記録_2026年12月2日.pdf"_s));
        const QString second = record.exportPdf(); // an earlier copy is never overwritten
        QCOMPARE(record.fileNameOf(second), u"詐欺メールの記録_2026年12月2日_2.pdf"_s);
        QVERIFY(QFileInfo(first).size() > 1000 && QFileInfo(second).size() > 1000);
        QCOMPARE(record.exportPlace(), u"「書類」フォルダ"_s); // a folder the test chose: by its name

        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QCOMPARE(IncidentRecord::placeInWords(documents, documents, appData), u"「書類」フォルダ(Documents)"_s);
        QCOMPARE(IncidentRecord::placeInWords(documents + u'/', documents, appData), u"「書類」フォルダ(Documents)"_s);
        QCOMPARE(IncidentRecord::placeInWords(appData, documents, appData), u"アプリのデータフォルダ"_s);
        QCOMPARE(IncidentRecord::placeInWords(appData + u"/records"_s, documents, appData), u"アプリのデータフォルダ"_s);
        QCOMPARE(IncidentRecord::placeInWords(appData, QString(), appData), u"アプリのデータフォルダ"_s); // no Documents folder
        QCOMPARE(IncidentRecord::placeInWords(u"/tmp/x/pdf"_s, documents, appData), u"「pdf」フォルダ"_s);
        record.setExportDirectory(QString());
        QVERIFY(!record.exportPlace().contains(u'/'));
    }

    void defaultExportDirectoryIsDocuments()
    {
        IncidentRecord record;
        QCOMPARE(record.exportDirectory(), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        QVERIFY(record.exportPdf().isEmpty()); // no incident: nothing written
    }
};

QTEST_MAIN(TestIncidentRecord)
#include "tst_incidentrecord.moc"
