// The decision tree on a small hand-built content: where answers lead, plan order by rule (urgency, kind,
// priority, id; never file order), at most three 今すぐ steps, dedup, supersedes, facts, paths.
#include "decisiontree.h"

#include <QTest>
#include <algorithm>

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

Action action(const QString &id, Urgency urgency, ActionKind kind, int priority = DefaultPriority, const QStringList &supersedes = {})
{
    Action a;
    a.id = id;
    a.urgency = urgency;
    a.kind = kind;
    a.priority = priority;
    a.title = { { u"ja"_s, id } };
    a.body = { { u"ja"_s, id } };
    a.supersedes = refs(supersedes);
    return a;
}

QStringList ids(const QList<PlanStep> &steps)
{
    QStringList list;
    for (const PlanStep &step : steps) {
        list.append(step.action->id);
    }
    return list;
}

QList<Urgency> urgencies(const QList<PlanStep> &steps)
{
    QList<Urgency> list;
    for (const PlanStep &step : steps) {
        list.append(step.urgency);
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
    start.answers[1].means = { u"clicked"_s };
    Question what;
    what.id = u"what"_s;
    what.kind = QuestionKind::Multiple;
    what.answers = { answer(u"a"_s, { u"call-a"_s, u"report"_s, u"keep"_s }), answer(u"b"_s, { u"call-b"_s, u"report"_s, u"keep"_s }) };
    what.answers[0].means = { u"gave-a"_s, u"clicked"_s };
    what.answers[1].means = { u"gave-b"_s };
    what.target = toOutcome(u"act"_s);
    c.questions = { start, what };
    c.outcomes = { Outcome { u"calm"_s, refs({ u"report"_s, u"delete"_s }), {} }, Outcome { u"act"_s, refs({ u"report"_s, u"delete"_s }), {} } };
    // Written in an order that is not the plan's: the plan's order comes from urgency, kind and priority.
    c.actions = {
        action(u"report"_s, Urgency::Later, ActionKind::Report),
        action(u"close"_s, Urgency::Now, ActionKind::Tidy),
        action(u"call-a"_s, Urgency::Now, ActionKind::StopMoney, 20),
        action(u"call-b"_s, Urgency::Now, ActionKind::StopMoney, 10),
        action(u"keep"_s, Urgency::Today, ActionKind::Evidence, DefaultPriority, { u"delete"_s }),
        action(u"delete"_s, Urgency::Later, ActionKind::Tidy),
        action(u"relax"_s, Urgency::Now, ActionKind::Explain),
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

    void planIsOrderedByUrgencyKindAndPriority()
    {
        const Content c = sample();
        const DecisionTree tree(c);
        const Path path { { Step { u"start"_s, { u"link"_s } }, Step { u"what"_s, { u"a"_s, u"b"_s } } }, u"act"_s };
        // call-b, call-a (now, stop-money, by priority), close (now, tidy: after the calls that stop money,
        // although written before them) / keep (today) / report (later); "report" once although three places
        // ask for it; "delete" superseded by "keep".
        QCOMPARE(ids(tree.plan(path)), (QStringList { u"call-b"_s, u"call-a"_s, u"close"_s, u"keep"_s, u"report"_s }));
        QCOMPARE(urgencies(tree.plan(path)), (QList<Urgency> { Urgency::Now, Urgency::Now, Urgency::Now, Urgency::Today, Urgency::Later }));
    }

    void planOrderDoesNotDependOnWhereActionsAreWritten()
    {
        Content c = sample();
        const Path path { { Step { u"start"_s, { u"link"_s } }, Step { u"what"_s, { u"a"_s, u"b"_s } } }, u"act"_s };
        const QStringList before = ids(DecisionTree(c).plan(path));
        std::reverse(c.actions.begin(), c.actions.end());
        QCOMPARE(ids(DecisionTree(c).plan(path)), before);
    }

    // Nobody in a panic does five things at once: past three, 今すぐ steps wait, first under 今日中.
    // Explanations are not steps: they stay first and are not counted.
    void atMostThreeNowSteps()
    {
        Content c;
        c.version = 1;
        c.start = Ref { u"start"_s, {} };
        Question start;
        start.id = u"start"_s;
        start.answers = { answer(u"all"_s, { u"n1"_s, u"n2"_s, u"n3"_s, u"n4"_s, u"n5"_s, u"why"_s, u"t1"_s }, toOutcome(u"end"_s)) };
        c.questions = { start };
        c.outcomes = { Outcome { u"end"_s, refs({ u"n1"_s }), {} } };
        c.actions = {
            action(u"t1"_s, Urgency::Today, ActionKind::StopMoney),
            action(u"n5"_s, Urgency::Now, ActionKind::Report),
            action(u"n4"_s, Urgency::Now, ActionKind::Account),
            action(u"n3"_s, Urgency::Now, ActionKind::StopMoney, 30),
            action(u"n2"_s, Urgency::Now, ActionKind::StopMoney, 20),
            action(u"n1"_s, Urgency::Now, ActionKind::StopMoney, 10),
            action(u"why"_s, Urgency::Now, ActionKind::Explain),
        };
        const DecisionTree tree(c);
        const QList<PlanStep> plan = tree.plan(Path { { Step { u"start"_s, { u"all"_s } } }, u"end"_s });
        QCOMPARE(ids(plan), (QStringList { u"why"_s, u"n1"_s, u"n2"_s, u"n3"_s, u"n4"_s, u"n5"_s, u"t1"_s }));
        QCOMPARE(urgencies(plan), (QList<Urgency> { Urgency::Now, Urgency::Now, Urgency::Now, Urgency::Now, Urgency::Today, Urgency::Today, Urgency::Today }));
        QCOMPARE(MaxNowSteps, 3);
    }

    void factsAreWhatTheChosenAnswersMean()
    {
        const Content c = sample();
        const DecisionTree tree(c);
        const Path onlyA { { Step { u"start"_s, { u"link"_s } }, Step { u"what"_s, { u"a"_s } } }, u"act"_s };
        QCOMPARE(tree.facts(onlyA), (QSet<QString> { u"clicked"_s, u"gave-a"_s }));
        const Path both { { Step { u"start"_s, { u"link"_s } }, Step { u"what"_s, { u"a"_s, u"b"_s } } }, u"act"_s };
        QCOMPARE(tree.facts(both), (QSet<QString> { u"clicked"_s, u"gave-a"_s, u"gave-b"_s }));
        QVERIFY(tree.facts(Path { { Step { u"start"_s, { u"read"_s } } }, u"calm"_s }).isEmpty());
    }

    void planWithoutSupersedingActionKeepsTheOther()
    {
        const Content c = sample();
        const DecisionTree tree(c);
        const Path path { { Step { u"start"_s, { u"read"_s } } }, u"calm"_s };
        // report before delete (tidy) at the same urgency, as written: the mail is reported before it is deleted.
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
