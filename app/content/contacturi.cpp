#include "contacturi.h"

#include "phonenumber.h"

using namespace Qt::StringLiterals;

namespace phishaid::content {

QString contactUri(const Contact &contact)
{
    switch (contact.kind) {
    case ContactKind::Phone:
        return PhoneNumber::parse(contact.value).telUri(); // the same rules as the validator's
    case ContactKind::Mail:
        return u"mailto:"_s + contact.value;
    case ContactKind::Web:
        return contact.value;
    case ContactKind::Own:
        break;
    }
    return {};
}

QString phoneUri(const QString &number)
{
    return PhoneNumber::parse(number).telUri();
}

bool isCallable(const Contact &contact)
{
    const bool confirmed = contact.confidence == Confidence::High || contact.confidence == Confidence::Medium;
    return confirmed && contact.kind != ContactKind::Own && !contact.value.isEmpty() && !contactUri(contact).isEmpty();
}

} // namespace phishaid::content
