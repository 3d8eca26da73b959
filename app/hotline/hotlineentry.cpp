// One contact as the hotline page and the call sheet show it: HotlineModel::entryOf().
#include "contacturi.h"
#include "hotlinemodel.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace phishaid {

namespace {

struct OpenStatus
{
    QString state; // open, closed, unknown, none
    bool openNow = false;
    QString nextOpening;
    QString text;
};

OpenStatus statusOf(const hotline::OpeningHours &hours, const QString &kind, const QString &hoursText, const QDateTime &now)
{
    if (kind == u"mail" || kind == u"web") {
        return { u"none"_s, false, {}, {} }; // a mail or a web form does not keep hours
    }
    switch (hours.stateAt(now)) {
    case hotline::OpeningHours::State::Unknown:
        // Never a guess. When the content's hours text says as much already, it is not repeated.
        return { u"unknown"_s, false, {}, hoursText.isEmpty() ? HotlineModel::tr("受付時間は窓口によって違います") : QString() };
    case hotline::OpeningHours::State::Open: {
        if (hours.isAlways()) {
            return { u"open"_s, true, {}, HotlineModel::tr("24時間受付") };
        }
        const QString until = hours.closingText(now);
        return { u"open"_s, true, {}, until.isEmpty() ? HotlineModel::tr("受付中") : HotlineModel::tr("受付中・%1").arg(until) };
    }
    case hotline::OpeningHours::State::Closed: {
        const QString next = hours.nextOpeningText(now);
        return { u"closed"_s, false, next, next.isEmpty() ? HotlineModel::tr("受付時間外") : HotlineModel::tr("受付時間外・%1").arg(next) };
    }
    }
    return {};
}

} // namespace

QVariantMap HotlineModel::entryOf(const content::Contact &contact) const
{
    const bool own = contact.kind == content::ContactKind::Own;
    const std::optional<MyContacts::Entry> saved = own && m_myContacts ? m_myContacts->entry(contact.id) : std::nullopt;
    // A saved number turns the user's own contact into a phone contact they chose themselves.
    const QString kind = saved ? u"phone"_s : content::contactKindKey(contact.kind);
    const QString uri = saved ? content::phoneUri(saved->number) : content::contactUri(contact);
    const QString hoursText = content::localized(contact.hours);
    const OpenStatus status = statusOf(m_hours.value(contact.id), kind, hoursText, effectiveNow());
    const QString source = saved ? QString() : contact.source;
    const QString value = saved ? saved->number : contact.value;
    // A web address is shown by its host first: that is what tells a real site from a fake one.
    const QString shownValue = kind == u"web" ? QUrl(value).host() : value;
    return {
        { u"id"_s, contact.id },
        { u"kind"_s, kind },
        { u"category"_s, contact.category },
        { u"section"_s, own ? u"mine"_s : contact.category },
        { u"sectionTitle"_s, sectionTitle(own ? u"mine"_s : contact.category) },
        { u"name"_s, content::localized(contact.name) },
        { u"label"_s, saved ? saved->label : QString() },
        { u"purpose"_s, content::localized(contact.purpose) },
        { u"prepare"_s, content::localized(contact.prepare) },
        { u"value"_s, value },
        { u"shownValue"_s, shownValue },
        { u"uri"_s, uri },
        { u"hours"_s, hoursText },
        { u"hoursNote"_s, content::localized(contact.hoursNote) },
        { u"openState"_s, status.state },
        { u"openNow"_s, status.openNow },
        { u"nextOpening"_s, status.nextOpening },
        { u"statusText"_s, status.text },
        { u"cost"_s, content::localized(contact.cost) },
        { u"source"_s, source },
        { u"sourceHost"_s, QUrl(source).host() },
        { u"checked"_s, saved ? QString() : contact.checked.toString(Qt::ISODate) },
        { u"checkedText"_s,
            saved || !contact.checked.isValid()
                ? QString()
                : HotlineModel::tr("%1年%2月%3日").arg(contact.checked.year()).arg(contact.checked.month()).arg(contact.checked.day()) },
        // The user's own number is theirs to call; content numbers only when confirmed (high or medium).
        { u"callable"_s, saved ? !uri.isEmpty() : content::isCallable(contact) },
        { u"isOwn"_s, own },
        { u"saved"_s, saved.has_value() },
    };
}

} // namespace phishaid
