#include "planrules.h"

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace phishaid::content {

namespace {

bool isStep(const PlanStep &step)
{
    return step.action->kind != ActionKind::Explain;
}

bool stopsMoney(const Action &action)
{
    return action.kind == ActionKind::StopMoney || action.kind == ActionKind::Emergency;
}

bool tidiesUp(const Action &action)
{
    return action.kind == ActionKind::Device || action.kind == ActionKind::Tidy || action.kind == ActionKind::Report;
}

bool callsContact(const Action &action, const Content &content, auto matches)
{
    return std::any_of(action.contacts.cbegin(), action.contacts.cend(), [&](const Ref &ref) {
        const Contact *contact = content.contact(ref.id);
        return contact && matches(*contact);
    });
}

bool callsBankOrCard(const Action &action, const Content &content)
{
    return callsContact(action, content, [](const Contact &contact) { return contact.category == u"card-bank"; });
}

bool calls110(const Action &action, const Content &content)
{
    return callsContact(action, content, [](const Contact &contact) { return contact.kind == ContactKind::Phone && contact.value == u"110"; });
}

class Checker
{
public:
    Checker(const QSet<QString> &facts, const QList<PlanStep> &plan, const Content &content)
        : m_facts(facts)
        , m_content(content)
        , m_plan(plan)
    {
        std::copy_if(plan.cbegin(), plan.cend(), std::back_inserter(m_steps), isStep);
    }

    QList<RuleBreak> run()
    {
        explanationsFirst();
        moneyBeforeTidying();
        passwordsFromAnotherDevice();
        moneyTakenNow();
        atMostThreeNow();
        noContradiction();
        evidenceKept();
        return m_breaks;
    }

private:
    void report(PlanRule rule, const Action *action, const QString &message) { m_breaks.append({ rule, action, message }); }

    bool has(const char *name) const { return m_facts.contains(QString::fromLatin1(name)); }

    void explanationsFirst()
    {
        bool stepSeen = false;
        const Action *firstStep = nullptr;
        for (const PlanStep &step : std::as_const(m_plan)) {
            if (isStep(step)) {
                firstStep = stepSeen ? firstStep : step.action;
                stepSeen = true;
            } else if (stepSeen) {
                report(PlanRule::ExplanationsFirst, step.action,
                    u"The explanation "_s % quoted(step.action->id) % u" comes after the step " % quoted(firstStep->id)
                        % u"; an explanation must come first (give it urgency now).");
            }
        }
    }

    void moneyBeforeTidying()
    {
        for (qsizetype i = 0; i < m_steps.size(); ++i) {
            for (qsizetype j = i + 1; j < m_steps.size(); ++j) {
                const Action &earlier = *m_steps.at(i).action;
                const Action &later = *m_steps.at(j).action;
                if (tidiesUp(earlier) && stopsMoney(later)) {
                    report(PlanRule::MoneyBeforeTidying, &later,
                        u"The call that stops money "_s % quoted(later.id) % u" comes after " % quoted(earlier.id) % u" (" % actionKindKey(earlier.kind)
                            % u"); calls that stop money come before tidying up.");
                }
            }
        }
        if (!has(fact::DeviceCompromised)) {
            return;
        }
        // Airplane mode first; when money is being taken now, only the calls that stop it come before it.
        const auto first = std::find_if(m_steps.cbegin(), m_steps.cend(), [](const PlanStep &step) { return step.action->kind != ActionKind::Emergency; });
        if (first == m_steps.cend() || first->action->kind != ActionKind::Isolate) {
            report(PlanRule::MoneyBeforeTidying, first == m_steps.cend() ? nullptr : first->action,
                u"The device is compromised, but the first step is "_s % (first == m_steps.cend() ? u"missing"_s : quoted(first->action->id))
                    % u"; cutting the device off the network (a step of kind isolate) must come first.");
        }
    }

    void passwordsFromAnotherDevice()
    {
        if (!has(fact::DeviceCompromised)) {
            return;
        }
        for (const PlanStep &step : std::as_const(m_steps)) {
            if (step.action->passwords == PasswordDevice::AnyDevice) {
                report(PlanRule::PasswordsFromAnotherDevice, step.action,
                    u"The step "_s % quoted(step.action->id)
                        % u" changes passwords on any device, but the device is compromised; supersede it with a step whose passwords are other-device.");
            }
        }
    }

    void moneyTakenNow()
    {
        if (!has(fact::MoneyTakenNow)) {
            return;
        }
        const Action *first = m_steps.isEmpty() ? nullptr : m_steps.at(0).action;
        if (!first || first->kind != ActionKind::Emergency || !callsBankOrCard(*first, m_content)) {
            report(PlanRule::MoneyTakenNow, first,
                u"Money is being taken now, but the first step is "_s % (first ? quoted(first->id) : u"missing"_s)
                    % u"; it must be an emergency call to the bank or card company (a contact of category card-bank).");
        }
        const Action *second = m_steps.size() > 1 ? m_steps.at(1).action : nullptr;
        if (!second || !calls110(*second, m_content) || m_steps.at(1).urgency != Urgency::Now) {
            report(PlanRule::MoneyTakenNow, second,
                u"Money is being taken now, but the second step is "_s % (second ? quoted(second->id) : u"missing"_s)
                    % u"; the call to 110 must be beside the bank's, as the second step, 今すぐ.");
        }
    }

    void atMostThreeNow()
    {
        const auto now = std::count_if(m_steps.cbegin(), m_steps.cend(), [](const PlanStep &step) { return step.urgency == Urgency::Now; });
        if (now > MaxNowSteps) {
            report(PlanRule::AtMostThreeNow, nullptr, u"The plan has "_s % QString::number(now) % u" steps for 今すぐ; at most 3 are allowed.");
        }
    }

    void noContradiction()
    {
        for (const PlanStep &step : std::as_const(m_plan)) {
            for (const QString &contradicted : step.action->contradicts) {
                if (m_facts.contains(contradicted)) {
                    report(PlanRule::NoContradiction, step.action,
                        u"The step "_s % quoted(step.action->id) % u" contradicts an answer on this path, which means " % quoted(contradicted) % u'.');
                }
            }
        }
    }

    void evidenceKept()
    {
        const bool kept = std::any_of(m_steps.cbegin(), m_steps.cend(), [](const PlanStep &step) { return step.action->kind == ActionKind::Evidence; });
        if (has(fact::GaveSomething) && !kept) {
            report(PlanRule::EvidenceKept, nullptr, u"Something was given away on this path, but no step keeps the mail as evidence (kind evidence)."_s);
        }
    }

    const QSet<QString> &m_facts;
    const Content &m_content;
    const QList<PlanStep> &m_plan;
    QList<PlanStep> m_steps; // the plan without its explanations
    QList<RuleBreak> m_breaks;
};

} // namespace

QList<PlanRule> allPlanRules()
{
    return { PlanRule::ExplanationsFirst, PlanRule::MoneyBeforeTidying, PlanRule::PasswordsFromAnotherDevice, PlanRule::MoneyTakenNow, PlanRule::AtMostThreeNow,
        PlanRule::NoContradiction, PlanRule::EvidenceKept };
}

int planRuleNumber(PlanRule rule)
{
    return int(allPlanRules().indexOf(rule)) + 1;
}

QString planRuleKey(PlanRule rule)
{
    switch (rule) {
    case PlanRule::ExplanationsFirst:
        return u"explanations-first"_s;
    case PlanRule::MoneyBeforeTidying:
        return u"money-before-tidying"_s;
    case PlanRule::PasswordsFromAnotherDevice:
        return u"passwords-from-another-device"_s;
    case PlanRule::MoneyTakenNow:
        return u"money-taken-now"_s;
    case PlanRule::AtMostThreeNow:
        return u"at-most-three-now"_s;
    case PlanRule::NoContradiction:
        return u"no-contradiction"_s;
    case PlanRule::EvidenceKept:
        return u"evidence-kept"_s;
    }
    return {};
}

QList<RuleBreak> checkPlanRules(const QSet<QString> &facts, const QList<PlanStep> &plan, const Content &content)
{
    return Checker(facts, plan, content).run();
}

QString describePath(const Path &path)
{
    QStringList parts;
    for (const Step &step : path.steps) {
        parts.append(step.question % u": " % step.answers.join(u" + "_s));
    }
    parts.append(u"outcome "_s % path.outcome);
    return parts.join(u" → "_s);
}

} // namespace phishaid::content
