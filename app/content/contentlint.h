// How the guidance reads to someone frightened, checked as warnings (the build goes on; the tests require
// the shipped content to have none): short sentences, and no word from the glossary left unexplained.
#pragma once

#include "content.h"

namespace phishaid::content {

// A body sentence (ending at 。！？ or a line break) longer than this is hard to follow in a panic.
inline constexpr int MaxSentenceLength = 60;

// Warnings for the Japanese texts of every action and answer, each at its file:line:
// - a body sentence longer than MaxSentenceLength characters;
// - a glossary term (content.glossary) in the title or body whose explanation is not in the body;
// - a sentence of an answer's statement longer than MaxSentenceLength characters.
QList<Diagnostic> lintContent(const Content &content);

// The sentences of a text: split after 。！？!? and at line breaks, trimmed, empty ones dropped.
QStringList sentencesOf(const QString &text);

} // namespace phishaid::content
