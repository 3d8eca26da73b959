// JSON views of the content for reviewers and scripts (`phishaid-content plans --json` and `contacts --json`):
// every plan a user can be shown, and every contact with the URI the app would open.
#pragma once

#include "content.h"
#include "decisiontree.h"

#include <QByteArray>

namespace phishaid::content {

// One element per path of tree.allPaths():
// {"answers": [{"question", "answer"}...], "outcome", "actions": [{"id", "urgency", "title", "body", "contacts"}]}
// A multiple-choice step gives one answers entry per chosen answer. An action's contacts are their values
// ("188", "#9110", an address or URL), or the id of a contact of kind own. Texts in `locale`, falling back to ja.
QByteArray plansJson(const DecisionTree &tree, const QString &locale = QString::fromLatin1(RequiredLocale));

// Every contact: {"id", "kind", "category", "name", "value", "uri", "purpose", "prepare", "hours", "hoursNote",
// "open", "closed", "cost", "source", "checked", "confidence", "callable"}, absent values as null; uri as
// contactUri(), callable as isCallable(); open as "always", null (unknown) or [{"days", "from", "to"}].
QByteArray contactsJson(const Content &content, const QString &locale = QString::fromLatin1(RequiredLocale));

} // namespace phishaid::content
