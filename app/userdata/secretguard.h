// Notes and the record's fields never hold a secret. A card number (cardnumberguard.h), or a PIN or a password
// written out after its name: 「暗証番号 0123」「パスワード sakura1955」「PIN:1234」「password=abc」 (full-width
// letters and digits, any case). A mention without a value passes: 「パスワードを変えた」「暗証番号は伝えていない」.
#pragma once

#include <QString>

namespace phishaid {

enum class Secret {
    None,
    CardNumber, // a Luhn-valid run of 13 to 19 digits
    Pin, // 暗証番号, PIN, パスコード followed by a value
    Password, // パスワード, password followed by a value
};

// What `text` would give away, card numbers first; Secret::None when nothing.
Secret findSecret(const QString &text);

// A PIN or a password name followed by a value: after the name (and a ":", "=", "は", a space or a bracket) comes
// a run of three or more ASCII letters, digits or symbols that is not an ordinary English word ("reset").
Secret findPinOrPassword(const QString &text);

} // namespace phishaid
