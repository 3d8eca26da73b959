#include "validator.h"

#include "checkercontent.h"
#include "decisiontree.h"
#include "hoursvalidator.h"
#include "phonenumber.h"
#include "planrules.h"
#include "yamlreader.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace phishaid::content {

namespace {

// Another place in the content, named short: the file name (not its path) and the line.
QString place(const SourceLocation &where)
{
    return QFileInfo(where.file).fileName() % u':' % QString::number(where.line);
}

class Validator
{
public:
    Validator(const Content &content, PlanRuleCheck planRules)
        : m_content(content)
        , m_planRules(planRules)
    { }

    QList<Diagnostic> run()
    {
        checkMeta();
        checkDuplicates();
        checkTexts();
        checkQuestionShapes();
        checkReferences();
        checkReachability();
        checkCycles();
        checkContacts();
        checkFacts();
        checkOpeningHours(m_content, m_diagnostics);
        checkHolidayTable(m_content, m_diagnostics);
        checkCheckerContent(m_content, m_diagnostics);
        // Paths are walked only through sound questions: a cycle would never end, a dangling reference
        // would bury the real problem under rule breaks that follow from it.
        if (m_diagnostics.isEmpty() && m_planRules == PlanRuleCheck::Check) {
            checkPlans();
        }
        std::stable_sort(m_diagnostics.begin(), m_diagnostics.end(),
            [](const Diagnostic &a, const Diagnostic &b) { return std::tie(a.where.file, a.where.line) < std::tie(b.where.file, b.where.line); });
        return m_diagnostics;
    }

private:
    void report(const SourceLocation &where, const QString &message) { m_diagnostics.append({ where, message }); }

    void checkMeta()
    {
        if (m_content.version <= 0) {
            report(m_content.where, u"The content version must be a positive whole number."_s);
        }
        if (m_content.start.id.isEmpty()) {
            report(m_content.where, u"The content has no start question."_s);
        } else if (!m_content.question(m_content.start.id)) {
            report(m_content.start.where, u"The start question "_s % quoted(m_content.start.id) % u" is unknown.");
        }
    }

    template <typename T> void checkUnique(const QList<T> &items, const QString &kind)
    {
        QHash<QString, SourceLocation> seen;
        for (const T &item : items) {
            const auto first = seen.constFind(item.id);
            if (first == seen.cend()) {
                seen.insert(item.id, item.where);
            } else if (first->file.isEmpty()) {
                report(item.where, kind % u" id " % quoted(item.id) % u" is used twice.");
            } else {
                report(item.where, kind % u" id " % quoted(item.id) % u" is used twice; the first is at " % place(*first) % u'.');
            }
        }
    }

    void checkDuplicates()
    {
        checkUnique(m_content.questions, u"Question"_s);
        checkUnique(m_content.outcomes, u"Outcome"_s);
        checkUnique(m_content.actions, u"Action"_s);
        checkUnique(m_content.contacts, u"Contact"_s);
        for (const Question &question : m_content.questions) {
            QSet<QString> seen;
            for (const Answer &answer : question.answers) {
                if (seen.contains(answer.id)) {
                    report(answer.where, u"Answer id "_s % quoted(answer.id) % u" is used twice in question " % quoted(question.id) % u'.');
                }
                seen.insert(answer.id);
            }
        }
    }

    void checkText(const LocalizedText &text, const QString &field, const QString &owner, const SourceLocation &where, bool required)
    {
        if (!required && text.isEmpty()) {
            return;
        }
        if (text.value(QString::fromLatin1(RequiredLocale)).trimmed().isEmpty()) {
            report(where, u"The "_s % field % u" of " % owner % u" has no Japanese (ja) text.");
        }
    }

    void checkTexts()
    {
        for (const Question &question : m_content.questions) {
            const QString owner = u"question "_s % quoted(question.id);
            checkText(question.text, u"text"_s, owner, question.where, true);
            checkText(question.help, u"help"_s, owner, question.where, false);
            for (const Answer &answer : question.answers) {
                const QString answerOwner = u"answer "_s % quoted(answer.id) % u" of " % owner;
                checkText(answer.text, u"text"_s, answerOwner, answer.where, true);
                checkText(answer.detail, u"detail"_s, answerOwner, answer.where, false);
                checkText(answer.statement, u"statement"_s, answerOwner, answer.where, false);
            }
        }
        for (const Action &action : m_content.actions) {
            const QString owner = u"action "_s % quoted(action.id);
            checkText(action.title, u"title"_s, owner, action.where, true);
            checkText(action.body, u"body"_s, owner, action.where, true);
        }
        for (const Contact &contact : m_content.contacts) {
            const QString owner = u"contact "_s % quoted(contact.id);
            checkText(contact.name, u"name"_s, owner, contact.where, true);
            checkText(contact.purpose, u"purpose"_s, owner, contact.where, true);
            checkText(contact.prepare, u"prepare"_s, owner, contact.where, false);
            checkText(contact.hours, u"hours"_s, owner, contact.where, false);
            checkText(contact.hoursNote, u"hours-note"_s, owner, contact.where, false);
            checkText(contact.aroundTheClock, u"around-the-clock"_s, owner, contact.where, false);
            checkText(contact.afterHours, u"after-hours"_s, owner, contact.where, false);
            checkText(contact.cost, u"cost"_s, owner, contact.where, false);
        }
    }

    // Single choice: each answer leads on by itself. Multiple choice: the question leads on after 次へ.
    void checkQuestionShapes()
    {
        for (const Question &question : m_content.questions) {
            const QString name = quoted(question.id);
            if (question.answers.isEmpty()) {
                report(question.where, u"Question "_s % name % u" has no answers.");
            }
            if (question.kind == QuestionKind::Multiple) {
                checkTargetShape(question.target, u"Multiple-choice question "_s % name, question.where);
                for (const Answer &answer : question.answers) {
                    if (answer.target.isSet()) {
                        report(answer.where,
                            u"Answer "_s % quoted(answer.id) % u" of multiple-choice question " % name
                                % u" must not have its own next or outcome; the question leads on.");
                    }
                }
                continue;
            }
            if (question.target.isSet()) {
                report(question.where, u"Single-choice question "_s % name % u" must not have its own next or outcome; its answers lead on.");
            }
            for (const Answer &answer : question.answers) {
                checkTargetShape(answer.target, u"Answer "_s % quoted(answer.id) % u" of question " % name, answer.where);
            }
        }
    }

    void checkTargetShape(const Target &target, const QString &subject, const SourceLocation &where)
    {
        if (!target.isSet()) {
            report(where, subject % u" leads nowhere; give it a next question or an outcome.");
        } else if (target.question && target.outcome) {
            report(where, subject % u" has both a next question and an outcome.");
        }
    }

    void checkTargetRefs(const Target &target, const QString &subject)
    {
        if (target.question && !m_content.question(target.question->id)) {
            report(target.question->where, subject % u" leads to unknown question " % quoted(target.question->id) % u'.');
        }
        if (target.outcome && !m_content.outcome(target.outcome->id)) {
            report(target.outcome->where, subject % u" leads to unknown outcome " % quoted(target.outcome->id) % u'.');
        }
    }

    void checkActionRefs(const QList<Ref> &refs, const QString &subject, const QString &verb)
    {
        for (const Ref &ref : refs) {
            if (!m_content.action(ref.id)) {
                report(ref.where, subject % u' ' % verb % u" unknown action " % quoted(ref.id) % u'.');
            }
        }
    }

    void checkReferences()
    {
        for (const Question &question : m_content.questions) {
            const QString subject = u"Question "_s % quoted(question.id);
            checkTargetRefs(question.target, subject);
            for (const Answer &answer : question.answers) {
                const QString answerSubject = u"Answer "_s % quoted(answer.id) % u" of question " % quoted(question.id);
                checkTargetRefs(answer.target, answerSubject);
                checkActionRefs(answer.actions, answerSubject, u"names"_s);
            }
        }
        for (const Outcome &outcome : m_content.outcomes) {
            if (outcome.actions.isEmpty()) {
                report(outcome.where, u"Outcome "_s % quoted(outcome.id) % u" has no actions.");
            }
            checkActionRefs(outcome.actions, u"Outcome "_s % quoted(outcome.id), u"names"_s);
        }
        for (const Action &action : m_content.actions) {
            const QString subject = u"Action "_s % quoted(action.id);
            checkActionRefs(action.supersedes, subject, u"supersedes"_s);
            for (const Ref &ref : action.supersedes) {
                if (ref.id == action.id) {
                    report(ref.where, subject % u" supersedes itself.");
                }
            }
            for (const Ref &ref : action.contacts) {
                if (!m_content.contact(ref.id)) {
                    report(ref.where, subject % u" names unknown contact " % quoted(ref.id) % u'.');
                }
            }
        }
    }

    // Where a question leads: its answers' targets and its own, in content order.
    static QList<const Target *> targetsOf(const Question &question)
    {
        QList<const Target *> targets;
        for (const Answer &answer : question.answers) {
            targets.append(&answer.target);
        }
        targets.append(&question.target);
        return targets;
    }

    void checkReachability()
    {
        if (!m_content.question(m_content.start.id)) {
            return; // already reported; everything would be unreachable
        }
        QSet<QString> questions { m_content.start.id };
        QSet<QString> outcomes;
        QList<QString> queue { m_content.start.id };
        while (!queue.isEmpty()) {
            const Question *question = m_content.question(queue.takeFirst());
            for (const Target *target : targetsOf(*question)) {
                if (target->outcome) {
                    outcomes.insert(target->outcome->id);
                }
                if (target->question && m_content.question(target->question->id) && !questions.contains(target->question->id)) {
                    questions.insert(target->question->id);
                    queue.append(target->question->id);
                }
            }
        }
        for (const Question &question : m_content.questions) {
            if (!questions.contains(question.id)) {
                report(
                    question.where, u"Question "_s % quoted(question.id) % u" is not reachable from the start question " % quoted(m_content.start.id) % u'.');
            }
        }
        for (const Outcome &outcome : m_content.outcomes) {
            if (!outcomes.contains(outcome.id)) {
                report(outcome.where, u"Outcome "_s % quoted(outcome.id) % u" is not reached by any answer.");
            }
        }
    }

    // Depth-first over every question: an edge back to a question still on the stack closes a cycle.
    void checkCycles()
    {
        QHash<QString, bool> onStack; // present: visited; true: still being explored
        for (const Question &question : m_content.questions) {
            if (!onStack.contains(question.id)) {
                visit(question, onStack);
            }
        }
    }

    void visit(const Question &question, QHash<QString, bool> &onStack)
    {
        onStack.insert(question.id, true);
        for (const Answer &answer : question.answers) {
            followForCycle(question, answer.target, u"Answer "_s % quoted(answer.id) % u" of question " % quoted(question.id), onStack);
        }
        followForCycle(question, question.target, u"Question "_s % quoted(question.id), onStack);
        onStack.insert(question.id, false);
    }

    void followForCycle(const Question &from, const Target &target, const QString &subject, QHash<QString, bool> &onStack)
    {
        if (!target.question) {
            return;
        }
        const Question *next = m_content.question(target.question->id);
        if (!next) {
            return;
        }
        const auto state = onStack.constFind(next->id);
        if (state == onStack.cend()) {
            visit(*next, onStack);
        } else if (*state) {
            report(
                target.question->where, subject % u" leads back to question " % quoted(next->id) % u", closing a cycle at question " % quoted(from.id) % u'.');
        }
    }

    void checkContacts()
    {
        const QStringList categories = contactCategories();
        for (const Contact &contact : m_content.contacts) {
            const QString name = u"Contact "_s % quoted(contact.id);
            const QString kind = contactKindKey(contact.kind);
            if (contact.kind == ContactKind::Own && !contact.value.isEmpty()) {
                report(contact.where, name % u" is of kind own (the user's own issuer or bank) and must not have a value.");
            } else if (contact.kind != ContactKind::Own && contact.value.isEmpty()) {
                report(contact.where, name % u" is of kind " % kind % u" but has no value.");
            } else if (contact.kind == ContactKind::Phone && PhoneNumber::parse(contact.value).isValid() && !PhoneNumber::parse(contact.value).isAscii()) {
                // The app reads full-width digits fine, but content is what reviewers compare with the source.
                report(contact.where, name % u" has phone number " % quoted(contact.value) % u" with full-width characters; use ASCII digits.");
            } else if (contact.kind == ContactKind::Phone && !isValidPhoneNumber(contact.value)) {
                report(contact.where, name % u" has malformed phone number " % quoted(contact.value) % u'.');
            } else if (contact.kind == ContactKind::Mail && !isValidMailAddress(contact.value)) {
                report(contact.where, name % u" has malformed mail address " % quoted(contact.value) % u'.');
            } else if (contact.kind == ContactKind::Web && !isValidWebAddress(contact.value)) {
                report(contact.where, name % u" has web address " % quoted(contact.value) % u", which is not an https:// URL with a host.");
            }
            if (contact.category.isEmpty()) {
                report(contact.where, name % u" has no category.");
            } else if (!categories.contains(contact.category)) {
                report(contact.where, name % u" has unknown category " % quoted(contact.category) % u"; expected one of " % categories.join(u", "_s) % u'.');
            }
            checkSource(contact, name);
        }
    }

    // A fact the app shows must say where it comes from and when that was last checked.
    void checkSource(const Contact &contact, const QString &name)
    {
        const bool hasValue = contact.kind != ContactKind::Own && !contact.value.isEmpty(); // own: a stray value is reported already
        if (hasValue && contact.source.isEmpty()) {
            report(contact.where, name % u" has a value but no source.");
        }
        if (!contact.source.isEmpty() && !isValidWebAddress(contact.source)) {
            report(contact.where, name % u" has source " % quoted(contact.source) % u", which is not an https:// URL with a host.");
        } else if (!contact.source.isEmpty() && !isSourcePage(contact.source)) {
            report(contact.where, name % u" has source " % quoted(contact.source) % u", a site's home page; cite the page that states the fact.");
        }
        if (!contact.aroundTheClock.isEmpty() && contact.open.kind != OpeningHours::Kind::Ranges) {
            report(contact.where, name % u" has around-the-clock but no open ranges; it says what answers when the ranges are closed.");
        }
        if ((hasValue || !contact.source.isEmpty()) && !contact.checked.isValid()) {
            report(contact.where, name % (hasValue ? u" has a value" : u" has a source") % u" but no checked date.");
        }
    }

    // A fact that a step contradicts must be one an answer can establish: a misspelt fact would make the
    // contradiction unreachable, and the rule silently true.
    void checkFacts()
    {
        QSet<QString> meant;
        for (const Question &question : m_content.questions) {
            for (const Answer &answer : question.answers) {
                meant.unite(QSet<QString>(answer.means.cbegin(), answer.means.cend()));
            }
        }
        for (const Action &action : m_content.actions) {
            for (const QString &contradicted : action.contradicts) {
                if (!meant.contains(contradicted)) {
                    report(action.where, u"Action "_s % quoted(action.id) % u" contradicts " % quoted(contradicted) % u", which no answer means.");
                }
            }
        }
    }

    // Each rule broken is reported once per action (and once for rules about the plan as a whole), with
    // the first path that breaks it: one fix usually mends every path.
    void checkPlans()
    {
        const DecisionTree tree(m_content);
        QSet<QString> reported;
        for (const Path &path : tree.allPaths()) {
            for (const RuleBreak &broken : checkPlanRules(tree.facts(path), tree.plan(path), m_content)) {
                const QString key = planRuleKey(broken.rule) % u'/' % (broken.action ? broken.action->id : QString());
                if (reported.contains(key)) {
                    continue;
                }
                reported.insert(key);
                const SourceLocation where = broken.action ? broken.action->where : m_content.where;
                report(where,
                    u"Plan rule "_s % QString::number(planRuleNumber(broken.rule)) % u" (" % planRuleKey(broken.rule) % u"): " % broken.message % u" Path: "
                        % describePath(path) % u'.');
            }
        }
    }

    const Content &m_content;
    const PlanRuleCheck m_planRules;
    QList<Diagnostic> m_diagnostics;
};

} // namespace

QList<Diagnostic> validateContent(const Content &content, PlanRuleCheck planRules)
{
    return Validator(content, planRules).run();
}

QList<Diagnostic> readAndValidate(const QStringList &paths, Content *content)
{
    YamlReader reader;
    const bool read = reader.read(paths);
    if (content) {
        *content = reader.content();
    }
    return read ? validateContent(reader.content(), PlanRuleCheck::Check) : reader.diagnostics();
}

QStringList contactCategories()
{
    return { u"card-bank"_s, u"police"_s, u"consumer"_s, u"mynumber"_s, u"report"_s };
}

bool isValidPhoneNumber(const QString &value)
{
    const PhoneNumber number = PhoneNumber::parse(value);
    return number.isValid() && number.isAscii();
}

bool isSourcePage(const QString &value)
{
    const QString path = QUrl(value).path();
    return !path.isEmpty() && path != u"/";
}

bool isValidMailAddress(const QString &value)
{
    static const QRegularExpression mail(
        uR"(^[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$)"_s);
    return mail.match(value).hasMatch();
}

bool isValidWebAddress(const QString &value)
{
    const QUrl url(value, QUrl::StrictMode);
    const bool hasSpace = std::any_of(value.begin(), value.end(), [](QChar c) { return c.isSpace(); });
    return !hasSpace && url.isValid() && url.scheme() == u"https" && url.host().contains(u'.') && value.startsWith(u"https://");
}

} // namespace phishaid::content
