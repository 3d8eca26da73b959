#include "checklist.h"

#include "decisiontree.h"
#include "incidentreport.h"
#include "planmodel.h"
#include "rebindsource.h"

namespace phishaid {

Checklist::Checklist(QObject *parent)
    : QAbstractListModel(parent)
{ }

void Checklist::setIncidents(Incidents *incidents)
{
    if (!rebindSource(m_incidents, incidents, this)) {
        return;
    }
    if (m_incidents) {
        // Another view (the list, a second checklist) changed this incident: show the same truth.
        connect(m_incidents, &Incidents::incidentChanged, this, [this](int id) {
            if (id == m_incidentId && !m_notifying) {
                reload();
            }
        });
    }
    reload();
    Q_EMIT sourceChanged();
}

void Checklist::setStore(ContentStore *store)
{
    if (!rebindSource(m_store, store, this)) {
        return;
    }
    if (m_store) {
        connect(m_store, &ContentStore::statusChanged, this, &Checklist::reload);
    }
    reload();
    Q_EMIT sourceChanged();
}

void Checklist::setIncidentId(int incidentId)
{
    if (m_incidentId == incidentId) {
        return;
    }
    m_incidentId = incidentId;
    reload();
    Q_EMIT sourceChanged();
}

void Checklist::reload()
{
    beginResetModel();
    m_items.clear();
    if (m_incidents && m_incidents->repository() && m_incidentId > 0) {
        m_items = m_incidents->repository()->items(m_incidentId);
    }
    endResetModel();
    Q_EMIT progressChanged();
    m_explanations = loadExplanations();
    Q_EMIT explanationsChanged();
}

QVariantList Checklist::loadExplanations() const
{
    if (!m_store || !m_store->isReady() || !m_incidents || !m_incidents->repository() || m_incidentId <= 0) {
        return {};
    }
    const std::optional<Incident> incident = m_incidents->repository()->incident(m_incidentId);
    if (!incident) {
        return {};
    }
    // The path the answers took, question by question, as the wizard walked it.
    content::Path path { {}, incident->outcomeId };
    for (const IncidentAnswer &answer : incident->answers) {
        if (path.steps.isEmpty() || path.steps.constLast().question != answer.questionId) {
            path.steps.append({ answer.questionId, {} });
        }
        path.steps.last().answers.append(answer.answerId);
    }
    const content::DecisionTree tree(m_store->content());
    return explanationsOf(tree.plan(path));
}

int Checklist::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant Checklist::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ChecklistItem &item = m_items.at(index.row());
    // The current content explains the action; an action a newer content dropped keeps its saved title.
    const content::Action *action = m_store && m_store->isReady() ? m_store->content().action(item.actionId) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return action ? content::localized(action->title) : item.title;
    case ActionIdRole:
        return item.actionId;
    case UrgencyRole:
        return item.urgency;
    case BodyRole:
        return action ? content::localized(action->body) : QString();
    case ContactsRole:
        return action ? content::contactIds(*action) : QStringList();
    case StateRole:
        return itemStateKey(item.state);
    case DoneRole:
        return item.state == ItemState::Done;
    case NotApplicableRole:
        return item.state == ItemState::NotApplicable;
    case ChangedTextRole:
        return item.state == ItemState::Open ? QString() : japanTime(item.changedAt);
    case IsFirstRole:
        return index.row() == firstOpenRow();
    default:
        return {};
    }
}

QHash<int, QByteArray> Checklist::roleNames() const
{
    return {
        { ActionIdRole, "actionId" },
        { UrgencyRole, "urgency" },
        { TitleRole, "title" },
        { BodyRole, "body" },
        { ContactsRole, "contacts" },
        { StateRole, "state" },
        { DoneRole, "done" },
        { NotApplicableRole, "notApplicable" },
        { ChangedTextRole, "changedText" },
        { IsFirstRole, "isFirst" },
    };
}

int Checklist::doneCount() const
{
    return static_cast<int>(std::count_if(m_items.cbegin(), m_items.cend(), [](const ChecklistItem &item) { return item.state == ItemState::Done; }));
}

int Checklist::applicableCount() const
{
    return static_cast<int>(std::count_if(m_items.cbegin(), m_items.cend(), [](const ChecklistItem &item) { return item.state != ItemState::NotApplicable; }));
}

int Checklist::firstOpenRow() const
{
    for (qsizetype row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).state == ItemState::Open) {
            return static_cast<int>(row);
        }
    }
    return -1;
}

bool Checklist::setDone(int row, bool done)
{
    return setState(row, done ? ItemState::Done : ItemState::Open);
}

bool Checklist::setNotApplicable(int row, bool notApplicable)
{
    return setState(row, notApplicable ? ItemState::NotApplicable : ItemState::Open);
}

bool Checklist::setState(int row, ItemState state)
{
    if (row < 0 || row >= m_items.size() || !m_incidents || !m_incidents->repository()) {
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Commit first; only a committed change reaches the screen.
    if (!m_incidents->repository()->setState(m_incidentId, m_items.at(row).actionId, state, now)) {
        return false;
    }
    const int firstOpenBefore = firstOpenRow();
    m_items[row].state = state;
    m_items[row].changedAt = now;
    Q_EMIT dataChanged(index(row), index(row));
    const int firstOpenAfter = firstOpenRow();
    for (const int r : { firstOpenBefore, firstOpenAfter }) {
        if (r >= 0 && r != row) {
            Q_EMIT dataChanged(index(r), index(r), { IsFirstRole });
        }
    }
    Q_EMIT progressChanged();
    // The incident list's counts follow. Our own rows are already right: no reset (it would lose the scroll).
    m_notifying = true;
    m_incidents->notifyChanged(m_incidentId);
    m_notifying = false;
    return true;
}

} // namespace phishaid
