// What the police and the card company ask for, beside what happened: who sent it, the fake site, the company
// it imitated, the money lost, the user's card company or bank. All optional; kept on the incident (user
// database, migration step 3). Never a secret: the record refuses card numbers, PINs and passwords in them.
#pragma once

#include <QString>
#include <optional>

namespace phishaid {

struct IncidentDetails
{
    QString sender; // the address or number it came from
    QString fakeSite; // the fake site's address, defanged: hxxps://example[.]top/login
    QString imitatedCompany;
    std::optional<qint64> amountYen; // the money lost; nullopt when not given
    QString cardCompany; // the user's card company or bank
    bool isEmpty() const;
    bool operator==(const IncidentDetails &) const = default;
};

// A web address written so that nothing turns it into a link again: "http" becomes "hxxp" and every dot of the
// host "[.]" (https://example.top/login → hxxps://example[.]top/login). Dots in the path stay. Defanging a
// defanged address changes nothing. Text without a scheme is taken as a host and a path (example.top/login).
QString defangUrl(const QString &url);

// The amount in yen as people type it: digits (full-width too), with or without "," grouping, "円" or "¥".
// nullopt when it is anything else (letters, 万, a sign, more than 13 digits) or empty.
std::optional<qint64> parseYen(const QString &text);

// "12,000円".
QString formatYen(qint64 yen);

} // namespace phishaid
