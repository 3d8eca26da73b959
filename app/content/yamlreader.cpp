#include "yamlreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <sstream>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace phishaid::content {

namespace {

using Keys = std::initializer_list<QStringView>;

QString capitalized(QString text)
{
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

QString joinedKeys(Keys keys)
{
    QStringList names;
    for (const QStringView key : keys) {
        names.append(key.toString());
    }
    const QString last = names.takeLast();
    return names.join(u", "_s) % u" or " % last;
}

// "mon, tue, ..., sun or holiday"
QString dayList()
{
    QStringList keys = openingDayKeys();
    const QString last = keys.takeLast();
    return keys.join(u", "_s) % u" or " % last;
}

// Block scalars (`|`) keep their final newline, which no reader of a text wants.
QString chopTrailingNewlines(QString text)
{
    while (text.endsWith(u'\n') || text.endsWith(u'\r')) {
        text.chop(1);
    }
    return text;
}

// A key of a map with its value. Found by walking the map (not operator[]) to get the key's own line.
struct Field
{
    YAML::Node key;
    YAML::Node value;
    // An explicit null (`help:` with nothing after it) counts as absent.
    bool isPresent() const { return key.IsDefined() && value.IsDefined() && !value.IsNull(); }
};

Field findField(const YAML::Node &map, QStringView key)
{
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it->first.IsScalar() && QString::fromStdString(it->first.Scalar()) == key) {
            return { it->first, it->second };
        }
    }
    return {};
}

// The offset of the first byte that does not belong to well-formed UTF-8 (no overlong forms, no surrogates,
// nothing above U+10FFFF), or -1 when there is none.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    qsizetype i = 0;
    while (i < bytes.size()) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        // The length of the sequence, and the range its second byte must be in (the first row of each form).
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            low = lead == 0xe0 ? 0xa0 : 0x80; // overlong
            high = lead == 0xed ? 0x9f : 0xbf; // surrogates
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            low = lead == 0xf0 ? 0x90 : 0x80; // overlong
            high = lead == 0xf4 ? 0x8f : 0xbf; // above U+10FFFF
        } else {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= bytes.size()) {
                return i;
            }
            const auto next = static_cast<unsigned char>(bytes[i + k]);
            if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xbf)) {
                return i;
            }
        }
        i += length;
    }
    return -1;
}

// A first pass over a file's YAML events, before any node is built: where the first anchor is (content does
// not use anchors and aliases; an alias is read as a copy, so a small file of nested aliases would cost
// gigabytes) and where a second document starts (a loader would silently ignore it). An alias always follows
// its anchor, so the first anchor is the place to report.
class StructureScan : public YAML::EventHandler
{
public:
    struct Place
    {
        int line = 0;
        QString name;
    };
    std::optional<Place> firstAnchor;
    std::optional<Place> secondDocument;

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        if (++m_documents == 2) {
            secondDocument = Place { lineOf(mark), {} };
        }
    }
    void OnAnchor(const YAML::Mark &mark, const std::string &name) override
    {
        if (!firstAnchor) {
            firstAnchor = Place { lineOf(mark), QString::fromStdString(name) };
        }
    }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &, YAML::anchor_t) override { }
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override { }
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override { }
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override { }
    void OnSequenceEnd() override { }
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override { }
    void OnMapEnd() override { }

private:
    static int lineOf(const YAML::Mark &mark) { return mark.line < 0 ? 0 : mark.line + 1; }
    int m_documents = 0;
};

// Reads the documents of one file into the shared content and diagnostics.
class FileReader
{
public:
    FileReader(const QString &file, Content &content, QList<Diagnostic> &diagnostics)
        : m_file(file)
        , m_content(content)
        , m_diagnostics(diagnostics)
    { }

    void readRoot(const YAML::Node &root, std::optional<SourceLocation> &metaAt, std::optional<SourceLocation> &holidaysAt)
    {
        if (root.IsNull()) {
            return; // an empty file (or one holding only comments) is fine
        }
        if (!root.IsMap()) {
            report(root,
                u"The file must be a map of top-level keys (meta, questions, outcomes, actions, contacts, holidays, glossary, brands, campaigns, "
                u"abused-tlds, link-hiders or phrases)."_s);
            return;
        }
        checkKeys(root,
            { u"meta", u"questions", u"outcomes", u"actions", u"contacts", u"holidays", u"glossary", u"brands", u"campaigns", u"abused-tlds", u"link-hiders",
                u"phrases" },
            QString());
        for (auto it = root.begin(); it != root.end(); ++it) {
            // Copies: `it->` hands out a temporary, so a reference to its members would dangle.
            const YAML::Node keyNode = it->first;
            const YAML::Node value = it->second;
            const QString key = QString::fromStdString(keyNode.Scalar());
            if (key == u"meta") {
                readMeta(keyNode, value, metaAt);
            } else if (key == u"questions") {
                readList(keyNode, value, key, [this](const YAML::Node &item) { readQuestion(item); });
            } else if (key == u"outcomes") {
                readList(keyNode, value, key, [this](const YAML::Node &item) { readOutcome(item); });
            } else if (key == u"actions") {
                readList(keyNode, value, key, [this](const YAML::Node &item) { readAction(item); });
            } else if (key == u"contacts") {
                readList(keyNode, value, key, [this](const YAML::Node &item) { readContact(item); });
            } else if (key == u"holidays") {
                readHolidays(keyNode, value, holidaysAt);
            } else if (key == u"glossary") {
                readList(
                    keyNode, value, key, [this](const YAML::Node &item) { readGlossaryEntry(item); }, u"\"- term:\""_s);
            } else if (key == u"brands") {
                readList(keyNode, value, key, [this](const YAML::Node &item) { readBrand(item); });
            } else if (key == u"campaigns") {
                readList(keyNode, value, key, [this](const YAML::Node &item) { readCampaign(item); });
            } else if (key == u"abused-tlds") {
                readList(
                    keyNode, value, key, [this](const YAML::Node &item) { readAbusedTlds(item); }, u"\"- tlds:\""_s);
            } else if (key == u"link-hiders") {
                readList(
                    keyNode, value, key, [this](const YAML::Node &item) { readLinkHiders(item); }, u"\"- kind:\""_s);
            } else if (key == u"phrases") {
                readList(keyNode, value, key, [this](const YAML::Node &item) { readPhrases(item); });
            }
        }
    }

private:
    SourceLocation at(const YAML::Node &node) const { return { m_file, node.Mark().line < 0 ? 0 : node.Mark().line + 1 }; }

    void report(const YAML::Node &node, const QString &message) { m_diagnostics.append({ at(node), message }); }

    // Reports keys that are unknown or given twice. `what` names the owner; empty for the top level.
    void checkKeys(const YAML::Node &map, Keys known, const QString &what)
    {
        QStringList seen;
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!it->first.IsScalar()) {
                report(it->first, u"A key must be a plain name, not a list or map."_s);
                continue;
            }
            const QString key = QString::fromStdString(it->first.Scalar());
            if (std::find(known.begin(), known.end(), key) == known.end()) {
                if (what.isEmpty()) {
                    report(it->first, u"Unknown top-level key "_s % quoted(key) % u"; expected " % joinedKeys(known) % u'.');
                } else {
                    report(it->first, capitalized(what) % u" has unknown field " % quoted(key) % u'.');
                }
            } else if (seen.contains(key) && key != u"meta") { // meta twice has its own message
                report(it->first, (what.isEmpty() ? u"The top level"_s : capitalized(what)) % u" has " % quoted(key) % u" twice.");
            }
            seen.append(key);
        }
    }

    std::optional<QString> scalar(const YAML::Node &map, QStringView key, const QString &what)
    {
        const Field field = findField(map, key);
        if (!field.isPresent()) {
            return std::nullopt;
        }
        if (!field.value.IsScalar()) {
            report(field.key, u"The "_s % key % u" of " % what % u" must be a plain value, not a list or map.");
            return std::nullopt;
        }
        return QString::fromStdString(field.value.Scalar());
    }

    std::optional<QString> requiredScalar(const YAML::Node &map, QStringView key, const QString &what)
    {
        std::optional<QString> value = scalar(map, key, what);
        if (!value && !findField(map, key).isPresent()) {
            report(map, capitalized(what) % u" has no " % key % u'.');
        }
        return value;
    }

    LocalizedText text(const YAML::Node &map, QStringView key, const QString &what)
    {
        const Field field = findField(map, key);
        if (!field.isPresent()) {
            return {};
        }
        if (!field.value.IsMap()) {
            report(field.key, u"The "_s % key % u" of " % what % u" must be a map of locale to text, like {ja: ...}.");
            return {};
        }
        LocalizedText result;
        for (auto it = field.value.begin(); it != field.value.end(); ++it) {
            if (!it->first.IsScalar() || !(it->second.IsScalar() || it->second.IsNull())) {
                report(it->first, u"The "_s % key % u" of " % what % u" must be a map of locale to text, like {ja: ...}.");
                return {};
            }
            const QString locale = QString::fromStdString(it->first.Scalar());
            result.insert(locale, it->second.IsNull() ? QString() : chopTrailingNewlines(QString::fromStdString(it->second.Scalar())));
        }
        if (result.value(QString::fromLatin1(RequiredLocale)).trimmed().isEmpty()) {
            report(field.key, u"The "_s % key % u" of " % what % u" has no Japanese (ja) text.");
        }
        return result;
    }

    std::optional<Ref> ref(const YAML::Node &map, QStringView key, const QString &what)
    {
        const Field field = findField(map, key);
        if (!field.isPresent()) {
            return std::nullopt;
        }
        if (!field.value.IsScalar()) {
            report(field.key, u"The "_s % key % u" of " % what % u" must be a single id.");
            return std::nullopt;
        }
        return Ref { QString::fromStdString(field.value.Scalar()), at(field.value) };
    }

    QList<Ref> refs(const YAML::Node &map, QStringView key, const QString &what)
    {
        const Field field = findField(map, key);
        if (!field.isPresent()) {
            return {};
        }
        QList<Ref> result;
        if (field.value.IsSequence()) {
            for (const YAML::Node &item : field.value) {
                if (!item.IsScalar()) {
                    report(item, u"The "_s % key % u" of " % what % u" must be a list of ids.");
                    return {};
                }
                result.append(Ref { QString::fromStdString(item.Scalar()), at(item) });
            }
        } else {
            report(field.key, u"The "_s % key % u" of " % what % u" must be a list of ids, like [first, second].");
        }
        return result;
    }

    // A list of plain names (facts such as device-compromised), without the places of each.
    QStringList names(const YAML::Node &map, QStringView key, const QString &what)
    {
        QStringList result;
        for (const Ref &ref : refs(map, key, what)) {
            result.append(ref.id);
        }
        return result;
    }

    Target target(const YAML::Node &map, const QString &what) { return { ref(map, u"next", what), ref(map, u"outcome", what) }; }

    template <typename Enum>
    std::optional<Enum> enumField(const YAML::Node &map, QStringView key, const QString &what, std::optional<Enum> (*fromKey)(const QString &), Keys allowed)
    {
        const std::optional<QString> value = requiredScalar(map, key, what);
        if (!value) {
            return std::nullopt;
        }
        const std::optional<Enum> result = fromKey(*value);
        if (!result) {
            report(findField(map, key).value, capitalized(what) % u" has unknown " % key % u' ' % quoted(*value) % u"; expected " % joinedKeys(allowed) % u'.');
        }
        return result;
    }

    // The id of a list item; reports and returns nothing when it has none, so the item is skipped.
    std::optional<QString> itemId(const YAML::Node &item, const QString &kindOfItem)
    {
        const std::optional<QString> id = scalar(item, u"id", kindOfItem);
        if (id && id->trimmed().isEmpty()) {
            report(item, capitalized(kindOfItem) % u" has an empty id.");
            return std::nullopt;
        }
        if (!id && !findField(item, u"id").isPresent()) {
            report(item, capitalized(kindOfItem) % u" has no id.");
        }
        return id;
    }

    template <typename ReadItem>
    void readList(const YAML::Node &key, const YAML::Node &list, const QString &section, ReadItem readItem, const QString &start = u"\"- id:\""_s)
    {
        if (list.IsNull()) {
            return;
        }
        if (!list.IsSequence()) {
            report(key, u"The "_s % section % u" section must be a list of entries, each starting with " % start % u'.');
            return;
        }
        for (const YAML::Node &item : list) {
            if (item.IsMap()) {
                readItem(item);
            } else {
                report(item, u"Each entry of "_s % section % u" must be a map of fields, starting with " % start % u'.');
            }
        }
    }

    void readMeta(const YAML::Node &key, const YAML::Node &meta, std::optional<SourceLocation> &metaAt)
    {
        if (metaAt) {
            report(key,
                u"The meta section is given twice; it was first given at "_s % QFileInfo(metaAt->file).fileName() % u':' % QString::number(metaAt->line)
                    % u'.');
            return;
        }
        metaAt = at(key);
        m_content.where = at(key);
        if (!meta.IsMap()) {
            report(key, u"The meta section must be a map with version and start."_s);
            return;
        }
        const QString what = u"the meta section"_s;
        checkKeys(meta, { u"version", u"start" }, what);
        if (const std::optional<QString> version = requiredScalar(meta, u"version", what)) {
            bool ok = false;
            m_content.version = version->toInt(&ok);
            if (!ok || m_content.version <= 0) {
                report(findField(meta, u"version").value, u"The content version "_s % quoted(*version) % u" is not a positive whole number.");
            }
        }
        if (const std::optional<Ref> start = ref(meta, u"start", what)) {
            m_content.start = *start;
        } else if (!findField(meta, u"start").isPresent()) {
            report(key, u"The meta section has no start."_s);
        }
    }

    void readQuestion(const YAML::Node &node)
    {
        const std::optional<QString> id = itemId(node, u"a question"_s);
        if (!id) {
            return;
        }
        const QString what = u"question "_s % quoted(*id);
        checkKeys(node, { u"id", u"kind", u"text", u"help", u"answers", u"next", u"outcome" }, what);
        Question question;
        question.id = *id;
        question.where = at(node);
        question.kind = enumField(node, u"kind", what, &questionKindFromKey, { u"single", u"multiple" }).value_or(QuestionKind::Single);
        question.text = text(node, u"text", what);
        question.help = text(node, u"help", what);
        question.target = target(node, what);
        const Field answers = findField(node, u"answers");
        if (answers.isPresent() && !answers.value.IsSequence()) {
            report(answers.key, capitalized(what) % u" must list its answers, each starting with \"- id:\".");
        } else if (answers.isPresent()) {
            for (const YAML::Node &item : answers.value) {
                if (!item.IsMap()) {
                    report(item, u"Each answer of "_s % what % u" must be a map of fields, starting with \"- id:\".");
                } else if (std::optional<Answer> answer = readAnswer(item, *id)) {
                    question.answers.append(*answer);
                }
            }
        }
        m_content.questions.append(question);
    }

    std::optional<Answer> readAnswer(const YAML::Node &node, const QString &questionId)
    {
        const std::optional<QString> id = itemId(node, u"an answer of question "_s % quoted(questionId));
        if (!id) {
            return std::nullopt;
        }
        const QString what = u"answer "_s % quoted(*id) % u" of question " % quoted(questionId);
        checkKeys(node, { u"id", u"text", u"detail", u"statement", u"actions", u"means", u"next", u"outcome" }, what);
        Answer answer;
        answer.id = *id;
        answer.where = at(node);
        answer.text = text(node, u"text", what);
        answer.detail = text(node, u"detail", what);
        answer.statement = text(node, u"statement", what);
        answer.actions = refs(node, u"actions", what);
        answer.means = names(node, u"means", what);
        answer.target = target(node, what);
        return answer;
    }

    void readOutcome(const YAML::Node &node)
    {
        const std::optional<QString> id = itemId(node, u"an outcome"_s);
        if (!id) {
            return;
        }
        const QString what = u"outcome "_s % quoted(*id);
        checkKeys(node, { u"id", u"actions" }, what);
        m_content.outcomes.append({ *id, refs(node, u"actions", what), at(node) });
    }

    void readAction(const YAML::Node &node)
    {
        const std::optional<QString> id = itemId(node, u"an action"_s);
        if (!id) {
            return;
        }
        const QString what = u"action "_s % quoted(*id);
        checkKeys(node, { u"id", u"kind", u"urgency", u"priority", u"passwords", u"contradicts", u"title", u"body", u"contacts", u"supersedes" }, what);
        Action action;
        action.id = *id;
        action.where = at(node);
        action.urgency = enumField(node, u"urgency", what, &urgencyFromKey, { u"now", u"today", u"later" }).value_or(Urgency::Later);
        action.kind = enumField(node, u"kind", what, &actionKindFromKey,
            { u"explain", u"emergency", u"isolate", u"stop-money", u"account", u"device", u"evidence", u"advice", u"report", u"tidy" })
                          .value_or(ActionKind::Advice);
        if (const std::optional<QString> priority = scalar(node, u"priority", what)) {
            bool ok = false;
            action.priority = priority->toInt(&ok);
            if (!ok || action.priority < 0 || action.priority > 999) {
                report(findField(node, u"priority").value,
                    capitalized(what) % u" has priority " % quoted(*priority) % u", which is not a whole number from 0 to 999.");
                action.priority = DefaultPriority;
            }
        }
        if (findField(node, u"passwords").isPresent()) {
            action.passwords = enumField(node, u"passwords", what, &passwordDeviceFromKey, { u"any-device", u"other-device" }).value_or(PasswordDevice::None);
        }
        action.contradicts = names(node, u"contradicts", what);
        action.title = text(node, u"title", what);
        action.body = text(node, u"body", what);
        action.contacts = refs(node, u"contacts", what);
        action.supersedes = refs(node, u"supersedes", what);
        m_content.actions.append(action);
    }

    void readContact(const YAML::Node &node)
    {
        const std::optional<QString> id = itemId(node, u"a contact"_s);
        if (!id) {
            return;
        }
        const QString what = u"contact "_s % quoted(*id);
        checkKeys(node,
            { u"id", u"kind", u"value", u"category", u"name", u"purpose", u"prepare", u"hours", u"hours-note", u"around-the-clock", u"after-hours", u"open",
                u"closed", u"cost", u"source", u"checked", u"confidence" },
            what);
        Contact contact;
        contact.id = *id;
        contact.where = at(node);
        contact.kind = enumField(node, u"kind", what, &contactKindFromKey, { u"phone", u"mail", u"web", u"own" }).value_or(ContactKind::Own);
        contact.value = scalar(node, u"value", what).value_or(QString());
        contact.category = requiredScalar(node, u"category", what).value_or(QString());
        contact.name = text(node, u"name", what);
        contact.purpose = text(node, u"purpose", what);
        contact.prepare = text(node, u"prepare", what);
        contact.hours = text(node, u"hours", what);
        contact.hoursNote = text(node, u"hours-note", what);
        contact.aroundTheClock = text(node, u"around-the-clock", what);
        contact.afterHours = text(node, u"after-hours", what);
        contact.open = openingHours(node, what);
        contact.cost = text(node, u"cost", what);
        contact.source = scalar(node, u"source", what).value_or(QString());
        contact.checked = date(node, u"checked", what);
        // Confidence is about the value; the user's own issuer has none, so it may go without.
        if (contact.kind != ContactKind::Own || findField(node, u"confidence").isPresent()) {
            contact.confidence
                = enumField(node, u"confidence", what, &confidenceFromKey, { u"high", u"medium", u"unconfirmed" }).value_or(Confidence::Unconfirmed);
        }
        m_content.contacts.append(contact);
    }

    // An optional YYYY-MM-DD field; reports one that is not a date.
    QDate date(const YAML::Node &map, QStringView key, const QString &what)
    {
        const std::optional<QString> text = scalar(map, key, what);
        if (!text) {
            return {};
        }
        const QDate result = QDate::fromString(*text, Qt::ISODate);
        if (!result.isValid()) {
            const QString field = key == u"date" ? u"date"_s : key % u" date";
            report(findField(map, key).value, capitalized(what) % u" has " % field % u' ' % quoted(*text) % u", which is not a YYYY-MM-DD date.");
        }
        return result;
    }

    // `open: always`, or `open:` with a list of {days, from, to}; `closed:` a list of "MM-DD" days.
    // Shape only: whether each range ends after it starts is the validator's to say.
    OpeningHours openingHours(const YAML::Node &node, const QString &what)
    {
        OpeningHours hours;
        const Field open = findField(node, u"open");
        if (open.isPresent()) {
            hours.where = at(open.key);
            if (open.value.IsScalar() && open.value.Scalar() == "always") {
                hours.kind = OpeningHours::Kind::Always;
            } else if (open.value.IsSequence()) {
                hours.kind = OpeningHours::Kind::Ranges;
                for (const YAML::Node &item : open.value) {
                    if (std::optional<OpeningRange> range = openingRange(item, what)) {
                        hours.ranges.append(*range);
                    }
                }
            } else {
                report(open.key, u"The open hours of "_s % what % u" must be always or a list of {days, from, to}.");
            }
        }
        const Field closed = findField(node, u"closed");
        if (closed.isPresent() && !closed.value.IsSequence()) {
            report(closed.key, u"The closed days of "_s % what % u" must be a list of \"MM-DD\" days, like [\"12-29\", \"01-03\"].");
        } else if (closed.isPresent()) {
            for (const YAML::Node &day : closed.value) {
                const QString text = day.IsScalar() ? QString::fromStdString(day.Scalar()) : QString();
                // A leap year, so that 02-29 is a day; the year itself means nothing here.
                if (text.size() != 5 || !QDate::fromString(u"2000-"_s % text, Qt::ISODate).isValid()) {
                    report(day, capitalized(what) % u" has closed day " % quoted(text) % u", which is not an MM-DD day.");
                } else {
                    hours.closed.append(text);
                }
            }
        }
        return hours;
    }

    std::optional<OpeningRange> openingRange(const YAML::Node &item, const QString &what)
    {
        if (!item.IsMap()) {
            report(item, u"Each open range of "_s % what % u" must be a map with days, from and to.");
            return std::nullopt;
        }
        const QString rangeWhat = u"an open range of "_s % what;
        checkKeys(item, { u"days", u"from", u"to" }, rangeWhat);
        OpeningRange range;
        range.where = at(item);
        const Field days = findField(item, u"days");
        if (!days.isPresent() || !days.value.IsSequence() || days.value.size() == 0) {
            report(item, capitalized(rangeWhat) % u" must name its days, like [mon, tue, wed, thu, fri].");
        } else {
            for (const YAML::Node &day : days.value) {
                const QString key = day.IsScalar() ? QString::fromStdString(day.Scalar()) : QString();
                if (const std::optional<OpeningDay> parsed = openingDayFromKey(key)) {
                    range.days.append(*parsed);
                } else {
                    report(day, capitalized(rangeWhat) % u" has unknown day " % quoted(key) % u"; expected " % dayList() % u'.');
                }
            }
        }
        for (const auto &[key, minutes] : { std::pair { u"from", &range.from }, std::pair { u"to", &range.to } }) {
            const std::optional<QString> text = requiredScalar(item, QStringView(key), rangeWhat);
            const std::optional<int> parsed = text ? minutesFromKey(*text) : std::nullopt;
            if (text && !parsed) {
                report(findField(item, QStringView(key)).value,
                    capitalized(rangeWhat) % u" has " % QStringView(key) % u" time " % quoted(*text) % u", which is not HH:MM from 00:00 to 24:00.");
            }
            *minutes = parsed.value_or(0);
        }
        return range;
    }

    void readGlossaryEntry(const YAML::Node &node)
    {
        const QString what = u"a glossary entry"_s;
        checkKeys(node, { u"term", u"explanation" }, what);
        GlossaryEntry entry { text(node, u"term", what), text(node, u"explanation", what), at(node) };
        if (entry.term.isEmpty() || entry.explanation.isEmpty()) {
            report(node, u"A glossary entry needs a term and its explanation, like {term: {ja: ...}, explanation: {ja: ...}}."_s);
            return;
        }
        m_content.glossary.append(entry);
    }

    // A list of plain strings (`[a, b]`), each with its line. Reports anything else.
    QList<std::pair<QString, SourceLocation>> strings(const YAML::Node &map, QStringView key, const QString &what)
    {
        const Field field = findField(map, key);
        if (!field.isPresent()) {
            return {};
        }
        QList<std::pair<QString, SourceLocation>> result;
        if (!field.value.IsSequence()) {
            report(field.key, u"The "_s % key % u" of " % what % u" must be a list, like [first, second].");
            return {};
        }
        for (const YAML::Node &item : field.value) {
            if (!item.IsScalar()) {
                report(item, u"The "_s % key % u" of " % what % u" must be a list of plain values.");
                return {};
            }
            result.append({ QString::fromStdString(item.Scalar()), at(item) });
        }
        return result;
    }

    QStringList plainStrings(const YAML::Node &map, QStringView key, const QString &what)
    {
        QStringList result;
        for (const auto &[value, where] : strings(map, key, what)) {
            result.append(value);
        }
        return result;
    }

    // The fields every fact about the world carries: the page it rests on, the day it was read, how sure it is.
    // Absent fields are left empty for the validator to report with the item's line.
    void sourceFields(const YAML::Node &map, const QString &what, QString &source, QDate &checked, Confidence *confidence)
    {
        source = scalar(map, u"source", what).value_or(QString());
        checked = date(map, u"checked", what);
        if (confidence && findField(map, u"confidence").isPresent()) {
            *confidence = enumField(map, u"confidence", what, &confidenceFromKey, { u"high", u"medium", u"unconfirmed" }).value_or(Confidence::Unconfirmed);
        }
    }

    QList<Channel> channels(const YAML::Node &map, QStringView key, const QString &what)
    {
        QList<Channel> result;
        for (const auto &[value, where] : strings(map, key, what)) {
            if (const std::optional<Channel> channel = channelFromKey(value)) {
                result.append(*channel);
            } else {
                m_diagnostics.append({ where, capitalized(what) % u" has unknown channel " % quoted(value) % u" in " % key % u"; expected mail or sms." });
            }
        }
        return result;
    }

    void readBrand(const YAML::Node &node)
    {
        const std::optional<QString> id = itemId(node, u"a brand"_s);
        if (!id) {
            return;
        }
        const QString what = u"brand "_s % quoted(*id);
        checkKeys(node, { u"id", u"name", u"keywords", u"official", u"never-sends", u"note", u"bad-examples" }, what);
        Brand brand;
        brand.id = *id;
        brand.where = at(node);
        brand.name = text(node, u"name", what);
        brand.keywords = plainStrings(node, u"keywords", what);
        brand.neverSends = channels(node, u"never-sends", what);
        brand.note = text(node, u"note", what);
        brand.badExamples = plainStrings(node, u"bad-examples", what);
        const Field official = findField(node, u"official");
        if (official.isPresent() && !official.value.IsSequence()) {
            report(official.key, capitalized(what) % u" must list its official domains as groups, each starting with \"- domains:\".");
        } else if (official.isPresent()) {
            for (const YAML::Node &item : official.value) {
                if (!item.IsMap()) {
                    report(item, u"Each official group of "_s % what % u" must be a map with domains, source, checked and confidence.");
                    continue;
                }
                const QString groupWhat = u"an official group of "_s % what;
                checkKeys(item, { u"domains", u"senders", u"source", u"checked", u"confidence" }, groupWhat);
                OfficialEntry entry;
                entry.where = at(item);
                entry.domains = plainStrings(item, u"domains", groupWhat);
                entry.senders = plainStrings(item, u"senders", groupWhat);
                sourceFields(item, groupWhat, entry.source, entry.checked, &entry.confidence);
                brand.official.append(entry);
            }
        }
        m_content.brands.append(brand);
    }

    void readCampaign(const YAML::Node &node)
    {
        const std::optional<QString> id = itemId(node, u"a campaign"_s);
        if (!id) {
            return;
        }
        const QString what = u"campaign "_s % quoted(*id);
        checkKeys(node, { u"id", u"brands", u"subjects", u"channel", u"first-seen", u"warned", u"warned-by", u"source", u"checked", u"confidence", u"expires" },
            what);
        Campaign campaign;
        campaign.id = *id;
        campaign.where = at(node);
        campaign.brands = refs(node, u"brands", what);
        campaign.subjects = plainStrings(node, u"subjects", what);
        campaign.channel = enumField(node, u"channel", what, &channelFromKey, { u"mail", u"sms" }).value_or(Channel::Mail);
        campaign.firstSeen = date(node, u"first-seen", what);
        campaign.warned = date(node, u"warned", what);
        campaign.warnedBy = text(node, u"warned-by", what);
        sourceFields(node, what, campaign.source, campaign.checked, &campaign.confidence);
        campaign.expires = date(node, u"expires", what);
        m_content.campaigns.append(campaign);
    }

    void readAbusedTlds(const YAML::Node &node)
    {
        const QString what = u"a group of abused TLDs"_s;
        checkKeys(node, { u"tlds", u"source", u"checked", u"confidence" }, what);
        AbusedTld group;
        sourceFields(node, what, group.source, group.checked, &group.confidence);
        const QList<std::pair<QString, SourceLocation>> tlds = strings(node, u"tlds", what);
        if (tlds.isEmpty()) {
            report(node, u"A group of abused TLDs needs tlds, like [top, cn]."_s);
        }
        for (const auto &[tld, where] : tlds) {
            AbusedTld entry = group;
            entry.tld = tld;
            entry.where = where;
            m_content.abusedTlds.append(entry);
        }
    }

    void readLinkHiders(const YAML::Node &node)
    {
        const QString what = u"a group of link hiders"_s;
        checkKeys(node, { u"kind", u"domains", u"source", u"checked" }, what);
        LinkHider group;
        group.kind = enumField(node, u"kind", what, &linkHiderKindFromKey, { u"shortener", u"wrapper" }).value_or(LinkHiderKind::Shortener);
        sourceFields(node, what, group.source, group.checked, nullptr);
        const QList<std::pair<QString, SourceLocation>> domains = strings(node, u"domains", what);
        if (domains.isEmpty()) {
            report(node, u"A group of link hiders needs domains, like [bit.ly, t.co]."_s);
        }
        for (const auto &[domain, where] : domains) {
            LinkHider entry = group;
            entry.domain = domain;
            entry.where = where;
            m_content.linkHiders.append(entry);
        }
    }

    void readPhrases(const YAML::Node &node)
    {
        const std::optional<QString> id = itemId(node, u"a phrase list"_s);
        if (!id) {
            return;
        }
        const QString what = u"phrase list "_s % quoted(*id);
        checkKeys(node, { u"id", u"kind", u"reason", u"words" }, what);
        PhraseList list;
        list.id = *id;
        list.where = at(node);
        list.kind = enumField(node, u"kind", what, &phraseKindFromKey, { u"urgency", u"secret-request" }).value_or(PhraseKind::Urgency);
        list.reason = text(node, u"reason", what);
        const Field words = findField(node, u"words");
        if (words.isPresent() && !words.value.IsMap()) {
            report(words.key, u"The words of "_s % what % u" must be a map of locale to a list of words, like {ja: [至急], en: [urgent]}.");
        } else if (words.isPresent()) {
            for (auto it = words.value.begin(); it != words.value.end(); ++it) {
                const YAML::Node locale = it->first;
                const YAML::Node localeList = it->second;
                if (!locale.IsScalar() || !localeList.IsSequence()) {
                    report(locale, u"The words of "_s % what % u" must be a map of locale to a list of words, like {ja: [至急], en: [urgent]}.");
                    continue;
                }
                QStringList localeWords;
                for (const YAML::Node &word : localeList) {
                    if (word.IsScalar()) {
                        localeWords.append(QString::fromStdString(word.Scalar()));
                    } else {
                        report(word, u"Each word of "_s % what % u" must be a plain text.");
                    }
                }
                list.words.insert(QString::fromStdString(locale.Scalar()), localeWords);
            }
        }
        m_content.phrases.append(list);
    }

    void readHolidays(const YAML::Node &key, const YAML::Node &table, std::optional<SourceLocation> &holidaysAt)
    {
        if (holidaysAt) {
            report(key,
                u"The holidays section is given twice; it was first given at "_s % QFileInfo(holidaysAt->file).fileName() % u':'
                    % QString::number(holidaysAt->line) % u'.');
            return;
        }
        holidaysAt = at(key);
        m_content.holidays.where = at(key);
        const QString what = u"the holidays section"_s;
        if (!table.IsMap()) {
            report(key, u"The holidays section must be a map with source, checked and days."_s);
            return;
        }
        checkKeys(table, { u"source", u"checked", u"days" }, what);
        m_content.holidays.source = scalar(table, u"source", what).value_or(QString());
        m_content.holidays.checked = date(table, u"checked", what);
        const Field days = findField(table, u"days");
        if (!days.isPresent()) {
            return; // the validator says the table has no days
        }
        if (!days.value.IsSequence()) {
            report(days.key, u"The days of the holidays section must be a list of {date, name}."_s);
            return;
        }
        for (const YAML::Node &item : days.value) {
            if (!item.IsMap()) {
                report(item, u"Each holiday must be a map with date and name."_s);
                continue;
            }
            const QString dayWhat = u"a holiday"_s;
            checkKeys(item, { u"date", u"name" }, dayWhat);
            Holiday holiday { date(item, u"date", dayWhat), text(item, u"name", dayWhat), at(item) };
            if (!findField(item, u"date").isPresent()) {
                report(item, u"A holiday has no date."_s);
            } else if (holiday.date.isValid()) {
                m_content.holidays.days.append(holiday);
            }
        }
    }

    QString m_file;
    Content &m_content;
    QList<Diagnostic> &m_diagnostics;
};

} // namespace

QStringList YamlReader::expandPaths(const QStringList &paths, QList<Diagnostic> *diagnostics)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QStringList names = QDir(path).entryList({ u"*.yaml"_s }, QDir::Files | QDir::Readable, QDir::Name);
            if (names.isEmpty() && diagnostics) {
                diagnostics->append({ { path, 0 }, u"The directory has no .yaml files."_s });
            }
            for (const QString &name : names) {
                files.append(QDir(path).filePath(name));
            }
        } else if (info.isFile()) {
            files.append(path);
        } else if (diagnostics) {
            diagnostics->append({ { path, 0 }, u"There is no such file or directory."_s });
        }
    }
    return files;
}

bool YamlReader::read(const QStringList &paths)
{
    const QStringList files = expandPaths(paths, &m_diagnostics);
    for (const QString &file : files) {
        readFile(file);
    }
    // A file that did not parse may well hold the meta section: saying it is missing would mislead.
    if (!m_metaAt && !files.isEmpty() && m_allParsed) {
        m_diagnostics.append({ { paths.join(u", "_s), 0 },
            u"No file has a meta section with the content version and the start question; looked in "_s % files.join(u", "_s) % u'.' });
    }
    return m_diagnostics.isEmpty();
}

void YamlReader::readFile(const QString &path)
{
    m_files.append(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_diagnostics.append({ { path, 0 }, u"The file cannot be read: "_s % file.errorString() % u'.' });
        return;
    }
    const QByteArray bytes = file.readAll();
    // Invalid UTF-8 would become U+FFFD in what the user reads: refused at its line and column.
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        m_allParsed = false;
        const qsizetype lineStart = bytes.lastIndexOf('\n', bad) + 1; // 0 when on the first line
        const qsizetype column = QString::fromUtf8(bytes.mid(lineStart, bad - lineStart)).size() + 1;
        const QString byte = QString::number(static_cast<unsigned char>(bytes.at(bad)), 16).toUpper().rightJustified(2, u'0');
        m_diagnostics.append({ { path, int(bytes.left(bad).count('\n')) + 1 },
            u"Byte 0x"_s % byte % u" at column " % QString::number(column) % u" is not UTF-8; save the file as UTF-8." });
        return;
    }
    // YAML allows no C0 control character but tab, line feed and carriage return; yaml-cpp 0.7 can spin for
    // seconds on a NUL (found by fuzz_yaml): such a file is refused before the parser sees it.
    const auto control = std::find_if(bytes.cbegin(), bytes.cend(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7f;
    });
    if (control != bytes.cend()) {
        m_allParsed = false;
        const qsizetype at = control - bytes.cbegin();
        const QString code = QString::number(static_cast<unsigned char>(*control), 16).toUpper().rightJustified(4, u'0');
        m_diagnostics.append({ { path, int(bytes.left(at).count('\n')) + 1 },
            u"Control character "_s % QChar(char16_t(static_cast<unsigned char>(*control))) % u" (U+" % code
                % u") in the file; a content file holds text only." });
        return;
    }
    const qsizetype firstOfFile = m_diagnostics.size();
    try {
        std::istringstream stream(bytes.toStdString());
        YAML::Parser parser(stream);
        StructureScan scan;
        while (!scan.firstAnchor && parser.HandleNextDocument(scan)) { }
        if (scan.firstAnchor) {
            m_allParsed = false; // not read at all: its nodes are never built
            m_diagnostics.append({ { path, scan.firstAnchor->line },
                u"YAML anchors and aliases (here &"_s % scan.firstAnchor->name % u") are not allowed in content; write each value out." });
            return;
        }
        if (scan.secondDocument) {
            m_diagnostics.append({ { path, scan.secondDocument->line }, u"A second YAML document starts here (---); a content file holds one."_s });
        }
        const YAML::Node root = YAML::Load(bytes.toStdString());
        FileReader(path, m_content, m_diagnostics).readRoot(root, m_metaAt, m_holidaysAt);
    } catch (const YAML::Exception &error) {
        m_allParsed = false;
        const int line = error.mark.line < 0 ? 0 : error.mark.line + 1;
        m_diagnostics.append({ { path, line }, u"The file is not valid YAML: "_s % escapeControlCharacters(QString::fromStdString(error.msg)) % u'.' });
    }
    // Keys are checked before their values are read; an editor wants the file's problems top to bottom.
    std::stable_sort(
        m_diagnostics.begin() + firstOfFile, m_diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) { return a.where.line < b.where.line; });
}

} // namespace phishaid::content
