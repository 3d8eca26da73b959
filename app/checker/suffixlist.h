// The Public Suffix List through libpsl: which part of a host name is registrable (the part one owner holds).
#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

namespace phishaid::checker {

class SuffixList
{
public:
    enum class Origin {
        Content, // the list the content database carries (refreshed by content updates)
        System, // the content had none: libpsl's newest (its built-in list or the system's file)
        None, // no list at all: every host counts as registrable by itself
    };

    // Loads `data` (the text of public_suffix_list.dat) from memory; falls back to libpsl's newest list when
    // `data` is empty or does not load.
    explicit SuffixList(const QByteArray &data);
    ~SuffixList();
    SuffixList(const SuffixList &) = delete;
    SuffixList &operator=(const SuffixList &) = delete;

    Origin origin() const { return m_origin; }
    int ruleCount() const; // the number of rules (without exceptions), 0 without a list

    // The registrable domain of an ACE, lower-case host ("click.contact.vpass.ne.jp" -> "vpass.ne.jp"); empty
    // when the host is a public suffix itself ("co.jp", "s3.amazonaws.com").
    QString registrableDomain(const QString &aceHost) const;
    // Whether `aceDomain` is a public suffix of the ICANN section by an explicit rule ("top", "co.jp"):
    // the test that a bare word with dots ("file.txt") ends in a real top-level domain.
    bool isIcannSuffix(const QString &aceDomain) const;

private:
    struct Context;
    std::unique_ptr<Context> m_context;
    Origin m_origin = Origin::None;
};

} // namespace phishaid::checker
