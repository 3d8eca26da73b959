#include "updatestate.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace phishaid::update {

namespace {
// The outcomes by tag, so the file stays readable and survives a reordering of the enum.
Outcome outcomeFromTag(const QString &tag)
{
    for (int value = static_cast<int>(Outcome::None); value <= static_cast<int>(Outcome::InstallFailed); ++value) {
        if (outcomeTag(static_cast<Outcome>(value)) == tag) {
            return static_cast<Outcome>(value);
        }
    }
    return Outcome::None;
}
} // namespace

UpdateState UpdateState::load(const QString &path)
{
    QFile file(path);
    UpdateState state;
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024) {
        return state;
    }
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    state.lastCheck = QDateTime::fromString(object.value(u"lastCheck"_s).toString(), Qt::ISODate);
    state.lastOutcome = outcomeFromTag(object.value(u"lastOutcome"_s).toString());
    state.lastContact = QDateTime::fromString(object.value(u"lastContact"_s).toString(), Qt::ISODate);
    state.highestInstalledVersion = object.value(u"highestInstalledVersion"_s).toInt();
    return state;
}

bool UpdateState::save(const QString &path) const
{
    const QJsonObject object {
        { u"lastCheck"_s, lastCheck.toUTC().toString(Qt::ISODate) },
        { u"lastOutcome"_s, outcomeTag(lastOutcome) },
        { u"lastContact"_s, lastContact.toUTC().toString(Qt::ISODate) },
        { u"highestInstalledVersion"_s, highestInstalledVersion },
    };
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(object).toJson()) >= 0 && file.commit();
}

} // namespace phishaid::update
