// Japanese words stay whole at the end of a line: WordWrap puts word joiners inside ICU's words, and Qt's
// own line breaker (QTextLayout, as Text uses it) then never ends a line inside one.
#include "wordwrap.h"

#include <QFont>
#include <QGuiApplication>
#include <QTest>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using phishaid::WordWrap;

namespace {

// Where `shown` breaks into lines `width` px wide, as offsets of the line starts after the first.
QList<int> lineStarts(const QString &shown, int width, int pixelSize)
{
    QFont font(u"Noto Sans CJK JP"_s);
    font.setPixelSize(pixelSize);
    font.setBold(true);
    QTextLayout layout(shown, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // Text.Wrap
    layout.setTextOption(option);
    QList<int> starts;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (line.textStart() > 0)
            starts.append(line.textStart());
    }
    layout.endLayout();
    return starts;
}

QString withoutJoiners(QString text)
{
    return text.remove(WordWrap::WordJoiner);
}

} // namespace

class TestWordWrap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void joinsTheLettersOfEachWord()
    {
        const WordWrap wrap;
        const QChar j = WordWrap::WordJoiner;
        // 開/い/て/読/ん/だ/だけ: 「だけ」 is one word.
        const QString onlyRead = wrap.keepWords(u"開いて読んだだけ"_s);
        QVERIFY2(onlyRead.contains(u"だ"_s + j + u"け"_s), qPrintable(onlyRead));
        QCOMPARE(withoutJoiners(onlyRead), u"開いて読んだだけ"_s);
        QCOMPARE(wrap.keepWords(u"プロファイル"_s), QString(u"プ"_s + j + u"ロ"_s + j + u"フ"_s + j + u"ァ"_s + j + u"イ"_s + j + u"ル"_s));
        QVERIFY(wrap.keepWords(u"カードからお金が"_s).contains(u"お"_s + j + u"金"_s));
        // A line may still break before a word in kanji or katakana, and after punctuation.
        QVERIFY(wrap.keepWords(u"カードの番号"_s).contains(u"の番"_s));
        // ... and not inside a run of hiragana after a word: 「電話をかける」 breaks nowhere.
        QVERIFY(!wrap.keepWords(u"電話をかける"_s).contains(u"をか"_s));
    }

    void leavesOtherTextAsItIs()
    {
        const WordWrap wrap;
        QCOMPARE(wrap.keepWords(QString()), QString());
        QCOMPARE(wrap.keepWords(u"あ"_s), u"あ"_s);
        QCOMPARE(wrap.keepWords(u"Call the card company now."_s), u"Call the card company now."_s);
        QCOMPARE(wrap.keepWords(u"0120-123-456"_s), u"0120-123-456"_s);
        // Punctuation is never joined to a word: 、 and 。 keep Qt's own rules.
        const QString sentence = wrap.keepWords(u"入力して、送信した。"_s);
        QVERIFY(!sentence.contains(WordWrap::WordJoiner + u"、"_s) && !sentence.contains(u"、"_s + WordWrap::WordJoiner));
        // A kanji outside the Basic Multilingual Plane (𠮷) is never split from its low surrogate.
        const QString rare = wrap.keepWords(u"𠮷野家"_s);
        QCOMPARE(withoutJoiners(rare), u"𠮷野家"_s);
        QVERIFY(rare.at(0).isHighSurrogate() && rare.at(1).isLowSurrogate());
    }

    // At every width of a narrow phone, no line starts inside a word the app shows on its first screens.
    void noLineEndsInsideAWord_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("narrowest"); // px: a phrase longer than the line breaks anywhere, as it must
        QTest::newRow("opened only") << u"開いて読んだだけ"_s << u"だけ"_s << 100;
        QTest::newRow("profile") << u"設定のプロファイルをインストールした"_s << u"プロファイル"_s << 130;
        QTest::newRow("money") << u"いま、口座やカードからお金が取られている"_s << u"お金"_s << 200;
        QTest::newRow("card company") << u"カード会社に電話して、カードを止めてもらう"_s << u"電話"_s << 120;
        QTest::newRow("lone kana") << u"カード会社に電話して、カードを止めてもらう"_s << u"電話して"_s << 120;
        QTest::newRow("kana after kana") << u"カードの裏面の番号にかけてください。"_s << u"かけてください"_s << 200;
    }

    void noLineEndsInsideAWord()
    {
        QFETCH(QString, text);
        QFETCH(QString, word);
        QFETCH(int, narrowest);
        const WordWrap wrap;
        const QString shown = wrap.keepWords(text);
        const int wordStart = int(text.indexOf(word));
        QVERIFY(wordStart >= 0);
        int brokenPlainBefore = 0;
        for (int width = narrowest; width <= 320; width += 2) {
            // Offsets in `shown` back to offsets in `text`: count the letters before each line start.
            for (const int start : lineStarts(shown, width, 19)) {
                const int inText = int(withoutJoiners(shown.left(start)).size());
                QVERIFY2(inText <= wordStart || inText >= wordStart + word.size(),
                    qPrintable(u"%1 px: a line starts at %2 inside 「%3」"_s.arg(width).arg(inText).arg(word)));
            }
            // Without the joiners Qt does break inside the word at some width: the test would catch a regression.
            for (const int start : lineStarts(text, width, 19))
                brokenPlainBefore += start > wordStart && start < wordStart + word.size() ? 1 : 0;
        }
        QVERIFY2(brokenPlainBefore > 0, "the plain text never breaks inside the word: the case proves nothing");
    }
};

QTEST_MAIN(TestWordWrap)
#include "tst_wordwrap.moc"
