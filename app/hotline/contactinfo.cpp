#include "contactinfo.h"

#include "contacturi.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace phishaid {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("ContactInfo", text, disambiguation);
}

// Whether the line answers now, and what to say about it.
void setOpenState(ContactInfo &info, const content::Contact &contact, const hotline::OpeningHours &hours, const QDateTime &now)
{
    if (info.kind == ContactInfo::Mail || info.kind == ContactInfo::Web) {
        info.openState = u"none"_s; // a mail or a web form does not keep hours
        return;
    }
    switch (hours.stateAt(now)) {
    case hotline::OpeningHours::State::Unknown:
        // Never a guess. When the content's hours text says as much already, it is not repeated.
        info.openState = u"unknown"_s;
        info.statusText = info.hours.isEmpty() ? tr("受付時間は窓口によって違います") : QString();
        return;
    case hotline::OpeningHours::State::Open: {
        info.openState = u"open"_s;
        info.openNow = true;
        const QString until = hours.closingText(now);
        info.statusText = hours.isAlways() ? tr("24時間受付") : until.isEmpty() ? tr("受付中") : tr("受付中・%1").arg(until);
        return;
    }
    case hotline::OpeningHours::State::Closed:
        break;
    }
    info.nextOpening = hours.nextOpeningText(now);
    const QString aroundTheClock = content::localized(contact.aroundTheClock);
    if (!aroundTheClock.isEmpty()) {
        // A line whose 24-hour service answers now is open for what a step says to call it for.
        info.openState = u"open"_s;
        info.openNow = true;
        info.statusText = info.nextOpening.isEmpty() ? aroundTheClock : tr("%1（ほかの相談は%2）").arg(aroundTheClock, info.nextOpening);
        return;
    }
    info.openState = u"closed"_s;
    info.statusText = info.nextOpening.isEmpty() ? tr("受付時間外") : tr("受付時間外・%1").arg(info.nextOpening);
    const QString afterHours = content::localized(contact.afterHours);
    if (!afterHours.isEmpty()) {
        info.statusText = tr("%1（%2）").arg(info.statusText, afterHours); // someone answers even now: say who
    }
}

// 「2026年12月1日に出典を確認」: the day someone read the source page, as users are shown it.
QString checkedText(QDate checked)
{
    if (!checked.isValid()) {
        return {};
    }
    return tr("%1年%2月%3日に出典を確認", "@info the day the official page stating the fact was read")
        .arg(checked.year())
        .arg(checked.month())
        .arg(checked.day());
}

void setButton(ContactInfo &info)
{
    switch (info.kind) {
    case ContactInfo::Own:
        info.buttonText = tr("番号を登録する", "@action:button save my card company's number");
        info.actionName = tr("%1の番号を登録する", "@action:button save the number of <contact>").arg(info.name);
        return;
    case ContactInfo::Mail:
        info.buttonText = tr("メールで報告する", "@action:button write a report mail");
        info.actionName = tr("%1にメールで報告する", "@action:button mail <contact name>").arg(info.name);
        return;
    case ContactInfo::Web:
        info.buttonText = tr("サイトを開く", "@action:button open the web site");
        info.actionName = tr("%1のサイトを開く", "@action:button open the site of <contact name>").arg(info.name);
        return;
    case ContactInfo::Phone:
        info.buttonText = tr("電話する", "@action:button call this number");
        info.actionName = tr("%1に電話する", "@action:button call <contact name>").arg(info.name);
        return;
    }
}

} // namespace

QString ContactInfo::kindKey() const
{
    if (!isValid()) {
        return {}; // no contact: no kind, so nothing that depends on the kind applies
    }
    switch (kind) {
    case Phone:
        return u"phone"_s;
    case Mail:
        return u"mail"_s;
    case Web:
        return u"web"_s;
    case Own:
        return u"own"_s;
    }
    return {};
}

ContactInfo makeContactInfo(
    const content::Contact &contact, const std::optional<MyContacts::Entry> &saved, const hotline::OpeningHours &hours, const QDateTime &now)
{
    ContactInfo info;
    info.id = contact.id;
    info.category = contact.category;
    info.name = content::localized(contact.name);
    info.purpose = content::localized(contact.purpose);
    info.prepare = content::localized(contact.prepare);
    info.hours = content::localized(contact.hours);
    info.hoursNote = content::localized(contact.hoursNote);
    info.cost = content::localized(contact.cost);
    info.isOwn = contact.kind == content::ContactKind::Own;
    if (info.isOwn) {
        // A saved number turns the user's own desk into a phone contact they chose themselves: theirs to call,
        // with no content source behind it.
        info.saved = saved.has_value();
        info.needsNumber = !info.saved;
        info.kind = info.saved ? ContactInfo::Phone : ContactInfo::Own;
        info.value = saved ? saved->number : QString();
        info.label = saved ? saved->label : QString();
        info.uri = saved ? content::phoneUri(saved->number) : QString();
        info.callable = !info.uri.isEmpty();
    } else {
        info.kind = contact.kind == content::ContactKind::Mail ? ContactInfo::Mail
            : contact.kind == content::ContactKind::Web        ? ContactInfo::Web
                                                               : ContactInfo::Phone;
        info.value = contact.value;
        info.uri = content::contactUri(contact);
        info.callable = content::isCallable(contact) && !info.uri.isEmpty();
        info.source = contact.source;
        info.sourceHost = QUrl(contact.source).host();
        info.checkedText = checkedText(contact.checked);
    }
    // A web address is shown by its host first: that is what tells a real site from a fake one.
    info.shownValue = info.kind == ContactInfo::Web ? QUrl(info.value).host() : info.value;
    setButton(info);
    setOpenState(info, contact, hours, now);
    return info;
}

} // namespace phishaid
