// The rules every recovery plan keeps, whatever the answers (shared/reference/facts.md, "Plan order"),
// checked on a plan as DecisionTree::plan() built it. The content tool runs them over every path and
// refuses content that breaks one; the tests run them over every path of the shipped content.
#pragma once

#include "content.h"
#include "decisiontree.h"

#include <QSet>

namespace phishaid::content {

// Facts (Answer::means) that the rules know by name. Content may use other facts for `contradicts`.
namespace fact {
inline constexpr auto DeviceCompromised = "device-compromised"; // an app, a profile or an attachment is on the device
inline constexpr auto MoneyTakenNow = "money-taken-now"; // money is leaving the account or card right now
inline constexpr auto GaveSomething = "gave-something"; // something was typed, written or said to them
} // namespace fact

enum class PlanRule {
    ExplanationsFirst, // 1. an explanation comes before the steps it explains
    MoneyBeforeTidying, // 2. calls that stop money before removing the app, closing the page, reporting;
                        //    airplane mode first when the device is compromised
    PasswordsFromAnotherDevice, // 3. a compromised device is never where passwords are changed
    MoneyTakenNow, // 4. money being taken now: the bank or card company first, 110 beside it
    AtMostThreeNow, // 5. no more than three steps are 今すぐ
    NoContradiction, // 6. no step that contradicts an answer
    EvidenceKept, // 7. anything given away: the mail is kept as evidence
};

QList<PlanRule> allPlanRules();
int planRuleNumber(PlanRule rule); // 1 to 7, as in content/README.md
QString planRuleKey(PlanRule rule); // "explanations-first", ...

// One rule broken by one plan, with the action to point at (for file:line), when there is one.
struct RuleBreak
{
    PlanRule rule;
    const Action *action = nullptr;
    QString message; // one sentence, naming the actions
};

QList<RuleBreak> checkPlanRules(const QSet<QString> &facts, const QList<PlanStep> &plan, const Content &content);

// "what-happened: tapped-link → entered-what: card + bank → paid: not-paid → outcome went-further"
QString describePath(const Path &path);

} // namespace phishaid::content
