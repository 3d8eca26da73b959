// The recovery plan as a list: one row per step to do, in plan order (DecisionTree::plan()). Explanations
// ("what you typed partway counts as sent") are not steps: they lead the plan, in `explanations`.
#pragma once

#include "content.h"
#include "decisiontree.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace phishaid {

class PlanModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The plan comes from Wizard.plan")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // The plan's explanations, read before its steps: [{id, title, body}].
    Q_PROPERTY(QVariantList explanations READ explanations NOTIFY countChanged)

public:
    enum Roles {
        ActionIdRole = Qt::UserRole,
        UrgencyRole, // "now", "today", "later": as shown in this plan (a 今すぐ step past the third waits)
        KindRole, // "explain", "emergency", "stop-money", ... (content::ActionKind)
        TitleRole,
        BodyRole,
        ContactsRole, // the ids of the contacts the step names; ContactLookup shows each as a ContactInfo
        IsFirstRole, // the very first thing to do
    };
    Q_ENUM(Roles)

    explicit PlanModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(m_rows.size()); }
    QVariantList explanations() const;

    // Replaces the plan. The content must outlive the model's use of the steps' actions.
    void setPlan(const content::Content *content, const QList<content::PlanStep> &steps);
    void clear();

    // The ids of the rows: the steps, without the explanations.
    QStringList actionIds() const;
    // The whole plan as built, explanations included.
    const QList<content::PlanStep> &steps() const { return m_steps; }

Q_SIGNALS:
    void countChanged();

private:
    const content::Content *m_content = nullptr;
    QList<content::PlanStep> m_steps;
    QList<content::PlanStep> m_rows; // m_steps without the explanations
};

// The explanations of a plan as QML reads them: [{id, title, body}], in plan order.
QVariantList explanationsOf(const QList<content::PlanStep> &steps);

} // namespace phishaid
