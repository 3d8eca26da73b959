// The layout (PRAGMA user_version = SchemaVersion, application_id = "PHAI"):
//   meta(key, value)                                  content_version, start_question, created_utc
//   questions(id, position, kind, next_question, next_outcome)   next_*: a multiple-choice question's target
//   answers(question, id, position, next_question, next_outcome)
//   answer_actions(question, answer, position, action)   answer_means(question, answer, position, fact)
//   outcomes(id, position)          outcome_actions(outcome, position, action)
//   actions(id, position, urgency, kind, priority, passwords)   passwords: NULL, 'any-device' or 'other-device'
//                                   action_contacts(action, position, contact)
//                                   action_supersedes(action, position, superseded)
//                                   action_contradicts(action, position, fact)
//   contacts(id, position, kind, value, category, source, checked, confidence, open, closed)
//                                   open: NULL, 'always' or 'ranges'; closed: "MM-DD,MM-DD" or NULL
//   contact_hours(contact, position, days, from_minute, to_minute)   days: "mon,tue,holiday"
//   holidays(date, position)        the table's source and checked date are meta holidays_source/_checked
//   texts(owner_kind, owner, answer, field, locale, text)   every text in every locale, so a new locale
//                                                           needs no change of layout
//   (holiday names are texts of owner kind "holiday", owner the ISO date)
//   The checker's content (schema 3):
//   brands(id, position, never_sends)               never_sends: "sms,mail" or NULL; texts: name, note
//   brand_keywords(brand, position, keyword)        brand_bad_examples(brand, position, example)
//   brand_official(brand, position, source, checked, confidence)   one group of official domains per source
//   brand_domains(domain, brand, official, position)   domain is unique: one domain, one brand
//   brand_senders(brand, official, position, address)
//   campaigns(id, position, channel, first_seen, warned, source, checked, confidence, expires)   texts: warned-by
//   campaign_brands(campaign, position, brand)       campaign_subjects(campaign, position, subject)
//   abused_tlds(tld, position, source, checked, confidence)
//   link_hiders(domain, position, kind, source, checked)
//   phrases(id, position, kind)   texts: reason    phrase_words(phrase, locale, position, word)
//   public_suffix_list(id = 1, data, source, updated)   the list's text as publicsuffix.org publishes it
// `position` keeps content order (within the parent for answers and lists). References are foreign keys
// checked at commit, so content with a dangling reference cannot be written.
#include "sqlitewriter.h"

#include "sqlitesupport.h"

#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <map>

using namespace Qt::StringLiterals;

namespace phishaid::content {

namespace {

const char *const Schema[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE questions (id TEXT PRIMARY KEY, position INTEGER NOT NULL, kind TEXT NOT NULL,"
    " next_question TEXT REFERENCES questions(id) DEFERRABLE INITIALLY DEFERRED,"
    " next_outcome TEXT REFERENCES outcomes(id) DEFERRABLE INITIALLY DEFERRED)",
    "CREATE TABLE answers (question TEXT NOT NULL REFERENCES questions(id) DEFERRABLE INITIALLY DEFERRED, id TEXT NOT NULL,"
    " position INTEGER NOT NULL,"
    " next_question TEXT REFERENCES questions(id) DEFERRABLE INITIALLY DEFERRED,"
    " next_outcome TEXT REFERENCES outcomes(id) DEFERRABLE INITIALLY DEFERRED,"
    " PRIMARY KEY (question, id))",
    "CREATE TABLE answer_actions (question TEXT NOT NULL, answer TEXT NOT NULL, position INTEGER NOT NULL,"
    " action TEXT NOT NULL REFERENCES actions(id) DEFERRABLE INITIALLY DEFERRED,"
    " PRIMARY KEY (question, answer, position),"
    " FOREIGN KEY (question, answer) REFERENCES answers(question, id) DEFERRABLE INITIALLY DEFERRED)",
    "CREATE TABLE answer_means (question TEXT NOT NULL, answer TEXT NOT NULL, position INTEGER NOT NULL, fact TEXT NOT NULL,"
    " PRIMARY KEY (question, answer, position),"
    " FOREIGN KEY (question, answer) REFERENCES answers(question, id) DEFERRABLE INITIALLY DEFERRED)",
    "CREATE TABLE outcomes (id TEXT PRIMARY KEY, position INTEGER NOT NULL)",
    "CREATE TABLE outcome_actions (outcome TEXT NOT NULL REFERENCES outcomes(id) DEFERRABLE INITIALLY DEFERRED,"
    " position INTEGER NOT NULL, action TEXT NOT NULL REFERENCES actions(id) DEFERRABLE INITIALLY DEFERRED,"
    " PRIMARY KEY (outcome, position))",
    "CREATE TABLE actions (id TEXT PRIMARY KEY, position INTEGER NOT NULL, urgency TEXT NOT NULL, kind TEXT NOT NULL,"
    " priority INTEGER NOT NULL, passwords TEXT)",
    "CREATE TABLE action_contradicts (action TEXT NOT NULL REFERENCES actions(id) DEFERRABLE INITIALLY DEFERRED,"
    " position INTEGER NOT NULL, fact TEXT NOT NULL, PRIMARY KEY (action, position))",
    "CREATE TABLE action_contacts (action TEXT NOT NULL REFERENCES actions(id) DEFERRABLE INITIALLY DEFERRED,"
    " position INTEGER NOT NULL, contact TEXT NOT NULL REFERENCES contacts(id) DEFERRABLE INITIALLY DEFERRED,"
    " PRIMARY KEY (action, position))",
    "CREATE TABLE action_supersedes (action TEXT NOT NULL REFERENCES actions(id) DEFERRABLE INITIALLY DEFERRED,"
    " position INTEGER NOT NULL, superseded TEXT NOT NULL REFERENCES actions(id) DEFERRABLE INITIALLY DEFERRED,"
    " PRIMARY KEY (action, position))",
    "CREATE TABLE contacts (id TEXT PRIMARY KEY, position INTEGER NOT NULL, kind TEXT NOT NULL, value TEXT,"
    " category TEXT NOT NULL, source TEXT, checked TEXT, confidence TEXT NOT NULL, open TEXT, closed TEXT)",
    "CREATE TABLE contact_hours (contact TEXT NOT NULL REFERENCES contacts(id) DEFERRABLE INITIALLY DEFERRED,"
    " position INTEGER NOT NULL, days TEXT NOT NULL, from_minute INTEGER NOT NULL, to_minute INTEGER NOT NULL,"
    " PRIMARY KEY (contact, position))",
    "CREATE TABLE holidays (date TEXT PRIMARY KEY, position INTEGER NOT NULL)",
    "CREATE TABLE texts (owner_kind TEXT NOT NULL, owner TEXT NOT NULL, answer TEXT NOT NULL DEFAULT '',"
    " field TEXT NOT NULL, locale TEXT NOT NULL, text TEXT NOT NULL,"
    " PRIMARY KEY (owner_kind, owner, answer, field, locale))",
    "CREATE TABLE brands (id TEXT PRIMARY KEY, position INTEGER NOT NULL, never_sends TEXT)",
    "CREATE TABLE brand_keywords (brand TEXT NOT NULL REFERENCES brands(id) DEFERRABLE INITIALLY DEFERRED,"
    " position INTEGER NOT NULL, keyword TEXT NOT NULL, PRIMARY KEY (brand, position))",
    "CREATE TABLE brand_bad_examples (brand TEXT NOT NULL REFERENCES brands(id) DEFERRABLE INITIALLY DEFERRED,"
    " position INTEGER NOT NULL, example TEXT NOT NULL, PRIMARY KEY (brand, position))",
    "CREATE TABLE brand_official (brand TEXT NOT NULL REFERENCES brands(id) DEFERRABLE INITIALLY DEFERRED,"
    " position INTEGER NOT NULL, source TEXT, checked TEXT, confidence TEXT NOT NULL, PRIMARY KEY (brand, position))",
    "CREATE TABLE brand_domains (domain TEXT PRIMARY KEY, brand TEXT NOT NULL, official INTEGER NOT NULL, position INTEGER NOT NULL,"
    " FOREIGN KEY (brand, official) REFERENCES brand_official(brand, position) DEFERRABLE INITIALLY DEFERRED)",
    "CREATE TABLE brand_senders (brand TEXT NOT NULL, official INTEGER NOT NULL, position INTEGER NOT NULL, address TEXT NOT NULL,"
    " PRIMARY KEY (brand, official, position),"
    " FOREIGN KEY (brand, official) REFERENCES brand_official(brand, position) DEFERRABLE INITIALLY DEFERRED)",
    "CREATE TABLE campaigns (id TEXT PRIMARY KEY, position INTEGER NOT NULL, channel TEXT NOT NULL, first_seen TEXT, warned TEXT,"
    " source TEXT, checked TEXT, confidence TEXT NOT NULL, expires TEXT)",
    "CREATE TABLE campaign_brands (campaign TEXT NOT NULL REFERENCES campaigns(id) DEFERRABLE INITIALLY DEFERRED,"
    " position INTEGER NOT NULL, brand TEXT NOT NULL REFERENCES brands(id) DEFERRABLE INITIALLY DEFERRED, PRIMARY KEY (campaign, position))",
    "CREATE TABLE campaign_subjects (campaign TEXT NOT NULL REFERENCES campaigns(id) DEFERRABLE INITIALLY DEFERRED,"
    " position INTEGER NOT NULL, subject TEXT NOT NULL, PRIMARY KEY (campaign, position))",
    "CREATE TABLE abused_tlds (tld TEXT PRIMARY KEY, position INTEGER NOT NULL, source TEXT, checked TEXT, confidence TEXT NOT NULL)",
    "CREATE TABLE link_hiders (domain TEXT PRIMARY KEY, position INTEGER NOT NULL, kind TEXT NOT NULL, source TEXT, checked TEXT)",
    "CREATE TABLE phrases (id TEXT PRIMARY KEY, position INTEGER NOT NULL, kind TEXT NOT NULL)",
    "CREATE TABLE phrase_words (phrase TEXT NOT NULL REFERENCES phrases(id) DEFERRABLE INITIALLY DEFERRED, locale TEXT NOT NULL,"
    " position INTEGER NOT NULL, word TEXT NOT NULL, PRIMARY KEY (phrase, locale, position))",
    "CREATE TABLE public_suffix_list (id INTEGER PRIMARY KEY CHECK (id = 1), data BLOB NOT NULL, source TEXT NOT NULL, updated TEXT)",
};

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

// NULL for an empty value, so "no source" reads as absent rather than as an empty string.
QVariant orNull(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant refOrNull(const std::optional<Ref> &ref)
{
    return ref ? QVariant(ref->id) : QVariant();
}

class Writer
{
public:
    explicit Writer(QSqlDatabase &db)
        : m_db(db)
    { }

    bool write(const Content &content)
    {
        if (!m_db.open()) {
            return fail(m_db.lastError().text());
        }
        // Constant numbers, not data: pragmas take no bound values.
        const QString pragmas[] = {
            u"PRAGMA foreign_keys = ON"_s,
            u"PRAGMA user_version = "_s + QString::number(SchemaVersion),
            u"PRAGMA application_id = "_s + QString::number(sqlite::ApplicationId),
        };
        for (const QString &pragma : pragmas) {
            if (!exec(pragma)) {
                return false;
            }
        }
        if (!m_db.transaction()) {
            return fail(m_db.lastError().text());
        }
        for (const char *statement : Schema) {
            if (!exec(QString::fromLatin1(statement))) {
                return false;
            }
        }
        const bool written = writeMeta(content) && writeQuestions(content) && writeOutcomes(content) && writeActions(content) && writeContacts(content)
            && writeHolidays(content.holidays) && writeBrands(content) && writeCampaigns(content) && writeCheckerLists(content)
            && writePublicSuffixList(content.publicSuffixList);
        m_queries.clear();
        if (!written) {
            m_db.rollback();
            return false;
        }
        if (!m_db.commit()) {
            fail(u"The content could not be committed (is a reference dangling?): "_s + m_db.lastError().text());
            m_db.rollback();
            return false;
        }
        return true;
    }

    QString error() const { return m_error; }

private:
    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }

    bool exec(const QString &sql)
    {
        QSqlQuery query(m_db);
        return query.exec(sql) || fail(query.lastError().text() + u" in: "_s + sql);
    }

    // Prepares each statement once and binds the values in order.
    bool insert(const QString &sql, const QVariantList &values)
    {
        auto it = m_queries.find(sql);
        if (it == m_queries.end()) {
            QSqlQuery query(m_db);
            if (!query.prepare(sql)) {
                return fail(query.lastError().text() + u" in: "_s + sql);
            }
            it = m_queries.try_emplace(sql, std::move(query)).first;
        }
        QSqlQuery &prepared = it->second;
        for (int i = 0; i < values.size(); ++i) {
            prepared.bindValue(i, values.at(i));
        }
        return prepared.exec() || fail(prepared.lastError().text() + u" in: "_s + sql);
    }

    bool writeText(const char *ownerKind, const QString &owner, const QString &answer, const QString &field, const LocalizedText &text)
    {
        for (auto it = text.cbegin(); it != text.cend(); ++it) {
            if (!insert(u"INSERT INTO texts (owner_kind, owner, answer, field, locale, text) VALUES (?, ?, COALESCE(?, ''), ?, ?, ?)"_s,
                    { QString::fromLatin1(ownerKind), owner, answer, field, it.key(), it.value() })) {
                return false;
            }
        }
        return true;
    }

    bool writeRefs(const QString &sql, const QVariantList &owner, const QList<Ref> &refs)
    {
        for (int position = 0; position < refs.size(); ++position) {
            if (!insert(sql, owner + QVariantList { position, refs.at(position).id })) {
                return false;
            }
        }
        return true;
    }

    bool writeNames(const QString &sql, const QVariantList &owner, const QStringList &names)
    {
        for (int position = 0; position < names.size(); ++position) {
            if (!insert(sql, owner + QVariantList { position, names.at(position) })) {
                return false;
            }
        }
        return true;
    }

    bool writeMeta(const Content &content)
    {
        return insert(u"INSERT INTO meta (key, value) VALUES (?, ?)"_s, { u"content_version"_s, QString::number(content.version) })
            && insert(u"INSERT INTO meta (key, value) VALUES (?, ?)"_s, { u"start_question"_s, content.start.id })
            && insert(u"INSERT INTO meta (key, value) VALUES (?, ?)"_s, { u"created_utc"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) });
    }

    bool writeQuestions(const Content &content)
    {
        for (int position = 0; position < content.questions.size(); ++position) {
            const Question &q = content.questions.at(position);
            if (!insert(u"INSERT INTO questions (id, position, kind, next_question, next_outcome) VALUES (?, ?, ?, ?, ?)"_s,
                    { q.id, position, questionKindKey(q.kind), refOrNull(q.target.question), refOrNull(q.target.outcome) })
                || !writeText(sqlite::QuestionOwner, q.id, QString(), u"text"_s, q.text)
                || !writeText(sqlite::QuestionOwner, q.id, QString(), u"help"_s, q.help)) {
                return false;
            }
            for (int answerPosition = 0; answerPosition < q.answers.size(); ++answerPosition) {
                const Answer &a = q.answers.at(answerPosition);
                if (!insert(u"INSERT INTO answers (question, id, position, next_question, next_outcome) VALUES (?, ?, ?, ?, ?)"_s,
                        { q.id, a.id, answerPosition, refOrNull(a.target.question), refOrNull(a.target.outcome) })
                    || !writeText(sqlite::AnswerOwner, q.id, a.id, u"text"_s, a.text) || !writeText(sqlite::AnswerOwner, q.id, a.id, u"detail"_s, a.detail)
                    || !writeText(sqlite::AnswerOwner, q.id, a.id, u"statement"_s, a.statement)
                    || !writeRefs(u"INSERT INTO answer_actions (question, answer, position, action) VALUES (?, ?, ?, ?)"_s, { q.id, a.id }, a.actions)
                    || !writeNames(u"INSERT INTO answer_means (question, answer, position, fact) VALUES (?, ?, ?, ?)"_s, { q.id, a.id }, a.means)) {
                    return false;
                }
            }
        }
        return true;
    }

    bool writeOutcomes(const Content &content)
    {
        for (int position = 0; position < content.outcomes.size(); ++position) {
            const Outcome &o = content.outcomes.at(position);
            if (!insert(u"INSERT INTO outcomes (id, position) VALUES (?, ?)"_s, { o.id, position })
                || !writeRefs(u"INSERT INTO outcome_actions (outcome, position, action) VALUES (?, ?, ?)"_s, { o.id }, o.actions)) {
                return false;
            }
        }
        return true;
    }

    bool writeActions(const Content &content)
    {
        for (int position = 0; position < content.actions.size(); ++position) {
            const Action &a = content.actions.at(position);
            if (!insert(u"INSERT INTO actions (id, position, urgency, kind, priority, passwords) VALUES (?, ?, ?, ?, ?, ?)"_s,
                    { a.id, position, urgencyKey(a.urgency), actionKindKey(a.kind), a.priority, orNull(passwordDeviceKey(a.passwords)) })
                || !writeText(sqlite::ActionOwner, a.id, QString(), u"title"_s, a.title) || !writeText(sqlite::ActionOwner, a.id, QString(), u"body"_s, a.body)
                || !writeRefs(u"INSERT INTO action_contacts (action, position, contact) VALUES (?, ?, ?)"_s, { a.id }, a.contacts)
                || !writeRefs(u"INSERT INTO action_supersedes (action, position, superseded) VALUES (?, ?, ?)"_s, { a.id }, a.supersedes)
                || !writeNames(u"INSERT INTO action_contradicts (action, position, fact) VALUES (?, ?, ?)"_s, { a.id }, a.contradicts)) {
                return false;
            }
        }
        return true;
    }

    bool writeContacts(const Content &content)
    {
        for (int position = 0; position < content.contacts.size(); ++position) {
            const Contact &c = content.contacts.at(position);
            const QVariant checked = c.checked.isValid() ? QVariant(c.checked.toString(Qt::ISODate)) : QVariant();
            if (!insert(u"INSERT INTO contacts (id, position, kind, value, category, source, checked, confidence, open, closed)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    { c.id, position, contactKindKey(c.kind), orNull(c.value), c.category, orNull(c.source), checked, confidenceKey(c.confidence),
                        openKey(c.open.kind), orNull(c.open.closed.join(u',')) })
                || !writeHours(c)) {
                return false;
            }
            const std::pair<const char *, const LocalizedText *> texts[] = {
                { "name", &c.name },
                { "purpose", &c.purpose },
                { "prepare", &c.prepare },
                { "hours", &c.hours },
                { "hours-note", &c.hoursNote },
                { "around-the-clock", &c.aroundTheClock },
                { "after-hours", &c.afterHours },
                { "cost", &c.cost },
            };
            for (const auto &[field, text] : texts) {
                if (!writeText(sqlite::ContactOwner, c.id, QString(), QString::fromLatin1(field), *text)) {
                    return false;
                }
            }
        }
        return true;
    }

    static QVariant openKey(OpeningHours::Kind kind)
    {
        switch (kind) {
        case OpeningHours::Kind::Always:
            return u"always"_s;
        case OpeningHours::Kind::Ranges:
            return u"ranges"_s;
        case OpeningHours::Kind::Unknown:
            break;
        }
        return {};
    }

    bool writeHours(const Contact &c)
    {
        for (int position = 0; position < c.open.ranges.size(); ++position) {
            const OpeningRange &range = c.open.ranges.at(position);
            QStringList days;
            for (const OpeningDay day : range.days) {
                days.append(openingDayKey(day));
            }
            if (!insert(u"INSERT INTO contact_hours (contact, position, days, from_minute, to_minute) VALUES (?, ?, ?, ?, ?)"_s,
                    { c.id, position, days.join(u','), range.from, range.to })) {
                return false;
            }
        }
        return true;
    }

    bool writeHolidays(const HolidayTable &table)
    {
        if (!table.source.isEmpty() || table.checked.isValid()) {
            const QVariant checked = table.checked.isValid() ? QVariant(table.checked.toString(Qt::ISODate)) : QVariant(QString());
            if (!insert(u"INSERT INTO meta (key, value) VALUES (?, ?)"_s, { u"holidays_source"_s, table.source })
                || !insert(u"INSERT INTO meta (key, value) VALUES (?, ?)"_s, { u"holidays_checked"_s, checked })) {
                return false;
            }
        }
        for (int position = 0; position < table.days.size(); ++position) {
            const Holiday &holiday = table.days.at(position);
            const QString date = holiday.date.toString(Qt::ISODate);
            if (!insert(u"INSERT INTO holidays (date, position) VALUES (?, ?)"_s, { date, position })
                || !writeText(sqlite::HolidayOwner, date, QString(), u"name"_s, holiday.name)) {
                return false;
            }
        }
        return true;
    }

    static QVariant channelsOrNull(const QList<Channel> &channels)
    {
        QStringList keys;
        for (const Channel channel : channels) {
            keys.append(channelKey(channel));
        }
        return orNull(keys.join(u','));
    }

    bool writeBrands(const Content &content)
    {
        for (int position = 0; position < content.brands.size(); ++position) {
            const Brand &b = content.brands.at(position);
            if (!insert(u"INSERT INTO brands (id, position, never_sends) VALUES (?, ?, ?)"_s, { b.id, position, channelsOrNull(b.neverSends) })
                || !writeText(sqlite::BrandOwner, b.id, QString(), u"name"_s, b.name) || !writeText(sqlite::BrandOwner, b.id, QString(), u"note"_s, b.note)
                || !writeNames(u"INSERT INTO brand_keywords (brand, position, keyword) VALUES (?, ?, ?)"_s, { b.id }, b.keywords)
                || !writeNames(u"INSERT INTO brand_bad_examples (brand, position, example) VALUES (?, ?, ?)"_s, { b.id }, b.badExamples)) {
                return false;
            }
            for (int group = 0; group < b.official.size(); ++group) {
                const OfficialEntry &entry = b.official.at(group);
                if (!insert(u"INSERT INTO brand_official (brand, position, source, checked, confidence) VALUES (?, ?, ?, ?, ?)"_s,
                        { b.id, group, orNull(entry.source), dateOrNull(entry.checked), confidenceKey(entry.confidence) })
                    || !writeNames(u"INSERT INTO brand_senders (brand, official, position, address) VALUES (?, ?, ?, ?)"_s, { b.id, group }, entry.senders)) {
                    return false;
                }
                for (int domain = 0; domain < entry.domains.size(); ++domain) {
                    if (!insert(u"INSERT INTO brand_domains (domain, brand, official, position) VALUES (?, ?, ?, ?)"_s,
                            { entry.domains.at(domain), b.id, group, domain })) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    bool writeCampaigns(const Content &content)
    {
        for (int position = 0; position < content.campaigns.size(); ++position) {
            const Campaign &c = content.campaigns.at(position);
            if (!insert(u"INSERT INTO campaigns (id, position, channel, first_seen, warned, source, checked, confidence, expires)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    { c.id, position, channelKey(c.channel), dateOrNull(c.firstSeen), dateOrNull(c.warned), orNull(c.source), dateOrNull(c.checked),
                        confidenceKey(c.confidence), dateOrNull(c.expires) })
                || !writeText(sqlite::CampaignOwner, c.id, QString(), u"warned-by"_s, c.warnedBy)
                || !writeRefs(u"INSERT INTO campaign_brands (campaign, position, brand) VALUES (?, ?, ?)"_s, { c.id }, c.brands)
                || !writeNames(u"INSERT INTO campaign_subjects (campaign, position, subject) VALUES (?, ?, ?)"_s, { c.id }, c.subjects)) {
                return false;
            }
        }
        return true;
    }

    bool writeCheckerLists(const Content &content)
    {
        for (int position = 0; position < content.abusedTlds.size(); ++position) {
            const AbusedTld &t = content.abusedTlds.at(position);
            if (!insert(u"INSERT INTO abused_tlds (tld, position, source, checked, confidence) VALUES (?, ?, ?, ?, ?)"_s,
                    { t.tld, position, orNull(t.source), dateOrNull(t.checked), confidenceKey(t.confidence) })) {
                return false;
            }
        }
        for (int position = 0; position < content.linkHiders.size(); ++position) {
            const LinkHider &h = content.linkHiders.at(position);
            if (!insert(u"INSERT INTO link_hiders (domain, position, kind, source, checked) VALUES (?, ?, ?, ?, ?)"_s,
                    { h.domain, position, linkHiderKindKey(h.kind), orNull(h.source), dateOrNull(h.checked) })) {
                return false;
            }
        }
        for (int position = 0; position < content.phrases.size(); ++position) {
            const PhraseList &p = content.phrases.at(position);
            if (!insert(u"INSERT INTO phrases (id, position, kind) VALUES (?, ?, ?)"_s, { p.id, position, phraseKindKey(p.kind) })
                || !writeText(sqlite::PhraseOwner, p.id, QString(), u"reason"_s, p.reason)) {
                return false;
            }
            for (auto it = p.words.cbegin(); it != p.words.cend(); ++it) {
                if (!writeNames(u"INSERT INTO phrase_words (phrase, locale, position, word) VALUES (?, ?, ?, ?)"_s, { p.id, it.key() }, it.value())) {
                    return false;
                }
            }
        }
        return true;
    }

    bool writePublicSuffixList(const PublicSuffixList &list)
    {
        if (list.data.isEmpty()) {
            return true;
        }
        return insert(
            u"INSERT INTO public_suffix_list (id, data, source, updated) VALUES (1, ?, ?, ?)"_s, { list.data, list.source, dateOrNull(list.updated) });
    }

    QSqlDatabase &m_db;
    std::map<QString, QSqlQuery> m_queries; // QSqlQuery moves, never copies: not a QHash
    QString m_error;
};

void removeWithJournal(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + u"-journal"_s);
}

} // namespace

bool writeContentDatabase(const Content &content, const QString &path, QString *errorMessage)
{
    const QString temporaryPath = path + u".tmp"_s;
    removeWithJournal(path);
    removeWithJournal(temporaryPath);
    if (QFile::exists(path)) {
        if (errorMessage) {
            *errorMessage = u"The old database could not be removed: "_s + path;
        }
        return false;
    }

    const QString error = sqlite::withConnection(temporaryPath, QString(), [&content](QSqlDatabase &db) {
        Writer writer(db);
        return writer.write(content) ? QString() : writer.error();
    });
    if (error.isEmpty() && QFile::rename(temporaryPath, path)) {
        return true;
    }
    removeWithJournal(temporaryPath);
    if (errorMessage) {
        *errorMessage = error.isEmpty() ? u"The database could not be moved into place: "_s + path : error;
    }
    return false;
}

} // namespace phishaid::content
