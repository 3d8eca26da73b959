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

    static QVariantMap contact(const PlanModel &model, int row, const QString &id)
    {
        const QVariantList contacts = model.data(model.index(row), PlanModel::ContactsRole).toList();
        for (const QVariant &c : contacts) {
            if (c.toMap().value(u"id"_s) == id) {
                return c.toMap();
            }
        }
        return {};
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

    void contactsCarryTheirUri()
    {
        PlanModel model;
        model.setPlan(&m_store.content(), actions({ u"report-to-police"_s, u"consult-188"_s, u"call-card-issuer"_s, u"report-phishing"_s }));
        const QVariantMap police = contact(model, 0, u"police-consultation"_s);
        QCOMPARE(police.value(u"uri"_s).toString(), u"tel:%239110"_s);
        QCOMPARE(police.value(u"kind"_s).toString(), u"phone"_s);
        QVERIFY(police.value(u"callable"_s).toBool());
        QVERIFY(!police.value(u"source"_s).toString().isEmpty());
        QVERIFY(!police.value(u"checked"_s).toString().isEmpty());
        QCOMPARE(contact(model, 1, u"consumer-hotline"_s).value(u"uri"_s).toString(), u"tel:188"_s);
        const QVariantMap issuer = contact(model, 2, u"card-issuer"_s);
        QCOMPARE(issuer.value(u"kind"_s).toString(), u"own"_s);
        QVERIFY(issuer.value(u"uri"_s).toString().isEmpty());
        QVERIFY(!issuer.value(u"callable"_s).toBool());
        QCOMPARE(contact(model, 3, u"antiphishing-mail"_s).value(u"uri"_s).toString(), u"mailto:info@antiphishing.jp"_s);
    }
};

QTEST_GUILESS_MAIN(TestPlanModel)
#include "tst_planmodel.moc"
