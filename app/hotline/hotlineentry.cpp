// One contact as the hotline page shows it: HotlineModel::entryOf(), on top of the app's one ContactInfo.
#include "hotlinemodel.h"

using namespace Qt::StringLiterals;

namespace phishaid {

ContactInfo HotlineModel::entryOf(const content::Contact &contact) const
{
    const std::optional<MyContacts::Entry> saved = contact.kind == content::ContactKind::Own && m_myContacts ? m_myContacts->entry(contact.id) : std::nullopt;
    return makeContactInfo(contact, saved, m_hours.value(contact.id), effectiveNow());
}

QVariant HotlineModel::roleOf(const ContactInfo &info, const content::Contact &contact, int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return info.name;
    case ContactIdRole:
        return info.id;
    case KindRole:
        return info.kindKey();
    case CategoryRole:
        return info.category;
    case SectionRole:
        return info.isOwn ? u"mine"_s : info.category;
    case SectionTitleRole:
        return sectionTitle(info.isOwn ? u"mine"_s : info.category);
    case LabelRole:
        return info.label;
    case PurposeRole:
        return info.purpose;
    case PrepareRole:
        return info.prepare;
    case ValueRole:
        return info.value;
    case ShownValueRole:
        return info.shownValue;
    case UriRole:
        return info.uri;
    case HoursRole:
        return info.hours;
    case HoursNoteRole:
        return info.hoursNote;
    case OpenStateRole:
        return info.openState;
    case OpenNowRole:
        return info.openNow;
    case NextOpeningRole:
        return info.nextOpening;
    case StatusTextRole:
        return info.statusText;
    case CostRole:
        return info.cost;
    case SourceRole:
        return info.source;
    case SourceHostRole:
        return info.sourceHost;
    case CheckedRole:
        return info.isOwn ? QString() : contact.checked.toString(Qt::ISODate);
    case CheckedTextRole:
        return info.checkedText;
    case CallableRole:
        return info.callable;
    case IsOwnRole:
        return info.isOwn;
    case SavedRole:
        return info.saved;
    case NeedsNumberRole:
        return info.needsNumber;
    case ButtonTextRole:
        return info.buttonText;
    case ActionNameRole:
        return info.actionName;
    case ContactRole:
        return QVariant::fromValue(info);
    default:
        return {};
    }
}

} // namespace phishaid
