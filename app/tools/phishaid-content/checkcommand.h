// phishaid-content check: the app's checker on a text read from standard input, for review and tests; and the
// Public Suffix List that validate, compile, check and publish attach to the content.
#pragma once

#include "content.h"

#include <QString>

namespace phishaid::tools {

// Reads the Public Suffix List at `path` into `content` and makes sure libpsl loads it; prints the problem and
// returns false when it does not.
bool attachPublicSuffixList(const QString &path, content::Content &content);

// Reads all of standard input as UTF-8, checks it against `content` and prints the result as JSON
// (checkjson.h). `channel`: "", "mail" or "sms". Returns the exit code: 0.
int check(const content::Content &content, const QString &channel);

} // namespace phishaid::tools
