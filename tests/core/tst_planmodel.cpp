// The plan model: rows, roles and the contacts each action carries.
#include "contentstore.h"
#include "decisiontree.h"
#include "planmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using phishaid::PlanModel;

class TestPlanModel : public QObject
{
    Q_OBJECT

private:
    phishaid::ContentStore m_store { nullptr };

    // Steps with their actions' own urgency, except where `urgencies` says otherwise (a 4th 今すぐ step waits).
    QList<phishaid::content::PlanStep> actions(const QStringList &ids, const QMap<QString, phishaid::content::Urgency> &urgencies = {}) const
    {
        QList<phishaid::content::PlanStep> list;
        for (const QString &id : ids) {
            const phishaid::content::Action *action = m_store.content().action(id);
            list.append({ action, urgencies.value(id, action->urgency) });
        }
        return list;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_store.load(QStringLiteral(PHISHAID_CONTENT_DB)), qPrintable(m_store.technicalDetail())); }

    void rolesAndRows()
    {
        PlanModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countChanged(&model, &PlanModel::countChanged);
        QCOMPARE(model.count(), 0);
        model.setPlan(&m_store.content(), actions({ u"call-110-now"_s, u"consult-188"_s, u"report-phishing"_s }));
        QCOMPARE(countChanged.size(), 1);
        QCOMPARE(model.count(), 3);
        QCOMPARE(model.actionIds(), (QStringList { u"call-110-now"_s, u"consult-188"_s, u"report-phishing"_s }));
        const QModelIndex first = model.index(0);
        QCOMPARE(model.data(first, PlanModel::ActionIdRole).toString(), u"call-110-now"_s);
        QCOMPARE(model.data(first, PlanModel::UrgencyRole).toString(), u"now"_s);
        QVERIFY(model.data(first, PlanModel::TitleRole).toString().contains(u"110"_s));
        QVERIFY(!model.data(first, PlanModel::BodyRole).toString().isEmpty());
        QVERIFY(model.data(first, PlanModel::IsFirstRole).toBool());
        QVERIFY(!model.data(model.index(1), PlanModel::IsFirstRole).toBool());
        QCOMPARE(model.data(model.index(1), PlanModel::UrgencyRole).toString(), u"today"_s);
        QCOMPARE(model.data(model.index(2), PlanModel::UrgencyRole).toString(), u"later"_s);
        QCOMPARE(model.data(first, PlanModel::KindRole).toString(), u"emergency"_s);
        QCOMPARE(model.data(model.index(2), PlanModel::KindRole).toString(), u"report"_s);
        // The urgency shown is the step's in this plan: a 今すぐ action that waits reads 今日中.
        model.setPlan(&m_store.content(), actions({ u"call-110-now"_s }, { { u"call-110-now"_s, phishaid::content::Urgency::Today } }));
        QCOMPARE(model.data(model.index(0), PlanModel::UrgencyRole).toString(), u"today"_s);
        const QHash<int, QByteArray> roles = model.roleNames();
        QCOMPARE(roles.value(PlanModel::ContactsRole), QByteArray("contacts"));
        model.clear();
        QCOMPARE(model.count(), 0);
    }

    // A step names its contacts by id; ContactBook and ContactLookup turn each into what the screen shows
    // (tst_contactbook), so a saved number reaches the plan without the plan being rebuilt.
    void contactsAreIdsInTheActionsOrder()
    {
        PlanModel model;
        model.setPlan(&m_store.content(), actions({ u"report-to-police"_s, u"consult-188"_s, u"call-card-issuer"_s, u"report-phishing"_s }));
        QCOMPARE(model.data(model.index(0), PlanModel::ContactsRole).toStringList(), (QStringList { u"police-consultation"_s, u"police-cyber-web"_s }));
        QCOMPARE(model.data(model.index(1), PlanModel::ContactsRole).toStringList(), QStringList { u"consumer-hotline"_s });
        QCOMPARE(model.data(model.index(2), PlanModel::ContactsRole).toStringList(), QStringList { u"card-issuer"_s });
        QCOMPARE(model.data(model.index(3), PlanModel::ContactsRole).toStringList(), QStringList { u"antiphishing-mail"_s });
    }
};

QTEST_GUILESS_MAIN(TestPlanModel)
#include "tst_planmodel.moc"
