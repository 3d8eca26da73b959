// The record for QML: timeline, notes (no card numbers), text and PDF export.
#include "incidentrecord.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace phishaid;

class TestIncidentRecord : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void notesTimelineAndExport()
    {
        Incidents incidents(nullptr, m_dir.filePath(u"record.sqlite"_s));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 id = *incidents.repository()->create(now, u"link-opened"_s, 1,
            { { u"entered-what"_s, u"card"_s, u"入力したもの"_s, u"クレジットカードの番号"_s, u"クレジットカードの番号を入力した"_s } },
            { { u"call-card-issuer"_s, u"now"_s, u"カード会社に電話する"_s, ItemState::Open, {} } }, now);
        IncidentRecord record;
        QSignalSpy changed(&record, &IncidentRecord::changed);
        record.setIncidents(&incidents);
        record.setIncidentId(static_cast<int>(id));
        QCOMPARE(record.timeline().size(), 1);
        QVERIFY(!record.happenedText().isEmpty());
        QVERIFY(!record.isResolved());
        // The answers, as kinds of data: question and answer texts only.
        QCOMPARE(record.answers().size(), 1);
        QCOMPARE(record.answers().constFirst().toMap().value(u"question"_s).toString(), u"入力したもの"_s);
        QCOMPARE(record.answers().constFirst().toMap().value(u"answer"_s).toString(), u"クレジットカードの番号"_s);

        QCOMPARE(record.addNote(u"カード会社の受付番号 A-0042"_s), QString());
        QVERIFY(record.addNote(u"4111 1111 1111 1111"_s).contains(u"カード番号"_s));
        QVERIFY(!record.addNote(u"   "_s).isEmpty());
        QCOMPARE(record.timeline().size(), 2);
        QVERIFY(record.timeline().constLast().toMap().value(u"text"_s).toString().contains(u"A-0042"_s));
        QVERIFY(changed.size() >= 3);

        const QString text = record.text();
        QVERIFY(text.contains(u"クレジットカードの番号"_s));
        QVERIFY(text.contains(u"A-0042"_s));
        QVERIFY(!text.contains(u"4111"_s)); // the refused note was never stored

        record.copyText();
        QCOMPARE(QGuiApplication::clipboard()->text(), text);

        record.setExportDirectory(m_dir.filePath(u"exports"_s));
        const QString pdf = record.exportPdf();
        QVERIFY(pdf.startsWith(m_dir.filePath(u"exports"_s)));
        QVERIFY(pdf.endsWith(u".pdf"_s));
        QVERIFY(QFile(pdf).size() > 1000);
    }

    void defaultExportDirectoryIsDocuments()
    {
        IncidentRecord record;
        QCOMPARE(record.exportDirectory(), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        QVERIFY(record.exportPdf().isEmpty()); // no incident: nothing written
    }
};

QTEST_MAIN(TestIncidentRecord)
#include "tst_incidentrecord.moc"
