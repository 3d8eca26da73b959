// Private to the validator: the rules for opening hours and the public holiday table.
#pragma once

#include "content.h"

namespace phishaid::content {

// Each contact's structured hours: ranges that end after they start and do not overlap, closed days only
// where there are ranges, an hours text to show beside them, and a holiday table when a range names holidays.
void checkOpeningHours(const Content &content, QList<Diagnostic> &diagnostics);

// The holiday table: source and date checked, dates in order and each once, a Japanese name for each.
void checkHolidayTable(const Content &content, QList<Diagnostic> &diagnostics);

} // namespace phishaid::content
