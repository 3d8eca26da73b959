// Checks that content is sound before it reaches a user: every rule of content/README.md
// ("What validation rejects") that is about meaning rather than YAML syntax.
#pragma once

#include "content.h"

namespace phishaid::content {

// Whether validation walks every path and checks its plan against the plan rules (planrules.h). The
// content tool does (validate, compile, publish: nothing that breaks a rule is ever signed); the app, which
// opens only what the tool compiled and signed, checks the content's soundness without the walk, which
// would cost every start and every update install the time of 1,124 plans.
enum class PlanRuleCheck { Skip, Check };

// Every problem in `content`, ordered by file and line. Empty when the content may be published.
// Run it on content read without diagnostics (YamlReader) or read back from a database. With
// PlanRuleCheck::Check and once the questions are sound, the plan of every path is built and checked against
// the plan rules; a broken rule is reported at the action it concerns, with the first path that breaks it.
QList<Diagnostic> validateContent(const Content &content, PlanRuleCheck planRules = PlanRuleCheck::Skip);

// Reads YAML sources (see YamlReader) and validates what was read, plan rules included. Validation runs
// only when reading found nothing wrong: half-read content would bury the real problem under follow-on ones.
QList<Diagnostic> readAndValidate(const QStringList &paths, Content *content = nullptr);

// The categories a contact may have (the app groups and decorates contacts by them).
QStringList contactCategories();

// Phone: a valid PhoneNumber (phonenumber.h) written in ASCII, with optional hyphens or spaces: a short
// number (110, 118, 119, 188, 189), a #-number (#9110), a Japanese number of 10 digits (0120-XXX-XXX,
// 0570, landlines) or 11 digits (050, 070, 080, 090, 0800), or +81 and the number without its 0.
bool isValidPhoneNumber(const QString &value);
bool isValidMailAddress(const QString &value);
// An https:// URL with a host name.
bool isValidWebAddress(const QString &value);
// A source that names the page stating a fact: a web address whose path is more than "/" (a site's home
// page states nothing a reviewer can check).
bool isSourcePage(const QString &value);

} // namespace phishaid::content
