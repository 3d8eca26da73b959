#include "decisiontree.h"

#include <QSet>
#include <algorithm>
#include <tuple>

namespace phishaid::content {

DecisionTree::DecisionTree(const Content &content)
    : m_content(content)
{ }

Target DecisionTree::next(const Question &question, const QStringList &answers) const
{
    if (answers.isEmpty()) {
        return {};
    }
    for (const QString &id : answers) {
        const bool known = std::any_of(question.answers.cbegin(), question.answers.cend(), [&id](const Answer &a) { return a.id == id; });
        if (!known || answers.count(id) > 1) {
            return {};
        }
    }
    if (question.kind == QuestionKind::Multiple) {
        return question.target;
    }
    if (answers.size() != 1) {
        return {};
    }
    for (const Answer &answer : question.answers) {
        if (answer.id == answers.constFirst()) {
            return answer.target;
        }
    }
    return {};
}

QList<PlanStep> DecisionTree::plan(const Path &path) const
{
    QSet<QString> wanted;
    auto want = [&wanted](const QList<Ref> &refs) {
        for (const Ref &ref : refs) {
            wanted.insert(ref.id);
        }
    };
    for (const Step &step : path.steps) {
        const Question *question = m_content.question(step.question);
        if (!question) {
            continue;
        }
        for (const Answer &answer : question->answers) {
            if (step.answers.contains(answer.id)) {
                want(answer.actions);
            }
        }
    }
    if (const Outcome *outcome = m_content.outcome(path.outcome)) {
        want(outcome->actions);
    }

    // An action that supersedes another removes it: keeping the mail as evidence wins over deleting it.
    QSet<QString> superseded;
    for (const Action &action : m_content.actions) {
        if (wanted.contains(action.id)) {
            for (const Ref &ref : action.supersedes) {
                superseded.insert(ref.id);
            }
        }
    }

    QList<const Action *> actions;
    for (const Action &action : m_content.actions) {
        if (wanted.contains(action.id) && !superseded.contains(action.id)) {
            actions.append(&action);
        }
    }
    // The order is a rule, not where a step happens to be written: moving an action to another file
    // changes nothing.
    std::sort(actions.begin(), actions.end(),
        [](const Action *a, const Action *b) { return std::tie(a->urgency, a->kind, a->priority, a->id) < std::tie(b->urgency, b->kind, b->priority, b->id); });

    QList<PlanStep> result;
    int nowSteps = 0;
    for (const Action *action : std::as_const(actions)) {
        Urgency urgency = action->urgency;
        if (urgency == Urgency::Now && action->kind != ActionKind::Explain && ++nowSteps > MaxNowSteps) {
            urgency = Urgency::Today; // sorted before every step that was 今日中 already: the first of them
        }
        result.append({ action, urgency });
    }
    return result;
}

QSet<QString> DecisionTree::facts(const Path &path) const
{
    QSet<QString> result;
    for (const Step &step : path.steps) {
        if (const Question *question = m_content.question(step.question)) {
            for (const Answer &answer : question->answers) {
                if (step.answers.contains(answer.id)) {
                    result.unite(QSet<QString>(answer.means.cbegin(), answer.means.cend()));
                }
            }
        }
    }
    return result;
}

QList<Path> DecisionTree::allPaths() const
{
    QList<Path> out;
    Path prefix;
    if (m_content.question(m_content.start.id)) {
        collectPaths(m_content.start.id, prefix, out);
    }
    return out;
}

void DecisionTree::collectPaths(const QString &questionId, Path &prefix, QList<Path> &out) const
{
    const Question *question = m_content.question(questionId);
    if (!question) {
        return;
    }
    QList<QStringList> choices;
    for (const Answer &answer : question->answers) {
        choices.append(QStringList { answer.id });
    }
    if (question->kind == QuestionKind::Multiple && question->answers.size() > 1) {
        QStringList all;
        for (const Answer &answer : question->answers) {
            all.append(answer.id);
        }
        choices.append(all);
    }
    for (const QStringList &answers : std::as_const(choices)) {
        const Target target = next(*question, answers);
        prefix.steps.append(Step { question->id, answers });
        if (target.question) {
            collectPaths(target.question->id, prefix, out);
        } else if (target.outcome) {
            Path path = prefix;
            path.outcome = target.outcome->id;
            out.append(path);
        }
        prefix.steps.removeLast();
    }
}

int DecisionTree::remainingQuestions(const QString &questionId) const
{
    const Question *question = m_content.question(questionId);
    if (!question) {
        return 0;
    }
    QList<const Target *> targets;
    if (question->kind == QuestionKind::Multiple) {
        targets.append(&question->target);
    } else {
        for (const Answer &answer : question->answers) {
            targets.append(&answer.target);
        }
    }
    int deepest = 0;
    for (const Target *target : std::as_const(targets)) {
        if (target->question) {
            deepest = std::max(deepest, remainingQuestions(target->question->id));
        }
    }
    return 1 + deepest;
}

} // namespace phishaid::content
