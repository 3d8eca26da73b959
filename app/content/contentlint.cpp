#include "contentlint.h"

using namespace Qt::StringLiterals;

namespace phishaid::content {

QStringList sentencesOf(const QString &text)
{
    QStringList sentences;
    QString current;
    auto flush = [&sentences, &current] {
        const QString sentence = current.trimmed();
        if (!sentence.isEmpty()) {
            sentences.append(sentence);
        }
        current.clear();
    };
    for (const QChar c : text) {
        if (c == u'\n') {
            flush();
            continue;
        }
        current.append(c);
        if (c == u'。' || c == u'！' || c == u'？' || c == u'!' || c == u'?') {
            flush();
        }
    }
    flush();
    return sentences;
}

QList<Diagnostic> lintContent(const Content &content)
{
    const QString ja = QString::fromLatin1(RequiredLocale);
    QList<Diagnostic> warnings;
    auto warn = [&warnings](const SourceLocation &where, const QString &message) { warnings.append({ where, message, Diagnostic::Severity::Warning }); };
    for (const Question &question : content.questions) {
        for (const Answer &answer : question.answers) {
            for (const QString &sentence : sentencesOf(answer.statement.value(ja))) {
                if (sentence.size() > MaxSentenceLength) {
                    warn(answer.where,
                        u"The statement of answer "_s % quoted(answer.id) % u" of question " % quoted(question.id) % u" has " % QString::number(sentence.size())
                            % u" characters in one sentence (at most " % QString::number(MaxSentenceLength) % u"): " % quoted(sentence.left(20) % u"…") % u'.');
                }
            }
        }
    }
    for (const Action &action : content.actions) {
        const QString body = action.body.value(ja);
        for (const QString &sentence : sentencesOf(body)) {
            if (sentence.size() > MaxSentenceLength) {
                warn(action.where,
                    u"A sentence in the body of action "_s % quoted(action.id) % u" has " % QString::number(sentence.size()) % u" characters (at most "
                        % QString::number(MaxSentenceLength) % u"): " % quoted(sentence.left(20) % u"…") % u'.');
            }
        }
        const QString title = action.title.value(ja);
        for (const GlossaryEntry &entry : content.glossary) {
            const QString term = entry.term.value(ja);
            const QString explanation = entry.explanation.value(ja);
            if (term.isEmpty() || explanation.isEmpty()) {
                continue;
            }
            if ((title.contains(term) || body.contains(term)) && !body.contains(explanation)) {
                warn(action.where,
                    u"Action "_s % quoted(action.id) % u" uses " % quoted(term) % u" without its plain explanation " % quoted(explanation) % u" in the body.");
            }
        }
    }
    return warnings;
}

} // namespace phishaid::content
