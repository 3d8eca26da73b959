// Incidents: wizard runs saved as incidents, listed newest first, resolved, deleted; a damaged or newer
// user database handled as the issue asks.
#include "checklist.h"
#include "incidents.h"
#include "wizard.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace phishaid;

class TestIncidents : public QObject
{
    Q_OBJECT

private:
    ContentStore m_store { nullptr };
    QTemporaryDir m_dir;
    int m_n = 0;

    QString freshPath() { return m_dir.filePath(u"user-%1.sqlite"_s.arg(++m_n)); }

    // Walks the wizard to a plan: link, entered and sent, card, nothing installed, not paid.
    void walkToCardPlan(Wizard &wizard)
    {
        wizard.setStore(&m_store);
        const QList<QStringList> answers { { u"tapped-link"_s }, { u"entered-and-sent"_s }, { u"card"_s }, { u"not-installed"_s }, { u"not-paid"_s } };
        for (const QStringList &ids : answers) {
            for (int row = 0; row < wizard.rowCount(); ++row) {
                if (ids.contains(wizard.data(wizard.index(row), Wizard::AnswerIdRole).toString())) {
                    wizard.choose(row);
                    break;
                }
            }
            if (wizard.isMultipleChoice()) {
                wizard.next();
            }
        }
        QVERIFY(wizard.atPlan());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_store.load(QStringLiteral(PHISHAID_CONTENT_DB)), qPrintable(m_store.technicalDetail()));
    }

    void savesAWizardRun()
    {
        Incidents incidents(nullptr, freshPath());
        QAbstractItemModelTester tester(&incidents, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(incidents.status(), Incidents::Ready);
        QCOMPARE(incidents.count(), 0);
        QCOMPARE(incidents.openIncidentId(), -1);

        Wizard wizard;
        walkToCardPlan(wizard);
        QSignalSpy changed(&incidents, &Incidents::incidentChanged);
        const int id = incidents.saveFromWizard(&wizard);
        QVERIFY(id > 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(incidents.count(), 1);
        QCOMPARE(incidents.openIncidentId(), id);
        const QModelIndex row = incidents.index(0);
        QCOMPARE(incidents.data(row, Incidents::IncidentIdRole).toInt(), id);
        QVERIFY(incidents.data(row, Incidents::SummaryRole).toString().contains(u"クレジットカード"_s));
        // Each answer keeps the content's statement as it is now: the record prints it even if the wording changes.
        const QList<IncidentAnswer> answers = incidents.repository()->incident(id)->answers;
        QCOMPARE(answers.size(), 5);
        for (const IncidentAnswer &answer : answers) {
            QVERIFY2(!answer.statement.isEmpty(), qPrintable(answer.answerId));
        }
        QCOMPARE(answers.at(2).statement, u"クレジットカードの番号・有効期限・セキュリティコードを入力した、または伝えた"_s);
        QCOMPARE(incidents.data(row, Incidents::DoneCountRole).toInt(), 0);
        QCOMPARE(incidents.data(row, Incidents::ApplicableCountRole).toInt(), wizard.plan()->count());
        QVERIFY(!incidents.data(row, Incidents::ResolvedRole).toBool());
        QVERIFY(incidents.data(row, Incidents::HappenedTextRole).toString().contains(u"年"_s));

        // The saved checklist is the plan, by stable action ids, in plan order.
        QStringList saved;
        for (const ChecklistItem &item : incidents.repository()->items(id)) {
            saved.append(item.actionId);
        }
        QCOMPARE(saved, wizard.plan()->actionIds());
    }

    // Explanations are read, not ticked: they are no checklist items (so no count includes them), and a
    // checklist over the saved incident finds them again from its answers.
    void explanationsAreNotItems()
    {
        Incidents incidents(nullptr, freshPath());
        Wizard wizard;
        wizard.setStore(&m_store);
        for (const QString &answerId : { u"tapped-link"_s, u"entered-partly"_s }) {
            for (int row = 0; row < wizard.rowCount(); ++row) {
                if (wizard.data(wizard.index(row), Wizard::AnswerIdRole).toString() == answerId) {
                    wizard.choose(row);
                    break;
                }
            }
        }
        wizard.choose(3); // card
        wizard.next();
        wizard.choose(2); // nothing installed
        wizard.choose(0); // not paid
        QVERIFY(wizard.atPlan());
        const int id = incidents.saveFromWizard(&wizard);
        QVERIFY(id > 0);
        QStringList saved;
        for (const ChecklistItem &item : incidents.repository()->items(id)) {
            saved.append(item.actionId);
        }
        QVERIFY(!saved.contains(u"assume-typed-leaked"_s));
        QVERIFY(saved.contains(u"call-card-issuer"_s));

        Checklist checklist;
        checklist.setStore(&m_store);
        checklist.setIncidents(&incidents);
        checklist.setIncidentId(id);
        QCOMPARE(checklist.count(), int(saved.size()));
        QCOMPARE(checklist.applicableCount(), int(saved.size()));
        const QVariantList explanations = checklist.explanations();
        QCOMPARE(explanations.size(), 1);
        QCOMPARE(explanations.first().toMap().value(u"id"_s).toString(), u"assume-typed-leaked"_s);
        QVERIFY(!explanations.first().toMap().value(u"body"_s).toString().isEmpty());
    }

    // The start screen offers the open incident worked on last, not the newest run through the guide.
    void openIncidentIsTheOneWorkedOnLast()
    {
        Incidents incidents(nullptr, freshPath());
        Wizard first;
        walkToCardPlan(first);
        const int worked = incidents.saveFromWizard(&first);
        Wizard second;
        walkToCardPlan(second);
        const int newer = incidents.saveFromWizard(&second);
        QVERIFY(newer > worked);
        QCOMPARE(incidents.openIncidentId(), newer); // nothing done yet: the newest
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(60);
        QVERIFY(incidents.repository()->setState(worked, u"call-card-issuer"_s, ItemState::Done, later));
        incidents.notifyChanged(worked);
        QCOMPARE(incidents.openIncidentId(), worked);
        QVERIFY(incidents.setResolved(worked, true));
        QCOMPARE(incidents.openIncidentId(), newer);
    }

    void goingBackAndChangingAnAnswerUpdatesTheSameIncident()
    {
        Incidents incidents(nullptr, freshPath());
        Wizard wizard;
        walkToCardPlan(wizard);
        const int id = incidents.saveFromWizard(&wizard);
        wizard.back();
        wizard.choose(1); // paid money instead
        QVERIFY(wizard.atPlan());
        QCOMPARE(incidents.saveFromWizard(&wizard, id), id);
        QCOMPARE(incidents.count(), 1);
        QVERIFY(incidents.repository()->incident(id)->answers.constLast().answerId != u"not-paid"_s);
    }

    void refusesAWizardThatHasNoPlan()
    {
        Incidents incidents(nullptr, freshPath());
        Wizard wizard;
        wizard.setStore(&m_store);
        QCOMPARE(incidents.saveFromWizard(&wizard), -1);
        QCOMPARE(incidents.saveFromWizard(nullptr), -1);
        QCOMPARE(incidents.count(), 0);
    }

    void resolveAndDelete()
    {
        Incidents incidents(nullptr, freshPath());
        QAbstractItemModelTester tester(&incidents, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Wizard wizard;
        walkToCardPlan(wizard);
        const int first = incidents.saveFromWizard(&wizard);
        const int second = incidents.saveFromWizard(&wizard);
        QVERIFY(first != second);
        QCOMPARE(incidents.count(), 2);
        QVERIFY(incidents.setResolved(second, true));
        QCOMPARE(incidents.openIncidentId(), first);
        QVERIFY(incidents.setResolved(first, true));
        QCOMPARE(incidents.openIncidentId(), -1);
        QVERIFY(incidents.setResolved(first, false));
        QCOMPARE(incidents.openIncidentId(), first);
        QVERIFY(incidents.remove(first));
        QCOMPARE(incidents.count(), 1);
        QVERIFY(!incidents.remove(first));
        const QDateTime earlier = QDateTime::currentDateTimeUtc().addDays(-2);
        QVERIFY(incidents.setHappenedAt(second, earlier));
        QCOMPARE(incidents.data(incidents.index(0), Incidents::HappenedAtRole).toDateTime().toSecsSinceEpoch(), earlier.toSecsSinceEpoch());
    }

    void persistsAcrossInstances()
    {
        const QString path = freshPath();
        int id = 0;
        {
            Incidents incidents(nullptr, path);
            Wizard wizard;
            walkToCardPlan(wizard);
            id = incidents.saveFromWizard(&wizard);
        }
        Incidents again(nullptr, path);
        QCOMPARE(again.count(), 1);
        QCOMPARE(again.openIncidentId(), id);
    }

    void damagedDatabaseIsMovedAside()
    {
        const QString path = freshPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, '\x13'));
        file.close();
        Incidents incidents(nullptr, path);
        QCOMPARE(incidents.status(), Incidents::MovedAside);
        QVERIFY(incidents.isReady());
        QCOMPARE(incidents.count(), 0);
        QVERIFY(QFile::exists(incidents.database().movedAsidePath()));
    }

    void newerDatabaseIsRefused()
    {
        const QString path = freshPath();
        {
            UserDatabase db(path);
            QVERIFY(db.open());
            QSqlQuery(db.database()).exec(u"PRAGMA user_version = 999"_s);
        }
        Incidents incidents(nullptr, path);
        QCOMPARE(incidents.status(), Incidents::TooNew);
        QVERIFY(!incidents.isReady());
        Wizard wizard;
        walkToCardPlan(wizard);
        QCOMPARE(incidents.saveFromWizard(&wizard), -1);
    }
};

QTEST_GUILESS_MAIN(TestIncidents)
#include "tst_incidents.moc"
