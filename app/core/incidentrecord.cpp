#include "incidentrecord.h"

#include "incidentreport.h"
#include "rebindsource.h"
#include "recorddetails.h"
#include "secretguard.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace phishaid {

namespace {
// Why a field (「送ってきた相手」) was not saved, in one sentence; empty when it holds no secret.
QString fieldSecretReason(const QString &field, const QString &text)
{
    switch (findSecret(text)) {
    case Secret::None:
        return {};
    case Secret::CardNumber:
        return IncidentRecord::tr("「%1」に、カード番号のような数字が入っているため、保存しませんでした。").arg(field);
    case Secret::Pin:
        return IncidentRecord::tr("「%1」に、暗証番号そのものが書かれているように見えるため、保存しませんでした。").arg(field);
    case Secret::Password:
        return IncidentRecord::tr("「%1」に、パスワードそのものが書かれているように見えるため、保存しませんでした。").arg(field);
    }
    return {};
}
} // namespace

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
        list.append(QVariantMap { { u"question"_s, answer.questionText }, { u"answer"_s, answer.answerText }, { u"statement"_s, answerSentence(answer) } });
    }
    return list;
}

QVariantList IncidentRecord::notes() const
{
    QVariantList list;
    for (const IncidentEvent &event : report().events) {
        if (event.kind == u"note"_s) {
            list.append(QVariantMap { { u"noteId"_s, static_cast<int>(event.id) }, { u"at"_s, japanTime(event.at) }, { u"text"_s, event.text },
                { u"secret"_s, findSecret(event.text) != Secret::None } });
        }
    }
    return list;
}

IncidentDetails IncidentRecord::details() const
{
    return report().incident.details;
}

QString IncidentRecord::sender() const
{
    return details().sender;
}

QString IncidentRecord::fakeSite() const
{
    return details().fakeSite;
}

QString IncidentRecord::imitatedCompany() const
{
    return details().imitatedCompany;
}

QString IncidentRecord::amount() const
{
    const std::optional<qint64> yen = details().amountYen;
    return yen ? QString::number(*yen) : QString();
}

QString IncidentRecord::cardCompany() const
{
    return details().cardCompany;
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

QString IncidentRecord::exportPlace() const
{
#if defined(Q_OS_ANDROID)
    // Android's DocumentsLocation is inside the app's own storage, not the shared 書類 folder: say so.
    const QString documents;
#else
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
#endif
    return placeInWords(exportDirectory(), documents, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

QString IncidentRecord::placeInWords(const QString &directory, const QString &documents, const QString &appData)
{
    const QString clean = QDir::cleanPath(directory);
    if (!documents.isEmpty() && clean == QDir::cleanPath(documents)) {
        return tr("「書類」フォルダ(Documents)", "@info where the PDF was saved");
    }
    if (!appData.isEmpty() && (clean == QDir::cleanPath(appData) || clean.startsWith(QDir::cleanPath(appData) + u'/'))) {
        return tr("アプリのデータフォルダ", "@info where the PDF was saved");
    }
    return tr("「%1」フォルダ", "@info where the PDF was saved: a folder by its name").arg(QFileInfo(clean).fileName());
}

QString IncidentRecord::fileNameOf(const QString &path) const
{
    return QFileInfo(path).fileName();
}

QString IncidentRecord::addNote(const QString &text)
{
    const QString note = text.trimmed();
    if (note.isEmpty()) {
        return tr("メモが空です。");
    }
    switch (findSecret(note)) {
    case Secret::None:
        break;
    case Secret::CardNumber:
        return tr("カード番号のような数字が入っているため、保存しませんでした。カード番号・パスワード・暗証番号は、このアプリに書かないでください。受付番号など"
                  "は、そのまま書いてかまいません。");
    case Secret::Pin:
        return tr("暗証番号そのものが書かれているように見えるため、保存しませんでした。");
    case Secret::Password:
        return tr("パスワードそのものが書かれているように見えるため、保存しませんでした。");
    }
    IncidentRepository *repository = m_incidents ? m_incidents->repository() : nullptr;
    if (!repository || !repository->addNote(m_incidentId, note, QDateTime::currentDateTimeUtc())) {
        return tr("メモを保存できませんでした。もう一度お試しください。");
    }
    m_incidents->notifyChanged(m_incidentId);
    return {};
}

bool IncidentRecord::removeNote(int noteId)
{
    IncidentRepository *repository = m_incidents ? m_incidents->repository() : nullptr;
    if (!repository || !repository->removeNote(m_incidentId, noteId, QDateTime::currentDateTimeUtc())) {
        return false;
    }
    m_incidents->notifyChanged(m_incidentId);
    return true;
}

QString IncidentRecord::saveDetails(
    const QString &sender, const QString &fakeSite, const QString &imitatedCompany, const QString &amount, const QString &cardCompany)
{
    const QList<std::pair<QString, QString>> fields {
        { tr("送ってきた相手", "@label the record's field"), sender },
        { tr("偽のサイトのアドレス", "@label the record's field"), fakeSite },
        { tr("まねされた会社", "@label the record's field"), imitatedCompany },
        { tr("被害の金額", "@label the record's field"), amount },
        { tr("カード会社・銀行の名前", "@label the record's field"), cardCompany },
    };
    for (const auto &[field, text] : fields) {
        if (const QString reason = fieldSecretReason(field, text); !reason.isEmpty()) {
            return reason;
        }
    }
    IncidentDetails details { sender.trimmed(), defangUrl(fakeSite), imitatedCompany.trimmed(), std::nullopt, cardCompany.trimmed() };
    if (!amount.trimmed().isEmpty()) {
        details.amountYen = parseYen(amount);
        if (!details.amountYen) {
            return tr("「被害の金額」は、円で、数字だけを入れてください(例：30000)。");
        }
    }
    IncidentRepository *repository = m_incidents ? m_incidents->repository() : nullptr;
    if (!repository || !repository->setDetails(m_incidentId, details)) {
        return tr("保存できませんでした。もう一度お試しください。");
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
    const QDate day = current.incident.happenedAt.toTimeZone(QTimeZone("Asia/Tokyo")).date();
    // Never over another file: an earlier copy may already be with the police or the card company.
    QString path;
    for (int copy = 1; path.isEmpty() || QFileInfo::exists(path); ++copy) {
        path = QDir(directory).filePath(recordFileName(day, copy));
    }
    return writeReportPdf(current, path) ? path : QString();
}

} // namespace phishaid
