// The SQLite writer and reader, and the content tool as the build runs it.
#include "sqlitereader.h"
#include "sqlitewriter.h"
#include "validator.h"
#include "yamlreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace phishaid::content;

namespace {

const QString GoodFixture = QStringLiteral(PHISHAID_TEST_DATA_DIR "/fixtures/good");
const QString BrokenFixtures = QStringLiteral(PHISHAID_TEST_DATA_DIR "/fixtures/broken");

QString describe(const LocalizedText &text)
{
    QStringList parts;
    for (auto it = text.cbegin(); it != text.cend(); ++it) {
        parts.append(it.key() % u'=' % it.value());
    }
    return parts.join(u" | "_s);
}

QString describe(const QList<Ref> &refs)
{
    QStringList ids;
    for (const Ref &ref : refs) {
        ids.append(ref.id);
    }
    return u'[' % ids.join(u", "_s) % u']';
}

QString describe(const OpeningHours &open)
{
    QStringList ranges;
    for (const OpeningRange &range : open.ranges) {
        QStringList days;
        for (const OpeningDay day : range.days) {
            days.append(openingDayKey(day));
        }
        ranges.append(days.join(u',') % u' ' % minutesKey(range.from) % u'-' % minutesKey(range.to));
    }
    return QString::number(int(open.kind)) % u" [" % ranges.join(u"; "_s) % u"] closed " % open.closed.join(u',');
}

QString describe(const Target &target)
{
    return u"question="_s % (target.question ? target.question->id : u"-"_s) % u" outcome=" % (target.outcome ? target.outcome->id : u"-"_s);
}

// Every field of the content except source locations, one per line: comparing two of these compares the
// contents field by field, and a failure shows the first field that differs.
QStringList dump(const Content &content)
{
    QStringList lines { u"version "_s % QString::number(content.version), u"start "_s % content.start.id };
    for (const Question &q : content.questions) {
        const QString prefix = u"question "_s % q.id % u' ';
        lines << prefix % questionKindKey(q.kind) << prefix % u"text " % describe(q.text) << prefix % u"help " % describe(q.help)
              << prefix % describe(q.target);
        for (const Answer &a : q.answers) {
            const QString answerPrefix = prefix % u"answer " % a.id % u' ';
            lines << answerPrefix % u"text " % describe(a.text) << answerPrefix % u"detail " % describe(a.detail)
                  << answerPrefix % u"statement " % describe(a.statement) << answerPrefix % u"actions " % describe(a.actions)
                  << answerPrefix % u"means " % a.means.join(u',') << answerPrefix % describe(a.target);
        }
    }
    for (const Outcome &o : content.outcomes) {
        lines << u"outcome "_s % o.id % u' ' % describe(o.actions);
    }
    for (const Action &a : content.actions) {
        const QString prefix = u"action "_s % a.id % u' ';
        lines << prefix % urgencyKey(a.urgency) % u' ' % actionKindKey(a.kind) % u' ' % QString::number(a.priority) % u' ' % passwordDeviceKey(a.passwords)
              << prefix % u"contradicts " % a.contradicts.join(u',') << prefix % u"title " % describe(a.title) << prefix % u"body " % describe(a.body)
              << prefix % u"contacts " % describe(a.contacts) << prefix % u"supersedes " % describe(a.supersedes);
    }
    for (const Contact &c : content.contacts) {
        const QString prefix = u"contact "_s % c.id % u' ';
        lines << prefix % contactKindKey(c.kind) % u' ' % c.value % u' ' % c.category % u' ' % confidenceKey(c.confidence)
              << prefix % u"name " % describe(c.name) << prefix % u"purpose " % describe(c.purpose) << prefix % u"prepare " % describe(c.prepare)
              << prefix % u"hours " % describe(c.hours) << prefix % u"hours-note " % describe(c.hoursNote) << prefix % u"open " % describe(c.open)
              << prefix % u"around-the-clock " % describe(c.aroundTheClock) << prefix % u"after-hours " % describe(c.afterHours)
              << prefix % u"cost " % describe(c.cost) << prefix % u"source " % c.source % u' ' % c.checked.toString(Qt::ISODate);
    }
    lines << u"holidays "_s % content.holidays.source % u' ' % content.holidays.checked.toString(Qt::ISODate);
    for (const Holiday &h : content.holidays.days) {
        lines << u"holiday "_s % h.date.toString(Qt::ISODate) % u' ' % describe(h.name);
    }
    return lines;
}

Content readGoodFixture()
{
    YamlReader reader;
    reader.read({ GoodFixture });
    return reader.content();
}

// Runs `sql` on a read-write connection of its own, removed again before returning.
bool execOn(const QString &path, const QStringList &statements)
{
    const QString name = u"tst_contentdatabase-edit"_s;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            ok = ok && query.exec(sql);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

struct ToolRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

ToolRun runTool(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PHISHAID_CONTENT_TOOL), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        return {};
    }
    return { process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError()) };
}

// The chosen answers of one plan element, as "question:answer" strings.
QStringList answersOf(const QJsonObject &plan)
{
    QStringList answers;
    for (const QJsonValue &answer : plan.value(u"answers"_s).toArray()) {
        answers.append(answer[u"questionId"_s].toString() % u':' % answer[u"answerId"_s].toString());
    }
    return answers;
}

} // namespace

class TestContentDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { QCOMPARE(QSqlDatabase::connectionNames(), QStringList()); }

    void roundTrip()
    {
        const Content source = readGoodFixture();
        const QString path = m_dir.filePath(u"good.sqlite"_s);
        QString error;
        QVERIFY2(writeContentDatabase(source, path, &error), qPrintable(error));
        QVERIFY(!QFile::exists(path + u".tmp"_s));

        const ReadResult result = readContentDatabase(path);
        QCOMPARE(result.error, ReadResult::None);
        QVERIFY(result.content);
        QCOMPARE(dump(*result.content), dump(source));
        QVERIFY(result.content->questions.at(0).where.file.isEmpty());
        QCOMPARE(validateContent(*result.content).size(), 0);

        // Writing again replaces the file.
        QVERIFY(writeContentDatabase(source, path));
        QCOMPARE(readContentDatabase(path).error, ReadResult::None);
    }

    void schemaVersionAndMeta()
    {
        const QString path = m_dir.filePath(u"meta.sqlite"_s);
        QVERIFY(writeContentDatabase(readGoodFixture(), path));
        const QString name = u"tst_contentdatabase-meta"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), SchemaVersion);
            QVERIFY(query.exec(u"SELECT value FROM meta WHERE key = 'start_question'"_s) && query.next());
            QCOMPARE(query.value(0).toString(), u"what-happened"_s);
            QVERIFY(query.exec(u"SELECT value FROM meta WHERE key = 'created_utc'"_s) && query.next());
            QVERIFY(QDateTime::fromString(query.value(0).toString(), Qt::ISODate).isValid());
            QVERIFY(query.exec(u"SELECT count(*) FROM texts WHERE locale = 'en'"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), 4);
            // An answer's statement is a text like the others.
            QVERIFY(query.exec(u"SELECT text FROM texts WHERE owner_kind = 'answer' AND answer = 'card' AND field = 'statement' AND locale = 'ja'"_s)
                && query.next());
            QCOMPARE(query.value(0).toString(), u"クレジットカードの番号を入力した"_s);
        }
        QSqlDatabase::removeDatabase(name);
    }

    // The foreign keys catch content that skipped validation, and nothing is left behind.
    void danglingReferenceIsNotWritten()
    {
        Content content = readGoodFixture();
        content.outcomes[0].actions.append(Ref { u"no-such-action"_s, {} });
        const QString path = m_dir.filePath(u"dangling.sqlite"_s);
        QVERIFY(writeBytes(path, "an old database"));
        QString error;
        QVERIFY(!writeContentDatabase(content, path, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + u".tmp"_s));
    }

    void missingFile()
    {
        const ReadResult result = readContentDatabase(m_dir.filePath(u"nothing-here.sqlite"_s));
        QCOMPARE(result.error, ReadResult::Missing);
        QVERIFY(!result.content);
        QCOMPARE(readContentDatabase(m_dir.path()).error, ReadResult::Missing);
    }

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray random(64 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(20240611);
        generator.fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / int(sizeof(quint32)));
        QTest::addRow("random bytes") << random;
        QTest::addRow("text") << QByteArray("meta:\n  version: 1\n");
        QTest::addRow("sqlite header only") << QByteArray("SQLite format 3\0", 16);

        const QString path = m_dir.filePath(u"to-truncate.sqlite"_s);
        QVERIFY(writeContentDatabase(readGoodFixture(), path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray whole = file.readAll();
        QTest::addRow("truncated to half") << whole.left(whole.size() / 2);
        QTest::addRow("truncated to 100 bytes") << whole.left(100);
        QByteArray scribbled = whole;
        for (qsizetype i = 4096; i < scribbled.size(); i += 7) {
            scribbled[i] = char(0xA5);
        }
        QTest::addRow("scribbled pages") << scribbled;
    }

    void garbage()
    {
        QFETCH(QByteArray, bytes);
        const QString path = m_dir.filePath(u"garbage.sqlite"_s);
        QVERIFY(writeBytes(path, bytes));
        const ReadResult result = readContentDatabase(path);
        QVERIFY2(result.error == ReadResult::NotADatabase || result.error == ReadResult::Malformed, qPrintable(result.detail));
        QVERIFY(!result.content);
        QVERIFY(!result.detail.isEmpty());
    }

    void tooNew()
    {
        const QString path = m_dir.filePath(u"too-new.sqlite"_s);
        QVERIFY(writeContentDatabase(readGoodFixture(), path));
        QVERIFY(execOn(path, { u"PRAGMA user_version = "_s + QString::number(SchemaVersion + 1) }));
        const ReadResult result = readContentDatabase(path);
        QCOMPARE(result.error, ReadResult::TooNew);
        QVERIFY(!result.content);
    }

    void malformed_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<bool>("fromContent"); // start from a good database, or from an empty one
        QTest::addRow("empty database") << QStringList { u"CREATE TABLE unrelated (x)"_s } << false;
        QTest::addRow("zero bytes") << QStringList {} << false;
        QTest::addRow("foreign application") << QStringList { u"PRAGMA application_id = 42"_s } << true;
        QTest::addRow("missing table") << QStringList { u"DROP TABLE texts"_s } << true;
        QTest::addRow("unknown urgency") << QStringList { u"UPDATE actions SET urgency = 'someday'"_s } << true;
        QTest::addRow("no meta") << QStringList { u"DELETE FROM meta"_s } << true;
    }

    void malformed()
    {
        QFETCH(QStringList, statements);
        QFETCH(bool, fromContent);
        const QString path = m_dir.filePath(u"malformed.sqlite"_s);
        QFile::remove(path);
        QVERIFY(fromContent ? writeContentDatabase(readGoodFixture(), path) : writeBytes(path, {}));
        QVERIFY(execOn(path, statements));
        const ReadResult result = readContentDatabase(path);
        QCOMPARE(result.error, ReadResult::Malformed);
        QVERIFY(!result.content);
    }

    void realDatabase()
    {
        const QString path = QStringLiteral(PHISHAID_CONTENT_DB);
        QVERIFY2(QFile::exists(path), "the real content database has not been built (the build makes it first)");
        const ReadResult result = readContentDatabase(path);
        QVERIFY2(result.content, qPrintable(result.detail));
        QVERIFY(!result.content->questions.isEmpty());
        QStringList problems;
        for (const Diagnostic &d : validateContent(*result.content)) {
            problems.append(d.toString());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // A resource is not a file SQLite can open: the reader copies it out, and cleans up after itself.
    void realDatabaseFromResource()
    {
        const QString resource = u":/test/content.sqlite"_s;
        QVERIFY(QFile::exists(resource));
        const ReadResult result = readContentDatabase(resource);
        QVERIFY2(result.content, qPrintable(result.detail));
        QVERIFY(!result.content->questions.isEmpty());
        QCOMPARE(readContentDatabase(u":/test/not-there.sqlite"_s).error, ReadResult::Missing);
    }

    void toolValidate()
    {
        const ToolRun broken = runTool({ u"validate"_s, BrokenFixtures + u"/unknown-question.yaml"_s });
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(
            broken.err.contains(u"unknown-question.yaml:14: Answer \"a2\" of question \"q1\" leads to unknown question \"q9\"."_s), qPrintable(broken.err));

        const ToolRun good = runTool({ u"validate"_s, GoodFixture });
        QCOMPARE(good.exitCode, 0);
        QVERIFY(good.out.startsWith("5 files OK"));
    }

    void toolCompile()
    {
        const QString output = m_dir.filePath(u"tool.sqlite"_s);
        const ToolRun good = runTool({ u"compile"_s, u"--output"_s, output, GoodFixture });
        QVERIFY2(good.exitCode == 0, qPrintable(good.err));
        QCOMPARE(readContentDatabase(output).error, ReadResult::None);

        const ToolRun broken = runTool({ u"compile"_s, u"--output"_s, output, BrokenFixtures + u"/cycle.yaml"_s });
        QCOMPARE(broken.exitCode, 1);
        QVERIFY(broken.err.contains(u"cycle.yaml:21:"_s));
        QVERIFY(!QFile::exists(output));
    }

    void toolPlans()
    {
        const ToolRun run = runTool({ u"plans"_s, u"--json"_s, GoodFixture });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isArray());

        QList<QStringList> paths;
        for (const QJsonValue &value : document.array()) {
            const QJsonObject plan = value.toObject();
            QVERIFY(plan.value(u"answers"_s).isArray());
            QVERIFY(!plan.value(u"answers"_s).toArray().isEmpty());
            QVERIFY(plan.value(u"actions"_s).isArray());
            QVERIFY(!plan.value(u"outcome"_s).toString().isEmpty());
            for (const QJsonValue &action : plan.value(u"actions"_s).toArray()) {
                QVERIFY(!action[u"title"_s].toString().isEmpty());
                QVERIFY(action[u"contacts"_s].isArray());
            }
            paths.append(answersOf(plan));
        }
        const QStringList link { u"what-happened:tapped-link"_s };
        const QList<QStringList> expected {
            { u"what-happened:opened-only"_s },
            link + QStringList { u"entered-what:card"_s },
            link + QStringList { u"entered-what:password"_s },
            link + QStringList { u"entered-what:card"_s, u"entered-what:password"_s },
        };
        QCOMPARE(paths, expected);

        // The card path: supersedes and urgency order as the app shows them, contacts as values or ids.
        const QJsonArray actions = document.array().at(1)[u"actions"_s].toArray();
        QStringList ids;
        for (const QJsonValue &action : actions) {
            ids.append(action[u"id"_s].toString());
        }
        // By urgency, then kind, then priority, then id: the two reports of later come in id order.
        QCOMPARE(ids, (QStringList { u"call-card-issuer"_s, u"keep-evidence"_s, u"consult-police"_s, u"consult-188"_s, u"report-phishing"_s }));
        QCOMPARE(actions.at(0)[u"urgency"_s].toString(), u"now"_s);
        QCOMPARE(actions.at(0)[u"contacts"_s].toArray(), QJsonArray { u"card-issuer"_s });
        QCOMPARE(actions.at(2)[u"contacts"_s].toArray(), QJsonArray { u"#9110"_s });
        QCOMPARE(actions.at(3)[u"contacts"_s].toArray(), (QJsonArray { u"188"_s, u"0120-95-0178"_s }));

        // Reviewers read the words the user read, not ids alone.
        const QJsonObject firstAnswer = document.array().at(1)[u"answers"_s].toArray().at(0).toObject();
        QCOMPARE(firstAnswer[u"questionId"_s].toString(), u"what-happened"_s);
        QCOMPARE(firstAnswer[u"question"_s].toString(), u"何がありましたか"_s);
        QCOMPARE(firstAnswer[u"answerId"_s].toString(), u"tapped-link"_s);
        QCOMPARE(firstAnswer[u"answer"_s].toString(), u"リンクを押して入力した"_s);
        QCOMPARE(actions.at(0)[u"kind"_s].toString(), u"stop-money"_s);
        const ToolRun english = runTool({ u"plans"_s, u"--json"_s, u"--locale"_s, u"en"_s, GoodFixture });
        QCOMPARE(QJsonDocument::fromJson(english.out).array().at(0)[u"answers"_s].toArray().at(0)[u"question"_s].toString(), u"What happened?"_s);

        // The same as text: one block per path, the questions and answers, then the steps by urgency.
        const ToolRun text = runTool({ u"plans"_s, u"--text"_s, GoodFixture });
        QCOMPARE(text.exitCode, 0);
        const QString block = QString::fromUtf8(text.out).split(u"\n\n"_s).at(1);
        const QStringList expectedBlock {
            u"=== Path 2 of 4 (outcome link-opened)"_s,
            u"  Q: 何がありましたか"_s,
            u"     → リンクを押して入力した"_s,
            u"  Q: 入力したものを、すべて選んでください"_s,
            u"     → クレジットカードの番号"_s,
            u"  今すぐ (now)"_s,
            u"    1. カード会社に電話する  [call-card-issuer]  ☎ card-issuer"_s,
            u"  今日中 (today)"_s,
            u"    2. メールを残しておく  [keep-evidence]"_s,
            u"    3. 警察に相談する  [consult-police]  ☎ #9110"_s,
            u"  落ち着いたら (once calm)"_s,
            u"    4. 消費者ホットラインに相談する  [consult-188]  ☎ 188, 0120-95-0178"_s,
            u"    5. 報告する  [report-phishing]  ☎ info@antiphishing.jp, https://www.antiphishing.jp/registration.html"_s,
        };
        QCOMPARE(block.split(u'\n'), expectedBlock);
        QCOMPARE(runTool({ u"plans"_s, u"--json"_s, u"--text"_s, GoodFixture }).exitCode, 2);
        QCOMPARE(runTool({ u"contacts"_s, u"--text"_s, GoodFixture }).exitCode, 2);

        // The compiled database gives the same plans as the YAML.
        const QString database = m_dir.filePath(u"plans.sqlite"_s);
        QCOMPARE(runTool({ u"compile"_s, u"--output"_s, database, GoodFixture }).exitCode, 0);
        const ToolRun fromDatabase = runTool({ u"plans"_s, u"--json"_s, u"--database"_s, database });
        QCOMPARE(fromDatabase.exitCode, 0);
        QCOMPARE(fromDatabase.out, run.out);
    }

    void toolContacts()
    {
        const ToolRun run = runTool({ u"contacts"_s, u"--json"_s, GoodFixture });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray contacts = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(contacts.size(), 6);
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &contact : contacts) {
            byId.insert(contact[u"id"_s].toString(), contact.toObject());
        }
        QCOMPARE(byId[u"police-consultation"_s][u"uri"_s].toString(), u"tel:%239110"_s);
        QCOMPARE(byId[u"police-consultation"_s][u"callable"_s].toBool(), true);
        QCOMPARE(byId[u"police-consultation"_s][u"checked"_s].toString(), u"2025-01-15"_s);
        QCOMPARE(byId[u"card-desk"_s][u"uri"_s].toString(), u"tel:0120950178"_s);
        QCOMPARE(byId[u"card-desk"_s][u"callable"_s].toBool(), false); // unconfirmed
        QCOMPARE(byId[u"antiphishing-mail"_s][u"uri"_s].toString(), u"mailto:info@antiphishing.jp"_s);
        QCOMPARE(byId[u"antiphishing-web"_s][u"uri"_s].toString(), u"https://www.antiphishing.jp/registration.html"_s);
        QVERIFY(byId[u"card-issuer"_s][u"uri"_s].isNull());
        QVERIFY(byId[u"card-issuer"_s][u"value"_s].isNull());
        QCOMPARE(byId[u"card-issuer"_s][u"callable"_s].toBool(), false);
        QCOMPARE(byId[u"card-issuer"_s][u"name"_s].toString(), u"カード会社"_s);
        QVERIFY(run.out.contains("カード会社")); // UTF-8, not \u escapes

        // Hours: the text, the note, and the structured form the app computes 受付中 from.
        const QJsonObject police = byId[u"police-consultation"_s];
        QCOMPARE(police[u"hours"_s].toString(), u"平日 8:30〜17:15"_s);
        QCOMPARE(police[u"hoursNote"_s].toString(), u"都道府県によって違います"_s);
        const QJsonArray ranges = police[u"open"_s].toArray();
        QCOMPARE(ranges.size(), 2);
        QCOMPARE(ranges.at(0)[u"days"_s].toArray(), (QJsonArray { u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s }));
        QCOMPARE(ranges.at(0)[u"from"_s].toString(), u"08:30"_s);
        QCOMPARE(ranges.at(1)[u"to"_s].toString(), u"17:15"_s);
        QCOMPARE(police[u"closed"_s].toArray().size(), 5);
        QCOMPARE(byId[u"consumer-hotline"_s][u"open"_s].toString(), u"always"_s);
        QVERIFY(byId[u"antiphishing-mail"_s][u"open"_s].isNull());
        QCOMPARE(byId[u"card-issuer"_s][u"prepare"_s].toString(), u"カード番号の下4桁"_s);
    }

    void toolUsage()
    {
        QCOMPARE(runTool({ u"frobnicate"_s, GoodFixture }).exitCode, 2);
        QCOMPARE(runTool({}).exitCode, 2);
        QCOMPARE(runTool({ u"compile"_s, GoodFixture }).exitCode, 2);
        QCOMPARE(runTool({ u"plans"_s, u"--json"_s }).exitCode, 2);
        const ToolRun help = runTool({ u"--help"_s });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("compile --output"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestContentDatabase)
#include "tst_contentdatabase.moc"
