// Walks the questions: where an answer leads, which plan a finished path yields, and every path there is.
// The app's wizard and `phishaid-content plans --json` both use it, so reviewers see exactly what users see.
#pragma once

#include "content.h"

#include <QSet>

namespace phishaid::content {

// The answers chosen on one question (one id for single choice, one or more for multiple choice).
struct Step
{
    QString question;
    QStringList answers;
};

// A walk from the start question to an outcome.
struct Path
{
    QList<Step> steps;
    QString outcome;
};

// One step of a plan: the action, and the urgency it is shown with there. That is the action's own
// urgency, except for a 今すぐ step beyond the first MaxNowSteps, which waits as the first of 今日中.
struct PlanStep
{
    const Action *action = nullptr;
    Urgency urgency = Urgency::Later;
};

// Nobody in a panic does more than three things at once (facts.md, "Plan order", rule 5). Explanations
// are not steps and do not count.
inline constexpr int MaxNowSteps = 3;

class DecisionTree
{
public:
    // The content must have passed validation (no cycles, no unknown references).
    explicit DecisionTree(const Content &content);

    const Content &content() const { return m_content; }

    // Where answering `question` with `answers` leads; an unset target when the answers are not valid
    // for that question (unknown id, none chosen, or more than one on a single-choice question).
    Target next(const Question &question, const QStringList &answers) const;

    // The recovery plan for a path: every action the answers and the outcome call for, each once,
    // without the ones a present action supersedes, in plan order: by urgency, then by kind (in the order
    // of ActionKind: explanations first, calls that stop money before tidying up), then by priority, then
    // by id. A 今すぐ step beyond the first MaxNowSteps (explanations aside) waits, first under 今日中.
    // Whether the result keeps every rule of facts.md is checkPlanRules()'s to say (planrules.h).
    QList<PlanStep> plan(const Path &path) const;

    // What the answers on a path establish (the union of their `means`): "device-compromised", ...
    QSet<QString> facts(const Path &path) const;

    // Every path a user can take: each answer of a single-choice question; for a multiple-choice question
    // each choice alone and all choices together. In content order.
    QList<Path> allPaths() const;

    // The most questions a user may still be asked from `questionId` on, that question included.
    int remainingQuestions(const QString &questionId) const;

private:
    void collectPaths(const QString &questionId, Path &prefix, QList<Path> &out) const;

    const Content &m_content;
};

} // namespace phishaid::content
