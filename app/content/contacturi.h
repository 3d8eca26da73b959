// How a contact is reached: the URI handed to the platform (dialer, mail app, browser).
#pragma once

#include "content.h"

namespace phishaid::content {

// tel: for a phone (separators dropped, '#' as %23: "#9110" -> "tel:%239110"), mailto: for a mail
// address, the https URL itself for web; empty for the user's own contact, which has no fixed value.
// A malformed phone number (which validation rejects) gives an empty URI.
QString contactUri(const Contact &contact);

// tel: URI for a number the user saved (see PhoneNumber): empty when it is not a valid Japanese number.
QString phoneUri(const QString &number);

// Whether the app may offer a one-tap call, mail or link: only facts confirmed by an official source
// (confidence high or medium) and only contacts with a value.
bool isCallable(const Contact &contact);

} // namespace phishaid::content
