#include "sqlitereader.h"

#include "sqlitesupport.h"

#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QVariant>
#include <memory>

using namespace Qt::StringLiterals;

namespace phishaid::content {

namespace {

// Thrown while loading a database that opened fine but does not hold what it should; caught in this file.
struct MalformedError
{
    QString detail;
};

QString key(const QStringList &parts)
{
    return parts.join(QChar(0x1f)); // a separator no id contains
}

std::optional<Ref> refOrNone(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<Ref>(Ref { value.toString(), {} });
}

template <typename Enum> Enum parsed(std::optional<Enum> (*fromKey)(const QString &), const QVariant &value, const char *what)
{
    const std::optional<Enum> result = fromKey(value.toString());
    if (!result) {
        throw MalformedError { u"Unknown "_s + QString::fromLatin1(what) + u" \""_s + value.toString() + u"\"."_s };
    }
    return *result;
}

class Loader
{
public:
    explicit Loader(QSqlDatabase &db)
        : m_db(db)
    { }

    Content load()
    {
        loadTexts();
        Content content;
        const QHash<QString, QString> meta = loadMeta();
        bool ok = false;
        content.version = meta.value(u"content_version"_s).toInt(&ok);
        if (!ok || !meta.contains(u"start_question"_s)) {
            throw MalformedError { u"The meta table lacks content_version or start_question."_s };
        }
        content.start.id = meta.value(u"start_question"_s);
        loadQuestions(content);
        const QHash<QString, QList<Ref>> outcomeActions = refLists(u"SELECT outcome, action FROM outcome_actions ORDER BY position"_s, 1);
        for (QSqlQuery q = select(u"SELECT id FROM outcomes ORDER BY position"_s); q.next();) {
            const QString id = q.value(0).toString();
            content.outcomes.append({ id, outcomeActions.value(id), {} });
        }
        loadActions(content);
        loadContacts(content);
        loadHolidays(content, meta);
        loadBrands(content);
        loadCampaigns(content);
        loadCheckerLists(content);
        loadPublicSuffixList(content);
        return content;
    }

private:
    QSqlQuery select(const QString &sql)
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(sql)) {
            throw MalformedError { query.lastError().text() };
        }
        return query;
    }

    QHash<QString, QString> loadMeta()
    {
        QHash<QString, QString> meta;
        for (QSqlQuery q = select(u"SELECT key, value FROM meta"_s); q.next();) {
            meta.insert(q.value(0).toString(), q.value(1).toString());
        }
        return meta;
    }

    void loadTexts()
    {
        for (QSqlQuery q = select(u"SELECT owner_kind, owner, answer, field, locale, text FROM texts"_s); q.next();) {
            const QString textKey = key({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString() });
            m_texts[textKey].insert(q.value(4).toString(), q.value(5).toString());
        }
    }

    LocalizedText text(const char *ownerKind, const QString &owner, const QString &answer, const char *field) const
    {
        return m_texts.value(key({ QString::fromLatin1(ownerKind), owner, answer, QString::fromLatin1(field) }));
    }

    // Lists of references keyed by their owner: the first `keyColumns` columns, the id is the next one.
    QHash<QString, QList<Ref>> refLists(const QString &sql, int keyColumns)
    {
        QHash<QString, QList<Ref>> lists;
        for (QSqlQuery q = select(sql); q.next();) {
            QStringList owner;
            for (int column = 0; column < keyColumns; ++column) {
                owner.append(q.value(column).toString());
            }
            lists[key(owner)].append(Ref { q.value(keyColumns).toString(), {} });
        }
        return lists;
    }

    QHash<QString, QStringList> nameLists(const QString &sql, int keyColumns)
    {
        QHash<QString, QStringList> lists;
        const QHash<QString, QList<Ref>> refs = refLists(sql, keyColumns);
        for (auto it = refs.cbegin(); it != refs.cend(); ++it) {
            const QString &owner = it.key();
            for (const Ref &ref : it.value()) {
                lists[owner].append(ref.id);
            }
        }
        return lists;
    }

    void loadQuestions(Content &content)
    {
        const QHash<QString, QList<Ref>> answerActions = refLists(u"SELECT question, answer, action FROM answer_actions ORDER BY position"_s, 2);
        const QHash<QString, QStringList> answerMeans = nameLists(u"SELECT question, answer, fact FROM answer_means ORDER BY position"_s, 2);
        QHash<QString, QList<Answer>> answers;
        for (QSqlQuery q = select(u"SELECT question, id, next_question, next_outcome FROM answers ORDER BY position"_s); q.next();) {
            const QString question = q.value(0).toString();
            Answer answer;
            answer.id = q.value(1).toString();
            answer.text = text(sqlite::AnswerOwner, question, answer.id, "text");
            answer.detail = text(sqlite::AnswerOwner, question, answer.id, "detail");
            answer.statement = text(sqlite::AnswerOwner, question, answer.id, "statement");
            answer.actions = answerActions.value(key({ question, answer.id }));
            answer.means = answerMeans.value(key({ question, answer.id }));
            answer.target = { refOrNone(q.value(2)), refOrNone(q.value(3)) };
            answers[question].append(answer);
        }
        for (QSqlQuery q = select(u"SELECT id, kind, next_question, next_outcome FROM questions ORDER BY position"_s); q.next();) {
            Question question;
            question.id = q.value(0).toString();
            question.kind = parsed(&questionKindFromKey, q.value(1), "question kind");
            question.text = text(sqlite::QuestionOwner, question.id, QString(), "text");
            question.help = text(sqlite::QuestionOwner, question.id, QString(), "help");
            question.answers = answers.value(question.id);
            question.target = { refOrNone(q.value(2)), refOrNone(q.value(3)) };
            content.questions.append(question);
        }
    }

    void loadActions(Content &content)
    {
        const QHash<QString, QList<Ref>> contacts = refLists(u"SELECT action, contact FROM action_contacts ORDER BY position"_s, 1);
        const QHash<QString, QList<Ref>> supersedes = refLists(u"SELECT action, superseded FROM action_supersedes ORDER BY position"_s, 1);
        const QHash<QString, QStringList> contradicts = nameLists(u"SELECT action, fact FROM action_contradicts ORDER BY position"_s, 1);
        for (QSqlQuery q = select(u"SELECT id, urgency, kind, priority, passwords FROM actions ORDER BY position"_s); q.next();) {
            Action action;
            action.id = q.value(0).toString();
            action.urgency = parsed(&urgencyFromKey, q.value(1), "urgency");
            action.kind = parsed(&actionKindFromKey, q.value(2), "action kind");
            action.priority = q.value(3).toInt();
            action.passwords = parsed(&passwordDeviceFromKey, q.value(4), "password device");
            action.contradicts = contradicts.value(action.id);
            action.title = text(sqlite::ActionOwner, action.id, QString(), "title");
            action.body = text(sqlite::ActionOwner, action.id, QString(), "body");
            action.contacts = contacts.value(action.id);
            action.supersedes = supersedes.value(action.id);
            content.actions.append(action);
        }
    }

    void loadContacts(Content &content)
    {
        const QHash<QString, QList<OpeningRange>> hours = loadHours();
        for (QSqlQuery q = select(u"SELECT id, kind, value, category, source, checked, confidence, open, closed FROM contacts ORDER BY position"_s);
             q.next();) {
            Contact contact;
            contact.id = q.value(0).toString();
            contact.kind = parsed(&contactKindFromKey, q.value(1), "contact kind");
            contact.value = q.value(2).toString();
            contact.category = q.value(3).toString();
            contact.source = q.value(4).toString();
            if (!q.value(5).isNull()) {
                contact.checked = QDate::fromString(q.value(5).toString(), Qt::ISODate);
                if (!contact.checked.isValid()) {
                    throw MalformedError { u"Contact \""_s + contact.id + u"\" has an invalid checked date."_s };
                }
            }
            contact.confidence = parsed(&confidenceFromKey, q.value(6), "confidence");
            const char *ownerKind = sqlite::ContactOwner;
            contact.name = text(ownerKind, contact.id, QString(), "name");
            contact.purpose = text(ownerKind, contact.id, QString(), "purpose");
            contact.prepare = text(ownerKind, contact.id, QString(), "prepare");
            contact.hours = text(ownerKind, contact.id, QString(), "hours");
            contact.hoursNote = text(ownerKind, contact.id, QString(), "hours-note");
            contact.aroundTheClock = text(ownerKind, contact.id, QString(), "around-the-clock");
            contact.afterHours = text(ownerKind, contact.id, QString(), "after-hours");
            contact.open.kind = openKind(q.value(7));
            contact.open.ranges = hours.value(contact.id);
            const QString closed = q.value(8).toString();
            contact.open.closed = closed.isEmpty() ? QStringList() : closed.split(u',');
            contact.cost = text(ownerKind, contact.id, QString(), "cost");
            content.contacts.append(contact);
        }
    }

    static OpeningHours::Kind openKind(const QVariant &value)
    {
        if (value.isNull()) {
            return OpeningHours::Kind::Unknown;
        }
        if (value.toString() == u"always") {
            return OpeningHours::Kind::Always;
        }
        if (value.toString() == u"ranges") {
            return OpeningHours::Kind::Ranges;
        }
        throw MalformedError { u"Unknown open hours \""_s + value.toString() + u"\"."_s };
    }

    QHash<QString, QList<OpeningRange>> loadHours()
    {
        QHash<QString, QList<OpeningRange>> hours;
        for (QSqlQuery q = select(u"SELECT contact, days, from_minute, to_minute FROM contact_hours ORDER BY position"_s); q.next();) {
            OpeningRange range;
            for (const QString &key : q.value(1).toString().split(u',')) {
                range.days.append(parsed(&openingDayFromKey, key, "opening day"));
            }
            range.from = q.value(2).toInt();
            range.to = q.value(3).toInt();
            hours[q.value(0).toString()].append(range);
        }
        return hours;
    }

    void loadHolidays(Content &content, const QHash<QString, QString> &meta)
    {
        content.holidays.source = meta.value(u"holidays_source"_s);
        content.holidays.checked = QDate::fromString(meta.value(u"holidays_checked"_s), Qt::ISODate);
        for (QSqlQuery q = select(u"SELECT date FROM holidays ORDER BY position"_s); q.next();) {
            Holiday holiday;
            holiday.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            if (!holiday.date.isValid()) {
                throw MalformedError { u"The holidays table has an invalid date."_s };
            }
            holiday.name = text(sqlite::HolidayOwner, q.value(0).toString(), QString(), "name");
            content.holidays.days.append(holiday);
        }
    }

    static QDate dateOrThrow(const QVariant &value, const QString &what)
    {
        if (value.isNull()) {
            return {};
        }
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        if (!date.isValid()) {
            throw MalformedError { what + u" has an invalid date."_s };
        }
        return date;
    }

    void loadBrands(Content &content)
    {
        const QHash<QString, QStringList> keywords = nameLists(u"SELECT brand, keyword FROM brand_keywords ORDER BY position"_s, 1);
        const QHash<QString, QStringList> examples = nameLists(u"SELECT brand, example FROM brand_bad_examples ORDER BY position"_s, 1);
        const QHash<QString, QStringList> domains = nameLists(u"SELECT brand, official, domain FROM brand_domains ORDER BY position"_s, 2);
        const QHash<QString, QStringList> senders = nameLists(u"SELECT brand, official, address FROM brand_senders ORDER BY position"_s, 2);
        QHash<QString, QList<OfficialEntry>> official;
        for (QSqlQuery q = select(u"SELECT brand, position, source, checked, confidence FROM brand_official ORDER BY position"_s); q.next();) {
            const QString brand = q.value(0).toString();
            const QString group = key({ brand, q.value(1).toString() });
            OfficialEntry entry;
            entry.domains = domains.value(group);
            entry.senders = senders.value(group);
            entry.source = q.value(2).toString();
            entry.checked = dateOrThrow(q.value(3), u"An official group of brand \""_s + brand + u'"');
            entry.confidence = parsed(&confidenceFromKey, q.value(4), "confidence");
            official[brand].append(entry);
        }
        for (QSqlQuery q = select(u"SELECT id, never_sends FROM brands ORDER BY position"_s); q.next();) {
            Brand brand;
            brand.id = q.value(0).toString();
            const QString never = q.value(1).toString();
            for (const QString &channel : never.isEmpty() ? QStringList() : never.split(u',')) {
                brand.neverSends.append(parsed(&channelFromKey, channel, "channel"));
            }
            brand.name = text(sqlite::BrandOwner, brand.id, QString(), "name");
            brand.note = text(sqlite::BrandOwner, brand.id, QString(), "note");
            brand.keywords = keywords.value(brand.id);
            brand.badExamples = examples.value(brand.id);
            brand.official = official.value(brand.id);
            content.brands.append(brand);
        }
    }

    void loadCampaigns(Content &content)
    {
        const QHash<QString, QList<Ref>> brands = refLists(u"SELECT campaign, brand FROM campaign_brands ORDER BY position"_s, 1);
        const QHash<QString, QStringList> subjects = nameLists(u"SELECT campaign, subject FROM campaign_subjects ORDER BY position"_s, 1);
        for (QSqlQuery q = select(u"SELECT id, channel, first_seen, warned, source, checked, confidence, expires FROM campaigns ORDER BY position"_s);
             q.next();) {
            Campaign campaign;
            campaign.id = q.value(0).toString();
            const QString what = u"Campaign \""_s + campaign.id + u'"';
            campaign.channel = parsed(&channelFromKey, q.value(1), "channel");
            campaign.firstSeen = dateOrThrow(q.value(2), what);
            campaign.warned = dateOrThrow(q.value(3), what);
            campaign.source = q.value(4).toString();
            campaign.checked = dateOrThrow(q.value(5), what);
            campaign.confidence = parsed(&confidenceFromKey, q.value(6), "confidence");
            campaign.expires = dateOrThrow(q.value(7), what);
            campaign.warnedBy = text(sqlite::CampaignOwner, campaign.id, QString(), "warned-by");
            campaign.brands = brands.value(campaign.id);
            campaign.subjects = subjects.value(campaign.id);
            content.campaigns.append(campaign);
        }
    }

    void loadCheckerLists(Content &content)
    {
        for (QSqlQuery q = select(u"SELECT tld, source, checked, confidence FROM abused_tlds ORDER BY position"_s); q.next();) {
            AbusedTld tld;
            tld.tld = q.value(0).toString();
            tld.source = q.value(1).toString();
            tld.checked = dateOrThrow(q.value(2), u"Abused TLD \""_s + tld.tld + u'"');
            tld.confidence = parsed(&confidenceFromKey, q.value(3), "confidence");
            content.abusedTlds.append(tld);
        }
        for (QSqlQuery q = select(u"SELECT domain, kind, source, checked FROM link_hiders ORDER BY position"_s); q.next();) {
            LinkHider hider;
            hider.domain = q.value(0).toString();
            hider.kind = parsed(&linkHiderKindFromKey, q.value(1), "link hider kind");
            hider.source = q.value(2).toString();
            hider.checked = dateOrThrow(q.value(3), u"Link hider \""_s + hider.domain + u'"');
            content.linkHiders.append(hider);
        }
        QHash<QString, QMap<QString, QStringList>> words;
        for (QSqlQuery q = select(u"SELECT phrase, locale, word FROM phrase_words ORDER BY position"_s); q.next();) {
            words[q.value(0).toString()][q.value(1).toString()].append(q.value(2).toString());
        }
        for (QSqlQuery q = select(u"SELECT id, kind FROM phrases ORDER BY position"_s); q.next();) {
            PhraseList list;
            list.id = q.value(0).toString();
            list.kind = parsed(&phraseKindFromKey, q.value(1), "phrase kind");
            list.reason = text(sqlite::PhraseOwner, list.id, QString(), "reason");
            list.words = words.value(list.id);
            content.phrases.append(list);
        }
    }

    void loadPublicSuffixList(Content &content)
    {
        QSqlQuery q = select(u"SELECT data, source, updated FROM public_suffix_list WHERE id = 1"_s);
        if (q.next()) {
            content.publicSuffixList.data = q.value(0).toByteArray();
            content.publicSuffixList.source = q.value(1).toString();
            content.publicSuffixList.updated = dateOrThrow(q.value(2), u"The Public Suffix List"_s);
        }
    }

    QSqlDatabase &m_db;
    QHash<QString, LocalizedText> m_texts;
};

ReadResult failure(ReadResult::Error error, const QString &detail)
{
    return { std::nullopt, error, detail };
}

// A single-value pragma, or nothing when the file cannot be read as a database.
std::optional<QVariant> pragma(QSqlDatabase &db, const QString &name, QString *error = nullptr)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA "_s + name) || !query.next()) {
        if (error) {
            *error = query.lastError().text();
        }
        return std::nullopt;
    }
    return query.value(0);
}

ReadResult readOpenDatabase(QSqlDatabase &db)
{
    if (!db.open()) {
        return failure(ReadResult::NotADatabase, db.lastError().text());
    }
    QString error;
    const std::optional<QVariant> check = pragma(db, u"quick_check"_s, &error);
    if (!check) {
        return failure(ReadResult::NotADatabase, u"Not an SQLite database: "_s + error);
    }
    if (check->toString() != u"ok") {
        return failure(ReadResult::NotADatabase, u"The database fails its integrity check: "_s + check->toString());
    }
    const int version = pragma(db, u"user_version"_s).value_or(0).toInt();
    if (version > SchemaVersion) {
        return failure(ReadResult::TooNew,
            u"The database has schema version "_s + QString::number(version) + u"; this build reads up to "_s + QString::number(SchemaVersion) + u'.');
    }
    const int applicationId = pragma(db, u"application_id"_s).value_or(0).toInt();
    if (version != SchemaVersion || applicationId != sqlite::ApplicationId) {
        return failure(ReadResult::Malformed, u"Not a phishaid content database (schema version "_s + QString::number(version) + u")."_s);
    }
    try {
        return { Loader(db).load(), ReadResult::None, QString() };
    } catch (const MalformedError &malformed) {
        return failure(ReadResult::Malformed, malformed.detail);
    }
}

} // namespace

ReadResult readContentDatabase(const QString &path)
{
    if (!QFileInfo::exists(path) || QFileInfo(path).isDir()) {
        return failure(ReadResult::Missing, u"No database at "_s + path);
    }
    // SQLite reads real files only: a resource is copied out first and deleted with `copy`.
    QFile source(path);
    const std::unique_ptr<QTemporaryFile> copy(QTemporaryFile::createNativeFile(source));
    const QString nativePath = copy ? copy->fileName() : path;
    return sqlite::withConnection(nativePath, u"QSQLITE_OPEN_READONLY"_s, [](QSqlDatabase &db) { return readOpenDatabase(db); });
}

} // namespace phishaid::content
