// The decision tree on a small hand-built content: where answers lead, plan order, dedup, supersedes, paths.
#include "decisiontree.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace phishaid::content;

namespace {
QList<Ref> refs(const QStringList &ids)
{
    QList<Ref> list;
    for (const QString &id : ids) {
        list.append(Ref { id, {} });
    }
    return list;
}

Target toQuestion(const QString &id)
{
    Target t;
    t.question = Ref { id, {} };
    return t;
}

Target toOutcome(const QString &id)
{
    Target t;
    t.outcome = Ref { id, {} };
    return t;
}

Answer answer(const QString &id, const QStringList &actions, const Target &target = {})
{
    Answer a;
    a.id = id;
    a.text = { { u"ja"_s, id } };
    a.actions = refs(actions);
    a.target = target;
    return a;
}

Action action(const QString &id, Urgency urgency, const QStringList &supersedes = {})
{
    Action a;
    a.id = id;
    a.urgency = urgency;
    a.title = { { u"ja"_s, id } };
    a.body = { { u"ja"_s, id } };
    a.supersedes = refs(supersedes);
    return a;
}

QStringList ids(const QList<const Action *> &actions)
{
    QStringList list;
    for (const Action *a : actions) {
        list.append(a->id);
    }
    return list;
}

// start (single): read -> outcome "calm"; link -> what (multiple: a, b -> outcome "act")
Content sample()
{
    Content c;
    c.version = 1;
    c.start = Ref { u"start"_s, {} };
    Question start;
    start.id = u"start"_s;
    start.answers = { answer(u"read"_s, { u"relax"_s }, toOutcome(u"calm"_s)), answer(u"link"_s, { u"close"_s }, toQuestion(u"what"_s)) };
    Question what;
    what.id = u"what"_s;
    what.kind = QuestionKind::Multiple;
    what.answers = { answer(u"a"_s, { u"call-a"_s, u"report"_s, u"keep"_s }), answer(u"b"_s, { u"call-b"_s, u"report"_s, u"keep"_s }) };
    what.target = toOutcome(u"act"_s);
    c.questions = { start, what };
    c.outcomes = { Outcome { u"calm"_s, refs({ u"report"_s, u"delete"_s }), {} }, Outcome { u"act"_s, refs({ u"report"_s, u"delete"_s }), {} } };
    c.actions = {
        action(u"report"_s, Urgency::Later),
        action(u"close"_s, Urgency::Now),
        action(u"call-a"_s, Urgency::Now),
        action(u"call-b"_s, Urgency::Now),
        action(u"keep"_s, Urgency::Today, { u"delete"_s }),
        action(u"delete"_s, Urgency::Later),
        action(u"relax"_s, Urgency::Now),
    };
    return c;
}
} // namespace

class TestDecisionTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void next()
    {
        const Content c = sample();
        const DecisionTree tree(c);
        const Question &start = *c.question(u"start"_s);
        QCOMPARE(tree.next(start, { u"read"_s }).outcome->id, u"calm"_s);
        QCOMPARE(tree.next(start, { u"link"_s }).question->id, u"what"_s);
        QVERIFY(!tree.next(start, {}).isSet());
        QVERIFY(!tree.next(start, { u"nope"_s }).isSet());
        QVERIFY(!tree.next(start, { u"read"_s, u"link"_s }).isSet()); // single choice takes one
        const Question &what = *c.question(u"what"_s);
        QCOMPARE(tree.next(what, { u"a"_s, u"b"_s }).outcome->id, u"act"_s);
        QVERIFY(!tree.next(what, { u"a"_s, u"a"_s }).isSet());
        QVERIFY(!tree.next(what, {}).isSet());
    }

    void planIsOrderedByUrgencyThenContentOrder()
    {
        const Content c = sample();
        const DecisionTree tree(c);
        const Path path { { Step { u"start"_s, { u"link"_s } }, Step { u"what"_s, { u"a"_s, u"b"_s } } }, u"act"_s };
        // close, call-a, call-b (now, content order) / keep (today) / report (later); "report" once although
        // three places ask for it; "delete" superseded by "keep".
        QCOMPARE(ids(tree.plan(path)), (QStringList { u"close"_s, u"call-a"_s, u"call-b"_s, u"keep"_s, u"report"_s }));
    }

    void planWithoutSupersedingActionKeepsTheOther()
    {
        const Content c = sample();
        const DecisionTree tree(c);
        const Path path { { Step { u"start"_s, { u"read"_s } } }, u"calm"_s };
        QCOMPARE(ids(tree.plan(path)), (QStringList { u"relax"_s, u"report"_s, u"delete"_s }));
    }

    void allPathsListEachChoiceAloneAndAllTogether()
    {
        const Content c = sample();
        const DecisionTree tree(c);
        const QList<Path> paths = tree.allPaths();
        QCOMPARE(paths.size(), 4);
        QCOMPARE(paths.at(0).steps.size(), 1);
        QCOMPARE(paths.at(0).outcome, u"calm"_s);
        QCOMPARE(paths.at(1).steps.at(1).answers, QStringList { u"a"_s });
        QCOMPARE(paths.at(2).steps.at(1).answers, QStringList { u"b"_s });
        QCOMPARE(paths.at(3).steps.at(1).answers, (QStringList { u"a"_s, u"b"_s }));
        for (const Path &p : paths) {
            QVERIFY(!tree.plan(p).isEmpty());
        }
    }

    void remainingQuestions()
    {
        const Content c = sample();
        const DecisionTree tree(c);
        QCOMPARE(tree.remainingQuestions(u"start"_s), 2);
        QCOMPARE(tree.remainingQuestions(u"what"_s), 1);
        QCOMPARE(tree.remainingQuestions(u"unknown"_s), 0);
    }

    void emptyContentHasNoPaths()
    {
        const Content c;
        const DecisionTree tree(c);
        QVERIFY(tree.allPaths().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDecisionTree)
#include "tst_decisiontree.moc"
