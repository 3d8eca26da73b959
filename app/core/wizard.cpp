#include "wizard.h"

#include "planrules.h"
#include "rebindsource.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace phishaid {

Wizard::Wizard(QObject *parent)
    : QAbstractListModel(parent)
    , m_plan(new PlanModel(this))
{ }

Wizard::~Wizard() = default;

int Wizard::rowCount(const QModelIndex &parent) const
{
    const content::Question *question = current();
    return parent.isValid() || !question ? 0 : static_cast<int>(question->answers.size());
}

QVariant Wizard::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const content::Answer &answer = current()->answers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return content::localized(answer.text);
    case AnswerIdRole:
        return answer.id;
    case DetailRole:
        return content::localized(answer.detail);
    case SelectedRole:
        return m_selected.contains(answer.id);
    case EmergencyRole:
        return answer.means.contains(QString::fromLatin1(content::fact::MoneyTakenNow));
    default:
        return {};
    }
}

QHash<int, QByteArray> Wizard::roleNames() const
{
    return { { AnswerIdRole, "answerId" }, { TextRole, "text" }, { DetailRole, "detail" }, { SelectedRole, "selected" }, { EmergencyRole, "emergency" } };
}

void Wizard::setStore(ContentStore *store)
{
    if (!rebindSource(m_store, store, this)) {
        return;
    }
    if (m_store) {
        connect(m_store, &ContentStore::statusChanged, this, &Wizard::rebuild);
        connect(m_store, &QObject::destroyed, this, [this] {
            m_store = nullptr;
            rebuild();
        });
    }
    rebuild();
    Q_EMIT storeChanged();
}

void Wizard::rebuild()
{
    const QList<content::Step> history = m_history;
    const bool wasAtPlan = m_atPlan;
    const QString questionId = m_questionId;
    const QStringList selected = m_selected;
    // The plan points into the store's content: drop it before the content it points to is gone.
    m_plan->clear();
    m_tree.reset();
    if (m_store && m_store->isReady()) {
        m_tree = std::make_unique<content::DecisionTree>(m_store->content());
    }
    const bool underway = wasAtPlan || !history.isEmpty();
    if (m_tree && underway && replay(history, wasAtPlan, questionId, selected)) {
        return;
    }
    startOver(Move::ContentReset); // Restart is the user's 最初からやり直す only
}

// New content arrived (an update the user asked for) while the wizard was under way. When the same
// answers still exist and lead to the same place in it, the wizard stays there instead of starting over.
bool Wizard::replay(const QList<content::Step> &history, bool atPlan, const QString &questionId, const QStringList &selected)
{
    const content::Content &content = m_tree->content();
    const auto hasAnswers = [](const content::Question &question, const QStringList &ids) {
        return std::all_of(ids.cbegin(), ids.cend(), [&question](const QString &id) {
            return std::any_of(question.answers.cbegin(), question.answers.cend(), [&id](const content::Answer &answer) { return answer.id == id; });
        });
    };
    QString at = content.start.id;
    QString outcome;
    for (const content::Step &step : history) {
        const content::Question *question = content.question(at);
        if (!outcome.isEmpty() || step.question != at || !question || !hasAnswers(*question, step.answers)) {
            return false;
        }
        const content::Target target = m_tree->next(*question, step.answers);
        if (target.question) {
            at = target.question->id;
        } else if (target.outcome) {
            outcome = target.outcome->id;
        } else {
            return false;
        }
    }
    if (atPlan != !outcome.isEmpty()) {
        return false;
    }
    if (!atPlan) {
        const content::Question *question = content.question(at);
        if (at != questionId || !question || !hasAnswers(*question, selected)) {
            return false;
        }
    }
    beginResetModel();
    m_history = history;
    m_atPlan = atPlan;
    m_outcome = outcome;
    m_questionId = atPlan ? history.constLast().question : at;
    m_selected = atPlan ? QStringList() : selected;
    endResetModel();
    if (atPlan) {
        m_plan->setPlan(&content, m_tree->plan(content::Path { m_history, m_outcome }));
    }
    Q_EMIT questionChanged();
    Q_EMIT selectionChanged();
    Q_EMIT moved(Move::ContentKept);
    return true;
}

const content::Question *Wizard::current() const
{
    if (!m_tree || m_atPlan) {
        return nullptr;
    }
    return m_tree->content().question(m_questionId);
}

QString Wizard::questionId() const
{
    const content::Question *question = current();
    return question ? question->id : QString();
}

QString Wizard::questionText() const
{
    const content::Question *question = current();
    return question ? content::localized(question->text) : QString();
}

QString Wizard::questionHelp() const
{
    const content::Question *question = current();
    return question ? content::localized(question->help) : QString();
}

bool Wizard::isMultipleChoice() const
{
    const content::Question *question = current();
    return question && question->kind == content::QuestionKind::Multiple;
}

bool Wizard::canContinue() const
{
    return isMultipleChoice() && !m_selected.isEmpty();
}

int Wizard::stepNumber() const
{
    if (!m_tree) {
        return 0;
    }
    return static_cast<int>(m_history.size()) + (m_atPlan ? 0 : 1);
}

int Wizard::stepCount() const
{
    if (!m_tree) {
        return 0;
    }
    const int answered = static_cast<int>(m_history.size());
    return m_atPlan ? answered : answered + m_tree->remainingQuestions(m_questionId);
}

QStringList Wizard::answeredSummary() const
{
    QStringList summary;
    if (!m_tree) {
        return summary;
    }
    for (const content::Step &step : m_history) {
        const content::Question *question = m_tree->content().question(step.question);
        if (!question) {
            continue;
        }
        for (const content::Answer &answer : question->answers) {
            if (step.answers.contains(answer.id)) {
                summary.append(content::localized(answer.text));
            }
        }
    }
    return summary;
}

void Wizard::choose(int row)
{
    const content::Question *question = current();
    if (!question || row < 0 || row >= question->answers.size()) {
        return;
    }
    const QString id = question->answers.at(row).id;
    if (question->kind == content::QuestionKind::Single) {
        advance({ id });
        return;
    }
    if (m_selected.contains(id)) {
        m_selected.removeAll(id);
    } else {
        m_selected.append(id);
    }
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, { SelectedRole });
    Q_EMIT selectionChanged();
}

bool Wizard::chooseAnswer(const QString &answerId)
{
    const content::Question *question = current();
    if (!question)
        return false;
    const auto found
        = std::find_if(question->answers.cbegin(), question->answers.cend(), [&answerId](const content::Answer &answer) { return answer.id == answerId; });
    if (found == question->answers.cend())
        return false;
    choose(int(found - question->answers.cbegin()));
    return true;
}

void Wizard::next()
{
    const content::Question *question = current();
    if (!question || question->kind != content::QuestionKind::Multiple || m_selected.isEmpty()) {
        return;
    }
    // Keep the content's order, not the order of tapping, so the same choices always mean the same path.
    QStringList answers;
    for (const content::Answer &answer : question->answers) {
        if (m_selected.contains(answer.id)) {
            answers.append(answer.id);
        }
    }
    advance(answers);
}

void Wizard::advance(const QStringList &answers)
{
    const content::Question *question = current();
    if (!question) {
        return;
    }
    const content::Target target = m_tree->next(*question, answers);
    if (!target.isSet()) {
        return;
    }
    m_history.append(content::Step { question->id, answers });
    if (target.question) {
        enter(target.question->id, {}, Move::Forward);
        return;
    }
    content::Path path { m_history, target.outcome->id };
    beginResetModel();
    m_atPlan = true;
    m_outcome = path.outcome;
    m_selected.clear();
    endResetModel();
    m_plan->setPlan(&m_tree->content(), m_tree->plan(path));
    Q_EMIT questionChanged();
    Q_EMIT selectionChanged();
    Q_EMIT planReady();
    Q_EMIT moved(Move::Forward);
}

void Wizard::back()
{
    if (m_history.isEmpty()) {
        return;
    }
    const content::Step last = m_history.takeLast();
    m_plan->clear();
    enter(last.question, last.answers, Move::Back);
}

void Wizard::restart()
{
    startOver(Move::Restart);
}

void Wizard::startOver(Move move)
{
    m_history.clear();
    m_plan->clear();
    enter(m_tree ? m_tree->content().start.id : QString(), {}, move);
}

void Wizard::enter(const QString &questionId, const QStringList &preselected, Move move)
{
    beginResetModel();
    m_atPlan = false;
    m_outcome.clear();
    m_questionId = questionId;
    m_selected = preselected;
    endResetModel();
    Q_EMIT questionChanged();
    Q_EMIT selectionChanged();
    Q_EMIT moved(move);
}

} // namespace phishaid
