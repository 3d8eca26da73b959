#include "hoursvalidator.h"

#include "validator.h"

#include <QFileInfo>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace phishaid::content {

namespace {

QString span(const OpeningRange &range)
{
    return minutesKey(range.from) % u'-' % minutesKey(range.to);
}

bool namesHolidays(const OpeningHours &hours)
{
    return std::any_of(hours.ranges.cbegin(), hours.ranges.cend(), [](const OpeningRange &range) { return range.days.contains(OpeningDay::Holiday); });
}

void checkRanges(const Contact &contact, const QString &name, QList<Diagnostic> &diagnostics)
{
    for (const OpeningRange &range : contact.open.ranges) {
        if (range.from >= range.to) {
            diagnostics.append({ range.where, name % u" has open range " % span(range) % u", which does not end after it starts." });
        }
        for (qsizetype i = 0; i < range.days.size(); ++i) {
            if (range.days.indexOf(range.days.at(i)) != i) {
                diagnostics.append({ range.where, name % u" names " % openingDayKey(range.days.at(i)) % u" twice in one open range." });
            }
        }
    }
    // Two ranges on one day must not overlap: the hours would say two things at once.
    for (const QString &dayKey : openingDayKeys()) {
        const OpeningDay day = *openingDayFromKey(dayKey);
        QList<const OpeningRange *> onDay;
        for (const OpeningRange &range : contact.open.ranges) {
            if (range.days.contains(day) && range.from < range.to) {
                onDay.append(&range);
            }
        }
        std::sort(onDay.begin(), onDay.end(), [](const OpeningRange *a, const OpeningRange *b) { return a->from < b->from; });
        for (qsizetype i = 1; i < onDay.size(); ++i) {
            if (onDay.at(i)->from < onDay.at(i - 1)->to) {
                diagnostics.append({ onDay.at(i)->where,
                    name % u" has open ranges " % span(*onDay.at(i - 1)) % u" and " % span(*onDay.at(i)) % u" that overlap on " % dayKey % u'.' });
            }
        }
    }
}

} // namespace

void checkOpeningHours(const Content &content, QList<Diagnostic> &diagnostics)
{
    for (const Contact &contact : content.contacts) {
        const QString name = u"Contact "_s % quoted(contact.id);
        const OpeningHours &open = contact.open;
        const SourceLocation where = open.where.line > 0 ? open.where : contact.where;
        if (open.kind == OpeningHours::Kind::Ranges && open.ranges.isEmpty()) {
            diagnostics.append({ where, name % u" has an empty open list; write always, or give its ranges." });
        }
        // Unknown hours with closed days are fine: 188's desks keep their own hours, but all close over 年末年始.
        if (open.kind == OpeningHours::Kind::Always && !open.closed.isEmpty()) {
            diagnostics.append({ contact.where, name % u" is open always but names closed days." });
        }
        if (open.kind != OpeningHours::Kind::Unknown && contact.hours.value(QString::fromLatin1(RequiredLocale)).trimmed().isEmpty()) {
            diagnostics.append({ where, name % u" has open hours but no hours text for people to read." });
        }
        if (namesHolidays(open) && content.holidays.days.isEmpty()) {
            diagnostics.append({ where, name % u" has hours for holidays, but the content has no holidays table." });
        }
        checkRanges(contact, name, diagnostics);
    }
}

void checkHolidayTable(const Content &content, QList<Diagnostic> &diagnostics)
{
    const HolidayTable &table = content.holidays;
    const bool given = !table.where.file.isEmpty() || !table.days.isEmpty() || !table.source.isEmpty();
    if (!given) {
        return; // no table at all: fine until some contact names holidays (checked with the contacts)
    }
    if (table.days.isEmpty()) {
        diagnostics.append({ table.where, u"The holidays section has no days."_s });
    }
    if (table.source.isEmpty()) {
        diagnostics.append({ table.where, u"The holidays section has no source."_s });
    } else if (!isValidWebAddress(table.source)) {
        diagnostics.append({ table.where, u"The holidays section has source "_s % quoted(table.source) % u", which is not an https:// URL with a host." });
    } else if (!isSourcePage(table.source)) {
        diagnostics.append(
            { table.where, u"The holidays section has source "_s % quoted(table.source) % u", a home page; cite the page that states the fact." });
    }
    if (!table.checked.isValid()) {
        diagnostics.append({ table.where, u"The holidays section has no checked date."_s });
    }
    for (qsizetype i = 0; i < table.days.size(); ++i) {
        const Holiday &holiday = table.days.at(i);
        const QString date = holiday.date.toString(Qt::ISODate);
        if (holiday.name.value(QString::fromLatin1(RequiredLocale)).trimmed().isEmpty()) {
            diagnostics.append({ holiday.where, u"Holiday "_s % date % u" has no Japanese (ja) name." });
        }
        if (i == 0) {
            continue;
        }
        const Holiday &previous = table.days.at(i - 1);
        if (holiday.date == previous.date) {
            const QString first = previous.where.file.isEmpty()
                ? QString()
                : u"; the first is at "_s % QFileInfo(previous.where.file).fileName() % u':' % QString::number(previous.where.line);
            diagnostics.append({ holiday.where, u"Holiday "_s % date % u" is listed twice" % first % u'.' });
        } else if (holiday.date < previous.date) {
            diagnostics.append(
                { holiday.where, u"Holiday "_s % date % u" comes after " % previous.date.toString(Qt::ISODate) % u"; list the holidays in date order." });
        }
    }
}

} // namespace phishaid::content
