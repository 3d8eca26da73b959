#include "planmodel.h"

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace phishaid {

PlanModel::PlanModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int PlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant PlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const content::PlanStep &step = m_rows.at(index.row());
    const content::Action &action = *step.action;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return content::localized(action.title);
    case ActionIdRole:
        return action.id;
    case UrgencyRole:
        return content::urgencyKey(step.urgency);
    case KindRole:
        return content::actionKindKey(action.kind);
    case BodyRole:
        return content::localized(action.body);
    case ContactsRole:
        return content::contactIds(action);
    case IsFirstRole:
        return index.row() == 0;
    default:
        return {};
    }
}

QHash<int, QByteArray> PlanModel::roleNames() const
{
    return {
        { ActionIdRole, "actionId" },
        { UrgencyRole, "urgency" },
        { KindRole, "kind" },
        { TitleRole, "title" },
        { BodyRole, "body" },
        { ContactsRole, "contacts" },
        { IsFirstRole, "isFirst" },
    };
}

void PlanModel::setPlan(const content::Content *content, const QList<content::PlanStep> &steps)
{
    beginResetModel();
    m_content = content;
    m_steps = steps;
    m_rows.clear();
    std::copy_if(steps.cbegin(), steps.cend(), std::back_inserter(m_rows),
        [](const content::PlanStep &step) { return step.action->kind != content::ActionKind::Explain; });
    endResetModel();
    Q_EMIT countChanged();
}

void PlanModel::clear()
{
    setPlan(nullptr, {});
}

QStringList PlanModel::actionIds() const
{
    QStringList ids;
    for (const content::PlanStep &step : m_rows) {
        ids.append(step.action->id);
    }
    return ids;
}

QVariantList explanationsOf(const QList<content::PlanStep> &steps)
{
    QVariantList list;
    for (const content::PlanStep &step : steps) {
        if (step.action->kind == content::ActionKind::Explain) {
            list.append(QVariantMap {
                { u"id"_s, step.action->id },
                { u"title"_s, content::localized(step.action->title) },
                { u"body"_s, content::localized(step.action->body) },
            });
        }
    }
    return list;
}

QVariantList PlanModel::explanations() const
{
    return explanationsOf(m_steps);
}

} // namespace phishaid
