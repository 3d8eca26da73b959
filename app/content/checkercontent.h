// The rules for what the checker (このメール、本物？) knows: brands and their official domains, campaigns, abused
// TLDs, link hiders, phrases and the Public Suffix List. Run by validateContent(); the helpers are public so the
// checker and the tests use the very same definitions.
#pragma once

#include "content.h"

namespace phishaid::content {

// Every problem in the checker's sections, appended to `diagnostics` with the file and line of the item.
void checkCheckerContent(const Content &content, QList<Diagnostic> &diagnostics);

// A domain name as content writes it: lower-case ASCII (ACE for international names), two labels or more,
// each of letters, digits and inner hyphens: "vpass.ne.jp", "xn--wgv71a119e.jp".
bool isContentDomain(const QString &domain);

// A known-bad domain written so that nothing turns it into a link: every dot as "[.]", no http(s)://
// ("smbc-card-login[.]com", "hxxps://example[.]top").
bool isDefanged(const QString &text);

// The smallest Public Suffix List the content accepts: its ICANN section, marked as publicsuffix.org marks it.
bool looksLikePublicSuffixList(const QByteArray &data);

} // namespace phishaid::content
