// Line breaks that keep Japanese words whole. Qt breaks Japanese text between any two characters, so a
// narrow phone ends lines mid-word (「読んだだ/け」, 「プ/ロファイル」, 「お/金」). ICU's dictionary word
// segmentation finds the words, and words all in hiragana stay with the word before them (電話して, ください,
// カードから), so a line breaks before a word with kanji or katakana or after punctuation, as phrases are
// read; a WORD JOINER (U+2060, invisible) between the characters of each word
// tells Qt's line breaker to keep them together. A word longer than the line still wraps (Text.Wrap breaks
// anywhere when it must). Only the text shown changes: accessible names, search and the record keep the
// original. For QML as the singleton WordWrap; use it on the GUI thread only.
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <memory>
#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace phishaid {

class WordWrap : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    static constexpr QChar WordJoiner { 0x2060 };

    explicit WordWrap(QObject *parent = nullptr);
    ~WordWrap() override;

    // `text` with a word joiner between the characters of each Japanese word; other text unchanged.
    Q_INVOKABLE QString keepWords(const QString &text) const;

private:
    std::unique_ptr<icu::BreakIterator> m_words; // null when ICU has no word data: text is left as it is
};

} // namespace phishaid
