// A contact as QML sees it: one map with the same keys everywhere (plan, checklist, hotline page).
#pragma once

#include "content.h"

#include <QVariantMap>

namespace phishaid {

// Keys: id, kind, category, name, value, uri, purpose, prepare, hours, cost, source, checked, callable.
QVariantMap contactToMap(const content::Contact &contact, const QString &locale = QString::fromLatin1(content::RequiredLocale));

// The contacts an action names, in its order; unknown ids are skipped.
QVariantList contactsOfAction(const content::Content &content, const content::Action &action);

} // namespace phishaid
