// The recovery plan as a list: one row per action, ordered by urgency (now, today, later).
#pragma once

#include "content.h"

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
        UrgencyRole, // "now", "today", "later"
        TitleRole,
        BodyRole,
        ContactsRole, // list of maps: id, kind, name, value, purpose, hours, cost, source, checked, callable
        IsFirstRole, // the very first thing to do
    };
    Q_ENUM(Roles)

    explicit PlanModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(m_actions.size()); }

    // Replaces the plan. The content must outlive the model's use of these pointers.
    void setPlan(const content::Content *content, const QList<const content::Action *> &actions);
    void clear();

    QStringList actionIds() const;

Q_SIGNALS:
    void countChanged();

private:
    const content::Content *m_content = nullptr;
    QList<const content::Action *> m_actions;
};

} // namespace phishaid
