// The record as text and as a PDF whose Japanese text can be read back (poppler's pdftotext).
#include "incidentreport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace phishaid;

namespace {
QDateTime utc(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone::utc());
}

IncidentReport sampleReport(int extraItems = 0)
{
    IncidentReport report;
    report.exportedAt = utc(23, 12, 0);
    report.incident.id = 7;
    report.incident.happenedAt = utc(23, 8, 50); // 17:50 in Japan
    report.incident.createdAt = utc(23, 9, 0);
    report.incident.answers = { { u"what-happened"_s, u"tapped-link"_s, u"何がありましたか"_s, u"メールやSMSのリンクを押した"_s },
        { u"entered-what"_s, u"card"_s, u"入力したものを、すべて選んでください"_s, u"クレジットカードの番号・有効期限・セキュリティコード"_s } };
    report.items = { { u"call-card-issuer"_s, u"now"_s, u"カード会社に電話して、カードを止めてもらう"_s, ItemState::Done, utc(23, 9, 10) },
        { u"keep-evidence"_s, u"today"_s, u"メールやSMSは消さずに残す"_s, ItemState::Open, {} },
        { u"report-phishing"_s, u"later"_s, u"フィッシング対策協議会に知らせる"_s, ItemState::NotApplicable, utc(23, 9, 20) } };
    for (int i = 0; i < extraItems; ++i) {
        report.items.append({ u"extra-%1"_s.arg(i), u"later"_s, u"追加の手順 %1"_s.arg(i), ItemState::Open, {} });
    }
    report.incident.doneCount = 1;
    report.incident.applicableCount = static_cast<int>(report.items.size()) - 1;
    report.events = { { 1, utc(23, 9, 0), u"created"_s, {}, {} },
        { 2, utc(23, 9, 10), u"done"_s, u"call-card-issuer"_s, u"カード会社に電話して、カードを止めてもらう"_s },
        { 3, utc(23, 9, 15), u"note"_s, {}, u"受付番号 A-0042"_s },
        { 4, utc(23, 9, 20), u"not_applicable"_s, u"report-phishing"_s, u"フィッシング対策協議会に知らせる"_s } };
    return report;
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000)) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

class TestIncidentReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void japanTimeWhateverTheDeviceZone()
    {
        QCOMPARE(japanTime(utc(23, 8, 50)), u"2026年11月23日 17:50"_s);
        QCOMPARE(japanTime(utc(23, 15, 5)), u"2026年11月24日 0:05"_s);
        QCOMPARE(japanTime(QDateTime()), u"不明"_s);
    }

    void textHoldsTheWholeRecord()
    {
        const QString text = reportText(sampleReport());
        for (const QString &expected : {
                 u"詐欺メール応急ガイド 記録"_s,
                 u"出力した日時：2026年11月23日 21:00(日本時間)"_s,
                 u"できごとの日時：2026年11月23日 17:50"_s,
                 u"何がありましたか → メールやSMSのリンクを押した"_s,
                 u"クレジットカードの番号・有効期限・セキュリティコード"_s,
                 u"手順の状況(1 / 2 完了)"_s,
                 u"[済] カード会社に電話して、カードを止めてもらう(2026年11月23日 18:10)"_s,
                 u"[まだ] メールやSMSは消さずに残す"_s,
                 u"[該当しない] フィッシング対策協議会に知らせる"_s,
                 u"2026年11月23日 18:00  記録を始めました"_s,
                 u"2026年11月23日 18:15  メモ：受付番号 A-0042"_s,
                 u"状態：対応中"_s,
             }) {
            QVERIFY2(text.contains(expected), qPrintable(expected + u"\n---\n"_s + text));
        }
        // The timeline is in time order.
        QVERIFY(text.indexOf(u"記録を始めました"_s) < text.indexOf(u"メモ：受付番号"_s));
    }

    void resolvedIncidentSaysSo()
    {
        IncidentReport report = sampleReport();
        report.incident.resolvedAt = utc(24, 1, 0);
        QVERIFY(reportText(report).contains(u"状態：解決済み(2026年11月24日 10:00)"_s));
    }

    void pdfIsWrittenAndItsJapaneseTextExtracts_data()
    {
        QTest::addColumn<int>("extraItems");
        QTest::addColumn<bool>("severalPages");
        QTest::addRow("one page") << 0 << false;
        QTest::addRow("several pages") << 80 << true;
    }

    void pdfIsWrittenAndItsJapaneseTextExtracts()
    {
        QFETCH(int, extraItems);
        QFETCH(bool, severalPages);
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()) {
            QFAIL("pdftotext (poppler-utils) is needed: scripts/install-deps.sh installs it");
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(u"record.pdf"_s);
        QString error;
        QVERIFY2(writeReportPdf(sampleReport(extraItems), path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");

        const QString info = run(u"pdfinfo"_s, { path });
        const QRegularExpressionMatch pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info);
        QVERIFY2(pages.hasMatch(), qPrintable(info));
        const int pageCount = pages.captured(1).toInt();
        QVERIFY(pageCount >= 1);
        QCOMPARE(pageCount > 1, severalPages);

        // Qt 6.4's PDF writer maps a glyph shared by a kanji and its Kangxi radical (日 and ⽇) back to the
        // radical, so extracted text needs NFKC to compare; printed and on screen it is the right kanji.
        const QString text = run(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, path, u"-"_s }).normalized(QString::NormalizationForm_KC).remove(u' ');
        for (const QString &expected :
            { u"詐欺メール応急ガイド"_s, u"記録"_s, u"カード会社に電話して、カードを止めてもらう"_s, u"受付番号A-0042"_s, u"2026年11月23日"_s }) {
            QVERIFY2(text.contains(expected), qPrintable(expected + u" not in: "_s + text.mid(text.indexOf(u"メモ"_s), 60)));
        }
    }

    void pdfToAnUnwritablePlaceFails()
    {
        QString error;
        QVERIFY(!writeReportPdf(sampleReport(), u"/nonexistent-dir/record.pdf"_s, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestIncidentReport)
#include "tst_incidentreport.moc"
