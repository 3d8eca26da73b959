#pragma once

#include <QObject>

namespace phishaid {

// Points a model's source (`member`, a plain pointer or a QPointer) at `source`, first dropping every
// connection from the old source to `receiver`. Returns false when it already pointed there, so a setter
// stops early; otherwise the caller connects to the new source and refreshes.
template <typename Pointer, typename Source> bool rebindSource(Pointer &member, Source *source, QObject *receiver)
{
    if (member == source) {
        return false;
    }
    if (member) {
        QObject::disconnect(member, nullptr, receiver, nullptr);
    }
    member = source;
    return true;
}

} // namespace phishaid
