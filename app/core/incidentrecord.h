// The record (記録) of one incident for QML: its timeline, notes, the details the police ask for, and export as
// text or PDF.
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
    // What the user answered, in order: [{question, answer, statement}]. Kinds of data only, never values.
    // `statement` is the plain sentence the record prints (「question：answer」 in records made before statements).
    Q_PROPERTY(QVariantList answers READ answers NOTIFY changed)
    // The notes, oldest first: [{noteId, at, text, secret}]. `secret` is true for a note that looks like a card
    // number, PIN or password (saved by an older version of the app, before it refused them).
    Q_PROPERTY(QVariantList notes READ notes NOTIFY changed)
    Q_PROPERTY(QString happenedText READ happenedText NOTIFY changed)
    Q_PROPERTY(QDateTime happenedAt READ happenedAt NOTIFY changed)
    Q_PROPERTY(bool resolved READ isResolved NOTIFY changed)
    // The details as saved (empty when not given): the fake site defanged, the amount as digits ("12000").
    Q_PROPERTY(QString sender READ sender NOTIFY changed)
    Q_PROPERTY(QString fakeSite READ fakeSite NOTIFY changed)
    Q_PROPERTY(QString imitatedCompany READ imitatedCompany NOTIFY changed)
    Q_PROPERTY(QString amount READ amount NOTIFY changed)
    Q_PROPERTY(QString cardCompany READ cardCompany NOTIFY changed)
    Q_PROPERTY(QString exportDirectory READ exportDirectory WRITE setExportDirectory NOTIFY exportDirectoryChanged)
    // Where exportPdf() writes, in words for the user, never a path: 「書類」フォルダ(Documents).
    Q_PROPERTY(QString exportPlace READ exportPlace NOTIFY exportDirectoryChanged)

public:
    explicit IncidentRecord(QObject *parent = nullptr);

    Incidents *incidents() const { return m_incidents; }
    void setIncidents(Incidents *incidents);
    int incidentId() const { return m_incidentId; }
    void setIncidentId(int incidentId);

    QVariantList timeline() const;
    QVariantList answers() const;
    QVariantList notes() const;
    QString happenedText() const;
    QDateTime happenedAt() const;
    bool isResolved() const;
    QString sender() const;
    QString fakeSite() const;
    QString imitatedCompany() const;
    QString amount() const;
    QString cardCompany() const;

    // Where exportPdf() writes: the Documents folder by default (app data where there is none).
    QString exportDirectory() const;
    void setExportDirectory(const QString &directory);
    QString exportPlace() const;

    // Saves a note. Returns an empty string when saved, otherwise one sentence saying why not
    // (a card number, PIN or password in the text, an empty note, a database error).
    Q_INVOKABLE QString addNote(const QString &text);
    // Deletes one note (its noteId from `notes`); the timeline keeps that a note was deleted, not its text.
    Q_INVOKABLE bool removeNote(int noteId);
    // Saves the details, all optional: the fake site is stored defanged, the amount as yen (digits, full-width
    // too, "12,000円"). Returns an empty string when saved, otherwise one sentence naming the field and why
    // (a card number, PIN or password in it, an amount that is not a number, a database error); nothing is
    // saved then.
    Q_INVOKABLE QString saveDetails(
        const QString &sender, const QString &fakeSite, const QString &imitatedCompany, const QString &amount, const QString &cardCompany);
    // The whole record as plain text.
    Q_INVOKABLE QString text() const;
    // Copies text() to the clipboard.
    Q_INVOKABLE void copyText() const;
    // Writes the record as a PDF named 詐欺メールの記録_<day it happened>.pdf (_2, _3 … when that name is taken)
    // and returns the file's path, or an empty string when it failed.
    Q_INVOKABLE QString exportPdf();
    // The file name of a path, for saying what was saved without showing the path.
    Q_INVOKABLE QString fileNameOf(const QString &path) const;

    // Where `directory` is, in words: 「書類」フォルダ(Documents) for `documents`, アプリのデータフォルダ for
    // `appData`, otherwise 「<its name>」フォルダ.
    static QString placeInWords(const QString &directory, const QString &documents, const QString &appData);

Q_SIGNALS:
    void changed();
    void exportDirectoryChanged();

private:
    IncidentReport report() const;
    IncidentDetails details() const;

    QPointer<Incidents> m_incidents;
    int m_incidentId = -1;
    QString m_exportDirectory;
};

} // namespace phishaid
