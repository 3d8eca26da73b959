// Every wizard run that reached a plan, as a list (newest first), backed by the user database.
// Creates incidents from the wizard, marks them resolved, deletes them. The QML singleton opens the
// user database under AppDataLocation on creation.
#pragma once

#include "incidentrepository.h"
#include "userdatabase.h"
#include "wizard.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <memory>

namespace phishaid {

class Incidents : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(bool ready READ isReady NOTIFY statusChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // The open (unresolved) incident with the most recent activity, offered on the start screen; -1 if none.
    Q_PROPERTY(int openIncidentId READ openIncidentId NOTIFY countChanged)

public:
    enum Status {
        Ready,
        MovedAside, // the old file was damaged: moved aside, a fresh one started (tell the user once)
        TooNew, // written by a newer app: left untouched, nothing can be saved
        Failed, // could not be opened at all
    };
    Q_ENUM(Status)

    enum Roles {
        IncidentIdRole = Qt::UserRole,
        HappenedAtRole,
        HappenedTextRole, // "2026年11月23日 18:05" in Japan time
        SummaryRole, // the answers, joined
        ResolvedRole,
        DoneCountRole,
        ApplicableCountRole,
    };
    Q_ENUM(Roles)

    // No default argument: Qt 6.4 would prefer it over create() for the singleton.
    Incidents(QObject *parent, const QString &databasePath);
    ~Incidents() override;

    static Incidents *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    static QString defaultDatabasePath();
    static void setDefaultDatabasePath(const QString &path);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Status status() const { return m_status; }
    bool isReady() const { return m_status == Ready || m_status == MovedAside; }
    int count() const { return static_cast<int>(m_incidents.size()); }
    // The newest incident not yet resolved, or -1.
    int openIncidentId() const;

    // Saves the wizard's answers and plan as a new incident (happened now), or replaces the answers and
    // plan of `existingId` when the user went back and changed an answer. Returns the id, or -1.
    Q_INVOKABLE int saveFromWizard(phishaid::Wizard *wizard, int existingId = -1);
    Q_INVOKABLE bool setResolved(int incidentId, bool resolved);
    Q_INVOKABLE bool setHappenedAt(int incidentId, const QDateTime &happenedAt);
    Q_INVOKABLE bool remove(int incidentId);
    // Nothing happened to it since its plan was saved: no tick, no 該当しない, no note, no change of time, not
    // resolved (its timeline holds only its creation and plan changes).
    bool isUntouched(int incidentId) const;

    // For Checklist and IncidentRecord.
    IncidentRepository *repository() const { return m_repository.get(); }
    UserDatabase &database() { return m_database; }
    // Reloads one incident's row and tells views that it changed.
    void notifyChanged(qint64 incidentId);

Q_SIGNALS:
    void statusChanged();
    void countChanged();
    void incidentChanged(int incidentId);

private:
    void reload();

    UserDatabase m_database;
    std::unique_ptr<IncidentRepository> m_repository;
    Status m_status = Failed;
    QList<Incident> m_incidents;
};

} // namespace phishaid
