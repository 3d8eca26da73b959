// Notes must never hold a card number. A run of 13 to 19 digits (spaces or hyphens allowed between them,
// full-width digits too) that passes the Luhn check is taken as one.
#pragma once

#include <QString>

namespace phishaid {

bool passesLuhn(const QString &digits);
bool containsCardNumber(const QString &text);

} // namespace phishaid
