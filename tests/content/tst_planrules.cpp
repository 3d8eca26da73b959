// The plan rules of facts.md ("Plan order") on the real content: a table of paths with the first three
// steps a frightened person is told to do, and every path checked against each rule, written here
// independently of planrules.cpp so a mistake in either shows. Then checkPlanRules() itself on hand-made
// plans, for the rule content cannot break (at most three 今すぐ steps: the tree enforces it).
#include "decisiontree.h"
#include "planrules.h"
#include "validator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace phishaid::content;

namespace {

Content realContent()
{
    Content content;
    const QList<Diagnostic> problems = readAndValidate({ QStringLiteral(PHISHAID_SOURCE_DIR "/content") }, &content);
    for (const Diagnostic &problem : problems) {
        qWarning("%s", qPrintable(problem.toString()));
    }
    return problems.isEmpty() ? content : Content {};
}

QStringList ids(const QList<PlanStep> &plan)
{
    QStringList list;
    for (const PlanStep &step : plan) {
        list.append(step.action->id);
    }
    return list;
}

// The steps a user is asked to do, explanations aside.
QList<PlanStep> stepsOf(const QList<PlanStep> &plan)
{
    QList<PlanStep> steps;
    std::copy_if(plan.cbegin(), plan.cend(), std::back_inserter(steps), [](const PlanStep &step) { return step.action->kind != ActionKind::Explain; });
    return steps;
}

bool names(const Action &action, const QString &contactId)
{
    return std::any_of(action.contacts.cbegin(), action.contacts.cend(), [&contactId](const Ref &ref) { return ref.id == contactId; });
}

// "q1=a1;q2=a2+a3" as a path through the real content (the outcome is found by walking).
Path pathOf(const DecisionTree &tree, const QString &spec)
{
    Path path;
    Target target;
    for (const QString &part : spec.split(u';')) {
        const QStringList pair = part.split(u'=');
        const Question *question = tree.content().question(pair.at(0));
        if (!question) {
            qWarning("no question %s", qPrintable(pair.at(0)));
            return {};
        }
        const QStringList answers = pair.at(1).split(u'+');
        path.steps.append(Step { question->id, answers });
        target = tree.next(*question, answers);
    }
    path.outcome = target.outcome ? target.outcome->id : QString();
    return path;
}

} // namespace

class TestPlanRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_content = realContent();
        QVERIFY(!m_content.questions.isEmpty());
    }

    // What a frightened person does first, path by path: the explanations, then the first three steps.
    void firstSteps_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("explanations");
        QTest::addColumn<QStringList>("firstThree");
        // clang-format off
        QTest::addRow("money being taken now") << u"what-happened=money-being-taken"_s << QStringList {}
            << QStringList { u"stop-money-now"_s, u"call-110-now"_s, u"keep-evidence"_s };
        QTest::addRow("only opened it") << u"what-happened=opened-only"_s << QStringList { u"opened-only-explained"_s }
            << QStringList { u"verify-via-official"_s, u"report-phishing"_s, u"report-spam-and-block"_s };
        QTest::addRow("not sure it is real") << u"what-happened=not-sure"_s << QStringList { u"not-sure-explained"_s }
            << QStringList { u"verify-via-official"_s, u"signs-of-a-fake"_s, u"consult-188"_s };
        QTest::addRow("card entered") << u"what-happened=tapped-link;entered-anything=entered-and-sent;entered-what=card;installed-app=not-installed;paid=not-paid"_s
            << QStringList {} << QStringList { u"call-card-issuer"_s, u"close-page"_s, u"ask-fraud-cover"_s };
        QTest::addRow("card typed partway") << u"what-happened=tapped-link;entered-anything=entered-partly;entered-what=card;installed-app=not-installed;paid=not-paid"_s
            << QStringList { u"assume-typed-leaked"_s } << QStringList { u"call-card-issuer"_s, u"close-page"_s, u"ask-fraud-cover"_s };
        QTest::addRow("bank entered") << u"what-happened=tapped-link;entered-anything=entered-and-sent;entered-what=bank;installed-app=not-installed;paid=not-paid"_s
            << QStringList {} << QStringList { u"call-bank"_s, u"close-page"_s, u"bank-change-credentials"_s };
        QTest::addRow("app installed, card entered") << u"what-happened=tapped-link;entered-anything=entered-and-sent;entered-what=card;installed-app=installed;paid=not-paid"_s
            << QStringList {} << QStringList { u"airplane-mode"_s, u"call-card-issuer"_s, u"change-passwords-elsewhere"_s };
        QTest::addRow("app installed, password entered") << u"what-happened=tapped-link;entered-anything=entered-and-sent;entered-what=id-password;installed-app=installed;paid=not-paid"_s
            << QStringList {} << QStringList { u"airplane-mode"_s, u"change-passwords-elsewhere"_s, u"remove-app-or-profile"_s };
        QTest::addRow("money taken after entering the card") << u"what-happened=tapped-link;entered-anything=entered-and-sent;entered-what=card;installed-app=installed;paid=money-being-taken"_s
            << QStringList {} << QStringList { u"stop-money-now"_s, u"call-110-now"_s, u"airplane-mode"_s };
        QTest::addRow("tapped, entered nothing") << u"what-happened=tapped-link;entered-anything=entered-nothing;installed-app=not-installed;paid=not-paid"_s
            << QStringList {} << QStringList { u"close-page"_s, u"report-phishing"_s, u"report-spam-and-block"_s };
        QTest::addRow("tapped, not sure about an app") << u"what-happened=tapped-link;entered-anything=entered-nothing;installed-app=not-sure;paid=not-paid"_s
            << QStringList {} << QStringList { u"close-page"_s, u"check-nothing-installed"_s, u"report-phishing"_s };
        QTest::addRow("phoned, told the card") << u"what-happened=called;called-what=told-something;entered-what=card;installed-app=not-installed;paid=not-paid"_s
            << QStringList { u"voice-hang-up"_s } << QStringList { u"call-card-issuer"_s, u"ask-fraud-cover"_s, u"keep-evidence"_s };
        QTest::addRow("replied with personal data") << u"what-happened=replied;replied-what=replied-personal;entered-what=personal;installed-app=not-installed;paid=not-paid"_s
            << QStringList { u"replied-expect-more"_s } << QStringList { u"keep-evidence"_s, u"beware-followup-scams"_s, u"report-phishing"_s };
        QTest::addRow("attachment opened") << u"what-happened=attachment"_s << QStringList {}
            << QStringList { u"disconnect-device"_s, u"change-passwords-elsewhere"_s, u"scan-device"_s };
        QTest::addRow("SMS code given") << u"what-happened=tapped-link;entered-anything=entered-and-sent;entered-what=sms-code;installed-app=not-installed;paid=not-paid"_s
            << QStringList {} << QStringList { u"sms-code-contact-service"_s, u"change-password"_s, u"close-page"_s };
        QTest::addRow("gift card codes") << u"what-happened=tapped-link;entered-anything=entered-and-sent;entered-what=other;installed-app=not-installed;paid=gift-card"_s
            << QStringList {} << QStringList { u"call-gift-card-issuer"_s, u"close-page"_s, u"keep-evidence"_s };
        QTest::addRow("does not remember") << u"what-happened=tapped-link;entered-anything=entered-and-sent;entered-what=dont-remember;installed-app=not-installed;paid=not-paid"_s
            << QStringList { u"assume-asked-leaked"_s } << QStringList { u"contact-imitated-company"_s, u"change-password"_s, u"close-page"_s };
        QTest::addRow("a friend's address, only read") << u"what-happened=friend;friend-did-what=friend-opened-only"_s
            << QStringList { u"opened-only-explained"_s } << QStringList { u"tell-friend-another-way"_s, u"verify-via-official"_s, u"report-phishing"_s };
        // clang-format on
    }

    void firstSteps()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, explanations);
        QFETCH(QStringList, firstThree);
        const DecisionTree tree(m_content);
        const Path walked = pathOf(tree, path);
        QVERIFY2(!walked.outcome.isEmpty(), qPrintable(path));
        const QList<PlanStep> plan = tree.plan(walked);
        const QStringList all = ids(plan);
        QCOMPARE(all.mid(0, explanations.size()), explanations);
        QCOMPARE(ids(stepsOf(plan)).mid(0, 3), firstThree);
    }

    // Every rule on every path, each stated here on its own terms.
    void everyPathKeepsEveryRule()
    {
        const DecisionTree tree(m_content);
        const QList<Path> paths = tree.allPaths();
        QVERIFY(paths.size() > 100);
        int mostNow = 0;
        for (const Path &path : paths) {
            const QString where = describePath(path);
            const QSet<QString> facts = tree.facts(path);
            const QList<PlanStep> plan = tree.plan(path);
            const QList<PlanStep> steps = stepsOf(plan);
            QVERIFY2(!steps.isEmpty(), qPrintable(where));

            // 1. Explanations first.
            for (qsizetype i = 0; i < plan.size(); ++i) {
                if (plan.at(i).action->kind == ActionKind::Explain) {
                    QVERIFY2(i == 0 || plan.at(i - 1).action->kind == ActionKind::Explain, qPrintable(where));
                }
            }
            // 2. Calls that stop money before removing the app, closing the page or reporting; airplane mode
            //    first when the device is compromised (after the emergency calls when money is being taken).
            qsizetype lastMoney = -1;
            qsizetype firstTidy = steps.size();
            for (qsizetype i = 0; i < steps.size(); ++i) {
                const ActionKind kind = steps.at(i).action->kind;
                if (kind == ActionKind::StopMoney || kind == ActionKind::Emergency) {
                    lastMoney = i;
                }
                if ((kind == ActionKind::Device || kind == ActionKind::Tidy || kind == ActionKind::Report) && firstTidy == steps.size()) {
                    firstTidy = i;
                }
            }
            QVERIFY2(lastMoney < firstTidy, qPrintable(where));
            if (facts.contains(u"device-compromised"_s)) {
                const bool moneyTaken = facts.contains(u"money-taken-now"_s);
                QCOMPARE(steps.at(moneyTaken ? 2 : 0).action->kind, ActionKind::Isolate);
            }
            // 3. Never change passwords on a compromised device.
            if (facts.contains(u"device-compromised"_s)) {
                for (const PlanStep &step : steps) {
                    QVERIFY2(step.action->passwords != PasswordDevice::AnyDevice, qPrintable(step.action->id + u" on "_s + where));
                }
            }
            // 4. Money being taken now: the bank or card company first, 110 beside it.
            if (facts.contains(u"money-taken-now"_s)) {
                QVERIFY2(names(*steps.at(0).action, u"bank"_s) || names(*steps.at(0).action, u"card-issuer"_s), qPrintable(where));
                QVERIFY2(names(*steps.at(1).action, u"police-emergency"_s), qPrintable(where));
                QCOMPARE(steps.at(1).urgency, Urgency::Now);
            }
            // 5. At most three 今すぐ steps, and those come first.
            const auto now = std::count_if(steps.cbegin(), steps.cend(), [](const PlanStep &step) { return step.urgency == Urgency::Now; });
            QVERIFY2(now <= 3, qPrintable(where));
            mostNow = std::max(mostNow, int(now));
            for (qsizetype i = 1; i < plan.size(); ++i) {
                QVERIFY2(plan.at(i - 1).urgency <= plan.at(i).urgency, qPrintable(where));
            }
            // 6. Nothing that contradicts an answer.
            for (const PlanStep &step : plan) {
                for (const QString &contradicted : step.action->contradicts) {
                    QVERIFY2(!facts.contains(contradicted), qPrintable(step.action->id + u" on "_s + where));
                }
            }
            if (facts.contains(u"no-app"_s)) {
                QVERIFY2(!ids(plan).contains(u"check-nothing-installed"_s), qPrintable(where));
            }
            // 7. Anything given away: the mail is kept, never deleted.
            if (facts.contains(u"gave-something"_s)) {
                QVERIFY2(ids(plan).contains(u"keep-evidence"_s), qPrintable(where));
                QVERIFY2(!ids(plan).contains(u"delete-after-report"_s), qPrintable(where));
            }
            // And the checker agrees.
            const QList<RuleBreak> broken = checkPlanRules(facts, plan, m_content);
            QVERIFY2(broken.isEmpty(), qPrintable(where + u": "_s + (broken.isEmpty() ? QString() : broken.first().message)));
        }
        QCOMPARE(mostNow, 3);
        qInfo("%lld paths; at most %d 今すぐ steps in any plan", qlonglong(paths.size()), mostNow);
    }

    // The rule content cannot break (the tree moves a fourth 今すぐ step to 今日中): the checker still says so.
    void fourNowStepsAreReported()
    {
        Content content;
        for (int i = 1; i <= 4; ++i) {
            Action action;
            action.id = u"step-"_s + QString::number(i);
            action.urgency = Urgency::Now;
            action.kind = ActionKind::Account;
            content.actions.append(action);
        }
        QList<PlanStep> plan;
        for (const Action &action : std::as_const(content.actions)) {
            plan.append({ &action, Urgency::Now });
        }
        const QList<RuleBreak> broken = checkPlanRules({}, plan, content);
        QCOMPARE(broken.size(), 1);
        QCOMPARE(broken.at(0).rule, PlanRule::AtMostThreeNow);
        QCOMPARE(broken.at(0).message, u"The plan has 4 steps for 今すぐ; at most 3 are allowed."_s);
        plan.removeLast();
        QVERIFY(checkPlanRules({}, plan, content).isEmpty());
    }

    void ruleNames()
    {
        QCOMPARE(allPlanRules().size(), 7);
        QCOMPARE(planRuleNumber(PlanRule::ExplanationsFirst), 1);
        QCOMPARE(planRuleNumber(PlanRule::EvidenceKept), 7);
        QCOMPARE(planRuleKey(PlanRule::MoneyTakenNow), u"money-taken-now"_s);
    }

private:
    Content m_content;
};

QTEST_GUILESS_MAIN(TestPlanRules)
#include "tst_planrules.moc"
