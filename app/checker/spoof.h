// ICU's spoof checker (uspoof): how a label looks to a reader, and whether it mixes scripts that should not mix.
#pragma once

#include <QString>
#include <memory>

namespace phishaid::checker {

class SpoofChecker
{
public:
    SpoofChecker();
    ~SpoofChecker();
    SpoofChecker(const SpoofChecker &) = delete;
    SpoofChecker &operator=(const SpoofChecker &) = delete;

    // The confusable skeleton (Unicode TR 39), lower-cased: "аmazon" (Cyrillic а), "amaz0n" and "amazon" all give
    // "arnazon" ("0" maps to a capital "O", hence the lower case; "m" to "rn"). Full-width forms must be folded
    // (NFKC) before. Empty when ICU fails.
    QString skeleton(const QString &text) const;
    // Whether `label` mixes scripts beyond what ICU's "highly restrictive" level allows: Latin with Cyrillic or
    // Greek fails; Latin with Han, Hiragana and Katakana (日本語ドメイン) passes.
    bool mixesScripts(const QString &label) const;

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace phishaid::checker
