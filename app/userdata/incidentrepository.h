// Incidents, their checklists and their records in the user database. Plain C++ over QtSql: every
// statement is prepared with bound values, and every change that belongs together is one transaction.
#pragma once

#include "userdatabase.h"

#include <QDateTime>
#include <optional>

namespace phishaid {

enum class ItemState { Open, Done, NotApplicable };

struct IncidentAnswer
{
    QString questionId;
    QString answerId;
    QString questionText;
    QString answerText;
};

struct ChecklistItem
{
    QString actionId;
    QString urgency; // "now", "today", "later"
    QString title; // as it was when the plan was made
    ItemState state = ItemState::Open;
    QDateTime changedAt; // when it was last ticked, unticked or set aside
};

struct Incident
{
    qint64 id = 0;
    QDateTime createdAt;
    QDateTime happenedAt;
    QDateTime resolvedAt; // invalid while open
    QString outcomeId;
    int contentVersion = 0;
    QList<IncidentAnswer> answers;
    int doneCount = 0;
    int applicableCount = 0; // items not marked 該当しない
    bool isResolved() const { return resolvedAt.isValid(); }
};

struct IncidentEvent
{
    qint64 id = 0;
    QDateTime at;
    QString kind; // created, plan_changed, done, undone, not_applicable, applicable, note, happened_changed, resolved, reopened
    QString actionId;
    QString text; // the note, or the item's title at the time
};

class IncidentRepository
{
public:
    explicit IncidentRepository(UserDatabase &database);

    // A new incident with its answers and checklist (all open); returns its id.
    std::optional<qint64> create(const QDateTime &happenedAt, const QString &outcomeId, int contentVersion, const QList<IncidentAnswer> &answers,
        const QList<ChecklistItem> &items, const QDateTime &now);
    // New answers and plan for an existing incident (the user went back and changed an answer). Items whose
    // action stays keep their state; items the new plan drops are removed from the checklist.
    bool replacePlan(
        qint64 id, const QString &outcomeId, int contentVersion, const QList<IncidentAnswer> &answers, const QList<ChecklistItem> &items, const QDateTime &now);

    QList<Incident> incidents() const; // newest first
    std::optional<Incident> incident(qint64 id) const;
    QList<ChecklistItem> items(qint64 id) const; // in plan order
    QList<IncidentEvent> events(qint64 id) const; // oldest first

    // Committed before returning true: the UI shows a tick only after this.
    bool setState(qint64 id, const QString &actionId, ItemState state, const QDateTime &now);
    bool setResolved(qint64 id, bool resolved, const QDateTime &now);
    bool setHappenedAt(qint64 id, const QDateTime &happenedAt, const QDateTime &now);
    bool addNote(qint64 id, const QString &text, const QDateTime &now);
    bool remove(qint64 id);

    QString lastError() const { return m_lastError; }

private:
    bool addEvent(qint64 id, const QDateTime &at, const QString &kind, const QString &actionId, const QString &text);
    bool insertPlan(qint64 id, const QList<IncidentAnswer> &answers, const QList<ChecklistItem> &items);
    bool fail(const QString &what, const QString &error);

    UserDatabase &m_database;
    QString m_lastError;
};

QString itemStateKey(ItemState state); // "open", "done", "not_applicable"
ItemState itemStateFromKey(const QString &key);

} // namespace phishaid
