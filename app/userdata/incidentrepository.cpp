#include "incidentrepository.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcUserData)

namespace phishaid {

namespace {
QString iso(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant &value)
{
    if (value.isNull()) {
        return {};
    }
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    at.setTimeZone(QTimeZone::utc());
    return at;
}

// Runs `work` in one transaction: all of it is committed, or none of it.
template <typename Work> bool inTransaction(QSqlDatabase db, Work work)
{
    if (!db.transaction()) {
        return false;
    }
    if (!work() || !db.commit()) {
        db.rollback();
        return false;
    }
    return true;
}
} // namespace

QString itemStateKey(ItemState state)
{
    switch (state) {
    case ItemState::Open:
        return u"open"_s;
    case ItemState::Done:
        return u"done"_s;
    case ItemState::NotApplicable:
        return u"not_applicable"_s;
    }
    return u"open"_s;
}

ItemState itemStateFromKey(const QString &key)
{
    if (key == u"done"_s) {
        return ItemState::Done;
    }
    if (key == u"not_applicable"_s) {
        return ItemState::NotApplicable;
    }
    return ItemState::Open;
}

IncidentRepository::IncidentRepository(UserDatabase &database)
    : m_database(database)
{ }

bool IncidentRepository::fail(const QString &what, const QString &error)
{
    m_lastError = what + u": "_s + error;
    qCWarning(lcUserData).noquote() << m_lastError;
    return false;
}

std::optional<qint64> IncidentRepository::create(const QDateTime &happenedAt, const QString &outcomeId, int contentVersion,
    const QList<IncidentAnswer> &answers, const QList<ChecklistItem> &items, const QDateTime &now)
{
    qint64 id = 0;
    const bool ok = inTransaction(m_database.database(), [&] {
        QSqlQuery query(m_database.database());
        query.prepare(u"INSERT INTO incidents (created_at, happened_at, outcome_id, content_version) VALUES (?, ?, ?, ?)"_s);
        query.addBindValue(iso(now));
        query.addBindValue(iso(happenedAt));
        query.addBindValue(outcomeId);
        query.addBindValue(contentVersion);
        if (!query.exec()) {
            return fail(u"Cannot save the incident"_s, query.lastError().text());
        }
        id = query.lastInsertId().toLongLong();
        return insertPlan(id, answers, items) && addEvent(id, now, u"created"_s, {}, {});
    });
    if (!ok) {
        return std::nullopt;
    }
    return id;
}

bool IncidentRepository::replacePlan(
    qint64 id, const QString &outcomeId, int contentVersion, const QList<IncidentAnswer> &answers, const QList<ChecklistItem> &items, const QDateTime &now)
{
    const QList<ChecklistItem> before = this->items(id);
    QList<ChecklistItem> merged = items;
    for (ChecklistItem &item : merged) {
        for (const ChecklistItem &old : before) {
            if (old.actionId == item.actionId) {
                item.state = old.state;
                item.changedAt = old.changedAt;
            }
        }
    }
    return inTransaction(m_database.database(), [&] {
        QSqlQuery query(m_database.database());
        for (const QString &table : { u"incident_answers"_s, u"checklist_items"_s }) {
            query.prepare(u"DELETE FROM "_s + table + u" WHERE incident_id = ?"_s); // table names are our own constants
            query.addBindValue(id);
            if (!query.exec()) {
                return fail(u"Cannot replace the plan"_s, query.lastError().text());
            }
        }
        query.prepare(u"UPDATE incidents SET outcome_id = ?, content_version = ? WHERE id = ?"_s);
        query.addBindValue(outcomeId);
        query.addBindValue(contentVersion);
        query.addBindValue(id);
        if (!query.exec()) {
            return fail(u"Cannot replace the plan"_s, query.lastError().text());
        }
        return insertPlan(id, answers, merged) && addEvent(id, now, u"plan_changed"_s, {}, {});
    });
}

bool IncidentRepository::insertPlan(qint64 id, const QList<IncidentAnswer> &answers, const QList<ChecklistItem> &items)
{
    QSqlQuery query(m_database.database());
    query.prepare(u"INSERT INTO incident_answers (incident_id, position, question_id, answer_id, question_text, answer_text, statement)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const IncidentAnswer &a = answers.at(i);
        for (const QVariant &value : { QVariant(id), QVariant(i), QVariant(a.questionId), QVariant(a.answerId), QVariant(a.questionText),
                 QVariant(a.answerText), QVariant(a.statement.isNull() ? u""_s : a.statement) }) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            return fail(u"Cannot save the answers"_s, query.lastError().text());
        }
    }
    query.prepare(u"INSERT INTO checklist_items (incident_id, action_id, position, urgency, title, state, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ChecklistItem &item = items.at(i);
        const QVariant changedAt = item.changedAt.isValid() ? QVariant(iso(item.changedAt)) : QVariant(QMetaType::fromType<QString>());
        for (const QVariant &value : { QVariant(id), QVariant(item.actionId), QVariant(i), QVariant(item.urgency), QVariant(item.title),
                 QVariant(itemStateKey(item.state)), changedAt }) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            return fail(u"Cannot save the checklist"_s, query.lastError().text());
        }
    }
    return true;
}

QList<Incident> IncidentRepository::incidents() const
{
    QList<Incident> list;
    QSqlQuery query(m_database.database());
    query.prepare(u"SELECT id FROM incidents ORDER BY happened_at DESC, id DESC"_s);
    if (!query.exec()) {
        return list;
    }
    while (query.next()) {
        if (auto one = incident(query.value(0).toLongLong())) {
            list.append(*one);
        }
    }
    return list;
}

std::optional<Incident> IncidentRepository::incident(qint64 id) const
{
    QSqlQuery query(m_database.database());
    query.prepare(u"SELECT created_at, happened_at, resolved_at, outcome_id, content_version,"
                  " (SELECT COUNT(*) FROM checklist_items WHERE incident_id = incidents.id AND state = 'done'),"
                  " (SELECT COUNT(*) FROM checklist_items WHERE incident_id = incidents.id AND state != 'not_applicable'),"
                  " sender, fake_site, imitated_company, amount_yen, card_company,"
                  " (SELECT MAX(at) FROM events WHERE incident_id = incidents.id)"
                  " FROM incidents WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    Incident incident;
    incident.id = id;
    incident.createdAt = fromIso(query.value(0));
    incident.happenedAt = fromIso(query.value(1));
    incident.resolvedAt = fromIso(query.value(2));
    incident.outcomeId = query.value(3).toString();
    incident.contentVersion = query.value(4).toInt();
    incident.doneCount = query.value(5).toInt();
    incident.applicableCount = query.value(6).toInt();
    incident.details.sender = query.value(7).toString();
    incident.details.fakeSite = query.value(8).toString();
    incident.details.imitatedCompany = query.value(9).toString();
    if (!query.value(10).isNull()) {
        incident.details.amountYen = query.value(10).toLongLong();
    }
    incident.details.cardCompany = query.value(11).toString();
    incident.lastActivityAt = fromIso(query.value(12));

    QSqlQuery answers(m_database.database());
    answers.prepare(u"SELECT question_id, answer_id, question_text, answer_text, statement FROM incident_answers WHERE incident_id = ? ORDER BY position"_s);
    answers.addBindValue(id);
    if (answers.exec()) {
        while (answers.next()) {
            incident.answers.append({ answers.value(0).toString(), answers.value(1).toString(), answers.value(2).toString(), answers.value(3).toString(),
                answers.value(4).toString() });
        }
    }
    return incident;
}

QList<ChecklistItem> IncidentRepository::items(qint64 id) const
{
    QList<ChecklistItem> list;
    QSqlQuery query(m_database.database());
    query.prepare(u"SELECT action_id, urgency, title, state, changed_at FROM checklist_items WHERE incident_id = ? ORDER BY position"_s);
    query.addBindValue(id);
    if (!query.exec()) {
        return list;
    }
    while (query.next()) {
        list.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), itemStateFromKey(query.value(3).toString()),
            fromIso(query.value(4)) });
    }
    return list;
}

QList<IncidentEvent> IncidentRepository::events(qint64 id) const
{
    QList<IncidentEvent> list;
    QSqlQuery query(m_database.database());
    query.prepare(u"SELECT id, at, kind, action_id, text FROM events WHERE incident_id = ? ORDER BY at, id"_s);
    query.addBindValue(id);
    if (!query.exec()) {
        return list;
    }
    while (query.next()) {
        list.append({ query.value(0).toLongLong(), fromIso(query.value(1)), query.value(2).toString(), query.value(3).toString(), query.value(4).toString() });
    }
    return list;
}

bool IncidentRepository::setState(qint64 id, const QString &actionId, ItemState state, const QDateTime &now)
{
    return inTransaction(m_database.database(), [&] {
        QSqlQuery query(m_database.database());
        query.prepare(u"SELECT state, title FROM checklist_items WHERE incident_id = ? AND action_id = ?"_s);
        query.addBindValue(id);
        query.addBindValue(actionId);
        if (!query.exec() || !query.next()) {
            return fail(u"No such checklist item"_s, actionId);
        }
        const ItemState before = itemStateFromKey(query.value(0).toString());
        const QString title = query.value(1).toString();
        query.finish();
        if (before == state) {
            return true;
        }
        query.prepare(u"UPDATE checklist_items SET state = ?, changed_at = ? WHERE incident_id = ? AND action_id = ?"_s);
        query.addBindValue(itemStateKey(state));
        query.addBindValue(iso(now));
        query.addBindValue(id);
        query.addBindValue(actionId);
        if (!query.exec()) {
            return fail(u"Cannot save the tick"_s, query.lastError().text());
        }
        QString kind;
        if (state == ItemState::Done) {
            kind = u"done"_s;
        } else if (state == ItemState::NotApplicable) {
            kind = u"not_applicable"_s;
        } else {
            kind = before == ItemState::Done ? u"undone"_s : u"applicable"_s;
        }
        return addEvent(id, now, kind, actionId, title);
    });
}

bool IncidentRepository::setResolved(qint64 id, bool resolved, const QDateTime &now)
{
    return inTransaction(m_database.database(), [&] {
        QSqlQuery query(m_database.database());
        query.prepare(u"UPDATE incidents SET resolved_at = ? WHERE id = ?"_s);
        query.addBindValue(resolved ? QVariant(iso(now)) : QVariant(QMetaType::fromType<QString>()));
        query.addBindValue(id);
        if (!query.exec() || query.numRowsAffected() != 1) {
            return fail(u"Cannot mark the incident"_s, query.lastError().text());
        }
        return addEvent(id, now, resolved ? u"resolved"_s : u"reopened"_s, {}, {});
    });
}

bool IncidentRepository::setHappenedAt(qint64 id, const QDateTime &happenedAt, const QDateTime &now)
{
    if (!happenedAt.isValid()) {
        return false;
    }
    return inTransaction(m_database.database(), [&] {
        QSqlQuery query(m_database.database());
        query.prepare(u"UPDATE incidents SET happened_at = ? WHERE id = ?"_s);
        query.addBindValue(iso(happenedAt));
        query.addBindValue(id);
        if (!query.exec() || query.numRowsAffected() != 1) {
            return fail(u"Cannot change the time"_s, query.lastError().text());
        }
        return addEvent(id, now, u"happened_changed"_s, {}, iso(happenedAt));
    });
}

bool IncidentRepository::addNote(qint64 id, const QString &text, const QDateTime &now)
{
    return inTransaction(m_database.database(), [&] { return addEvent(id, now, u"note"_s, {}, text); });
}

bool IncidentRepository::removeNote(qint64 id, qint64 noteId, const QDateTime &now)
{
    const bool removed = inTransaction(m_database.database(), [&] {
        QSqlQuery query(m_database.database());
        query.prepare(u"SELECT at FROM events WHERE id = ? AND incident_id = ? AND kind = 'note'"_s);
        query.addBindValue(noteId);
        query.addBindValue(id);
        if (!query.exec() || !query.next()) {
            return fail(u"No such note"_s, QString::number(noteId));
        }
        const QString writtenAt = query.value(0).toString();
        query.finish();
        query.prepare(u"DELETE FROM events WHERE id = ?"_s);
        query.addBindValue(noteId);
        if (!query.exec() || query.numRowsAffected() != 1) {
            return fail(u"Cannot delete the note"_s, query.lastError().text());
        }
        return addEvent(id, now, u"note_deleted"_s, {}, writtenAt);
    });
    if (removed) {
        m_database.forgetDeleted();
    }
    return removed;
}

bool IncidentRepository::setDetails(qint64 id, const IncidentDetails &details)
{
    return inTransaction(m_database.database(), [&] {
        QSqlQuery query(m_database.database());
        query.prepare(u"UPDATE incidents SET sender = ?, fake_site = ?, imitated_company = ?, amount_yen = ?, card_company = ? WHERE id = ?"_s);
        for (const QString &text : { details.sender, details.fakeSite, details.imitatedCompany }) {
            query.addBindValue(text.isNull() ? u""_s : text); // a null QString binds as NULL
        }
        query.addBindValue(details.amountYen ? QVariant(*details.amountYen) : QVariant(QMetaType::fromType<qint64>()));
        query.addBindValue(details.cardCompany.isNull() ? u""_s : details.cardCompany);
        query.addBindValue(id);
        if (!query.exec() || query.numRowsAffected() != 1) {
            return fail(u"Cannot save the details"_s, query.lastError().text());
        }
        return true;
    });
}

bool IncidentRepository::remove(qint64 id)
{
    const bool removed = inTransaction(m_database.database(), [&] {
        QSqlQuery query(m_database.database());
        query.prepare(u"DELETE FROM incidents WHERE id = ?"_s); // answers, items and events go with it (ON DELETE CASCADE)
        query.addBindValue(id);
        return query.exec() && query.numRowsAffected() == 1;
    });
    if (removed) {
        m_database.forgetDeleted();
    }
    return removed;
}

bool IncidentRepository::addEvent(qint64 id, const QDateTime &at, const QString &kind, const QString &actionId, const QString &text)
{
    QSqlQuery query(m_database.database());
    query.prepare(u"INSERT INTO events (incident_id, at, kind, action_id, text) VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(id);
    query.addBindValue(iso(at));
    query.addBindValue(kind);
    query.addBindValue(actionId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(actionId));
    query.addBindValue(text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text));
    if (!query.exec()) {
        return fail(u"Cannot record the event"_s, query.lastError().text());
    }
    return true;
}

} // namespace phishaid
