// The record (記録) of one incident for QML: its timeline, notes, and export as text or PDF.
#pragma once

#include "incidentreport.h"
#include "incidents.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace phishaid {

class IncidentRecord : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(phishaid::Incidents *incidents READ incidents WRITE setIncidents NOTIFY changed)
    Q_PROPERTY(int incidentId READ incidentId WRITE setIncidentId NOTIFY changed)
    Q_PROPERTY(QVariantList timeline READ timeline NOTIFY changed) // [{at, text}], oldest first
    // What the user answered, in order: [{question, answer}]. Kinds of data only, never values.
    Q_PROPERTY(QVariantList answers READ answers NOTIFY changed)
    Q_PROPERTY(QString happenedText READ happenedText NOTIFY changed)
    Q_PROPERTY(QDateTime happenedAt READ happenedAt NOTIFY changed)
    Q_PROPERTY(bool resolved READ isResolved NOTIFY changed)
    Q_PROPERTY(QString exportDirectory READ exportDirectory WRITE setExportDirectory NOTIFY exportDirectoryChanged)

public:
    explicit IncidentRecord(QObject *parent = nullptr);

    Incidents *incidents() const { return m_incidents; }
    void setIncidents(Incidents *incidents);
    int incidentId() const { return m_incidentId; }
    void setIncidentId(int incidentId);

    QVariantList timeline() const;
    QVariantList answers() const;
    QString happenedText() const;
    QDateTime happenedAt() const;
    bool isResolved() const;

    // Where exportPdf() writes: the Documents folder by default (app data where there is none).
    QString exportDirectory() const;
    void setExportDirectory(const QString &directory);

    // Saves a note. Returns an empty string when saved, otherwise one sentence saying why not
    // (a card number in the text, an empty note, a database error).
    Q_INVOKABLE QString addNote(const QString &text);
    // The whole record as plain text.
    Q_INVOKABLE QString text() const;
    // Copies text() to the clipboard.
    Q_INVOKABLE void copyText() const;
    // Writes the record as a PDF and returns the file's path, or an empty string when it failed.
    Q_INVOKABLE QString exportPdf();

Q_SIGNALS:
    void changed();
    void exportDirectoryChanged();

private:
    IncidentReport report() const;

    QPointer<Incidents> m_incidents;
    int m_incidentId = -1;
    QString m_exportDirectory;
};

} // namespace phishaid
