// The checker's content: brands, campaigns, abused TLDs, link hiders, phrases and the Public Suffix List, as the
// YAML reader reads them, the validator judges them (file:line), and the database stores and gives them back.
#include "checkercontent.h"
#include "publicsuffixfile.h"
#include "sqlitereader.h"
#include "sqlitewriter.h"
#include "validator.h"
#include "yamlreader.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace phishaid::content;

namespace {

const QString ContentFixture = QStringLiteral(PHISHAID_SOURCE_DIR "/tests/content/fixtures/good");
const QString CheckerFixture = QStringLiteral(PHISHAID_TEST_DATA_DIR "/fixtures/checker.yaml");
const QString BrokenFixtures = QStringLiteral(PHISHAID_TEST_DATA_DIR "/fixtures/broken");
const QString DebianSuffixList = u"/usr/share/publicsuffix/public_suffix_list.dat"_s;

QStringList describe(const QList<Diagnostic> &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics) {
        lines.append(d.where.file.isEmpty() ? d.message : QFileInfo(d.where.file).fileName() % u':' % QString::number(d.where.line) % u": " % d.message);
    }
    return lines;
}

QString text(const LocalizedText &localizedText)
{
    QStringList parts;
    for (auto it = localizedText.cbegin(); it != localizedText.cend(); ++it) {
        parts.append(it.key() % u'=' % it.value());
    }
    return parts.join(u'|');
}

QString date(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

// Every field of the checker's sections but source locations, one per line (compare two contents field by field).
QStringList dump(const Content &content)
{
    QStringList lines;
    for (const Brand &b : content.brands) {
        const QString prefix = u"brand "_s % b.id % u' ';
        QStringList never;
        for (const Channel channel : b.neverSends) {
            never.append(channelKey(channel));
        }
        lines << prefix % text(b.name) << prefix % u"keywords " % b.keywords.join(u',') << prefix % u"never " % never.join(u',')
              << prefix % u"note " % text(b.note) << prefix % u"bad " % b.badExamples.join(u',');
        for (const OfficialEntry &e : b.official) {
            lines << prefix % u"official " % e.domains.join(u',') % u' ' % e.senders.join(u',') % u' ' % e.source % u' ' % date(e.checked) % u' '
                    % confidenceKey(e.confidence);
        }
    }
    for (const Campaign &c : content.campaigns) {
        QStringList brands;
        for (const Ref &ref : c.brands) {
            brands.append(ref.id);
        }
        lines << u"campaign "_s % c.id % u' ' % brands.join(u',') % u' ' % c.subjects.join(u'/') % u' ' % channelKey(c.channel) % u' ' % date(c.firstSeen)
                % u' ' % date(c.warned) % u' ' % text(c.warnedBy) % u' ' % c.source % u' ' % date(c.checked) % u' ' % confidenceKey(c.confidence) % u' '
                % date(c.expires);
    }
    for (const AbusedTld &t : content.abusedTlds) {
        lines << u"tld "_s % t.tld % u' ' % t.source % u' ' % date(t.checked) % u' ' % confidenceKey(t.confidence);
    }
    for (const LinkHider &h : content.linkHiders) {
        lines << u"hider "_s % h.domain % u' ' % linkHiderKindKey(h.kind) % u' ' % h.source % u' ' % date(h.checked);
    }
    for (const PhraseList &p : content.phrases) {
        lines << u"phrases "_s % p.id % u' ' % phraseKindKey(p.kind) % u' ' % text(p.reason);
        for (auto it = p.words.cbegin(); it != p.words.cend(); ++it) {
            lines << u"phrases "_s % p.id % u' ' % it.key() % u' ' % it.value().join(u',');
        }
    }
    lines << u"suffix list "_s % QString::number(content.publicSuffixList.data.size()) % u' ' % content.publicSuffixList.source % u' '
            % date(content.publicSuffixList.updated);
    return lines;
}

Content readGood()
{
    Content content;
    const QStringList problems = describe(readAndValidate({ ContentFixture, CheckerFixture }, &content));
    if (!problems.isEmpty()) {
        qWarning() << problems;
    }
    return content;
}

bool execOn(const QString &path, const QString &sql)
{
    const QString name = u"tst_checkercontent-edit"_s;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QSqlQuery query(db);
        ok = db.open() && query.exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestCheckerContent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void goodFixtureIsValid() { QCOMPARE(describe(readAndValidate({ ContentFixture, CheckerFixture })), QStringList()); }

    void goodFixtureIsReadFaithfully()
    {
        const Content content = readGood();
        QCOMPARE(content.brands.size(), 2);
        const Brand *card = content.brand(u"card-co"_s);
        QVERIFY(card);
        QCOMPARE(card->where.line, 3);
        QCOMPARE(card->name.value(u"en"_s), u"Test Card"_s);
        QCOMPARE(card->keywords, (QStringList { u"testcard"_s, u"tcard"_s, u"テストカード"_s }));
        QCOMPARE(card->official.size(), 2);
        QCOMPARE(card->official.at(0).domains, (QStringList { u"testcard.co.jp"_s, u"mail.tc-mailer.jp"_s }));
        QCOMPARE(card->official.at(0).senders, QStringList { u"info@mail.tc-mailer.jp"_s });
        QCOMPARE(card->official.at(0).checked, QDate(2026, 11, 20));
        QCOMPARE(card->official.at(0).where.line, 7);
        QCOMPARE(card->official.at(1).confidence, Confidence::Unconfirmed);
        QCOMPARE(card->neverSends, QList<Channel> { Channel::Sms });
        QCOMPARE(localized(card->note), u"本物のメールには、お客さまの名前が入っています。"_s);
        QCOMPARE(card->badExamples, QStringList { u"testcard-login[.]com"_s });

        QCOMPARE(content.campaigns.size(), 1);
        const Campaign &wave = content.campaigns.first();
        QCOMPARE(wave.brands.first().id, u"card-co"_s);
        QCOMPARE(wave.subjects, QStringList { u"【重要】テストカードのご利用確認のお願い"_s });
        QCOMPARE(wave.channel, Channel::Sms);
        QCOMPARE(wave.firstSeen, QDate(2026, 10, 1));
        QCOMPARE(wave.warned, QDate(2026, 10, 3));
        QCOMPARE(localized(wave.warnedBy), u"テスト協議会"_s);
        QCOMPARE(wave.expires, QDate(2027, 4, 1));

        // A group of TLDs or link hiders becomes one entry each, with the group's source and the entry's own line.
        QCOMPARE(content.abusedTlds.size(), 2);
        QCOMPARE(content.abusedTlds.at(1).tld, u"cyou"_s);
        QCOMPARE(content.abusedTlds.at(1).source, u"https://www.antiphishing.jp/report/monthly/202507.html"_s);
        QCOMPARE(content.abusedTlds.at(1).where.line, 42);
        QCOMPARE(content.linkHiders.size(), 3);
        QCOMPARE(content.linkHiders.at(2).kind, LinkHiderKind::Wrapper);
        QVERIFY(content.linkHiders.at(0).source.isEmpty());

        QCOMPARE(content.phrases.size(), 2);
        QCOMPARE(content.phrases.at(0).words.value(u"en"_s), QStringList { u"urgent"_s });
        QCOMPARE(content.phrases.at(1).kind, PhraseKind::SecretRequest);
    }

    void brokenFixture_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        // clang-format off
        QTest::addRow("official without source") << u"official-without-source.yaml"_s << QStringList {
            u"official-without-source.yaml:6: An official group of brand \"card-co\" has no source."_s };
        QTest::addRow("duplicate domain") << u"duplicate-domain.yaml"_s << QStringList {
            u"duplicate-domain.yaml:14: Domain \"mail.testcard.co.jp\" of brand \"other-card\" overlaps \"testcard.co.jp\" under brand \"card-co\" at duplicate-domain.yaml:6; a domain belongs to one brand."_s,
            u"duplicate-domain.yaml:18: Domain \"testcard.co.jp\" of brand \"other-card\" is also listed under brand \"card-co\" at duplicate-domain.yaml:6; a domain belongs to one brand."_s };
        QTest::addRow("undefanged example") << u"undefanged-example.yaml"_s << QStringList {
            u"undefanged-example.yaml:2: Brand \"card-co\" has bad example \"testcard-login.com\", which is not defanged; write every dot as [.] and no http(s)://, like smbc-card-login[.]com."_s,
            u"undefanged-example.yaml:2: Brand \"card-co\" has bad example \"https://testcard-login[.]com\", which is not defanged; write every dot as [.] and no http(s)://, like smbc-card-login[.]com."_s,
            u"undefanged-example.yaml:2: Brand \"card-co\" has bad example \"testcard[.]co.jp[.]example\", which is not defanged; write every dot as [.] and no http(s)://, like smbc-card-login[.]com."_s };
        QTest::addRow("brand shape") << u"brand-shape.yaml"_s << QStringList {
            u"brand-shape.yaml:2: Brand \"card-co\" has no English (en) name."_s,
            u"brand-shape.yaml:2: Brand \"card-co\" has keyword \"TestCard\"; write ASCII keywords in lower case."_s,
            u"brand-shape.yaml:2: Brand \"card-co\" has keyword \"x\", which is too short to name it."_s,
            u"brand-shape.yaml:6: An official group of brand \"card-co\" has domain \"TestCard.co.jp\", which is not a lower-case domain name (write international names in ACE, xn--…)."_s,
            u"brand-shape.yaml:6: An official group of brand \"card-co\" has domain \"not a domain\", which is not a lower-case domain name (write international names in ACE, xn--…)."_s,
            u"brand-shape.yaml:6: An official group of brand \"card-co\" has sender \"not-an-address\", which is not a lower-case mail address."_s,
            u"brand-shape.yaml:6: An official group of brand \"card-co\" has source \"https://www.testcard.co.jp/\", a site's home page; cite the page that states the fact."_s,
            u"brand-shape.yaml:11: Brand \"empty\" has no keywords; give the words that name it, like [jcb, JCBカード]."_s,
            u"brand-shape.yaml:11: Brand \"empty\" has no official domains."_s };
        QTest::addRow("campaign problems") << u"campaign-problems.yaml"_s << QStringList {
            u"campaign-problems.yaml:11: Campaign \"wave\" has subject \"【重要】\", too short to match safely (at least 8 characters besides brackets and spaces)."_s,
            u"campaign-problems.yaml:11: Campaign \"wave\" has no warned date."_s,
            u"campaign-problems.yaml:11: Campaign \"wave\" does not say who warned (warned-by, in Japanese)."_s,
            u"campaign-problems.yaml:11: Campaign \"wave\" expires before it was first seen."_s,
            u"campaign-problems.yaml:11: Campaign \"wave\" has no checked date."_s,
            u"campaign-problems.yaml:12: Campaign \"wave\" names unknown brand \"nobody\"."_s };
        QTest::addRow("lists problems") << u"lists-problems.yaml"_s << QStringList {
            u"lists-problems.yaml:11: Abused TLD \"top\" has no source."_s,
            u"lists-problems.yaml:11: Abused TLD \"top\" has no checked date."_s,
            u"lists-problems.yaml:11: Abused TLD \".cn\" is not a top-level domain in lower case, without its dot (top, cn)."_s,
            u"lists-problems.yaml:11: Abused TLD \".cn\" has no source."_s,
            u"lists-problems.yaml:11: Abused TLD \".cn\" has no checked date."_s,
            u"lists-problems.yaml:15: Link hider \"testcard.co.jp\" is an official domain of brand \"card-co\" at lists-problems.yaml:6."_s,
            u"lists-problems.yaml:15: Link hider \"bit.ly\" is listed twice; the first is at lists-problems.yaml:15."_s,
            u"lists-problems.yaml:17: Link hider \"translate.goog\" has source \"https://www.antiphishing.jp/\", a site's home page; cite the page that states the fact."_s,
            u"lists-problems.yaml:17: Link hider \"translate.goog\" has no checked date."_s,
            u"lists-problems.yaml:20: Phrase list \"hurry\" has no Japanese (ja) reason."_s,
            u"lists-problems.yaml:20: Phrase list \"hurry\" has word \"至\", too short to match safely."_s };
        // Shape problems are the reader's: they are reported alone, before any rule is checked.
        QTest::addRow("reader problems") << u"reader-problems.yaml"_s << QStringList {
            u"reader-problems.yaml:4: The keywords of brand \"card-co\" must be a list, like [first, second]."_s,
            u"reader-problems.yaml:9: An official group of brand \"card-co\" has unknown confidence \"sure\"; expected high, medium or unconfirmed."_s,
            u"reader-problems.yaml:10: Brand \"card-co\" has unknown channel \"fax\" in never-sends; expected mail or sms."_s,
            u"reader-problems.yaml:11: Brand \"card-co\" has unknown field \"colour\"."_s,
            u"reader-problems.yaml:16: Campaign \"wave\" has unknown channel \"fax\"; expected mail or sms."_s,
            u"reader-problems.yaml:18: A group of link hiders has unknown kind \"redirector\"; expected shortener or wrapper."_s,
            u"reader-problems.yaml:21: A group of abused TLDs needs tlds, like [top, cn]."_s,
            u"reader-problems.yaml:24: Phrase list \"hurry\" has unknown kind \"hurry\"; expected urgency or secret-request."_s,
            u"reader-problems.yaml:26: The words of phrase list \"hurry\" must be a map of locale to a list of words, like {ja: [至急], en: [urgent]}."_s };
        // clang-format on
    }

    // Each broken fixture is read with the good content around it, and yields exactly these diagnostics.
    void brokenFixture()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(readAndValidate({ ContentFixture, BrokenFixtures + u'/' + file })), expected);
    }

    void definitions()
    {
        QVERIFY(isDefanged(u"smbc-card-login[.]com"_s));
        QVERIFY(isDefanged(u"hxxps://example[.]top/login"_s));
        QVERIFY(!isDefanged(u"smbc-card-login.com"_s));
        QVERIFY(!isDefanged(u"https://example[.]top"_s));
        QVERIFY(!isDefanged(u"example[.]co.jp"_s));
        QVERIFY(!isDefanged(u"example。top"_s));
        QVERIFY(isContentDomain(u"vpass.ne.jp"_s));
        QVERIFY(isContentDomain(u"xn--wgv71a119e.jp"_s));
        QVERIFY(!isContentDomain(u"日本語.jp"_s));
        QVERIFY(!isContentDomain(u"jp"_s));
        QVERIFY(!isContentDomain(u"-bad.jp"_s));
        QVERIFY(!isContentDomain(u"Amazon.co.jp"_s));
    }

    void publicSuffixFile()
    {
        // scripts/install-deps.sh installs it: a missing list fails rather than skips.
        QVERIFY2(QFileInfo::exists(DebianSuffixList), "Debian's publicsuffix package is not installed");
        Content content;
        QString error;
        QVERIFY2(readPublicSuffixFile(DebianSuffixList, &content, &error), qPrintable(error));
        QVERIFY(content.publicSuffixList.data.size() > 100 * 1024);
        QVERIFY(looksLikePublicSuffixList(content.publicSuffixList.data));
        QCOMPARE(content.publicSuffixList.source, u"public_suffix_list.dat (publicsuffix.org)"_s);
        QVERIFY(content.publicSuffixList.updated.isValid());

        Content other;
        QVERIFY(!readPublicSuffixFile(CheckerFixture, &other, &error));
        QVERIFY(error.contains(u"not a Public Suffix List"_s));
        QVERIFY(other.publicSuffixList.data.isEmpty());
        QVERIFY(!readPublicSuffixFile(m_dir.filePath(u"missing.dat"_s), &other, &error));

        // The validator refuses a list that is not one, whoever put it there.
        Content broken = readGood();
        broken.publicSuffixList.data = "// not the list\ncom\n";
        QCOMPARE(describe(validateContent(broken)),
            QStringList { u"00-meta.yaml:3: The Public Suffix List carried with the content is not one: it lacks the ICANN section of publicsuffix.org."_s });
    }

    // What the checker needs comes back from the database as it went in, the suffix list byte for byte.
    void roundTrip()
    {
        Content source = readGood();
        QString error;
        if (QFileInfo::exists(DebianSuffixList)) {
            QVERIFY2(readPublicSuffixFile(DebianSuffixList, &source, &error), qPrintable(error));
        } else {
            source.publicSuffixList = { "// ===BEGIN ICANN DOMAINS===\njp\n// ===END ICANN DOMAINS===\n", u"test"_s, QDate(2026, 1, 2) };
        }
        const QString path = m_dir.filePath(u"checker.sqlite"_s);
        QVERIFY2(writeContentDatabase(source, path, &error), qPrintable(error));
        const ReadResult result = readContentDatabase(path);
        QVERIFY2(result.content, qPrintable(result.detail));
        QCOMPARE(dump(*result.content), dump(source));
        QCOMPARE(result.content->publicSuffixList.data, source.publicSuffixList.data);
        QCOMPARE(describe(validateContent(*result.content)), QStringList());

        // Without a list the table is empty, and the content reads back without one.
        Content without = readGood();
        QVERIFY(writeContentDatabase(without, path));
        QVERIFY(readContentDatabase(path).content->publicSuffixList.data.isEmpty());
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addRow("no suffix list table") << u"DROP TABLE public_suffix_list"_s;
        QTest::addRow("no brands table") << u"DROP TABLE brands"_s;
        QTest::addRow("unknown confidence") << u"UPDATE brand_official SET confidence = 'sure'"_s;
        QTest::addRow("bad campaign date") << u"UPDATE campaigns SET expires = 'soon'"_s;
        QTest::addRow("unknown link hider kind") << u"UPDATE link_hiders SET kind = 'redirector'"_s;
    }

    void malformed()
    {
        QFETCH(QString, sql);
        const QString path = m_dir.filePath(u"malformed.sqlite"_s);
        QVERIFY(writeContentDatabase(readGood(), path));
        QVERIFY(execOn(path, sql));
        QCOMPARE(readContentDatabase(path).error, ReadResult::Malformed);
    }

    // One domain, one brand: the database refuses a second brand for a domain even when validation was skipped.
    void databaseRefusesDomainTwice()
    {
        Content content = readGood();
        content.brands[1].official[0].domains.append(u"testcard.co.jp"_s);
        QString error;
        QVERIFY(!writeContentDatabase(content, m_dir.filePath(u"twice.sqlite"_s), &error));
        QVERIFY2(error.contains(u"UNIQUE"_s), qPrintable(error));
    }

    // The shipped content: facts.md's brands (JA Bank left out until sourced), each sourced; the two campaigns of
    // the origin articles; the TLDs and link hiders the reports name.
    void shippedContent()
    {
        Content content;
        QCOMPARE(describe(readAndValidate({ QStringLiteral(PHISHAID_SOURCE_DIR "/content") }, &content)), QStringList());
        QVERIFY2(content.brands.size() >= 15, qPrintable(QString::number(content.brands.size())));
        for (const Brand &brand : std::as_const(content.brands)) {
            QVERIFY2(!brand.name.value(u"ja"_s).isEmpty() && !brand.name.value(u"en"_s).isEmpty(), qPrintable(brand.id));
            QVERIFY2(!brand.name.value(u"ja"_s).contains(u"JA"_s) && brand.id != u"ja-bank", qPrintable(brand.id));
            QVERIFY2(std::any_of(brand.official.cbegin(), brand.official.cend(), [](const OfficialEntry &entry) { return decides(entry.confidence); }),
                qPrintable(brand.id));
        }
        QVERIFY(content.brand(u"smbc-card"_s)->official.first().domains.contains(u"vpass.ne.jp"_s));
        QCOMPARE(content.brand(u"nta"_s)->neverSends, QList<Channel> { Channel::Sms });
        const Campaign *wave = content.campaign(u"fraud-prevention-request-2025-10"_s);
        QVERIFY(wave);
        QCOMPARE(wave->subjects, QStringList { u"【ご協力のお願い】不正利用防止のため速やかな対応をお願いします"_s });
        QCOMPARE(wave->warned, QDate(2025, 10, 17));
        QVERIFY(content.campaign(u"mynapoint-after-the-end-2023"_s));
        QStringList tlds;
        for (const AbusedTld &tld : std::as_const(content.abusedTlds)) {
            tlds.append(tld.tld);
        }
        QCOMPARE(tlds, (QStringList { u"top"_s, u"cn"_s }));
    }

    void cleanup() { QCOMPARE(QSqlDatabase::connectionNames(), QStringList()); }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCheckerContent)
#include "tst_checkercontent.moc"
