// The child of the crash test: opens the user database, starts an incident with many items and ticks them
// one after another, printing "<incident> <action>" after each tick has been committed. It never stops by
// itself; the test kills it.
#include "incidentrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: phishaid_tick_child <user.sqlite>\n");
        return 2;
    }
    phishaid::UserDatabase db(QString::fromLocal8Bit(argv[1]));
    if (!db.open()) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(db.detail()));
        return 1;
    }
    phishaid::IncidentRepository repo(db);
    QList<phishaid::ChecklistItem> items;
    for (int i = 0; i < 2000; ++i) {
        items.append({ u"action-%1"_s.arg(i), u"now"_s, u"手順 %1"_s.arg(i), phishaid::ItemState::Open, {} });
    }
    const auto now = QDateTime::currentDateTimeUtc();
    const auto id = repo.create(now, u"crash-test"_s, 1, {}, items, now);
    if (!id) {
        return 1;
    }
    for (const phishaid::ChecklistItem &item : std::as_const(items)) {
        if (!repo.setState(*id, item.actionId, phishaid::ItemState::Done, QDateTime::currentDateTimeUtc())) {
            std::fprintf(stderr, "tick failed: %s\n", qPrintable(repo.lastError()));
            return 1;
        }
        // Only now, with the commit done, does the tick count as reported.
        std::printf("%lld %s\n", static_cast<long long>(*id), qPrintable(item.actionId));
        std::fflush(stdout);
    }
    return 0;
}
