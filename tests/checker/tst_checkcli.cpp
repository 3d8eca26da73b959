// `phishaid-content check --json`: the text on standard input, the JSON of the issue on standard output, exit 0;
// from YAML sources and from the compiled database alike.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Content = QStringLiteral(PHISHAID_SOURCE_DIR "/content");
const QString Database = QStringLiteral(PHISHAID_CONTENT_DB);

struct Run
{
    int exitCode = -1;
    QJsonObject json;
    QByteArray out;
    QString err;
};

Run check(const QStringList &arguments, const QString &text)
{
    QProcess process;
    process.start(QStringLiteral(PHISHAID_CONTENT_TOOL), QStringList { u"check"_s } + arguments);
    if (!process.waitForStarted(30000)) {
        return {};
    }
    process.write(text.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        return {};
    }
    Run run { process.exitCode(), {}, process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError()) };
    run.json = QJsonDocument::fromJson(run.out).object();
    return run;
}

} // namespace

class TestCheckCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void verdicts_data()
    {
        QTest::addColumn<QStringList>("source");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("brand");
        const QStringList yaml { u"--json"_s, Content };
        const QStringList database { u"--json"_s, u"--database"_s, Database };
        for (const auto &[name, source] : { std::pair { "yaml", yaml }, std::pair { "database", database } }) {
            QTest::addRow("%s: lookalike", name) << source << u"https://smbc-card-login.com/verify"_s << u"impersonation"_s << u"smbc-card"_s;
            QTest::addRow("%s: official", name) << source << u"click.contact.vpass.ne.jp"_s << u"official"_s << u"smbc-card"_s;
            QTest::addRow("%s: plain", name) << source << u"明日は雨です。"_s << u"nothing-found"_s << u""_s;
            QTest::addRow("%s: campaign", name) << source << u"【ご協力のお願い】不正利用防止のため速やかな対応をお願いします"_s << u"impersonation"_s << u""_s;
        }
    }

    void verdicts()
    {
        QFETCH(QStringList, source);
        QFETCH(QString, text);
        QFETCH(QString, verdict);
        QFETCH(QString, brand);
        const Run run = check(source, text);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json[u"verdict"_s].toString(), verdict);
        QCOMPARE(run.json[u"brand"_s].isNull() ? QString() : run.json[u"brand"_s][u"id"_s].toString(), brand);
    }

    // The whole shape, as the issue gives it.
    void shape()
    {
        const Run run = check({ u"--json"_s, u"--database"_s, Database },
            u"件名：【ご協力のお願い】不正利用防止のため速やかな対応をお願いします\n差出人：JCB <info@jcb.co.jp.example.top>\n"_s);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("JCB")); // UTF-8 text, not \u escapes
        QCOMPARE(run.json.keys(), (QStringList { u"brand"_s, u"campaign"_s, u"items"_s, u"signals"_s, u"verdict"_s }));
        QCOMPARE(run.json[u"brand"_s].toObject(), (QJsonObject { { u"id"_s, u"jcb"_s }, { u"name"_s, u"JCB"_s } }));
        const QJsonObject campaign = run.json[u"campaign"_s].toObject();
        QCOMPARE(campaign.keys(), (QStringList { u"firstSeen"_s, u"id"_s, u"source"_s, u"subject"_s }));
        QCOMPARE(campaign[u"firstSeen"_s].toString(), u"2025-10-15"_s);
        const QJsonObject item = run.json[u"items"_s].toArray().first().toObject();
        QCOMPARE(item[u"kind"_s].toString(), u"mail"_s);
        QCOMPARE(item[u"host"_s].toString(), u"jcb.co.jp.example.top"_s);
        QCOMPARE(item[u"registrableDomain"_s].toString(), u"example.top"_s);
        QCOMPARE(item[u"verdict"_s].toString(), u"impersonation"_s);
        QCOMPARE(item[u"brand"_s][u"name"_s].toString(), u"JCB"_s);
        QVERIFY(!item[u"reasons"_s].toArray().first()[u"text"_s].toString().isEmpty());
        QCOMPARE(run.json[u"signals"_s].toArray().first()[u"code"_s].toString(), u"campaign"_s);
    }

    void channel()
    {
        const QString sms = u"【国税庁】未払いの税金があります。"_s;
        const QStringList database { u"--json"_s, u"--database"_s, Database };
        QCOMPARE(check(database + QStringList { u"--channel"_s, u"sms"_s }, sms).json[u"verdict"_s].toString(), u"impersonation"_s);
        QCOMPARE(check(database + QStringList { u"--channel"_s, u"mail"_s }, sms).json[u"verdict"_s].toString(), u"nothing-found"_s);
    }

    void usage()
    {
        QCOMPARE(check({ Content }, u"x"_s).exitCode, 2); // no --json
        QCOMPARE(check({ u"--json"_s, u"--channel"_s, u"fax"_s, Content }, u"x"_s).exitCode, 2);
        QCOMPARE(check({ u"--json"_s }, u"x"_s).exitCode, 2); // no content
        QCOMPARE(check({ u"--json"_s, u"--public-suffix-list"_s, Content + u"/00-meta.yaml"_s, Content }, u"x"_s).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCheckCli)
#include "tst_checkcli.moc"
