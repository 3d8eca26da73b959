// A check result as JSON, the way `phishaid-content check --json` prints it:
// {"verdict", "brand": {"id", "name"} | null, "campaign": {"id", "subject", "source", "firstSeen"} | null,
//  "items": [{"kind", "text", "host", "registrableDomain", "verdict", "brand", "reasons": [{"code", "text"}]}],
//  "signals": [{"code", "text"}]}
// `name` is the brand's Japanese name; an item's brand has the same shape; absent values are null.
#pragma once

#include "checkresult.h"

#include <QByteArray>
#include <QJsonObject>

namespace phishaid::checker {

QJsonObject checkResultToJson(const CheckResult &result);
QByteArray checkResultJson(const CheckResult &result); // indented, UTF-8

} // namespace phishaid::checker
