// The guide's session: a plan reached is saved once, a changed answer updates the same incident, a restart
// discards an untouched incident and keeps a touched one, new content that keeps the place keeps the
// incident; and every move is said once, typed.
#include "guidesession.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace phishaid;

namespace {

void answer(Wizard &wizard, const QString &answerId)
{
    for (int row = 0; row < wizard.rowCount(); ++row) {
        if (wizard.data(wizard.index(row), Wizard::AnswerIdRole).toString() == answerId) {
            wizard.choose(row);
            return;
        }
    }
    QFAIL(qPrintable(u"no answer "_s + answerId + u" on "_s + wizard.questionId()));
}

void walkToCardPlan(Wizard &wizard)
{
    answer(wizard, u"tapped-link"_s);
    answer(wizard, u"entered-and-sent"_s);
    answer(wizard, u"card"_s);
    wizard.next();
    answer(wizard, u"not-installed"_s);
    answer(wizard, u"not-paid"_s);
    QVERIFY(wizard.atPlan());
}

QList<Wizard::Move> moves(const QSignalSpy &spy)
{
    QList<Wizard::Move> list;
    for (const QList<QVariant> &arguments : spy) {
        list.append(arguments.at(0).value<Wizard::Move>());
    }
    return list;
}

} // namespace

class TestGuideSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ContentStore m_store { nullptr };
    int m_n = 0;

    QString freshPath() { return m_dir.filePath(u"user-%1.sqlite"_s.arg(++m_n)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_store.load(QStringLiteral(PHISHAID_CONTENT_DB)), qPrintable(m_store.technicalDetail()));
    }

    void savesThePlanOnceAndUpdatesIt()
    {
        Incidents incidents(nullptr, freshPath());
        GuideSession session;
        session.setStore(&m_store);
        session.setIncidents(&incidents);
        QSignalSpy moved(&session, &GuideSession::moved);
        QCOMPARE(session.incidentId(), -1);
        walkToCardPlan(*session.wizard());
        QCOMPARE(moves(moved), QList<Wizard::Move>(5, Wizard::Move::Forward)); // ticking a choice is no move; 次へ is
        const int id = session.incidentId();
        QVERIFY(id > 0);
        QCOMPARE(incidents.count(), 1);

        // Back, and another answer: the same incident, now with the new plan.
        moved.clear();
        session.wizard()->back();
        answer(*session.wizard(), u"paid-money"_s);
        QCOMPARE(moves(moved), (QList<Wizard::Move> { Wizard::Move::Back, Wizard::Move::Forward }));
        QCOMPARE(session.incidentId(), id);
        QCOMPARE(incidents.count(), 1);
        QCOMPARE(incidents.repository()->incident(id)->answers.constLast().answerId, u"paid-money"_s);
    }

    void restartDiscardsAnUntouchedIncident()
    {
        Incidents incidents(nullptr, freshPath());
        GuideSession session;
        session.setStore(&m_store);
        session.setIncidents(&incidents);
        walkToCardPlan(*session.wizard());
        const int id = session.incidentId();
        QVERIFY(incidents.isUntouched(id));
        QSignalSpy moved(&session, &GuideSession::moved);
        session.restart();
        QCOMPARE(moves(moved), QList<Wizard::Move> { Wizard::Move::Restart });
        QCOMPARE(session.incidentId(), -1);
        QCOMPARE(incidents.count(), 0);
        QVERIFY(!incidents.repository()->incident(id));
        QVERIFY(session.wizard()->atStart());
    }

    void restartKeepsATouchedIncident()
    {
        Incidents incidents(nullptr, freshPath());
        GuideSession session;
        session.setStore(&m_store);
        session.setIncidents(&incidents);
        walkToCardPlan(*session.wizard());
        const int id = session.incidentId();
        QVERIFY(incidents.repository()->addNote(id, u"受付番号 A-123"_s, QDateTime::currentDateTimeUtc()));
        QVERIFY(!incidents.isUntouched(id));
        session.restart();
        QCOMPARE(session.incidentId(), -1);
        QCOMPARE(incidents.count(), 1);

        // The next plan is a new incident.
        walkToCardPlan(*session.wizard());
        QVERIFY(session.incidentId() > id);
        QCOMPARE(incidents.count(), 2);
    }

    // New guidance that keeps the place keeps the incident; the view is told to keep its pages.
    void contentReplacedKeepsThePlace()
    {
        Incidents incidents(nullptr, freshPath());
        ContentStore store { nullptr };
        QVERIFY(store.load(QStringLiteral(PHISHAID_CONTENT_DB)));
        GuideSession session;
        session.setStore(&store);
        session.setIncidents(&incidents);
        walkToCardPlan(*session.wizard());
        const int id = session.incidentId();
        QSignalSpy moved(&session, &GuideSession::moved);
        QVERIFY(store.load(QStringLiteral(PHISHAID_CONTENT_DB)));
        QCOMPARE(moves(moved), QList<Wizard::Move> { Wizard::Move::ContentKept });
        QCOMPARE(session.incidentId(), id);
        QCOMPARE(incidents.count(), 1);
    }

    void withoutIncidentsNothingIsSaved()
    {
        GuideSession session;
        session.setStore(&m_store);
        walkToCardPlan(*session.wizard());
        QCOMPARE(session.incidentId(), -1);
        session.restart();
        QVERIFY(session.wizard()->atStart());
    }
};

QTEST_GUILESS_MAIN(TestGuideSession)
#include "tst_guidesession.moc"
