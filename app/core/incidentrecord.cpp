#include "incidentrecord.h"

#include "cardnumberguard.h"
#include "incidentreport.h"
#include "rebindsource.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace phishaid {

IncidentRecord::IncidentRecord(QObject *parent)
    : QObject(parent)
{ }

void IncidentRecord::setIncidents(Incidents *incidents)
{
    if (!rebindSource(m_incidents, incidents, this)) {
        return;
    }
    if (m_incidents) {
        connect(m_incidents, &Incidents::incidentChanged, this, [this](int id) {
            if (id == m_incidentId) {
                Q_EMIT changed();
            }
        });
    }
    Q_EMIT changed();
}

void IncidentRecord::setIncidentId(int incidentId)
{
    if (m_incidentId != incidentId) {
        m_incidentId = incidentId;
        Q_EMIT changed();
    }
}

IncidentReport IncidentRecord::report() const
{
    IncidentReport report;
    report.exportedAt = QDateTime::currentDateTimeUtc();
    IncidentRepository *repository = m_incidents ? m_incidents->repository() : nullptr;
    if (!repository || m_incidentId <= 0) {
        return report;
    }
    if (auto incident = repository->incident(m_incidentId)) {
        report.incident = *incident;
        report.items = repository->items(m_incidentId);
        report.events = repository->events(m_incidentId);
    }
    return report;
}

QVariantList IncidentRecord::timeline() const
{
    QVariantList list;
    for (const auto &[at, text] : reportTimeline(report())) {
        list.append(QVariantMap { { u"at"_s, at }, { u"text"_s, text } });
    }
    return list;
}

QVariantList IncidentRecord::answers() const
{
    QVariantList list;
    for (const IncidentAnswer &answer : report().incident.answers) {
        list.append(QVariantMap { { u"question"_s, answer.questionText }, { u"answer"_s, answer.answerText } });
    }
    return list;
}

QString IncidentRecord::happenedText() const
{
    return japanTime(happenedAt());
}

QDateTime IncidentRecord::happenedAt() const
{
    return report().incident.happenedAt;
}

bool IncidentRecord::isResolved() const
{
    return report().incident.isResolved();
}

QString IncidentRecord::exportDirectory() const
{
    if (!m_exportDirectory.isEmpty()) {
        return m_exportDirectory;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : documents;
}

void IncidentRecord::setExportDirectory(const QString &directory)
{
    if (m_exportDirectory != directory) {
        m_exportDirectory = directory;
        Q_EMIT exportDirectoryChanged();
    }
}

QString IncidentRecord::addNote(const QString &text)
{
    const QString note = text.trimmed();
    if (note.isEmpty()) {
        return tr("メモが空です。");
    }
    if (containsCardNumber(note)) {
        return tr("カード番号のような数字が入っているため、保存しませんでした。カード番号・パスワード・暗証番号は、このアプリに書かないでください。受付番号など"
                  "は、そのまま書いてかまいません。");
    }
    IncidentRepository *repository = m_incidents ? m_incidents->repository() : nullptr;
    if (!repository || !repository->addNote(m_incidentId, note, QDateTime::currentDateTimeUtc())) {
        return tr("メモを保存できませんでした。もう一度お試しください。");
    }
    m_incidents->notifyChanged(m_incidentId);
    return {};
}

QString IncidentRecord::text() const
{
    return reportText(report());
}

void IncidentRecord::copyText() const
{
    if (QClipboard *clipboard = QGuiApplication::clipboard()) {
        clipboard->setText(text());
    }
}

QString IncidentRecord::exportPdf()
{
    const IncidentReport current = report();
    if (current.incident.id == 0) {
        return {};
    }
    const QString directory = exportDirectory();
    QDir().mkpath(directory);
    const QString stamp = current.exportedAt.toTimeZone(QTimeZone("Asia/Tokyo")).toString(u"yyyyMMdd-HHmm"_s);
    const QString path = QDir(directory).filePath(u"phishaid-record-%1-%2.pdf"_s.arg(current.incident.id).arg(stamp));
    return writeReportPdf(current, path) ? path : QString();
}

} // namespace phishaid
