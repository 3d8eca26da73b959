// One contact as the hotline page and the call sheet show it: HotlineModel::entryOf().
#include "contactmap.h"
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

OpenStatus statusOf(const hotline::OpeningHours &hours, const content::Contact &contact, const QString &kind, const QString &hoursText, const QDateTime &now)
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
        const QString aroundTheClock = content::localized(contact.aroundTheClock);
        if (!aroundTheClock.isEmpty()) {
            // A line whose 24-hour service answers now is open for what a step says to call it for.
            return { u"open"_s, true, next, next.isEmpty() ? aroundTheClock : HotlineModel::tr("%1（ほかの相談は%2）").arg(aroundTheClock, next) };
        }
        const QString afterHours = content::localized(contact.afterHours);
        QString text = next.isEmpty() ? HotlineModel::tr("受付時間外") : HotlineModel::tr("受付時間外・%1").arg(next);
        if (!afterHours.isEmpty()) {
            text = HotlineModel::tr("%1（%2）").arg(text, afterHours); // someone answers even now: say who
        }
        return { u"closed"_s, false, next, text };
    }
    }
    return {};
}

} // namespace

QVariantMap HotlineModel::entryOf(const content::Contact &contact) const
{
    const bool own = contact.kind == content::ContactKind::Own;
    const std::optional<MyContacts::Entry> saved = own && m_myContacts ? m_myContacts->entry(contact.id) : std::nullopt;
    // The keys every contact has everywhere (contactToMap), then what the hotline page adds.
    QVariantMap entry = contactToMap(contact);
    if (saved) {
        // A saved number turns the user's own contact into a phone contact they chose themselves: theirs to
        // call, with no content source behind it.
        const QString uri = content::phoneUri(saved->number);
        entry.insert(u"kind"_s, u"phone"_s);
        entry.insert(u"value"_s, saved->number);
        entry.insert(u"uri"_s, uri);
        entry.insert(u"source"_s, QString());
        entry.insert(u"checked"_s, QString());
        entry.insert(u"callable"_s, !uri.isEmpty());
    }
    const QString kind = entry.value(u"kind"_s).toString();
    const QString value = entry.value(u"value"_s).toString();
    const QString source = entry.value(u"source"_s).toString();
    const OpenStatus status = statusOf(m_hours.value(contact.id), contact, kind, entry.value(u"hours"_s).toString(), effectiveNow());
    const QString section = own ? u"mine"_s : contact.category;
    entry.insert({
        { u"section"_s, section },
        { u"sectionTitle"_s, sectionTitle(section) },
        { u"label"_s, saved ? saved->label : QString() },
        // A web address is shown by its host first: that is what tells a real site from a fake one.
        { u"shownValue"_s, kind == u"web" ? QUrl(value).host() : value },
        { u"hoursNote"_s, content::localized(contact.hoursNote) },
        { u"openState"_s, status.state },
        { u"openNow"_s, status.openNow },
        { u"nextOpening"_s, status.nextOpening },
        { u"statusText"_s, status.text },
        { u"sourceHost"_s, QUrl(source).host() },
        { u"checkedText"_s, saved ? QString() : checkedText(contact.checked) },
        { u"isOwn"_s, own },
        { u"saved"_s, saved.has_value() },
    });
    return entry;
}

} // namespace phishaid
