// MailCheck, the checker as the page sees it: a verdict and findings from the real compiled content, addresses
// shown defanged, the text kept nowhere, clear() forgetting the result, new content picked up.
#include "contentstore.h"
#include "mailcheck.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using phishaid::CheckFindings;
using phishaid::ContentStore;
using phishaid::MailCheck;

class TestMailCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_store.load(QStringLiteral(PHISHAID_CONTENT_DB)), qPrintable(m_store.technicalDetail())); }

    void lookalikeLink()
    {
        MailCheck check;
        check.setStore(&m_store);
        QSignalSpy changed(&check, &MailCheck::resultChanged);
        QVERIFY(!check.hasResult());
        QVERIFY(check.verdict().isEmpty());
        check.check(u"お支払い情報を更新してください https://jcb.co.jp.example.top/login info@jcb-mail.example.top"_s);
        QCOMPARE(changed.count(), 1);
        QVERIFY(check.hasResult());
        QCOMPARE(check.verdict(), u"impersonation"_s);
        QCOMPARE(check.brandName(), u"JCB"_s);
        QVERIFY2(check.headline().contains(u"JCBをかたる偽物"_s), qPrintable(check.headline()));
        QVERIFY(check.caution().isEmpty());

        const CheckFindings *findings = check.findings();
        QVERIFY(findings->rowCount() >= 2);
        const QModelIndex link = findings->index(0);
        QCOMPARE(findings->data(link, CheckFindings::KindRole).toString(), u"url"_s);
        QCOMPARE(findings->data(link, CheckFindings::KindTextRole).toString(), u"リンク"_s);
        QCOMPARE(findings->data(link, CheckFindings::ShownRole).toString(), u"hxxps://jcb[.]co[.]jp[.]example[.]top/login"_s);
        QCOMPARE(findings->data(link, CheckFindings::VerdictRole).toString(), u"impersonation"_s);
        QVERIFY(!findings->data(link, CheckFindings::ReasonsRole).toStringList().isEmpty());
        bool mailShown = false;
        for (int row = 0; row < findings->rowCount(); ++row) {
            const QModelIndex at = findings->index(row);
            if (findings->data(at, CheckFindings::KindRole).toString() == u"mail"_s) {
                QCOMPARE(findings->data(at, CheckFindings::ShownRole).toString(), u"info@jcb-mail[.]example[.]top"_s);
                mailShown = true;
            }
        }
        QVERIFY(mailShown);
        // For the record: the address defanged, the sender as found.
        QCOMPARE(check.suspectAddress(), u"hxxps://jcb[.]co[.]jp[.]example[.]top/login"_s);
        QCOMPARE(check.suspectSender(), u"info@jcb-mail.example.top"_s);
    }

    void officialAddsTheCaution()
    {
        MailCheck check;
        check.setStore(&m_store);
        check.check(u"https://www.amazon.co.jp/gp/css/order-history"_s);
        QCOMPARE(check.verdict(), u"official"_s);
        QVERIFY(!check.caution().isEmpty());
        QVERIFY(check.suspectAddress().isEmpty()); // an official address is not a suspect
    }

    void internationalNameShowsItsAceForm()
    {
        MailCheck check;
        check.setStore(&m_store);
        check.check(u"https://аmazon.co.jp/"_s); // Cyrillic а
        QCOMPARE(check.verdict(), u"impersonation"_s);
        const QString ace = check.findings()->data(check.findings()->index(0), CheckFindings::AceRole).toString();
        QVERIFY2(ace.startsWith(u"xn--"_s), qPrintable(ace));
    }

    void clearForgetsEverything()
    {
        MailCheck check;
        check.setStore(&m_store);
        check.check(u"【ご協力のお願い】不正利用防止のため速やかな対応をお願いします"_s);
        QVERIFY(!check.signalTexts().isEmpty());
        QSignalSpy changed(&check, &MailCheck::resultChanged);
        check.clear();
        QCOMPARE(changed.count(), 1);
        QVERIFY(!check.hasResult());
        QVERIFY(check.verdict().isEmpty() && check.headline().isEmpty() && check.signalTexts().isEmpty());
        QCOMPARE(check.findings()->rowCount(), 0);
        check.clear(); // nothing left to forget: no signal
        QCOMPARE(changed.count(), 1);
    }

    void withoutContentFindsNothing()
    {
        MailCheck check;
        check.check(u"https://jcb.co.jp.example.top/login"_s);
        QVERIFY(check.hasResult());
        QCOMPARE(check.verdict(), u"nothing-found"_s);
        QCOMPARE(check.findings()->rowCount(), 0);
    }

    // New content (an update, or none) is picked up at the next check.
    void newContentIsUsed()
    {
        ContentStore store(nullptr);
        QVERIFY(store.load(QStringLiteral(PHISHAID_CONTENT_DB)));
        MailCheck check;
        check.setStore(&store);
        check.check(u"jcb.co.jp.example.top"_s);
        QCOMPARE(check.verdict(), u"impersonation"_s);
        QVERIFY(!store.load(u"/nonexistent/content.sqlite"_s));
        check.check(u"jcb.co.jp.example.top"_s);
        QCOMPARE(check.verdict(), u"nothing-found"_s);
        QVERIFY(store.load(QStringLiteral(PHISHAID_CONTENT_DB)));
        check.check(u"jcb.co.jp.example.top"_s);
        QCOMPARE(check.verdict(), u"impersonation"_s);
    }

private:
    ContentStore m_store { nullptr };
};

QTEST_GUILESS_MAIN(TestMailCheck)
#include "tst_mailcheck.moc"
