// Private to the SQLite writer and reader: the layout they share and a connection that cannot leak.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QUuid>

namespace phishaid::content::sqlite {

// Marks the file as ours (PRAGMA application_id), so a foreign SQLite file is told apart from ours: "PHAI".
inline constexpr int ApplicationId = 0x50484149;

// The owner kinds of the texts table. Answers are owned by their question and carry their own id too.
inline constexpr auto QuestionOwner = "question";
inline constexpr auto AnswerOwner = "answer";
inline constexpr auto ActionOwner = "action";
inline constexpr auto ContactOwner = "contact";
inline constexpr auto HolidayOwner = "holiday";
inline constexpr auto BrandOwner = "brand";
inline constexpr auto CampaignOwner = "campaign";
inline constexpr auto PhraseOwner = "phrase";

// Runs `work` on a fresh, uniquely named QSQLITE connection to `path` (not yet opened) and removes the
// connection afterwards. Every QSqlQuery must live inside `work`: removeDatabase() needs them gone.
template <typename Work> auto withConnection(const QString &path, const QString &connectOptions, Work work)
{
    const QString name = QStringLiteral("phishaid-content-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto result = [&] {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(connectOptions);
        auto workResult = work(db);
        db.close();
        return workResult;
    }();
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace phishaid::content::sqlite
