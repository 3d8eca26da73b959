#include "incidents.h"

#include "incidentreport.h"
#include "wizard.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace phishaid {

namespace {
QString &defaultPathStorage()
{
    static QString path;
    return path;
}
} // namespace

Incidents::Incidents(QObject *parent, const QString &databasePath)
    : QAbstractListModel(parent)
    , m_database(databasePath)
{
    m_database.open();
    switch (m_database.status()) {
    case UserDatabase::Status::Ready:
        m_status = Ready;
        break;
    case UserDatabase::Status::MovedAside:
        m_status = MovedAside;
        break;
    case UserDatabase::Status::TooNew:
        m_status = TooNew;
        break;
    case UserDatabase::Status::Closed:
    case UserDatabase::Status::Failed:
        m_status = Failed;
        break;
    }
    if (isReady()) {
        m_repository = std::make_unique<IncidentRepository>(m_database);
        reload();
    }
}

Incidents::~Incidents() = default;

Incidents *Incidents::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    Q_UNUSED(jsEngine)
    return new Incidents(qmlEngine, defaultDatabasePath());
}

QString Incidents::defaultDatabasePath()
{
    return defaultPathStorage().isEmpty() ? UserDatabase::defaultPath() : defaultPathStorage();
}

void Incidents::setDefaultDatabasePath(const QString &path)
{
    defaultPathStorage() = path;
}

int Incidents::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant Incidents::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Incident &incident = m_incidents.at(index.row());
    switch (role) {
    case IncidentIdRole:
        return static_cast<int>(incident.id);
    case HappenedAtRole:
        return incident.happenedAt;
    case HappenedTextRole:
        return japanTime(incident.happenedAt);
    case Qt::DisplayRole:
    case SummaryRole: {
        QStringList answers;
        for (const IncidentAnswer &answer : incident.answers) {
            answers.append(answer.answerText);
        }
        return answers.join(u"、"_s);
    }
    case ResolvedRole:
        return incident.isResolved();
    case DoneCountRole:
        return incident.doneCount;
    case ApplicableCountRole:
        return incident.applicableCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> Incidents::roleNames() const
{
    return {
        { IncidentIdRole, "incidentId" },
        { HappenedAtRole, "happenedAt" },
        { HappenedTextRole, "happenedText" },
        { SummaryRole, "summary" },
        { ResolvedRole, "resolved" },
        { DoneCountRole, "doneCount" },
        { ApplicableCountRole, "applicableCount" },
    };
}

int Incidents::openIncidentId() const
{
    // The open incident the user worked on last: not the newest, which may be a run through the guide
    // that nobody went on with.
    const Incident *latest = nullptr;
    for (const Incident &incident : m_incidents) {
        if (!incident.isResolved() && (!latest || incident.lastActivityAt > latest->lastActivityAt)) {
            latest = &incident;
        }
    }
    return latest ? static_cast<int>(latest->id) : -1;
}

int Incidents::saveFromWizard(Wizard *wizard, int existingId)
{
    if (!m_repository || !wizard || !wizard->atPlan() || !wizard->store() || !wizard->store()->isReady()) {
        return -1;
    }
    const content::Content &content = wizard->store()->content();
    QList<IncidentAnswer> answers;
    for (const content::Step &step : wizard->steps()) {
        const content::Question *question = content.question(step.question);
        if (!question) {
            continue;
        }
        for (const content::Answer &answer : question->answers) {
            if (step.answers.contains(answer.id)) {
                answers.append(
                    { question->id, answer.id, content::localized(question->text), content::localized(answer.text), content::localized(answer.statement) });
            }
        }
    }
    QList<ChecklistItem> items;
    for (const content::PlanStep &step : wizard->plan()->steps()) {
        if (step.action->kind == content::ActionKind::Explain) {
            continue; // an explanation is read, not ticked: it leads the plan (Checklist::explanations)
        }
        items.append({ step.action->id, content::urgencyKey(step.urgency), content::localized(step.action->title), ItemState::Open, {} });
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 id = existingId;
    if (existingId > 0 && m_repository->incident(existingId)) {
        if (!m_repository->replacePlan(existingId, wizard->outcomeId(), content.version, answers, items, now)) {
            return -1;
        }
    } else {
        const std::optional<qint64> created = m_repository->create(now, wizard->outcomeId(), content.version, answers, items, now);
        if (!created) {
            return -1;
        }
        id = *created;
    }
    reload();
    Q_EMIT incidentChanged(static_cast<int>(id));
    return static_cast<int>(id);
}

bool Incidents::setResolved(int incidentId, bool resolved)
{
    if (!m_repository || !m_repository->setResolved(incidentId, resolved, QDateTime::currentDateTimeUtc())) {
        return false;
    }
    notifyChanged(incidentId);
    return true;
}

bool Incidents::setHappenedAt(int incidentId, const QDateTime &happenedAt)
{
    if (!m_repository || !m_repository->setHappenedAt(incidentId, happenedAt, QDateTime::currentDateTimeUtc())) {
        return false;
    }
    reload(); // the list is ordered by this time
    Q_EMIT incidentChanged(incidentId);
    return true;
}

bool Incidents::remove(int incidentId)
{
    if (!m_repository || !m_repository->remove(incidentId)) {
        return false;
    }
    reload();
    Q_EMIT incidentChanged(incidentId);
    return true;
}

void Incidents::notifyChanged(qint64 incidentId)
{
    const auto row = std::find_if(m_incidents.begin(), m_incidents.end(), [incidentId](const Incident &i) { return i.id == incidentId; });
    const auto fresh = m_repository ? m_repository->incident(incidentId) : std::nullopt;
    if (row != m_incidents.end() && fresh) {
        *row = *fresh;
        const QModelIndex changed = index(static_cast<int>(row - m_incidents.begin()));
        Q_EMIT dataChanged(changed, changed);
        Q_EMIT countChanged(); // openIncidentId may have changed with a resolve
    } else {
        reload(); // added or removed behind the list's back
    }
    Q_EMIT incidentChanged(static_cast<int>(incidentId));
}

void Incidents::reload()
{
    beginResetModel();
    m_incidents = m_repository ? m_repository->incidents() : QList<Incident>();
    endResetModel();
    Q_EMIT countChanged();
}

bool Incidents::isUntouched(int incidentId) const
{
    if (!m_repository || !m_repository->incident(incidentId)) {
        return false;
    }
    const QList<IncidentEvent> events = m_repository->events(incidentId);
    return std::all_of(events.cbegin(), events.cend(), [](const IncidentEvent &event) { return event.kind == u"created" || event.kind == u"plan_changed"; });
}

} // namespace phishaid
