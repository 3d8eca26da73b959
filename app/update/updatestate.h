// What the client remembers between runs, in update-state.json next to the installed content (written
// atomically with QSaveFile). Losing the file is harmless: the next check simply runs.
#pragma once

#include "outcome.h"

#include <QDateTime>
#include <QString>

namespace phishaid::update {

struct UpdateState
{
    QDateTime lastCheck; // when the last check ended, however it ended
    Outcome lastOutcome = Outcome::None;
    QDateTime lastContact; // when a server last answered (up to date, installed or refused): the daily limit
    int highestInstalledVersion = 0; // never install this or anything older again, even if current.sqlite is lost

    static UpdateState load(const QString &path);
    bool save(const QString &path) const;
};

} // namespace phishaid::update
