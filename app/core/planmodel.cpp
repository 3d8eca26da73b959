#include "planmodel.h"

#include "contacturi.h"

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
    const content::Action &action = *m_actions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return content::localized(action.title);
    case ActionIdRole:
        return action.id;
    case UrgencyRole:
        return content::urgencyKey(action.urgency);
    case BodyRole:
        return content::localized(action.body);
    case ContactsRole:
        return contactsOf(action);
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
        { TitleRole, "title" },
        { BodyRole, "body" },
        { ContactsRole, "contacts" },
        { IsFirstRole, "isFirst" },
    };
}

void PlanModel::setPlan(const content::Content *content, const QList<const content::Action *> &actions)
{
    beginResetModel();
    m_content = content;
    m_actions = actions;
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
    for (const content::Action *action : m_actions) {
        ids.append(action->id);
    }
    return ids;
}

QVariantList PlanModel::contactsOf(const content::Action &action) const
{
    QVariantList list;
    if (!m_content) {
        return list;
    }
    for (const content::Ref &ref : action.contacts) {
        const content::Contact *contact = m_content->contact(ref.id);
        if (!contact) {
            continue;
        }
        list.append(QVariantMap {
            { u"id"_s, contact->id },
            { u"kind"_s, content::contactKindKey(contact->kind) },
            { u"category"_s, contact->category },
            { u"name"_s, content::localized(contact->name) },
            { u"value"_s, contact->value },
            { u"uri"_s, content::contactUri(*contact) },
            { u"purpose"_s, content::localized(contact->purpose) },
            { u"prepare"_s, content::localized(contact->prepare) },
            { u"hours"_s, content::localized(contact->hours) },
            { u"cost"_s, content::localized(contact->cost) },
            { u"source"_s, contact->source },
            { u"checked"_s, contact->checked.toString(Qt::ISODate) },
            { u"callable"_s, content::isCallable(*contact) },
        });
    }
    return list;
}

} // namespace phishaid
