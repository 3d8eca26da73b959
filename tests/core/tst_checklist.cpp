// The checklist: ticks committed before they show, progress, 該当しない, and an action a newer content dropped.
#include "checklist.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace phishaid;

class TestChecklist : public QObject
{
    Q_OBJECT

private:
    ContentStore m_store { nullptr };
    QTemporaryDir m_dir;

    static qint64 addIncident(Incidents &incidents, const QStringList &actionIds)
    {
        QList<ChecklistItem> items;
        for (const QString &id : actionIds) {
            items.append({ id, u"now"_s, u"saved title of "_s + id, ItemState::Open, {} });
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return *incidents.repository()->create(now, u"link-opened"_s, 1, {}, items, now);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_store.load(QStringLiteral(PHISHAID_CONTENT_DB)));
    }

    void ticksAndProgress()
    {
        Incidents incidents(nullptr, m_dir.filePath(u"ticks.sqlite"_s));
        const qint64 id = addIncident(incidents, { u"call-card-issuer"_s, u"keep-evidence"_s, u"report-phishing"_s });
        Checklist checklist;
        QAbstractItemModelTester tester(&checklist, QAbstractItemModelTester::FailureReportingMode::QtTest);
        checklist.setStore(&m_store);
        checklist.setIncidents(&incidents);
        checklist.setIncidentId(static_cast<int>(id));
        QCOMPARE(checklist.count(), 3);
        QCOMPARE(checklist.doneCount(), 0);
        QCOMPARE(checklist.applicableCount(), 3);
        const QModelIndex first = checklist.index(0);
        QCOMPARE(checklist.data(first, Checklist::TitleRole).toString(), content::localized(m_store.content().action(u"call-card-issuer"_s)->title));
        QVERIFY(!checklist.data(first, Checklist::BodyRole).toString().isEmpty());
        QCOMPARE(checklist.data(first, Checklist::ContactsRole).toList().size(), 1);
        QVERIFY(checklist.data(first, Checklist::IsFirstRole).toBool());

        QSignalSpy progress(&checklist, &Checklist::progressChanged);
        QVERIFY(checklist.setDone(0, true));
        QCOMPARE(progress.size(), 1);
        QVERIFY(checklist.data(first, Checklist::DoneRole).toBool());
        QCOMPARE(checklist.data(first, Checklist::StateRole).toString(), u"done"_s);
        QVERIFY(!checklist.data(first, Checklist::ChangedTextRole).toString().isEmpty());
        QVERIFY(checklist.data(checklist.index(1), Checklist::IsFirstRole).toBool()); // the next open item leads
        QCOMPARE(checklist.doneCount(), 1);
        // Committed: the database says so too.
        QCOMPARE(incidents.repository()->items(id).at(0).state, ItemState::Done);
        QCOMPARE(incidents.data(incidents.index(0), Incidents::DoneCountRole).toInt(), 1);

        QVERIFY(checklist.setNotApplicable(2, true));
        QCOMPARE(checklist.applicableCount(), 2); // out of the progress count, kept in the record
        QVERIFY(checklist.data(checklist.index(2), Checklist::NotApplicableRole).toBool());
        QVERIFY(checklist.setNotApplicable(2, false));
        QCOMPARE(checklist.applicableCount(), 3);
        QVERIFY(checklist.setDone(0, false));
        QCOMPARE(checklist.doneCount(), 0);
        QVERIFY(!checklist.setDone(7, true));
        QVERIFY(!checklist.setDone(-1, true));
    }

    void anotherChecklistOverTheSameDatabaseSeesTheTicks()
    {
        const QString path = m_dir.filePath(u"reopen.sqlite"_s);
        qint64 id = 0;
        {
            Incidents incidents(nullptr, path);
            id = addIncident(incidents, { u"call-bank"_s, u"check-bank-transfers"_s });
            Checklist checklist;
            checklist.setIncidents(&incidents);
            checklist.setIncidentId(static_cast<int>(id));
            QVERIFY(checklist.setDone(1, true));
        }
        Incidents incidents(nullptr, path);
        Checklist checklist;
        checklist.setIncidents(&incidents);
        checklist.setStore(&m_store);
        checklist.setIncidentId(static_cast<int>(id));
        QVERIFY(!checklist.data(checklist.index(0), Checklist::DoneRole).toBool());
        QVERIFY(checklist.data(checklist.index(1), Checklist::DoneRole).toBool());
    }

    // An action that a newer content no longer has stays readable under its saved title.
    void droppedActionStaysReadable()
    {
        Incidents incidents(nullptr, m_dir.filePath(u"dropped.sqlite"_s));
        const qint64 id = addIncident(incidents, { u"an-action-from-an-older-content"_s });
        Checklist checklist;
        checklist.setStore(&m_store);
        checklist.setIncidents(&incidents);
        checklist.setIncidentId(static_cast<int>(id));
        QCOMPARE(checklist.data(checklist.index(0), Checklist::TitleRole).toString(), u"saved title of an-action-from-an-older-content"_s);
        QVERIFY(checklist.data(checklist.index(0), Checklist::BodyRole).toString().isEmpty());
        QVERIFY(checklist.setDone(0, true));
    }

    void withoutADatabaseNothingIsShownDone()
    {
        Incidents incidents(nullptr, m_dir.filePath(u"nothing.sqlite"_s));
        Checklist checklist;
        checklist.setIncidents(&incidents);
        checklist.setIncidentId(424242);
        QCOMPARE(checklist.count(), 0);
        QVERIFY(!checklist.setDone(0, true));
    }
};

QTEST_GUILESS_MAIN(TestChecklist)
#include "tst_checklist.moc"
