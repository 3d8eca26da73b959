// The checker (このメール、本物？) judging texts against the real content database the build compiles from content/:
// facts.md's official domains and lookalike tricks, the campaigns, full-width and defanged input, phone numbers, and
// the texts that must not be flagged.
#include "checker.h"
#include "checkjson.h"
#include "sqlitereader.h"
#include "validator.h"
#include "yamlreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace phishaid::checker;

namespace {

// Every code found in a result: its items' reasons and its signals.
QStringList codesOf(const CheckResult &result)
{
    QStringList codes;
    for (const CheckItem &item : result.items) {
        for (const Reason &reason : item.reasons) {
            codes.append(reasonCodeKey(reason.code));
        }
    }
    for (const Reason &signal : result.textSignals) {
        codes.append(reasonCodeKey(signal.code));
    }
    return codes;
}

QString describe(const CheckResult &result)
{
    QStringList lines { verdictKey(result.verdict) % u" brand=" % (result.brand ? result.brand->id : u"-"_s) };
    for (const CheckItem &item : result.items) {
        QStringList reasons;
        for (const Reason &reason : item.reasons) {
            reasons.append(reasonCodeKey(reason.code));
        }
        lines.append(u"  "_s % itemKindKey(item.kind) % u' ' % item.text % u" -> " % verdictKey(item.verdict) % u" [" % reasons.join(u',') % u']');
    }
    for (const Reason &signal : result.textSignals) {
        lines.append(u"  signal "_s % reasonCodeKey(signal.code));
    }
    return lines.join(u'\n');
}

// A day on which both campaigns of the content are current.
const QDate Today(2026, 12, 2);

// A real-looking notice of about `bytes` UTF-8 bytes: official links and ordinary sentences, nothing to flag.
QString longNotice(qsizetype bytes)
{
    const QString paragraph = u"いつも三井住友カードをご利用いただきありがとうございます。ご利用明細は会員向けサービスでご確認いただけます。"
                              "https://www.smbc-card.com/mem/index.jsp の「ご利用明細」からご覧ください。\n"_s;
    QString text = u"差出人: 三井住友カード <mail@contact.vpass.ne.jp>\n件名: ご利用明細のお知らせ\n\n"_s;
    while (text.toUtf8().size() < bytes) {
        text += paragraph;
    }
    return text;
}

} // namespace

class TestChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const phishaid::content::ReadResult read = phishaid::content::readContentDatabase(QStringLiteral(PHISHAID_CONTENT_DB));
        QVERIFY2(read.content, qPrintable(read.detail));
        QCOMPARE(phishaid::content::validateContent(*read.content).size(), 0);
        m_content = *read.content;
        m_checker = std::make_unique<Checker>(m_content);
    }

    // The database carries the Public Suffix List, and the checker loads it from there.
    void suffixListFromTheContent()
    {
        QVERIFY(m_content.publicSuffixList.data.size() > 100 * 1024);
        QCOMPARE(m_checker->suffixListOrigin(), Checker::SuffixListOrigin::Content);
        QVERIFY2(m_checker->suffixRuleCount() > 5000, qPrintable(QString::number(m_checker->suffixRuleCount())));
    }

    void verdicts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("channel"); // "", "mail", "sms"
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("brand"); // "" for none
        QTest::addColumn<QString>("code"); // a reason code that must be among the items' reasons or the signals; "" for none
        QTest::addColumn<QString>("campaign"); // "" for none

        // --- Official domains (facts.md's table): on the list, never "safe".
        QTest::addRow("SMBC click tracker") << u"click.contact.vpass.ne.jp"_s << u""_s << u"official"_s << u"smbc-card"_s << u"official-domain"_s << u""_s;
        QTest::addRow("SMBC site") << u"https://www.smbc-card.com/mem/index.jsp"_s << u""_s << u"official"_s << u"smbc-card"_s << u"official-domain"_s << u""_s;
        QTest::addRow("SMBC prepaid") << u"prepaid.smbc-card.com"_s << u""_s << u"official"_s << u"smbc-card"_s << u"official-domain"_s << u""_s;
        QTest::addRow("SMBC sender") << u"mail@contact.vpass.ne.jp"_s << u""_s << u"official"_s << u"smbc-card"_s << u"official-domain"_s << u""_s;
        QTest::addRow("SMBC sender with name") << u"From: 三井住友カード <mail@contact.vpass.ne.jp>"_s << u""_s << u"official"_s << u"smbc-card"_s
                                               << u"official-domain"_s << u""_s;
        QTest::addRow("SMBC point") << u"https://smbcgroup-point.jp/"_s << u""_s << u"official"_s << u"smbc-card"_s << u""_s << u""_s;
        QTest::addRow("JCB") << u"https://www.jcb.co.jp/"_s << u""_s << u"official"_s << u"jcb"_s << u"official-domain"_s << u""_s;
        QTest::addRow("JCB qa") << u"qa.jcb.co.jp"_s << u""_s << u"official"_s << u"jcb"_s << u""_s << u""_s;
        QTest::addRow("JCB mailer") << u"mail-jcn.dnp-cdms.jp"_s << u""_s << u"official"_s << u"jcb"_s << u""_s << u""_s;
        QTest::addRow("ゆうちょ sender") << u"【ゆうちょ銀行】<information@jp-bank.japanpost.jp>"_s << u""_s << u"official"_s << u"yucho"_s
                                         << u"official-sender"_s << u""_s;
        QTest::addRow("MUFG") << u"https://www.bk.mufg.jp/info/mail/mail.html"_s << u""_s << u"official"_s << u"mufg"_s << u""_s << u""_s;
        QTest::addRow("e-Tax sender") << u"info@e-tax.nta.go.jp"_s << u""_s << u"official"_s << u"nta"_s << u"official-sender"_s << u""_s;
        QTest::addRow("NTA") << u"https://www.nta.go.jp/"_s << u""_s << u"official"_s << u"nta"_s << u""_s << u""_s;
        QTest::addRow("ETC") << u"https://www.etc-meisai.jp/"_s << u""_s << u"official"_s << u"etc-meisai"_s << u""_s << u""_s;
        QTest::addRow("PayPay") << u"https://paypay.ne.jp/notice/"_s << u""_s << u"official"_s << u"paypay"_s << u""_s << u""_s;
        QTest::addRow("Amazon Pay") << u"https://pay.amazon.co.jp/"_s << u""_s << u"official"_s << u"amazon"_s << u""_s << u""_s;
        QTest::addRow("Amazon com") << u"amazon.com"_s << u""_s << u"official"_s << u"amazon"_s << u""_s << u""_s;
        QTest::addRow("Myna Portal") << u"https://myna.go.jp/"_s << u""_s << u"official"_s << u"myna-portal"_s << u""_s << u""_s;
        QTest::addRow("Digital Agency") << u"https://www.digital.go.jp/policies/"_s << u""_s << u"official"_s << u"myna-portal"_s << u""_s << u""_s;
        QTest::addRow("smart EX") << u"https://expy.jp/"_s << u""_s << u"official"_s << u"smart-ex"_s << u""_s << u""_s;
        QTest::addRow("AEON sender") << u"info@email.aeon.co.jp"_s << u""_s << u"official"_s << u"aeon-card"_s << u""_s << u""_s;
        QTest::addRow("eki-net") << u"https://www.eki-net.com/"_s << u""_s << u"official"_s << u"eki-net"_s << u""_s << u""_s;
        QTest::addRow("Rakuten Card") << u"https://www.rakuten-card.co.jp/"_s << u""_s << u"official"_s << u"rakuten"_s << u""_s << u""_s;
        QTest::addRow("Saison") << u"https://www.saisoncard.co.jp/"_s << u""_s << u"official"_s << u"saison-card"_s << u""_s << u""_s;
        QTest::addRow("Yamato") << u"https://www.kuronekoyamato.co.jp/"_s << u""_s << u"official"_s << u"yamato"_s << u""_s << u""_s;
        QTest::addRow("full-width Amazon") << u"ｈｔｔｐｓ：／／ａｍａｚｏｎ．ｃｏ．ｊｐ"_s << u""_s << u"official"_s << u"amazon"_s << u"official-domain"_s
                                           << u""_s;
        QTest::addRow("ideographic stops") << u"amazon。co。jp"_s << u""_s << u"official"_s << u"amazon"_s << u""_s << u""_s;
        QTest::addRow("inside Japanese prose") << u"こちらamazon.co.jpへ"_s << u""_s << u"official"_s << u"amazon"_s << u""_s << u""_s;

        // --- Must not be flagged.
        QTest::addRow("Japanese IDN") << u"日本語.jp"_s << u""_s << u"unlisted"_s << u""_s << u"idn"_s << u""_s;
        QTest::addRow("Japanese IDN link") << u"https://日本語.jp/から確認"_s << u""_s << u"unlisted"_s << u""_s << u"idn"_s << u""_s;
        QTest::addRow("bakery") << u"https://pan-ya.jp/"_s << u""_s << u"unlisted"_s << u""_s << u"unlisted"_s << u""_s;
        QTest::addRow("bakery in a message") << u"新しいパンが焼けました。 https://www.bakery-hanako.jp/news をご覧ください"_s << u""_s << u"unlisted"_s
                                             << u""_s << u""_s << u""_s;
        QTest::addRow("plain message") << u"明日の会議は10時からです。よろしくお願いします。"_s << u""_s << u"nothing-found"_s << u""_s << u""_s << u""_s;
        QTest::addRow("empty") << u""_s << u""_s << u"nothing-found"_s << u""_s << u""_s << u""_s;
        QTest::addRow("dates are no numbers") << u"2025-10-17 と 2026-12-02 に会いましょう"_s << u""_s << u"nothing-found"_s << u""_s << u""_s << u""_s;
        QTest::addRow("brand named, no address") << u"Amazonで買った本が届きました。"_s << u""_s << u"nothing-found"_s << u""_s << u""_s << u""_s;
        QTest::addRow("file names are no domains") << u"添付の report.pdf と data.txt を見てください"_s << u""_s << u"nothing-found"_s << u""_s << u""_s
                                                   << u""_s;
        QTest::addRow("same owner, other host") << u"www.japanpost.jp"_s << u""_s << u"unlisted"_s << u"yucho"_s << u"unlisted-subdomain"_s << u""_s;
        QTest::addRow("ordinary address") << u"tanaka@example.co.jp"_s << u""_s << u"unlisted"_s << u""_s << u"unlisted"_s << u""_s;
        QTest::addRow("e-Tax named in a mail") << u"国税庁からのお知らせを読みました"_s << u"mail"_s << u"nothing-found"_s << u""_s << u""_s << u""_s;

        // --- Phone numbers.
        QTest::addRow("My Number free dial") << u"0120-95-0178"_s << u""_s << u"official"_s << u""_s << u"known-contact"_s << u""_s;
        QTest::addRow("police consultation") << u"#9110"_s << u""_s << u"official"_s << u""_s << u"known-contact"_s << u""_s;
        QTest::addRow("mobile") << u"090-1234-5678 までお電話ください"_s << u""_s << u"unlisted"_s << u""_s << u"phone-unlisted"_s << u""_s;
        QTest::addRow("landline") << u"連絡先: 03-1234-5678"_s << u""_s << u"unlisted"_s << u""_s << u"phone-unlisted"_s << u""_s;
        QTest::addRow("overseas, no brand") << u"+44 20 7946 0958 から電話がありました"_s << u""_s << u"suspicious"_s << u""_s << u"phone-overseas"_s << u""_s;
        QTest::addRow("overseas SMS claiming Yamato") << u"+1 (202) 555-0143\n【ヤマト運輸】お荷物のお届けにあがりましたが、不在のため持ち帰りました。"_s
                                                      << u"sms"_s << u"impersonation"_s << u"yamato"_s << u"phone-overseas"_s << u""_s;
        QTest::addRow("overseas via 010 claiming Rakuten")
            << u"【楽天】010-86-21-1234-5678 にお電話ください"_s << u""_s << u"impersonation"_s << u"rakuten"_s << u"phone-overseas"_s << u""_s;

        // --- facts.md's lookalike tricks.
        QTest::addRow("brand as a subdomain") << u"jcb.co.jp.example.top"_s << u""_s << u"impersonation"_s << u"jcb"_s << u"brand-in-domain"_s << u""_s;
        QTest::addRow("userinfo") << u"https://jcb.co.jp@evil.example"_s << u""_s << u"impersonation"_s << u"jcb"_s << u"userinfo"_s << u""_s;
        QTest::addRow("userinfo, no brand") << u"https://login@evil.example/"_s << u""_s << u"suspicious"_s << u""_s << u"userinfo"_s << u""_s;
        QTest::addRow("brand plus a word") << u"smbc-card-login.com"_s << u""_s << u"impersonation"_s << u"smbc-card"_s << u"brand-in-domain"_s << u""_s;
        QTest::addRow("hyphens for dots") << u"amazon-co-jp.info"_s << u""_s << u"impersonation"_s << u"amazon"_s << u"brand-in-domain"_s << u""_s;
        QTest::addRow("NTA on a cheap TLD") << u"nta-go-jp.cyou"_s << u""_s << u"impersonation"_s << u"nta"_s << u"brand-in-domain"_s << u""_s;
        QTest::addRow("another TLD") << u"jcb.com"_s << u""_s << u"impersonation"_s << u"jcb"_s << u"brand-in-domain"_s << u""_s;
        QTest::addRow("Rakuten plus a word") << u"rakuten-card-info.com"_s << u""_s << u"impersonation"_s << u"rakuten"_s << u"brand-in-domain"_s << u""_s;
        QTest::addRow("eki-net plus a word") << u"https://eki-net-login.jp/"_s << u""_s << u"impersonation"_s << u"eki-net"_s << u"brand-in-domain"_s << u""_s;
        QTest::addRow("Cyrillic a") << u"аmazon.co.jp"_s << u""_s << u"impersonation"_s << u"amazon"_s << u"confusable"_s << u""_s;
        QTest::addRow("Cyrillic a, mixed scripts") << u"https://аmazon.co.jp/"_s << u""_s << u"impersonation"_s << u"amazon"_s << u"mixed-script"_s << u""_s;
        QTest::addRow("digit for letter") << u"amaz0n.co.jp"_s << u""_s << u"impersonation"_s << u"amazon"_s << u"confusable"_s << u""_s;
        QTest::addRow("rn for m") << u"https://arnazon.co.jp/"_s << u""_s << u"impersonation"_s << u"amazon"_s << u"confusable"_s << u""_s;
        QTest::addRow("ACE form") << u"xn--mazon-3ve.co.jp"_s << u""_s << u"impersonation"_s << u"amazon"_s << u"confusable"_s << u""_s;
        QTest::addRow("ACE link") << u"https://xn--mazon-3ve.co.jp/login"_s << u""_s << u"impersonation"_s << u"amazon"_s << u"idn"_s << u""_s;
        QTest::addRow("one letter off, vpas5") << u"vpas5.ne.jp"_s << u""_s << u"impersonation"_s << u"smbc-card"_s << u"lookalike"_s << u""_s;
        QTest::addRow("one letter off, icb") << u"icb.co.jp"_s << u""_s << u"impersonation"_s << u"jcb"_s << u"lookalike"_s << u""_s;
        QTest::addRow("one letter off, amazom") << u"https://amazom.co.jp/"_s << u""_s << u"impersonation"_s << u"amazon"_s << u"lookalike"_s << u""_s;
        QTest::addRow("near name elsewhere") << u"paypal.com"_s << u""_s << u"suspicious"_s << u"paypay"_s << u"lookalike"_s << u""_s;
        QTest::addRow("near name, brand claimed") << u"【PayPay】残高のご案内 https://paypal.com/login"_s << u""_s << u"impersonation"_s << u"paypay"_s
                                                  << u"lookalike"_s << u""_s;
        QTest::addRow("mixed scripts, no brand") << u"gооgle.com"_s << u""_s << u"suspicious"_s << u""_s << u"mixed-script"_s << u""_s;
        QTest::addRow("official domain in the path") << u"http://123.45.67.89/amazon.co.jp/login"_s << u""_s << u"impersonation"_s << u"amazon"_s
                                                     << u"official-in-path"_s << u""_s;
        QTest::addRow("IP host") << u"http://192.0.2.10/login"_s << u""_s << u"suspicious"_s << u""_s << u"ip-host"_s << u""_s;
        QTest::addRow("IP host in hex") << u"http://0xC000020A/login"_s << u""_s << u"suspicious"_s << u""_s << u"ip-host"_s << u""_s;
        QTest::addRow("port") << u"https://amazon.co.jp:8443/"_s << u""_s << u"suspicious"_s << u"amazon"_s << u"port"_s << u""_s;
        QTest::addRow("shortener") << u"https://bit.ly/3abcDE"_s << u""_s << u"suspicious"_s << u""_s << u"shortener"_s << u""_s;
        QTest::addRow("bare shortener") << u"詳しくは t.co/xYz12 で"_s << u""_s << u"suspicious"_s << u""_s << u"shortener"_s << u""_s;
        QTest::addRow("translation wrapper") << u"https://example-com.translate.goog/?_x_tr_sl=auto"_s << u""_s << u"suspicious"_s << u""_s << u"wrapper"_s
                                             << u""_s;
        QTest::addRow("wrapped Amazon") << u"https://www-amazon-co-jp.translate.goog/ap/signin"_s << u""_s << u"impersonation"_s << u"amazon"_s << u"wrapper"_s
                                        << u""_s;
        QTest::addRow("defanged") << u"hxxps://example[.]top"_s << u""_s << u"suspicious"_s << u""_s << u"abused-tld"_s << u""_s;
        QTest::addRow("defanged with (.)") << u"example(.)top/login"_s << u""_s << u"suspicious"_s << u""_s << u"abused-tld"_s << u""_s;
        QTest::addRow("defanged .cn") << u"hxxp://evil[.]cn/login"_s << u""_s << u"suspicious"_s << u""_s << u"abused-tld"_s << u""_s;

        // --- A message that claims a brand and points elsewhere.
        QTest::addRow("Yamato SMS with a foreign link") << u"【ヤマト運輸】お荷物をお預かりしています。https://delivery-check.example.top/track"_s << u"sms"_s
                                                        << u"impersonation"_s << u"yamato"_s << u"not-official"_s << u""_s;
        QTest::addRow("sender name and a foreign address")
            << u"三井住友カード <info@secure-mail.example.com>"_s << u""_s << u"impersonation"_s << u"smbc-card"_s << u"not-official"_s << u""_s;
        QTest::addRow("Amazon sender on .top")
            << u"Amazon <account-update@amazon-security.top>\n件名: お支払い情報の更新\n24時間以内にカード情報を入力してください。"_s << u""_s
            << u"impersonation"_s << u"amazon"_s << u"secret-request"_s << u""_s;

        // --- e-Tax never sends SMS.
        QTest::addRow("e-Tax SMS") << u"【国税庁】未払いの税金があります。"_s << u"sms"_s << u"impersonation"_s << u"nta"_s << u"never-sends"_s << u""_s;
        QTest::addRow("e-Tax SMS, sender line") << u"0312345678\n国税庁です。税金の未払いがあります。https://nta-tax.example.top/pay"_s << u""_s
                                                << u"impersonation"_s << u"nta"_s << u"never-sends"_s << u""_s;

        // --- The text.
        QTest::addRow("urgency") << u"24時間以内に手続きをしてください"_s << u""_s << u"suspicious"_s << u""_s << u"urgency"_s << u""_s;
        QTest::addRow("asks for a PIN") << u"暗証番号を入力してください"_s << u""_s << u"suspicious"_s << u""_s << u"secret-request"_s << u""_s;
        QTest::addRow("English") << u"Your account will be suspended. Please verify your account within 24 hours."_s << u""_s << u"suspicious"_s << u""_s
                                 << u"secret-request"_s << u""_s;

        // --- Campaigns, with brackets and spacing changed.
        const QString wave = u"fraud-prevention-request-2025-10"_s;
        QTest::addRow("Oct 2025 subject") << u"【ご協力のお願い】不正利用防止のため速やかな対応をお願いします"_s << u""_s << u"impersonation"_s << u""_s
                                          << u"campaign"_s << wave;
        QTest::addRow("Oct 2025, other brackets") << u"[ご協力のお願い] 不正利用防止のため　速やかな対応をお願いします"_s << u""_s << u"impersonation"_s
                                                  << u""_s << u"campaign"_s << wave;
        QTest::addRow("Oct 2025, quotes") << u"「ご協力のお願い」不正利用防止のため速やかな対応を お願いします"_s << u""_s << u"impersonation"_s << u""_s
                                          << u"campaign"_s << wave;
        QTest::addRow("Oct 2025, full-width brackets")
            << u"［ご協力のお願い］不正利用防止のため速やかな対応をお願いします"_s << u""_s << u"impersonation"_s << u""_s << u"campaign"_s << wave;
        QTest::addRow("Oct 2025, as JCB") << u"差出人: JCB <info@jcb-card.example.top>\n件名: 【ご協力のお願い】不正利用防止のため速やかな対応をお願いします"_s
                                          << u""_s << u"impersonation"_s << u"jcb"_s << u"campaign"_s << wave;
        QTest::addRow("Oct 2025, as smart EX") << u"スマートEX\n【ご協力のお願い】不正利用防止のため速やかな対応をお願いします"_s << u""_s << u"impersonation"_s
                                               << u"smart-ex"_s << u"campaign"_s << wave;
        QTest::addRow("Myna Point subject") << u"件名：マイナポイント第2弾 提供に関して\nマイナポイント事務局です。https://mynapoint-jp.example.cn/"_s << u""_s
                                            << u"impersonation"_s << u"myna-portal"_s << u"campaign"_s << u"mynapoint-after-the-end-2023"_s;
        QTest::addRow("Myna Point subject alone") << u"【マイナポイント第2弾提供に関して】"_s << u""_s << u"impersonation"_s << u"myna-portal"_s
                                                  << u"campaign"_s << u"mynapoint-after-the-end-2023"_s;
        QTest::addRow("near but not the subject") << u"ご協力のお願い"_s << u""_s << u"nothing-found"_s << u""_s << u""_s << u""_s;

        // --- Long messages.
        QTest::addRow("20 KB notice") << longNotice(20 * 1024) << u""_s << u"official"_s << u"smbc-card"_s << u"official-domain"_s << u""_s;
        QTest::addRow("20 KB with a fake link at the end") << longNotice(20 * 1024) + u"\nこちらから https://smbc-card-login.com/verify"_s << u""_s
                                                           << u"impersonation"_s << u"smbc-card"_s << u"brand-in-domain"_s << u""_s;
        QTest::addRow("20 KB of prose") << QString(u"今日はいい天気です。"_s).repeated(700) << u""_s << u"nothing-found"_s << u""_s << u""_s << u""_s;
    }

    void verdicts()
    {
        QFETCH(QString, text);
        QFETCH(QString, channel);
        QFETCH(QString, verdict);
        QFETCH(QString, brand);
        QFETCH(QString, code);
        QFETCH(QString, campaign);
        CheckOptions options;
        options.channel = channel.isEmpty() ? Channel::Unknown : *channelFromKey(channel);
        options.today = Today;
        const CheckResult result = m_checker->check(text, options);
        const QString description = describe(result);
        QVERIFY2(verdictKey(result.verdict) == verdict, qPrintable(description));
        QVERIFY2((result.brand ? result.brand->id : QString()) == brand, qPrintable(description));
        QVERIFY2(code.isEmpty() || codesOf(result).contains(code), qPrintable(description));
        QVERIFY2((result.campaign ? result.campaign->id : QString()) == campaign, qPrintable(description));
        // Every reason is a sentence the user can read.
        for (const CheckItem &item : result.items) {
            QVERIFY(!item.reasons.isEmpty());
            for (const Reason &reason : item.reasons) {
                QVERIFY2(reason.text.endsWith(u'。'), qPrintable(reason.text));
            }
        }
    }

    // The forms of a host: ACE (what is compared and shown first), Unicode beside it, the registrable domain.
    void hostForms()
    {
        const CheckResult idn = m_checker->check(u"https://аmazon.co.jp/login"_s);
        QCOMPARE(idn.items.size(), 1);
        const CheckItem &item = idn.items.first();
        QCOMPARE(item.kind, ItemKind::Url);
        QCOMPARE(item.host, u"xn--mazon-3ve.co.jp"_s);
        QCOMPARE(item.unicodeHost, u"аmazon.co.jp"_s);
        QCOMPARE(item.registrableDomain, u"xn--mazon-3ve.co.jp"_s);
        const auto idnReason = std::find_if(item.reasons.cbegin(), item.reasons.cend(), [](const Reason &r) { return r.code == ReasonCode::Idn; });
        QVERIFY(idnReason != item.reasons.cend());
        QVERIFY(idnReason->text.contains(u"аmazon.co.jp"_s) && idnReason->text.contains(u"xn--mazon-3ve.co.jp"_s));
        QCOMPARE(idnReason->level, Verdict::NothingFound);
        QCOMPARE(item.reasons.first().level, Verdict::Impersonation); // most severe first

        const CheckItem official = m_checker->check(u"HTTPS://Click.Contact.VPASS.ne.jp/?qs=1"_s).items.first();
        QCOMPARE(official.host, u"click.contact.vpass.ne.jp"_s);
        QCOMPARE(official.registrableDomain, u"vpass.ne.jp"_s);
        QCOMPARE(official.unicodeHost, official.host);

        const CheckItem ip = m_checker->check(u"http://0xC000020A/"_s).items.first();
        QCOMPARE(ip.host, u"192.0.2.10"_s);
        QVERIFY(ip.registrableDomain.isEmpty());

        const CheckItem phone = m_checker->check(u"＋１ ２０２ ５５５ ０１４３"_s).items.first();
        QCOMPARE(phone.kind, ItemKind::Phone);
        QCOMPARE(phone.phone, u"+12025550143"_s);
        QVERIFY(phone.host.isEmpty());
        QCOMPARE(m_checker->check(u"マイナンバー 0120-95-0178"_s).items.first().contactId, u"mynumber-freedial"_s);
    }

    // Everything found, each once, in the order of kinds: links, mails, domains, phones.
    void itemsOfAWholeMail()
    {
        const QString mail = u"差出人: Amazon <no-reply@amazon-jp.example.top>\n"
                             "件名: お支払い方法の確認\n"
                             "https://amazon-jp.example.top/signin から確認してください。\n"
                             "https://amazon-jp.example.top/signin\n"
                             "お問い合わせ: amazon.co.jp または 0120-999-999\n"_s;
        const CheckResult result = m_checker->check(mail);
        QStringList kinds;
        for (const CheckItem &item : result.items) {
            kinds.append(itemKindKey(item.kind) % u':' % item.text);
        }
        QCOMPARE(kinds,
            (QStringList {
                u"url:https://amazon-jp.example.top/signin"_s, u"mail:no-reply@amazon-jp.example.top"_s, u"domain:amazon.co.jp"_s, u"phone:0120-999-999"_s }));
        QCOMPARE(result.verdict, Verdict::Impersonation);
        QCOMPARE(result.brand->id, u"amazon"_s);
        QCOMPARE(result.items.at(2).verdict, Verdict::Official);
    }

    // facts.md: e-Tax never sends SMS; that says nothing about a mail.
    void neverSendsNeedsAnSms()
    {
        CheckOptions sms;
        sms.channel = Channel::Sms;
        CheckOptions mail;
        mail.channel = Channel::Mail;
        const QString text = u"【国税庁】未払いの税金があります。"_s;
        QVERIFY(codesOf(m_checker->check(text, sms)).contains(u"never-sends"_s));
        QVERIFY(!codesOf(m_checker->check(text, mail)).contains(u"never-sends"_s));
        QVERIFY(!codesOf(m_checker->check(u"【ヤマト運輸】お荷物のお知らせ"_s, sms)).contains(u"never-sends"_s));
    }

    // A campaign is named until it expires, never after.
    void campaignsExpire()
    {
        const QString subject = u"【ご協力のお願い】不正利用防止のため速やかな対応をお願いします"_s;
        const phishaid::content::Campaign *wave = m_content.campaign(u"fraud-prevention-request-2025-10"_s);
        QVERIFY(wave && wave->expires.isValid());
        CheckOptions options;
        options.today = wave->expires;
        QVERIFY(m_checker->check(subject, options).campaign);
        options.today = wave->expires.addDays(1);
        const CheckResult after = m_checker->check(subject, options);
        QVERIFY(!after.campaign);
        QVERIFY(!codesOf(after).contains(u"campaign"_s));
    }

    // Every fake example the content lists is flagged as its brand's impersonation, once refanged.
    void badExamplesAreFlagged()
    {
        int count = 0;
        for (const phishaid::content::Brand &brand : std::as_const(m_content.brands)) {
            for (const QString &example : brand.badExamples) {
                const CheckResult result = m_checker->check(example);
                QVERIFY2(
                    result.verdict == Verdict::Impersonation && result.brand && result.brand->id == brand.id, qPrintable(example + u'\n' + describe(result)));
                ++count;
            }
        }
        QVERIFY(count >= 7);
    }

    // Every official domain of the content is official, for its own brand, and so is a host under it.
    void officialDomainsAreOfficial()
    {
        for (const phishaid::content::Brand &brand : std::as_const(m_content.brands)) {
            for (const phishaid::content::OfficialEntry &entry : brand.official) {
                for (const QString &domain : entry.domains) {
                    for (const QString &host : QStringList { domain, u"www."_s % domain }) {
                        const CheckResult result = m_checker->check(host);
                        QVERIFY2(result.verdict == Verdict::Official && result.brand->id == brand.id, qPrintable(host + u'\n' + describe(result)));
                    }
                }
            }
        }
    }

    void headlines()
    {
        QCOMPARE(verdictHeadline(m_checker->check(u"smbc-card-login.com"_s)), u"三井住友カードをかたる偽物の可能性が高いです"_s);
        QCOMPARE(verdictHeadline(m_checker->check(u"https://bit.ly/x"_s)), u"注意が必要です"_s);
        QCOMPARE(verdictHeadline(m_checker->check(u"https://pan-ya.jp/"_s)), u"公式の一覧にないあて先です"_s);
        QCOMPARE(verdictHeadline(m_checker->check(u"click.contact.vpass.ne.jp"_s)), u"三井住友カードの公式の一覧にあるドメインです"_s);
        QCOMPARE(verdictHeadline(m_checker->check(u"こんにちは"_s)), u"確かめられるものが見つかりませんでした"_s);
        QVERIFY(officialCaution().contains(u"公式アプリ"_s));
    }

    // The JSON of the issue: these keys, null where nothing is, name in Japanese.
    void json()
    {
        const QJsonObject object = checkResultToJson(m_checker->check(u"JCB <x@jcb.co.jp.example.top>\n0120-95-0178"_s));
        QCOMPARE(object.keys(), (QStringList { u"brand"_s, u"campaign"_s, u"items"_s, u"signals"_s, u"verdict"_s }));
        QCOMPARE(object[u"verdict"_s].toString(), u"impersonation"_s);
        QCOMPARE(object[u"brand"_s].toObject(), (QJsonObject { { u"id"_s, u"jcb"_s }, { u"name"_s, u"JCB"_s } }));
        QVERIFY(object[u"campaign"_s].isNull());
        const QJsonArray items = object[u"items"_s].toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(
            items.at(0).toObject().keys(), (QStringList { u"brand"_s, u"host"_s, u"kind"_s, u"reasons"_s, u"registrableDomain"_s, u"text"_s, u"verdict"_s }));
        QCOMPARE(items.at(0)[u"registrableDomain"_s].toString(), u"example.top"_s);
        QCOMPARE(items.at(0)[u"reasons"_s].toArray().at(0).toObject().keys(), (QStringList { u"code"_s, u"text"_s }));
        QVERIFY(items.at(1)[u"host"_s].isNull());
        QVERIFY(items.at(1)[u"registrableDomain"_s].isNull());
        QVERIFY(items.at(1)[u"brand"_s].isNull());
        QVERIFY(checkResultJson(m_checker->check(u"JCB"_s)).contains("\"verdict\": \"nothing-found\""));
    }

    // Content without a suffix list still checks (libpsl's own list); unconfirmed facts decide nothing.
    void fixtureContent()
    {
        phishaid::content::Content content;
        const QList<phishaid::content::Diagnostic> problems = phishaid::content::readAndValidate(
            { QStringLiteral(PHISHAID_SOURCE_DIR "/tests/content/fixtures/good"), QStringLiteral(PHISHAID_TEST_DATA_DIR "/fixtures/checker.yaml") }, &content);
        QVERIFY(problems.isEmpty());
        QVERIFY(content.publicSuffixList.data.isEmpty());
        const Checker checker(content);
        QVERIFY(checker.suffixListOrigin() != Checker::SuffixListOrigin::Content);
        CheckOptions options;
        options.today = QDate(2026, 12, 2);
        QCOMPARE(checker.check(u"https://www.testcard.co.jp/"_s, options).verdict, Verdict::Official);
        QCOMPARE(checker.check(u"info@mail.tc-mailer.jp"_s, options).items.first().reasons.first().code, ReasonCode::OfficialSender);
        // The unconfirmed group is on the list, but decides nothing: the domain is a lookalike by its name.
        const CheckResult unconfirmed = checker.check(u"testcard-unconfirmed.com"_s, options);
        QCOMPARE(unconfirmed.verdict, Verdict::Impersonation);
        QVERIFY(codesOf(unconfirmed).contains(u"brand-in-domain"_s));
        QCOMPARE(checker.check(u"https://testshop.jp/"_s, options).brand->id, u"shop"_s);
        QVERIFY(checker.check(u"【重要】テストカードのご利用確認のお願い"_s, options).campaign);
        options.today = QDate(2027, 4, 2);
        QVERIFY(!checker.check(u"【重要】テストカードのご利用確認のお願い"_s, options).campaign);
        QCOMPARE(checker.check(u"example.cyou"_s, options).verdict, Verdict::Suspicious);
        const CheckResult hurry = checker.check(u"URGENT: 暗証番号を入力"_s, options);
        QCOMPARE(codesOf(hurry), (QStringList { u"urgency"_s, u"secret-request"_s }));
        QCOMPARE(hurry.textSignals.first().text, u"急がせる言葉(「urgent」)があります。"_s);
    }

private:
    phishaid::content::Content m_content;
    std::unique_ptr<Checker> m_checker;
};

QTEST_GUILESS_MAIN(TestChecker)
#include "tst_checker.moc"
