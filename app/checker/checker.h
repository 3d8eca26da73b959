// The checker (このメール、本物？): judges a pasted text (a whole mail, a subject, a sender, a link, a phone number)
// against the content's brands, campaigns and lists, offline.
//
// It never fetches or resolves anything (no network, no DNS), never logs the text and never stores it: the text
// lives only in the call to check(), and the result holds only what was found in it. It never says "safe".
#pragma once

#include "checkresult.h"
#include "content.h"

#include <memory>

namespace phishaid::checker {

struct CheckOptions
{
    Channel channel = Channel::Unknown; // how the message arrived, when the user said so
    QDate today; // decides which campaigns are current; invalid: today in Japan
};

class Checker
{
public:
    enum class SuffixListOrigin {
        Content, // the Public Suffix List the content carries
        System, // the content has none: libpsl's built-in list or the system's file
        None, // no list: every host counts as registrable by itself
    };

    // Builds everything a check needs once: the suffix list (from the content), the brands' skeletons and
    // labels, the phrases folded. Only facts with confidence high or medium are used.
    explicit Checker(const content::Content &content);
    ~Checker();
    Checker(Checker &&) noexcept;
    Checker &operator=(Checker &&) noexcept;

    CheckResult check(const QString &text, const CheckOptions &options = {}) const;

    SuffixListOrigin suffixListOrigin() const;
    int suffixRuleCount() const; // rules in the loaded suffix list; 0 without one

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace phishaid::checker
