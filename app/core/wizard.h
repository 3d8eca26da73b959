// The "what happened?" wizard: one question at a time, back and start over, and the plan at the end.
// C++ decides what comes next and what the plan is; QML only shows it.
// As a list model, the rows are the answers of the current question.
#pragma once

#include "contentstore.h"
#include "decisiontree.h"
#include "planmodel.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <memory>

namespace phishaid {

class Wizard : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(phishaid::ContentStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(bool ready READ isReady NOTIFY questionChanged)
    Q_PROPERTY(bool atPlan READ atPlan NOTIFY questionChanged)
    Q_PROPERTY(bool atStart READ atStart NOTIFY questionChanged)
    Q_PROPERTY(QString questionId READ questionId NOTIFY questionChanged)
    Q_PROPERTY(QString questionText READ questionText NOTIFY questionChanged)
    Q_PROPERTY(QString questionHelp READ questionHelp NOTIFY questionChanged)
    Q_PROPERTY(bool multipleChoice READ isMultipleChoice NOTIFY questionChanged)
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY questionChanged)
    Q_PROPERTY(bool canContinue READ canContinue NOTIFY selectionChanged)
    Q_PROPERTY(int stepNumber READ stepNumber NOTIFY questionChanged)
    Q_PROPERTY(int stepCount READ stepCount NOTIFY questionChanged)
    Q_PROPERTY(QStringList answeredSummary READ answeredSummary NOTIFY questionChanged)
    Q_PROPERTY(phishaid::PlanModel *plan READ plan CONSTANT)
    // At the plan: the outcome it came from ("not-sure", …); empty before.
    Q_PROPERTY(QString outcomeId READ outcomeId NOTIFY questionChanged)

public:
    // What moved the wizard, so that a view knows whether to push, pop or stay without guessing.
    enum class Move {
        Forward, // an answer led to the next question or to the plan
        Back, // back one question (from the plan: to the last question)
        Restart, // 最初からやり直す
        ContentKept, // new content arrived and the wizard kept its place (same question or plan, new words)
        ContentReset, // new content (or the first) arrived without the answers given: the first question
    };
    Q_ENUM(Move)

    enum Roles {
        AnswerIdRole = Qt::UserRole,
        TextRole,
        DetailRole,
        SelectedRole,
        EmergencyRole, // the answer means money is being taken now: shown apart, it leads straight to its calls
    };
    Q_ENUM(Roles)

    explicit Wizard(QObject *parent = nullptr);
    ~Wizard() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    ContentStore *store() const { return m_store; }
    void setStore(ContentStore *store);

    bool isReady() const { return m_tree != nullptr; }
    bool atPlan() const { return m_atPlan; }
    bool atStart() const { return !m_atPlan && m_history.isEmpty(); }
    QString questionId() const;
    QString questionText() const;
    QString questionHelp() const;
    bool isMultipleChoice() const;
    bool canGoBack() const { return !m_history.isEmpty() || m_atPlan; }
    bool canContinue() const;
    int stepNumber() const;
    int stepCount() const;
    QStringList answeredSummary() const;
    PlanModel *plan() const { return m_plan; }

    // Single choice: answers with that row and moves on. Multiple choice: toggles that row.
    Q_INVOKABLE void choose(int row);
    // choose() by answer id (the checker's "I already tapped the link" leads into the wizard this way);
    // false when the current question has no such answer.
    Q_INVOKABLE bool chooseAnswer(const QString &answerId);
    // Multiple choice: moves on with the selected rows (does nothing when none is selected).
    Q_INVOKABLE void next();
    // Goes back one question (from the plan, to the last question), keeping what was chosen there.
    Q_INVOKABLE void back();
    // Forgets every answer and returns to the first question.
    Q_INVOKABLE void restart();

    // The answers given so far, for saving an incident later.
    QList<content::Step> steps() const { return m_history; }
    QString outcomeId() const { return m_outcome; }

Q_SIGNALS:
    void storeChanged();
    void questionChanged();
    void selectionChanged();
    void planReady();
    // After questionChanged, every time: why it changed.
    void moved(phishaid::Wizard::Move move);

private:
    void rebuild();
    void startOver(Move move);
    bool replay(const QList<content::Step> &history, bool atPlan, const QString &questionId, const QStringList &selected);
    void enter(const QString &questionId, const QStringList &preselected, Move move);
    void advance(const QStringList &answers);
    const content::Question *current() const;

    ContentStore *m_store = nullptr;
    std::unique_ptr<content::DecisionTree> m_tree;
    PlanModel *m_plan;
    QList<content::Step> m_history; // answered questions, oldest first
    QString m_questionId;
    QStringList m_selected; // answer ids selected on the current question
    bool m_atPlan = false;
    QString m_outcome;
};

} // namespace phishaid
