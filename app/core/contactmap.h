// A contact as QML sees it: one map with the same keys everywhere (plan, checklist, hotline page).
#pragma once

#include "content.h"

#include <QVariantMap>

namespace phishaid {

// Keys: id, kind, category, name, value, uri, purpose, prepare, hours, cost, source, checked (ISO date),
// checkedText (「2026年12月1日に出典を確認」, empty without a date), callable.
QVariantMap contactToMap(const content::Contact &contact, const QString &locale = QString::fromLatin1(content::RequiredLocale));

// 「2026年12月1日に出典を確認」: the day someone read the source page, as users are shown it; empty when invalid.
QString checkedText(QDate checked);

// The contacts an action names, in its order; unknown ids are skipped.
QVariantList contactsOfAction(const content::Content &content, const content::Action &action);

} // namespace phishaid
