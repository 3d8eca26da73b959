// One incident's plan as a checklist: tick, untick, or set aside as 該当しない. Each change is committed to
// the user database before the model shows it. Rows keep plan order, so 今すぐ items stay first.
#pragma once

#include "contentstore.h"
#include "incidents.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

namespace phishaid {

class Checklist : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(phishaid::Incidents *incidents READ incidents WRITE setIncidents NOTIFY sourceChanged)
    Q_PROPERTY(phishaid::ContentStore *store READ store WRITE setStore NOTIFY sourceChanged)
    Q_PROPERTY(int incidentId READ incidentId WRITE setIncidentId NOTIFY sourceChanged)
    Q_PROPERTY(int count READ count NOTIFY progressChanged)
    Q_PROPERTY(int doneCount READ doneCount NOTIFY progressChanged)
    Q_PROPERTY(int applicableCount READ applicableCount NOTIFY progressChanged)
    // What the plan of this incident explains before its steps, from its answers and today's content:
    // [{id, title, body}] (explanations are read, not ticked, so they are not items).
    Q_PROPERTY(QVariantList explanations READ explanations NOTIFY explanationsChanged)

public:
    enum Roles {
        ActionIdRole = Qt::UserRole,
        UrgencyRole,
        TitleRole,
        BodyRole, // empty when the current content no longer has the action
        ContactsRole, // as PlanModel's
        StateRole, // "open", "done", "not_applicable"
        DoneRole,
        NotApplicableRole,
        ChangedTextRole, // when it was last changed, in Japan time; empty while open
        IsFirstRole, // the first item still open: what to do next
    };
    Q_ENUM(Roles)

    explicit Checklist(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Incidents *incidents() const { return m_incidents; }
    void setIncidents(Incidents *incidents);
    ContentStore *store() const { return m_store; }
    void setStore(ContentStore *store);
    int incidentId() const { return m_incidentId; }
    void setIncidentId(int incidentId);

    int count() const { return static_cast<int>(m_items.size()); }
    int doneCount() const;
    int applicableCount() const;
    QVariantList explanations() const { return m_explanations; }

    // Each returns false, changing nothing on screen, when the database could not commit the change.
    Q_INVOKABLE bool setDone(int row, bool done);
    Q_INVOKABLE bool setNotApplicable(int row, bool notApplicable);

Q_SIGNALS:
    void explanationsChanged();
    void sourceChanged();
    void progressChanged();

private:
    bool setState(int row, ItemState state);
    void reload();
    int firstOpenRow() const;
    QVariantList loadExplanations() const;

    QPointer<Incidents> m_incidents;
    QPointer<ContentStore> m_store;
    int m_incidentId = -1;
    QList<ChecklistItem> m_items;
    QVariantList m_explanations;
    bool m_notifying = false;
};

} // namespace phishaid
