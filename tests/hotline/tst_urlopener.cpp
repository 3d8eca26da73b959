// The bridge to the dialer, the mail app, the browser and the PDF viewer: the exact URI handed over, what is
// refused, the dialer switch for tests, and the clipboard for the desktop fallback.
#include "urlopener.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using phishaid::UrlOpener;

class TestUrlOpener : public QObject
{
    Q_OBJECT

private:
    QList<QUrl> m_opened;

private Q_SLOTS:
    void init()
    {
        m_opened.clear();
        UrlOpener::setHandler([this](const QUrl &url) {
            m_opened.append(url);
            return true;
        });
    }

    void cleanup()
    {
        UrlOpener::setHandler({});
        UrlOpener::setDialerOverride(std::nullopt);
    }

    void opensWhatTheContentHolds_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::newRow("#9110") << u"tel:%239110"_s;
        QTest::newRow("toll-free") << u"tel:0120950178"_s;
        QTest::newRow("+81") << u"tel:+81364579585"_s;
        QTest::newRow("mail") << u"mailto:info@antiphishing.jp"_s;
        QTest::newRow("web") << u"https://www.npa.go.jp/bureau/cyber/soudan.html"_s;
    }

    void opensWhatTheContentHolds()
    {
        QFETCH(QString, uri);
        UrlOpener opener;
        QSignalSpy opened(&opener, &UrlOpener::opened);
        QVERIFY(opener.open(uri));
        QCOMPARE(m_opened.size(), 1);
        QCOMPARE(QString::fromUtf8(m_opened.at(0).toEncoded()), uri); // '#' stays %23: the dialer sees #9110
        QCOMPARE(opened.size(), 1);
    }

    void refusesAnythingElse()
    {
        UrlOpener opener;
        for (const QString &uri : { u"javascript:alert(1)"_s, u"file:///etc/passwd"_s, u"http://www.npa.go.jp/"_s, u""_s, u"tel"_s }) {
            QVERIFY2(!opener.open(uri), qPrintable(uri));
        }
        QVERIFY(m_opened.isEmpty());
    }

    void opensAFileTheAppSaved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"詐欺メールの記録_2026年12月2日.pdf"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4\n");
        file.close();
        UrlOpener opener;
        QSignalSpy opened(&opener, &UrlOpener::opened);
        QVERIFY(opener.openFile(path));
        QCOMPARE(m_opened.size(), 1);
        QCOMPARE(m_opened.at(0), QUrl::fromLocalFile(path));
        QCOMPARE(m_opened.at(0).toLocalFile(), path);
        QCOMPARE(opened.size(), 1);
        // Nothing but an existing file by its absolute path.
        for (const QString &bad : { QString(), dir.filePath(u"missing.pdf"_s), dir.path(), u"詐欺メールの記録_2026年12月2日.pdf"_s }) {
            QVERIFY2(!opener.openFile(bad), qPrintable(bad));
        }
        QCOMPARE(m_opened.size(), 1);
    }

    void dialerAndClipboard()
    {
        UrlOpener opener;
#if defined(Q_OS_ANDROID) || defined(Q_OS_IOS)
        QVERIFY(opener.canDial());
#else
        QVERIFY(!opener.canDial()); // a desktop has no phone
#endif
        UrlOpener::setDialerOverride(true);
        QVERIFY(opener.canDial());
        opener.copyText(u"0120-95-0178"_s);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"0120-95-0178"_s);
        QCOMPARE(opener.hostOf(u"https://www.npa.go.jp/bureau/cyber/soudan.html"_s), u"www.npa.go.jp"_s);
    }
};

QTEST_MAIN(TestUrlOpener)
#include "tst_urlopener.moc"
