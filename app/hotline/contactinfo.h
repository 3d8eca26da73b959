// One contact as every screen shows it (the plan's steps, the hotline list, the call sheet): typed, and built
// in one place from the content, the user's saved numbers and the clock. QML reads it as the value type
// `contactInfo`; no page decides again what a kind of contact shows or what its button says.
#pragma once

#include "content.h"
#include "mycontacts.h"
#include "openinghours.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>

namespace phishaid {

class ContactInfo
{
    Q_GADGET
    QML_VALUE_TYPE(contactInfo)
    Q_PROPERTY(QString id MEMBER id CONSTANT)
    Q_PROPERTY(Kind kind MEMBER kind CONSTANT)
    Q_PROPERTY(QString category MEMBER category CONSTANT)
    Q_PROPERTY(QString name MEMBER name CONSTANT)
    Q_PROPERTY(QString label MEMBER label CONSTANT)
    Q_PROPERTY(QString purpose MEMBER purpose CONSTANT)
    Q_PROPERTY(QString prepare MEMBER prepare CONSTANT)
    Q_PROPERTY(QString hours MEMBER hours CONSTANT)
    Q_PROPERTY(QString hoursNote MEMBER hoursNote CONSTANT)
    Q_PROPERTY(QString cost MEMBER cost CONSTANT)
    Q_PROPERTY(QString value MEMBER value CONSTANT)
    Q_PROPERTY(QString shownValue MEMBER shownValue CONSTANT)
    Q_PROPERTY(QString uri MEMBER uri CONSTANT)
    Q_PROPERTY(bool callable MEMBER callable CONSTANT)
    Q_PROPERTY(bool isOwn MEMBER isOwn CONSTANT)
    Q_PROPERTY(bool saved MEMBER saved CONSTANT)
    Q_PROPERTY(bool needsNumber MEMBER needsNumber CONSTANT)
    Q_PROPERTY(QString buttonText MEMBER buttonText CONSTANT)
    Q_PROPERTY(QString actionName MEMBER actionName CONSTANT)
    Q_PROPERTY(QString openState MEMBER openState CONSTANT)
    Q_PROPERTY(bool openNow MEMBER openNow CONSTANT)
    Q_PROPERTY(QString nextOpening MEMBER nextOpening CONSTANT)
    Q_PROPERTY(QString statusText MEMBER statusText CONSTANT)
    Q_PROPERTY(QString source MEMBER source CONSTANT)
    Q_PROPERTY(QString sourceHost MEMBER sourceHost CONSTANT)
    Q_PROPERTY(QString checkedText MEMBER checkedText CONSTANT)
    Q_PROPERTY(bool valid READ isValid CONSTANT)
    // The kind as QML compares it: "phone", "mail", "web", "own" (Qt 6.4 QML cannot name a value type's enums).
    Q_PROPERTY(QString kindKey READ kindKey CONSTANT)

public:
    enum Kind {
        Phone, // a number to call (also the user's own desk once its number is saved)
        Mail, // an address to mail
        Web, // a page to open
        Own, // the user's own card company or bank with no number saved yet
    };
    Q_ENUM(Kind)

    QString id;
    Kind kind = Phone;
    QString category;
    QString name;
    QString label; // own: the company name the user saved
    QString purpose;
    QString prepare;
    QString hours;
    QString hoursNote;
    QString cost;
    QString value; // the number, address or URL; own: the saved number
    QString shownValue; // in large type: the number, the address, a web address's host
    QString uri; // tel:, mailto: or https:; empty when there is nothing to open
    bool callable = false; // a button reaches someone: confirmed content, or the user's saved number
    bool isOwn = false; // the user's own card company or bank
    bool saved = false; // own: a number is saved
    bool needsNumber = false; // own without a saved number: the button saves one
    QString buttonText; // 電話する, メールで報告する, サイトを開く, 番号を登録する
    QString actionName; // what the button does, for a screen reader: 「消費者ホットライン(188)に電話する」
    QString openState; // open, closed, unknown (hours differ by desk), none (mail and web)
    bool openNow = false;
    QString nextOpening; // 「明日 8:30 から」 when closed
    QString statusText; // 「受付中・20:00 まで」, 「カードの一時停止は24時間受付（…）」, 「受付時間外・明日 8:30 から」
    QString source;
    QString sourceHost;
    QString checkedText; // 「2026年12月1日に出典を確認」; empty for a number the user saved

    bool isValid() const { return !id.isEmpty(); }
    QString kindKey() const;
    bool operator==(const ContactInfo &other) const = default;
};

// The one place the rules live: what a contact shows, given what the user saved and what time it is.
ContactInfo makeContactInfo(
    const content::Contact &contact, const std::optional<MyContacts::Entry> &saved, const hotline::OpeningHours &hours, const QDateTime &now);

} // namespace phishaid
