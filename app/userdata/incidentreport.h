// The record (記録) of one incident, for the police, the card company or the consumer centre: what happened
// and when, what kinds of data were entered (never values), what was done when, and the user's notes.
// Times are shown in Japan time, whatever the device's zone.
#pragma once

#include "incidentrepository.h"

namespace phishaid {

struct IncidentReport
{
    Incident incident;
    QList<ChecklistItem> items;
    QList<IncidentEvent> events;
    QDateTime exportedAt;
};

// One line per event, oldest first: {"at": "2026年11月23日 18:05", "text": "済：カード会社に電話して…"}.
QList<std::pair<QString, QString>> reportTimeline(const IncidentReport &report);

// The whole record as plain text.
QString reportText(const IncidentReport &report);

// The record as a PDF (Qt's own writer), A4. Returns false with `error` set when the file cannot be written.
bool writeReportPdf(const IncidentReport &report, const QString &path, QString *error = nullptr);

// "2026年11月23日 18:05" in Asia/Tokyo.
QString japanTime(const QDateTime &at);

// An answer as the record prints it: its statement (「カード番号を入力した」), or 「question：answer」 in a record
// made before answers had statements.
QString answerSentence(const IncidentAnswer &answer);

// The details the user gave (sender, fake site, company, amount, card company), one line each; empty lines left out.
QStringList detailLines(const IncidentDetails &details);

// The PDF's file name: 詐欺メールの記録_2026年12月2日.pdf for the day it happened (Japan time), with _2, _3 … for
// further copies. Only characters every file system takes (nothing of \ / : * ? " < > |).
QString recordFileName(const QDate &day, int copy = 1);

} // namespace phishaid
