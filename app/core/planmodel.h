// The recovery plan as a list: one row per step, in plan order (DecisionTree::plan()).
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

    int count() const { return static_cast<int>(m_steps.size()); }

    // Replaces the plan. The content must outlive the model's use of the steps' actions.
    void setPlan(const content::Content *content, const QList<content::PlanStep> &steps);
    void clear();

    QStringList actionIds() const;
    const QList<content::PlanStep> &steps() const { return m_steps; }

Q_SIGNALS:
    void countChanged();

private:
    const content::Content *m_content = nullptr;
    QList<content::PlanStep> m_steps;
};

} // namespace phishaid
