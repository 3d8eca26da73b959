// The record as text and as a PDF whose Japanese text can be read back (poppler's pdftotext): answers as plain
// sentences, the details the police ask for (the fake site defanged), the file name.
#include "incidentreport.h"
#include "recorddetails.h"

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
    report.incident.answers = { { u"what-happened"_s, u"tapped-link"_s, u"何がありましたか"_s, u"リンクを押した・QRコードを読み取った"_s,
                                    u"メールやSMSのリンクを押した、またはQRコードを読み取った"_s },
        { u"entered-what"_s, u"card"_s, u"入力したものを、すべて選んでください"_s, u"クレジットカードの番号・有効期限・セキュリティコード"_s,
            u"クレジットカードの番号・有効期限・セキュリティコードを入力した、または伝えた"_s },
        // An answer saved before statements existed: printed as question and answer.
        { u"paid"_s, u"not-paid"_s, u"お金を払ったり、振り込んだりしましたか"_s, u"お金は払っていない"_s, {} } };
    report.incident.details = { u"info@amaz0n-support.top"_s, defangUrl(u"https://amaz0n-support.top/login"_s), u"Amazon"_s, 12000, u"さくらカード"_s };
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
        { 4, utc(23, 9, 20), u"not_applicable"_s, u"report-phishing"_s, u"フィッシング対策協議会に知らせる"_s },
        { 6, utc(23, 9, 30), u"note_deleted"_s, {}, u"2026-11-23T09:16:00.000Z"_s } };
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
                 u"\nメールやSMSのリンクを押した、またはQRコードを読み取った\n"_s,
                 u"\nクレジットカードの番号・有効期限・セキュリティコードを入力した、または伝えた\n"_s,
                 u"\nお金を払ったり、振り込んだりしましたか：お金は払っていない\n"_s,
                 u"■ 相手と被害"_s,
                 u"送ってきた相手：info@amaz0n-support.top"_s,
                 u"偽のサイトのアドレス：hxxps://amaz0n-support[.]top/login"_s,
                 u"まねされた会社：Amazon"_s,
                 u"被害の金額：12,000円"_s,
                 u"カード会社・銀行：さくらカード"_s,
                 u"2026年11月23日 18:30  2026年11月23日 18:16 に書いたメモを削除しました"_s,
                 u"このアプリは、カード番号・暗証番号・パスワードに見えるメモや入力を受け付けません。"_s,
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
        // Answers are sentences now, not question → answer; the fake site is never a live address.
        QVERIFY(!text.contains(u" → "_s));
        QVERIFY(!text.contains(u"https://amaz0n"_s));
        QVERIFY(!text.contains(u"含まれていません"_s));
    }

    void detailsLeftOutWhenNotGiven()
    {
        IncidentReport report = sampleReport();
        report.incident.details = {};
        QVERIFY(!reportText(report).contains(u"相手と被害"_s));
        report.incident.details.amountYen = 0;
        QVERIFY(reportText(report).contains(u"被害の金額：0円"_s));
        QVERIFY(!reportText(report).contains(u"送ってきた相手"_s));
    }

    void defangsTheFakeSite_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("saved");
        QTest::addRow("https") << u"https://example.top/login"_s << u"hxxps://example[.]top/login"_s;
        QTest::addRow("http") << u"http://www.example.co.jp"_s << u"hxxp://www[.]example[.]co[.]jp"_s;
        QTest::addRow("upper case scheme") << u"HTTPS://Example.top/"_s << u"hxxps://Example[.]top/"_s;
        QTest::addRow("dots in the path stay") << u"https://a.b/x.html?y=1.2#z.w"_s << u"hxxps://a[.]b/x.html?y=1.2#z.w"_s;
        QTest::addRow("port") << u"https://example.top:8443/pay"_s << u"hxxps://example[.]top:8443/pay"_s;
        QTest::addRow("user info") << u"https://user.name@evil.example/"_s << u"hxxps://user.name@evil[.]example/"_s;
        QTest::addRow("no scheme") << u"amaz0n-support.top/login"_s << u"amaz0n-support[.]top/login"_s;
        QTest::addRow("ip address") << u"http://192.168.10.5/a"_s << u"hxxp://192[.]168[.]10[.]5/a"_s;
        QTest::addRow("already defanged") << u"hxxps://example[.]top/login"_s << u"hxxps://example[.]top/login"_s;
        QTest::addRow("half defanged") << u"hxxps://example[.]co.jp"_s << u"hxxps://example[.]co[.]jp"_s;
        QTest::addRow("other scheme") << u"ftp://files.example/x"_s << u"ftp://files[.]example/x"_s;
        QTest::addRow("spaces trimmed") << u"  https://example.top  "_s << u"hxxps://example[.]top"_s;
        QTest::addRow("not an address") << u"偽のアマゾンのページ"_s << u"偽のアマゾンのページ"_s;
        QTest::addRow("empty") << QString() << QString();
    }

    void defangsTheFakeSite()
    {
        QFETCH(QString, typed);
        QFETCH(QString, saved);
        QCOMPARE(defangUrl(typed), saved);
        QCOMPARE(defangUrl(saved), saved); // defanging twice changes nothing
    }

    void amountsInYen_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("yen"); // -1: refused
        QTest::addRow("digits") << u"12000"_s << qint64(12000);
        QTest::addRow("full-width") << u"１２０００"_s << qint64(12000);
        QTest::addRow("grouped") << u"1,234,567"_s << qint64(1234567);
        QTest::addRow("full-width grouped with 円") << u"１２，０００円"_s << qint64(12000);
        QTest::addRow("yen sign") << u"¥5000"_s << qint64(5000);
        QTest::addRow("full-width yen sign") << u"￥5000 円"_s << qint64(5000);
        QTest::addRow("zero") << u"0"_s << qint64(0);
        QTest::addRow("13 digits") << u"9999999999999"_s << qint64(9999999999999);
        QTest::addRow("14 digits") << u"99999999999999"_s << qint64(-1);
        QTest::addRow("man") << u"3万円"_s << qint64(-1);
        QTest::addRow("negative") << u"-500"_s << qint64(-1);
        QTest::addRow("decimal") << u"12.5"_s << qint64(-1);
        QTest::addRow("bad grouping") << u"12,00"_s << qint64(-1);
        QTest::addRow("letters") << u"about 500"_s << qint64(-1);
        QTest::addRow("empty") << QString() << qint64(-1);
    }

    void amountsInYen()
    {
        QFETCH(QString, typed);
        QFETCH(qint64, yen);
        const std::optional<qint64> parsed = parseYen(typed);
        QCOMPARE(parsed.value_or(-1), yen);
        if (parsed) {
            QCOMPARE(parseYen(formatYen(*parsed)), parsed);
        }
        QCOMPARE(formatYen(1234567), u"1,234,567円"_s);
        QCOMPARE(formatYen(999), u"999円"_s);
    }

    void fileNameIsJapaneseAndSafeEverywhere()
    {
        QCOMPARE(recordFileName(QDate(2026, 12, 2)), u"詐欺メールの記録_2026年12月2日.pdf"_s);
        QCOMPARE(recordFileName(QDate(2026, 12, 2), 2), u"詐欺メールの記録_2026年12月2日_2.pdf"_s);
        for (const QString &name : { recordFileName(QDate(2026, 1, 31)), recordFileName(QDate(2027, 10, 10), 12) }) {
            for (const QChar c : name) {
                QVERIFY2(!u"\\/:*?\"<>|"_s.contains(c) && c.unicode() >= 0x20, qPrintable(name)); // Windows, Android (FAT)
            }
            QVERIFY(!name.endsWith(u'.') && !name.endsWith(u' ') && !name.startsWith(u'.'));
        }
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
        QString text = run(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, path, u"-"_s }).normalized(QString::NormalizationForm_KC).remove(u' ').remove(u'\n');
        // The same happens to the middle dot: ・ comes back as ‧ (U+2027).
        text.replace(u'\u2027', u'・');
        for (const QString &expected :
            { u"詐欺メール応急ガイド"_s, u"記録"_s, u"カード会社に電話して、カードを止めてもらう"_s, u"受付番号A-0042"_s, u"2026年11月23日"_s,
                u"メールやSMSのリンクを押した、またはQRコードを読み取った"_s, u"クレジットカードの番号・有効期限・セキュリティコードを入力した、または伝えた"_s,
                u"お金を払ったり、振り込んだりしましたか：お金は払っていない"_s, u"相手と被害"_s, u"送ってきた相手：info@amaz0n-support.top"_s,
                u"偽のサイトのアドレス：hxxps://amaz0n-support[.]top/login"_s, u"まねされた会社：Amazon"_s, u"被害の金額：12,000円"_s,
                u"カード会社・銀行：さくらカード"_s, u"このアプリは、カード番号・暗証番号・パスワードに見えるメモや入力を受け付けません。"_s }) {
            const QString wanted = expected.normalized(QString::NormalizationForm_KC).remove(u' ');
            QVERIFY2(text.contains(wanted), qPrintable(wanted + u" not in: "_s + text));
        }
        QVERIFY(!text.contains(u"https://amaz0n"_s));
        QVERIFY(!text.contains(u"→"_s));
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
