// The wizard model walked through every branch of the real content, and the plans it yields.
#include "contentstore.h"
#include "sqlitereader.h"
#include "sqlitewriter.h"
#include "wizard.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using phishaid::ContentStore;
using phishaid::Wizard;
namespace content = phishaid::content;

class TestWizard : public QObject
{
    Q_OBJECT

private:
    // Answers `answerIds` on the current question by tapping the rows that carry them.
    static void answer(Wizard &wizard, const QStringList &answerIds)
    {
        const QModelIndex root;
        for (int row = 0; row < wizard.rowCount(root); ++row) {
            if (answerIds.contains(wizard.data(wizard.index(row), Wizard::AnswerIdRole).toString())) {
                wizard.choose(row);
            }
        }
        if (wizard.isMultipleChoice()) {
            wizard.next();
        }
    }

    static void walk(Wizard &wizard, const QList<QStringList> &answers)
    {
        for (const QStringList &ids : answers) {
            answer(wizard, ids);
        }
    }

    ContentStore m_store { nullptr };

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_store.load(QStringLiteral(PHISHAID_CONTENT_DB)), qPrintable(m_store.technicalDetail())); }

    void startsAtTheFirstQuestion()
    {
        Wizard wizard;
        QAbstractItemModelTester tester(&wizard, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!wizard.isReady());
        QCOMPARE(wizard.rowCount(), 0);
        wizard.setStore(&m_store);
        QVERIFY(wizard.isReady());
        QVERIFY(wizard.atStart());
        QCOMPARE(wizard.questionId(), u"what-happened"_s);
        QCOMPARE(wizard.questionText(), u"何がありましたか"_s);
        QVERIFY(!wizard.canGoBack());
        QCOMPARE(wizard.stepNumber(), 1);
        QVERIFY(wizard.stepCount() >= 4);
        QVERIFY(wizard.rowCount() >= 2);
    }

    // Every path the content allows, replayed through the model, yields the decision tree's plan.
    void everyBranch()
    {
        const phishaid::content::DecisionTree tree(m_store.content());
        const QList<phishaid::content::Path> paths = tree.allPaths();
        QVERIFY(paths.size() >= 20);
        Wizard wizard;
        QAbstractItemModelTester tester(&wizard, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester planTester(wizard.plan(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        wizard.setStore(&m_store);
        for (const phishaid::content::Path &path : paths) {
            wizard.restart();
            for (const phishaid::content::Step &step : path.steps) {
                QCOMPARE(wizard.questionId(), step.question);
                QVERIFY(!wizard.atPlan());
                answer(wizard, step.answers);
            }
            QVERIFY(wizard.atPlan());
            QCOMPARE(wizard.outcomeId(), path.outcome);
            QStringList expected; // the steps; explanations lead the plan apart from them
            for (const phishaid::content::PlanStep &step : tree.plan(path)) {
                if (step.action->kind != phishaid::content::ActionKind::Explain) {
                    expected.append(step.action->id);
                }
            }
            QCOMPARE(wizard.plan()->actionIds(), expected);
            QCOMPARE(wizard.stepNumber(), wizard.stepCount());
            QCOMPARE(wizard.answeredSummary().size(), [&path] {
                qsizetype n = 0;
                for (const auto &step : path.steps) {
                    n += step.answers.size();
                }
                return n;
            }());
        }
    }

    void openedOnly()
    {
        Wizard wizard;
        wizard.setStore(&m_store);
        QSignalSpy planReady(&wizard, &Wizard::planReady);
        walk(wizard, { { u"opened-only"_s } });
        QCOMPARE(planReady.size(), 1);
        const QStringList plan = wizard.plan()->actionIds();
        // The reassurance leads, apart from the steps: nothing to tick, no 今すぐ.
        const QVariantList explanations = wizard.plan()->explanations();
        QCOMPARE(explanations.size(), 1);
        QCOMPARE(explanations.first().toMap().value(u"id"_s).toString(), u"opened-only-explained"_s);
        QCOMPARE(plan.constFirst(), u"verify-via-official"_s);
        QCOMPARE(wizard.plan()->data(wizard.plan()->index(0), phishaid::PlanModel::UrgencyRole).toString(), u"today"_s);
        QVERIFY(plan.contains(u"report-phishing"_s));
        QVERIFY(plan.contains(u"delete-after-report"_s)); // nothing entered: deleting after reporting is fine
        QVERIFY(!plan.contains(u"keep-evidence"_s));
        QCOMPARE(wizard.stepCount(), 1);
    }

    // The checker leads into the wizard by answer id; the plan says which outcome it came from.
    void chooseAnswerByIdAndOutcome()
    {
        Wizard wizard;
        wizard.setStore(&m_store);
        QVERIFY(!wizard.chooseAnswer(u"no-such-answer"_s));
        QCOMPARE(wizard.questionId(), u"what-happened"_s);
        QVERIFY(wizard.outcomeId().isEmpty());
        QVERIFY(wizard.chooseAnswer(u"tapped-link"_s));
        QCOMPARE(wizard.questionId(), u"entered-anything"_s);
        wizard.restart();
        QVERIFY(wizard.chooseAnswer(u"not-sure"_s));
        QVERIFY(wizard.atPlan());
        QCOMPARE(wizard.outcomeId(), u"not-sure"_s);
    }

    void cardDetailsPutTheCardCallFirst()
    {
        Wizard wizard;
        wizard.setStore(&m_store);
        walk(wizard, { { u"tapped-link"_s }, { u"entered-and-sent"_s }, { u"card"_s }, { u"not-installed"_s }, { u"not-paid"_s } });
        QVERIFY(wizard.atPlan());
        const QStringList plan = wizard.plan()->actionIds();
        QCOMPARE(plan.constFirst(), u"call-card-issuer"_s); // stopping the card matters more than closing the page
        QVERIFY(plan.contains(u"close-page"_s));
        QVERIFY(plan.contains(u"keep-evidence"_s)); // something was entered: keep the mail as evidence
        QVERIFY(!plan.contains(u"delete-after-report"_s));
        QCOMPARE(plan.count(u"call-card-issuer"_s), 1);
        // Ordered by urgency: now before today before later.
        const QModelIndex root;
        QStringList urgencies;
        for (int row = 0; row < wizard.plan()->rowCount(root); ++row) {
            urgencies.append(wizard.plan()->data(wizard.plan()->index(row), phishaid::PlanModel::UrgencyRole).toString());
        }
        QStringList sorted = urgencies;
        std::stable_sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
            const QStringList order { u"now"_s, u"today"_s, u"later"_s };
            return order.indexOf(a) < order.indexOf(b);
        });
        QCOMPARE(urgencies, sorted);
    }

    void multipleChoiceNeedsAChoiceAndKeepsIt()
    {
        Wizard wizard;
        wizard.setStore(&m_store);
        walk(wizard, { { u"tapped-link"_s }, { u"entered-partly"_s } });
        QCOMPARE(wizard.questionId(), u"entered-what"_s);
        QVERIFY(wizard.isMultipleChoice());
        QVERIFY(!wizard.canContinue());
        wizard.next(); // nothing chosen: stays
        QCOMPARE(wizard.questionId(), u"entered-what"_s);

        QSignalSpy selection(&wizard, &Wizard::selectionChanged);
        wizard.choose(0);
        QVERIFY(wizard.canContinue());
        QVERIFY(wizard.data(wizard.index(0), Wizard::SelectedRole).toBool());
        wizard.choose(0); // untick
        QVERIFY(!wizard.canContinue());
        QCOMPARE(selection.size(), 2);

        answer(wizard, { u"id-password"_s, u"personal"_s });
        QCOMPARE(wizard.questionId(), u"installed-app"_s);
        wizard.back();
        QCOMPARE(wizard.questionId(), u"entered-what"_s);
        QStringList selected;
        for (int row = 0; row < wizard.rowCount(); ++row) {
            if (wizard.data(wizard.index(row), Wizard::SelectedRole).toBool()) {
                selected.append(wizard.data(wizard.index(row), Wizard::AnswerIdRole).toString());
            }
        }
        QCOMPARE(selected, (QStringList { u"id-password"_s, u"personal"_s }));
    }

    void partlyEnteredAndInstalledApp()
    {
        Wizard wizard;
        wizard.setStore(&m_store);
        walk(wizard, { { u"tapped-link"_s }, { u"entered-partly"_s }, { u"id-password"_s }, { u"installed"_s }, { u"not-paid"_s } });
        const QStringList plan = wizard.plan()->actionIds();
        for (const QString &id : { u"close-page"_s, u"airplane-mode"_s, u"remove-app-or-profile"_s, u"change-passwords-elsewhere"_s }) {
            QVERIFY2(plan.contains(id), qPrintable(id));
        }
        QVERIFY(!plan.contains(u"check-nothing-installed"_s)); // removing the app supersedes checking for one
        QVERIFY(!plan.contains(u"change-password"_s)); // never on the phone the app is on: from another device
        QVERIFY(plan.contains(u"change-passwords-elsewhere"_s));
        // The explanation of why leads apart; then airplane mode first, before anything is removed.
        QCOMPARE(wizard.plan()->explanations().first().toMap().value(u"id"_s).toString(), u"assume-typed-leaked"_s);
        QCOMPARE(plan.constFirst(), u"airplane-mode"_s);
        QVERIFY(plan.indexOf(u"change-passwords-elsewhere"_s) < plan.indexOf(u"remove-app-or-profile"_s));
    }

    void moneyBeingTakenCallsTheBankFirstAnd110Beside()
    {
        Wizard wizard;
        wizard.setStore(&m_store);
        walk(wizard, { { u"tapped-link"_s }, { u"entered-and-sent"_s }, { u"bank"_s }, { u"not-installed"_s }, { u"money-being-taken"_s } });
        const QStringList plan = wizard.plan()->actionIds();
        QCOMPARE(plan.mid(0, 2), (QStringList { u"stop-money-now"_s, u"call-110-now"_s }));
        QVERIFY(plan.contains(u"report-to-police"_s));
        QVERIFY(plan.contains(u"call-bank"_s));
    }

    // The emergency answer on the first screen goes straight to the plan, without further questions.
    void moneyBeingTakenFromTheFirstScreen()
    {
        Wizard wizard;
        wizard.setStore(&m_store);
        // It is the first answer, and the only one set apart as an emergency.
        QCOMPARE(wizard.data(wizard.index(0), Wizard::AnswerIdRole).toString(), u"money-being-taken"_s);
        QVERIFY(wizard.data(wizard.index(0), Wizard::EmergencyRole).toBool());
        for (int row = 1; row < wizard.rowCount(); ++row) {
            QVERIFY(!wizard.data(wizard.index(row), Wizard::EmergencyRole).toBool());
        }
        QCOMPARE(wizard.roleNames().value(Wizard::EmergencyRole), QByteArray("emergency"));
        walk(wizard, { { u"money-being-taken"_s } });
        QVERIFY(wizard.atPlan());
        QCOMPARE(wizard.plan()->actionIds().mid(0, 2), (QStringList { u"stop-money-now"_s, u"call-110-now"_s }));
    }

    void backFromThePlanAndRestart()
    {
        Wizard wizard;
        wizard.setStore(&m_store);
        walk(wizard, { { u"tapped-link"_s }, { u"entered-nothing"_s }, { u"not-installed"_s } });
        QCOMPARE(wizard.questionId(), u"paid"_s);
        QCOMPARE(wizard.stepNumber(), 4);
        answer(wizard, { u"not-paid"_s });
        QVERIFY(wizard.atPlan());
        QVERIFY(wizard.plan()->count() > 0);
        wizard.back();
        QVERIFY(!wizard.atPlan());
        QCOMPARE(wizard.questionId(), u"paid"_s);
        QCOMPARE(wizard.plan()->count(), 0);
        QVERIFY(wizard.data(wizard.index(0), Wizard::SelectedRole).toBool()); // the earlier answer stays marked
        wizard.back();
        QCOMPARE(wizard.questionId(), u"installed-app"_s);
        wizard.restart();
        QVERIFY(wizard.atStart());
        QCOMPARE(wizard.questionId(), u"what-happened"_s);
        QVERIFY(wizard.answeredSummary().isEmpty());
        wizard.back(); // nothing before the first question: stays
        QCOMPARE(wizard.questionId(), u"what-happened"_s);
    }

    // New content (an update the user asked for) while the wizard is under way: with the same answers it
    // stays on the same question, selections kept, or on the same plan, and says so while it tells the view.
    void keepsItsPlaceWhenNewContentHasTheSameAnswers()
    {
        ContentStore store { nullptr };
        QVERIFY(store.load(QStringLiteral(PHISHAID_CONTENT_DB)));
        Wizard wizard;
        QAbstractItemModelTester tester(&wizard, QAbstractItemModelTester::FailureReportingMode::QtTest);
        wizard.setStore(&store);
        walk(wizard, { { u"tapped-link"_s }, { u"entered-partly"_s } });
        int cardRow = -1;
        for (int row = 0; row < wizard.rowCount(); ++row) {
            if (wizard.data(wizard.index(row), Wizard::AnswerIdRole).toString() == u"card"_s) {
                cardRow = row;
            }
        }
        QVERIFY(cardRow >= 0);
        wizard.choose(cardRow);

        QSignalSpy moved(&wizard, &Wizard::moved);
        QVERIFY(store.load(QStringLiteral(PHISHAID_CONTENT_DB))); // the same content, loaded anew
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.at(0).at(0).value<Wizard::Move>(), Wizard::Move::ContentKept);
        QCOMPARE(wizard.questionId(), u"entered-what"_s);
        QCOMPARE(wizard.steps().size(), 2);
        QVERIFY(wizard.data(wizard.index(cardRow), Wizard::SelectedRole).toBool());
        QVERIFY(wizard.canContinue());

        wizard.next();
        walk(wizard, { { u"not-installed"_s }, { u"not-paid"_s } });
        QVERIFY(wizard.atPlan());
        const QStringList plan = wizard.plan()->actionIds();
        const QString outcome = wizard.outcomeId();
        moved.clear();
        QVERIFY(store.load(QStringLiteral(PHISHAID_CONTENT_DB)));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.at(0).at(0).value<Wizard::Move>(), Wizard::Move::ContentKept);
        QVERIFY(wizard.atPlan());
        QCOMPARE(wizard.outcomeId(), outcome);
        QCOMPARE(wizard.plan()->actionIds(), plan);
        wizard.back(); // the way back still works
        QCOMPARE(wizard.questionId(), u"paid"_s);
    }

    // New content in which an answer given is gone: the wizard starts over rather than guess.
    void startsOverWhenNewContentLacksAnAnswerGiven()
    {
        const content::ReadResult read = content::readContentDatabase(QStringLiteral(PHISHAID_CONTENT_DB));
        QVERIFY2(read.content, qPrintable(read.detail));
        content::Content changed = *read.content;
        changed.version += 1;
        bool renamed = false;
        for (content::Question &question : changed.questions) {
            for (content::Answer &answer : question.answers) {
                if (answer.id == u"personal"_s) {
                    answer.id = u"personal-data"_s;
                    renamed = true;
                }
            }
        }
        QVERIFY(renamed);
        QTemporaryDir dir;
        const QString changedPath = dir.filePath(u"content.sqlite"_s);
        QString error;
        QVERIFY2(content::writeContentDatabase(changed, changedPath, &error), qPrintable(error));

        ContentStore store { nullptr };
        QVERIFY(store.load(QStringLiteral(PHISHAID_CONTENT_DB)));
        Wizard wizard;
        QAbstractItemModelTester tester(&wizard, QAbstractItemModelTester::FailureReportingMode::QtTest);
        wizard.setStore(&store);
        walk(wizard, { { u"tapped-link"_s }, { u"entered-partly"_s }, { u"card"_s } }); // "personal" not given
        QCOMPARE(wizard.questionId(), u"installed-app"_s);
        QVERIFY2(store.load(changedPath), qPrintable(store.technicalDetail()));
        QCOMPARE(wizard.questionId(), u"installed-app"_s); // still valid: kept

        walk(wizard, { { u"not-installed"_s }, { u"not-paid"_s } });
        wizard.back();
        wizard.back();
        wizard.back();
        QCOMPARE(wizard.questionId(), u"entered-what"_s);
        answer(wizard, { u"card"_s }); // untick
        answer(wizard, { u"personal-data"_s });
        QCOMPARE(wizard.questionId(), u"installed-app"_s);
        QVERIFY(store.load(QStringLiteral(PHISHAID_CONTENT_DB))); // back to content without "personal-data"
        QVERIFY(wizard.atStart());
        QCOMPARE(wizard.questionId(), u"what-happened"_s);
        QVERIFY(wizard.steps().isEmpty());
    }

    void ignoresRowsOutOfRange()
    {
        Wizard wizard;
        wizard.setStore(&m_store);
        wizard.choose(-1);
        wizard.choose(99);
        QCOMPARE(wizard.questionId(), u"what-happened"_s);
    }

    void followsTheStore()
    {
        ContentStore store { nullptr };
        Wizard wizard;
        QAbstractItemModelTester tester(&wizard, QAbstractItemModelTester::FailureReportingMode::QtTest);
        wizard.setStore(&store);
        QVERIFY(!wizard.isReady());
        QVERIFY(store.load(QStringLiteral(PHISHAID_CONTENT_DB)));
        QVERIFY(wizard.isReady());
        QCOMPARE(wizard.questionId(), u"what-happened"_s);
        QVERIFY(!store.load(u"/nonexistent/content.sqlite"_s));
        QVERIFY(!wizard.isReady());
        QCOMPARE(wizard.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWizard)
#include "tst_wizard.moc"
