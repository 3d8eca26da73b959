// JSON views of the content for reviewers and scripts (`phishaid-content plans --json` and `contacts --json`):
// every plan a user can be shown, and every contact with the URI the app would open.
#pragma once

#include "content.h"
#include "decisiontree.h"

#include <QByteArray>

namespace phishaid::content {

// One element per path of tree.allPaths():
// {"answers": [{"questionId", "question", "answerId", "answer"}...], "outcome",
//  "actions": [{"id", "kind", "urgency", "title", "body", "contacts"}]}
// `question` and `answer` are the texts the user reads. A multiple-choice step gives one answers entry per
// chosen answer. Actions in plan order, each with the urgency it is shown with in that plan. An action's
// contacts are their values ("188", "#9110", an address or URL), or the id of a contact of kind own.
// Texts in `locale`, falling back to ja.
QByteArray plansJson(const DecisionTree &tree, const QString &locale = QString::fromLatin1(RequiredLocale));

// The same as readable text, one block per path: the questions and answers as the user read them, then
// the explanations (※) and the numbered steps under 今すぐ / 今日中 / 落ち着いたら, each with its id and contacts.
QByteArray plansText(const DecisionTree &tree, const QString &locale = QString::fromLatin1(RequiredLocale));

// Every contact: {"id", "kind", "category", "name", "value", "uri", "purpose", "prepare", "hours", "hoursNote",
// "open", "closed", "cost", "source", "checked", "confidence", "callable"}, absent values as null; uri as
// contactUri(), callable as isCallable(); open as "always", null (unknown) or [{"days", "from", "to"}].
QByteArray contactsJson(const Content &content, const QString &locale = QString::fromLatin1(RequiredLocale));

} // namespace phishaid::content
