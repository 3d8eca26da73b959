// Reads the Public Suffix List from a file into the content, so that the compiled database (and every signed
// content update) carries the list the checker uses. The content tool calls it; the app never reads the file.
#pragma once

#include "content.h"

namespace phishaid::content {

// Reads `path` (publicsuffix.org's public_suffix_list.dat; on Debian /usr/share/publicsuffix/) into
// content->publicSuffixList: its text, the file name as source and the file's date. False, with `error`, when the
// file cannot be read or is not a Public Suffix List.
bool readPublicSuffixFile(const QString &path, Content *content, QString *error);

} // namespace phishaid::content
