// Incidents, their checklists and their records in the user database. Plain C++ over QtSql: every
// statement is prepared with bound values, and every change that belongs together is one transaction.
#pragma once

#include "recorddetails.h"
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
    QString statement; // the answer as a plain sentence (「カード番号を入力した」); empty in older records
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
    QDateTime lastActivityAt; // the newest event of its timeline: a tick, a note, a change
    IncidentDetails details;
    bool isResolved() const { return resolvedAt.isValid(); }
};

struct IncidentEvent
{
    qint64 id = 0;
    QDateTime at;
    // created, plan_changed, done, undone, not_applicable, applicable, note, note_deleted, happened_changed, resolved,
    // reopened
    QString kind;
    QString actionId;
    QString text; // the note, the item's title at the time, or (note_deleted) when the deleted note was written
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
    // Deletes the note `noteId` (an event of kind note) of incident `id`, leaving an event note_deleted that says
    // when the note was written but not what it said. False when there is no such note.
    bool removeNote(qint64 id, qint64 noteId, const QDateTime &now);
    // Replaces the sender, fake site, imitated company, amount and card company. The caller checks and defangs.
    bool setDetails(qint64 id, const IncidentDetails &details);
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
