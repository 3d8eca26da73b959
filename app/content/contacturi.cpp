#include "contacturi.h"

using namespace Qt::StringLiterals;

namespace phishaid::content {

QString contactUri(const Contact &contact)
{
    switch (contact.kind) {
    case ContactKind::Phone: {
        QString uri = u"tel:"_s;
        for (const QChar c : contact.value) {
            if (c == u'#') {
                uri += u"%23"_s; // '#' would start a URI fragment
            } else if (c.isDigit() || c == u'+') {
                uri += c;
            }
        }
        return uri;
    }
    case ContactKind::Mail:
        return u"mailto:"_s + contact.value;
    case ContactKind::Web:
        return contact.value;
    case ContactKind::Own:
        break;
    }
    return {};
}

bool isCallable(const Contact &contact)
{
    const bool confirmed = contact.confidence == Confidence::High || contact.confidence == Confidence::Medium;
    return confirmed && contact.kind != ContactKind::Own && !contact.value.isEmpty();
}

} // namespace phishaid::content
