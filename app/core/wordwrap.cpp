#include "wordwrap.h"

#include <QLoggingCategory>
#include <algorithm>
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

Q_LOGGING_CATEGORY(lcWordWrap, "phishaid.wordwrap")

namespace phishaid {

namespace {

// Kanji, hiragana and katakana (with the prolonged sound mark): the scripts Qt breaks between any two letters.
bool isJapaneseLetter(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return true;
    default:
        return c == u'ー' || c == u'々';
    }
}

bool isHiraganaOnly(QStringView word)
{
    return std::all_of(word.begin(), word.end(), [](QChar c) { return c.script() == QChar::Script_Hiragana; });
}

} // namespace

WordWrap::WordWrap(QObject *parent)
    : QObject(parent)
{
    UErrorCode status = U_ZERO_ERROR;
    m_words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getJapanese(), status));
    if (U_FAILURE(status)) {
        qCWarning(lcWordWrap) << "ICU has no word break data; Japanese lines break anywhere:" << u_errorName(status);
        m_words.reset();
    }
}

WordWrap::~WordWrap() = default;

QString WordWrap::keepWords(const QString &text) const
{
    if (!m_words || text.size() < 2)
        return text;
    // QString and icu::UnicodeString are both UTF-16: the iterator's offsets index `text` directly.
    const icu::UnicodeString units(false, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    m_words->setText(units);
    QString shown;
    shown.reserve(text.size() + text.size() / 2);
    int32_t start = m_words->first();
    for (int32_t end = m_words->next(); end != icu::BreakIterator::DONE; start = end, end = m_words->next()) {
        // Words all in hiragana (the て of 電話して, the さい of ください, particles) stay with the word before
        // them: a line breaks before a word with kanji or katakana, or after punctuation, as phrases are read.
        if (start > 0 && isHiraganaOnly(QStringView(text).sliced(start, end - start)) && isJapaneseLetter(text.at(start - 1)))
            shown += WordJoiner;
        for (int32_t i = start; i < end; ++i) {
            const QChar c = text.at(i);
            shown += c;
            // Between two letters of one word, never inside a surrogate pair.
            if (i + 1 < end && !c.isHighSurrogate() && isJapaneseLetter(c) && isJapaneseLetter(text.at(i + 1)))
                shown += WordJoiner;
        }
    }
    return shown;
}

} // namespace phishaid
