// The guide's session: the wizard and the one incident it is saved as. Reaching a plan saves it; going
// back and changing an answer updates the same incident; 最初からやり直す on a plan nobody touched (no tick,
// no note, nothing changed) discards it instead of leaving a near-identical record behind. QML only shows
// the pages: `moved` says what moved, typed, and the session has already done the saving by then.
#pragma once

#include "incidents.h"
#include "wizard.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace phishaid {

class GuideSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(phishaid::Wizard *wizard READ wizard CONSTANT)
    Q_PROPERTY(phishaid::ContentStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(phishaid::Incidents *incidents READ incidents WRITE setIncidents NOTIFY incidentsChanged)
    // The incident this run is saved as; -1 before the plan is reached, after a restart, and when saving failed.
    Q_PROPERTY(int incidentId READ incidentId NOTIFY incidentIdChanged)

public:
    explicit GuideSession(QObject *parent = nullptr);

    Wizard *wizard() const { return m_wizard; }
    ContentStore *store() const { return m_wizard->store(); }
    void setStore(ContentStore *store);
    Incidents *incidents() const { return m_incidents; }
    void setIncidents(Incidents *incidents);
    int incidentId() const { return m_incidentId; }

    // 最初からやり直す: an untouched incident of this run is discarded, a touched one kept; then the first question.
    Q_INVOKABLE void restart();

Q_SIGNALS:
    void storeChanged();
    void incidentsChanged();
    void incidentIdChanged();
    // After the wizard moved and the incident followed: what the view does with its pages.
    void moved(phishaid::Wizard::Move move);

private:
    void follow(Wizard::Move move);
    void setIncidentId(int id);

    Wizard *m_wizard;
    QPointer<Incidents> m_incidents;
    int m_incidentId = -1;
};

} // namespace phishaid
