// Walks the questions: where an answer leads, which plan a finished path yields, and every path there is.
// The app's wizard and `phishaid-content plans --json` both use it, so reviewers see exactly what users see.
#pragma once

#include "content.h"

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
    // without the ones a present action supersedes, ordered by urgency and then by content order.
    QList<const Action *> plan(const Path &path) const;

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
