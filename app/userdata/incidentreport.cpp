#include "incidentreport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace phishaid {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("IncidentReport", text);
}

QDateTime utcFromIso(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    at.setTimeZone(QTimeZone::utc());
    return at;
}

QString eventText(const IncidentEvent &event)
{
    if (event.kind == u"created"_s) {
        return tr("記録を始めました");
    }
    if (event.kind == u"plan_changed"_s) {
        return tr("答えを直して、手順を作り直しました");
    }
    if (event.kind == u"done"_s) {
        return tr("済：%1").arg(event.text);
    }
    if (event.kind == u"undone"_s) {
        return tr("済を取り消し：%1").arg(event.text);
    }
    if (event.kind == u"not_applicable"_s) {
        return tr("該当しない：%1").arg(event.text);
    }
    if (event.kind == u"applicable"_s) {
        return tr("該当しないを取り消し：%1").arg(event.text);
    }
    if (event.kind == u"note"_s) {
        return tr("メモ：%1").arg(event.text);
    }
    if (event.kind == u"note_deleted"_s) {
        return tr("%1 に書いたメモを削除しました").arg(japanTime(utcFromIso(event.text)));
    }
    if (event.kind == u"happened_changed"_s) {
        return tr("できごとの日時を %1 に直しました").arg(japanTime(utcFromIso(event.text)));
    }
    if (event.kind == u"resolved"_s) {
        return tr("解決済みにしました");
    }
    if (event.kind == u"reopened"_s) {
        return tr("解決済みを取り消しました");
    }
    return event.kind;
}

QString stateMark(ItemState state)
{
    switch (state) {
    case ItemState::Done:
        return tr("[済]");
    case ItemState::NotApplicable:
        return tr("[該当しない]");
    case ItemState::Open:
        break;
    }
    return tr("[まだ]");
}

// The sections of the record, shared by the text and the PDF: a heading and its lines.
QList<std::pair<QString, QStringList>> sections(const IncidentReport &report)
{
    const Incident &incident = report.incident;
    QStringList situation;
    for (const IncidentAnswer &answer : incident.answers) {
        situation.append(answerSentence(answer));
    }
    QStringList timeline;
    for (const auto &[at, text] : reportTimeline(report)) {
        timeline.append(at + u"  "_s + text);
    }
    QStringList checklist;
    for (const ChecklistItem &item : report.items) {
        QString line = stateMark(item.state) + u' ' + item.title;
        if (item.state != ItemState::Open && item.changedAt.isValid()) {
            line += u"(%1)"_s.arg(japanTime(item.changedAt));
        }
        checklist.append(line);
    }
    QStringList about {
        tr("できごとの日時：%1").arg(japanTime(incident.happenedAt)),
        tr("記録を始めた日時：%1").arg(japanTime(incident.createdAt)),
        incident.isResolved() ? tr("状態：解決済み(%1)").arg(japanTime(incident.resolvedAt)) : tr("状態：対応中"),
    };
    QList<std::pair<QString, QStringList>> all { { tr("できごと"), about } };
    if (const QStringList details = detailLines(incident.details); !details.isEmpty()) {
        all.append({ tr("相手と被害"), details });
    }
    all.append({ tr("何があったか(入力したものは種類だけを記録しています)"), situation });
    all.append({ tr("手順の状況(%1 / %2 完了)").arg(incident.doneCount).arg(incident.applicableCount), checklist });
    all.append({ tr("経過"), timeline });
    return all;
}

// True of every record: the app refuses such notes and fields. (A record can still hold a note saved by an
// older version of the app before it refused PINs and passwords; the record page lets the user delete it.)
QString closingLine()
{
    return tr("このアプリは、カード番号・暗証番号・パスワードに見えるメモや入力を受け付けません。");
}
} // namespace

QString answerSentence(const IncidentAnswer &answer)
{
    if (!answer.statement.isEmpty()) {
        return answer.statement;
    }
    return tr("%1：%2").arg(answer.questionText, answer.answerText);
}

QStringList detailLines(const IncidentDetails &details)
{
    QStringList lines;
    if (!details.sender.isEmpty()) {
        lines.append(tr("送ってきた相手：%1").arg(details.sender));
    }
    if (!details.fakeSite.isEmpty()) {
        lines.append(tr("偽のサイトのアドレス：%1").arg(details.fakeSite));
        lines.append(tr("(誤って開かないように、アドレスの「.」を「[.]」に、「http」を「hxxp」に書きかえています)"));
    }
    if (!details.imitatedCompany.isEmpty()) {
        lines.append(tr("まねされた会社：%1").arg(details.imitatedCompany));
    }
    if (details.amountYen) {
        lines.append(tr("被害の金額：%1").arg(formatYen(*details.amountYen)));
    }
    if (!details.cardCompany.isEmpty()) {
        lines.append(tr("カード会社・銀行：%1").arg(details.cardCompany));
    }
    return lines;
}

QString recordFileName(const QDate &day, int copy)
{
    const QString name = tr("詐欺メールの記録_%1年%2月%3日").arg(day.year()).arg(day.month()).arg(day.day());
    return copy > 1 ? u"%1_%2.pdf"_s.arg(name).arg(copy) : name + u".pdf"_s;
}

QString japanTime(const QDateTime &at)
{
    if (!at.isValid()) {
        return tr("不明");
    }
    return at.toTimeZone(QTimeZone("Asia/Tokyo")).toString(u"yyyy年M月d日 H:mm"_s);
}

QList<std::pair<QString, QString>> reportTimeline(const IncidentReport &report)
{
    QList<std::pair<QString, QString>> lines;
    for (const IncidentEvent &event : report.events) {
        lines.append({ japanTime(event.at), eventText(event) });
    }
    return lines;
}

QString reportText(const IncidentReport &report)
{
    QString text = tr("詐欺メール応急ガイド 記録") + u'\n' + tr("出力した日時：%1(日本時間)").arg(japanTime(report.exportedAt)) + u'\n';
    for (const auto &[heading, lines] : sections(report)) {
        text += u"\n■ "_s + heading + u'\n';
        for (const QString &line : lines) {
            text += line + u'\n';
        }
    }
    text += u'\n' + closingLine() + u'\n';
    return text;
}

bool writeReportPdf(const IncidentReport &report, const QString &path, QString *error)
{
    QString html = u"<html><body>"_s;
    // Compact headings: a usual record (answers, details, a few steps and notes) fits on one A4 page.
    html += u"<h1 style=\"font-size: 17pt; margin-bottom: 4px\">"_s + tr("詐欺メール応急ガイド 記録").toHtmlEscaped() + u"</h1>"_s;
    html += u"<p>"_s + tr("出力した日時：%1(日本時間)").arg(japanTime(report.exportedAt)).toHtmlEscaped() + u"</p>"_s;
    for (const auto &[heading, lines] : sections(report)) {
        html += u"<h2 style=\"font-size: 13pt; margin-top: 14px; margin-bottom: 4px\">"_s + heading.toHtmlEscaped() + u"</h2><ul style=\"margin-top: 0px\">"_s;
        for (const QString &line : lines) {
            html += u"<li>"_s + line.toHtmlEscaped() + u"</li>"_s;
        }
        html += u"</ul>"_s;
    }
    html += u"<p>"_s + closingLine().toHtmlEscaped() + u"</p></body></html>"_s;

    QFile::remove(path);
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(tr("詐欺メール応急ガイド 記録"));
        writer.setCreator(u"phishaid"_s);
        QTextDocument document;
        // One font for the whole record (Noto Sans CJK JP has Latin letters and digits too), and no OpenType
        // shaping: shaping a Latin run such as "A-0042" picks glyphs outside the font's character map, and
        // Qt 6.4's PDF writer then leaves them out of the text layer, so pdftotext and copy-paste lose them.
        QFont font(u"Noto Sans CJK JP"_s, 10);
        font.setStyleStrategy(QFont::StyleStrategy(QFont::NoFontMerging | QFont::PreferNoShaping));
        document.setDefaultFont(font);
        document.setHtml(html);
        document.print(&writer);
    } // the writer finishes the file when it goes
    if (QFileInfo(path).size() == 0) {
        if (error) {
            *error = u"Cannot write the PDF to %1"_s.arg(path);
        }
        return false;
    }
    return true;
}

} // namespace phishaid
