#include "guidesession.h"

#include "rebindsource.h"

namespace phishaid {

GuideSession::GuideSession(QObject *parent)
    : QObject(parent)
    , m_wizard(new Wizard(this))
{
    connect(m_wizard, &Wizard::moved, this, &GuideSession::follow);
    connect(m_wizard, &Wizard::storeChanged, this, &GuideSession::storeChanged);
}

void GuideSession::setStore(ContentStore *store)
{
    m_wizard->setStore(store);
}

void GuideSession::setIncidents(Incidents *incidents)
{
    if (!rebindSource(m_incidents, incidents, this)) {
        return;
    }
    Q_EMIT incidentsChanged();
}

void GuideSession::setIncidentId(int id)
{
    if (m_incidentId != id) {
        m_incidentId = id;
        Q_EMIT incidentIdChanged();
    }
}

void GuideSession::restart()
{
    m_wizard->restart(); // follow(Restart) discards or keeps the incident
}

void GuideSession::follow(Wizard::Move move)
{
    switch (move) {
    case Wizard::Move::Forward:
        if (m_wizard->atPlan() && m_incidents) {
            // A new incident, or the same one again after going back and changing an answer.
            const int saved = m_incidents->saveFromWizard(m_wizard, m_incidentId);
            setIncidentId(saved > 0 ? saved : m_incidentId);
        }
        break;
    case Wizard::Move::Restart:
        if (m_incidentId > 0 && m_incidents && m_incidents->isUntouched(m_incidentId)) {
            m_incidents->remove(m_incidentId); // nobody ticked, noted or changed anything: nothing to keep
        }
        setIncidentId(-1);
        break;
    case Wizard::Move::ContentReset:
        setIncidentId(-1); // the answers are gone from the new content: the next plan is a new incident
        break;
    case Wizard::Move::Back:
    case Wizard::Move::ContentKept:
        break;
    }
    Q_EMIT moved(move);
}

} // namespace phishaid
