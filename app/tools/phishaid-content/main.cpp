// phishaid-content: validates the guidance content and compiles it into the database the app carries.
// The build runs `compile`; reviewers run `plans --json` to see every plan a user can be shown, and `check --json`
// to see what the app's checker says about a text.
#include "checkcommand.h"
#include "contentlint.h"
#include "decisiontree.h"
#include "plansjson.h"
#include "publish.h"
#include "sqlitereader.h"
#include "sqlitewriter.h"
#include "validator.h"
#include "yamlreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace phishaid::content;

namespace {

enum ExitCode { Success = 0, ContentProblem = 1, UsageError = 2 };

const auto Description = R"(Validates the guidance content and compiles it into the app's database.

Commands:
  validate <source>...
      Check the content. Problems are printed as file:line: message; how the content reads
      (sentences over 60 characters, glossary words left unexplained) as file:line: warning: message.
  compile --output <file.sqlite> <source>...
      Check the content, then write the database. On any problem nothing is written.
  plans (--json | --text) (<source>... | --database <file.sqlite>)
      Print every path through the questions, with the question and answer texts the user reads,
      and the plan it yields: as JSON, or as readable text (one block per path).
  contacts --json (<source>... | --database <file.sqlite>)
      Print every contact with the URI the app opens for it.
  check --json [--channel mail|sms] (<source>... | --database <file.sqlite>)
      Read a text (a mail, a subject, a sender, a link, a phone number) on standard input and print what
      the app's checker (このメール、本物？) says about it, as JSON. Nothing is fetched or resolved.
  keygen --secret-key <file> [--public-key <file>]
      Make an Ed25519 key pair for signing content updates; prints the public key.
  publish --secret-key <file> --output <dir> [--expires-in-days N] [--min-app-version V] <source>...
      Check and compile the content into <dir>/content-<version>.sqlite and write the signed
      <dir>/manifest.json and manifest.json.sig, ready for any static web host.

A source is a directory (its *.yaml files, in name order) or a YAML file. validate, compile, check and publish
read the Public Suffix List too (--public-suffix-list, default the build's), which compile stores in the database.
Exit status: 0 success, 1 content problems (or a refused publish), 2 usage error.)";

void printLine(FILE *stream, const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stream);
}

int usageError(const QString &message)
{
    printLine(stderr, u"phishaid-content: "_s + message);
    printLine(stderr, u"Usage: phishaid-content validate|compile|plans|contacts|check|keygen|publish [options] <source>... (see --help)"_s);
    return UsageError;
}

void printDiagnostics(const QList<Diagnostic> &diagnostics)
{
    for (const Diagnostic &diagnostic : diagnostics) {
        printLine(stderr, diagnostic.toString());
    }
}

// Reads and validates YAML sources; prints every problem and returns nothing if there is one. Sound
// content is linted too: its warnings are printed, and do not stop anything.
// With `suffixList`, the Public Suffix List is read from that file into the content, and validated with it.
std::optional<Content> loadSources(const QStringList &sources, const QString &suffixList = QString())
{
    Content content;
    const QList<Diagnostic> diagnostics = readAndValidate(sources, &content);
    printDiagnostics(diagnostics);
    if (!diagnostics.isEmpty()) {
        return std::nullopt;
    }
    if (!suffixList.isEmpty()) {
        if (!phishaid::tools::attachPublicSuffixList(suffixList, content)) {
            return std::nullopt;
        }
        const QList<Diagnostic> listProblems = validateContent(content);
        printDiagnostics(listProblems);
        if (!listProblems.isEmpty()) {
            return std::nullopt;
        }
    }
    printDiagnostics(lintContent(content));
    return content;
}

std::optional<Content> loadDatabase(const QString &path, PlanRuleCheck planRules = PlanRuleCheck::Check)
{
    const ReadResult result = readContentDatabase(path);
    if (!result.content) {
        printLine(stderr, path + u": "_s + result.detail);
        return std::nullopt;
    }
    const QList<Diagnostic> diagnostics = validateContent(*result.content, planRules);
    printDiagnostics(diagnostics);
    return diagnostics.isEmpty() ? result.content : std::nullopt;
}

int compile(const QStringList &sources, const QString &output, const QString &suffixList)
{
    const qsizetype fileCount = YamlReader::expandPaths(sources).size();
    const std::optional<Content> content = loadSources(sources, suffixList);
    if (!content) {
        QFile::remove(output); // no stale database may outlive content that no longer compiles
        return ContentProblem;
    }
    QString error;
    if (!writeContentDatabase(*content, output, &error)) {
        printLine(stderr, output + u": "_s + error);
        return ContentProblem;
    }
    printLine(stdout, u"Compiled %1 files into %2."_s.arg(fileCount).arg(output));
    return Success;
}

int validate(const QStringList &sources, const QString &suffixList)
{
    const qsizetype fileCount = YamlReader::expandPaths(sources).size();
    const std::optional<Content> content = loadSources(sources, suffixList);
    if (!content) {
        return ContentProblem;
    }
    printLine(stdout,
        u"%1 files OK: %2 questions, %3 outcomes, %4 actions, %5 contacts."_s.arg(fileCount)
            .arg(content->questions.size())
            .arg(content->outcomes.size())
            .arg(content->actions.size())
            .arg(content->contacts.size()));
    if (!content->brands.isEmpty()) {
        printLine(stdout,
            u"Checker: %1 brands, %2 campaigns, %3 abused TLDs, %4 link hiders, %5 phrase lists."_s.arg(content->brands.size())
                .arg(content->campaigns.size())
                .arg(content->abusedTlds.size())
                .arg(content->linkHiders.size())
                .arg(content->phrases.size()));
    }
    return Success;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"phishaid-content"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(Description));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption output({ u"o"_s, u"output"_s }, u"compile: the database to write; publish: the directory to write."_s, u"path"_s);
    const QCommandLineOption database(u"database"_s, u"plans, contacts, check: read this database instead of YAML sources."_s, u"file.sqlite"_s);
    const QCommandLineOption json(u"json"_s, u"plans, contacts, check: print JSON."_s);
    const QCommandLineOption channel(u"channel"_s, u"check: how the text arrived, mail or sms (default: guessed from the text)."_s, u"mail|sms"_s);
    const QCommandLineOption suffixList(u"public-suffix-list"_s, u"validate, compile, check, publish: the Public Suffix List to read (default the build's)."_s,
        u"file"_s, QStringLiteral(PHISHAID_PUBLIC_SUFFIX_LIST));
    const QCommandLineOption text(u"text"_s, u"plans: print readable text, one block per path."_s);
    const QCommandLineOption locale(u"locale"_s, u"plans, contacts: the locale of texts (default ja)."_s, u"code"_s, u"ja"_s);
    const QCommandLineOption secretKey(u"secret-key"_s, u"keygen, publish: the Ed25519 secret key file."_s, u"file"_s);
    const QCommandLineOption publicKey(u"public-key"_s, u"keygen: also write the public key here."_s, u"file"_s);
    const QCommandLineOption expires(u"expires-in-days"_s, u"publish: days until apps refuse the manifest (default 90)."_s, u"days"_s, u"90"_s);
    const QCommandLineOption minApp(
        u"min-app-version"_s, u"publish: the oldest app version that may install it (default this tool's)."_s, u"version"_s, QStringLiteral(PHISHAID_VERSION));
    parser.addOptions({ output, database, json, text, locale, channel, suffixList, secretKey, publicKey, expires, minApp });
    parser.addPositionalArgument(u"command"_s, u"validate, compile, plans, contacts, check, keygen or publish."_s, u"<command>"_s);
    parser.addPositionalArgument(u"sources"_s, u"Content directories or YAML files."_s, u"[<source>...]"_s);

    if (!parser.parse(QCoreApplication::arguments())) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(help)) {
        printLine(stdout, parser.helpText());
        return Success;
    }
    QStringList sources = parser.positionalArguments();
    const QString command = sources.isEmpty() ? QString() : sources.takeFirst();
    const QStringList commands { u"validate"_s, u"compile"_s, u"plans"_s, u"contacts"_s, u"check"_s, u"keygen"_s, u"publish"_s };
    if (!commands.contains(command)) {
        return usageError(command.isEmpty() ? u"no command given."_s : u"unknown command \""_s + command + u"\"."_s);
    }
    const bool isCheck = command == u"check";
    const bool isReport = command == u"plans" || command == u"contacts" || isCheck;
    if (!isReport && (parser.isSet(database) || parser.isSet(json) || parser.isSet(text) || parser.isSet(locale))) {
        return usageError(u"--database, --json, --text and --locale belong to plans, contacts and check."_s);
    }
    if (isCheck && (!parser.isSet(json) || parser.isSet(text) || parser.isSet(locale))) {
        return usageError(u"check prints JSON only (--json), with the Japanese texts."_s);
    }
    if (!isCheck && parser.isSet(channel)) {
        return usageError(u"--channel belongs to check."_s);
    }
    if (isCheck && parser.isSet(channel) && parser.value(channel) != u"mail" && parser.value(channel) != u"sms") {
        return usageError(u"--channel takes mail or sms."_s);
    }
    const bool readsSuffixList = command == u"validate" || command == u"compile" || isCheck || command == u"publish";
    if (!readsSuffixList && parser.isSet(suffixList)) {
        return usageError(u"--public-suffix-list belongs to validate, compile, check and publish."_s);
    }
    if (command == u"contacts" && parser.isSet(text)) {
        return usageError(u"contacts prints JSON only (--json)."_s);
    }
    if (command == u"plans" && parser.isSet(json) && parser.isSet(text)) {
        return usageError(u"plans prints --json or --text, not both."_s);
    }
    if (command != u"compile" && command != u"publish" && parser.isSet(output)) {
        return usageError(u"--output belongs to compile and publish."_s);
    }
    const bool isSigning = command == u"keygen" || command == u"publish";
    if (!isSigning && (parser.isSet(secretKey) || parser.isSet(publicKey) || parser.isSet(expires) || parser.isSet(minApp))) {
        return usageError(u"--secret-key, --public-key, --expires-in-days and --min-app-version belong to keygen and publish."_s);
    }
    if (command == u"keygen") {
        if (!sources.isEmpty() || !parser.isSet(secretKey)) {
            return usageError(u"keygen takes --secret-key <file> (and optionally --public-key <file>), nothing else."_s);
        }
        return phishaid::tools::keygen(parser.value(secretKey), parser.value(publicKey));
    }
    if (command == u"publish") {
        bool daysOk = false;
        const int days = parser.value(expires).toInt(&daysOk);
        const QVersionNumber minAppVersion = QVersionNumber::fromString(parser.value(minApp));
        if (!parser.isSet(secretKey) || !parser.isSet(output) || sources.isEmpty() || parser.isSet(publicKey)) {
            return usageError(u"publish needs --secret-key <file>, --output <dir> and content sources."_s);
        }
        if (!daysOk || days < 1 || days > 3650 || minAppVersion.isNull()) {
            return usageError(u"--expires-in-days takes 1 to 3650 days and --min-app-version a version such as 0.1.0."_s);
        }
        return phishaid::tools::publish({ sources, parser.value(secretKey), parser.value(output), days, minAppVersion, parser.value(suffixList) });
    }
    if (parser.isSet(database) && !sources.isEmpty()) {
        return usageError(u"give YAML sources or --database, not both."_s);
    }
    if (sources.isEmpty() && !parser.isSet(database)) {
        return usageError(command + u" needs a content directory or YAML files."_s);
    }

    if (command == u"validate") {
        return validate(sources, parser.value(suffixList));
    }
    if (command == u"compile") {
        return parser.isSet(output) ? compile(sources, parser.value(output), parser.value(suffixList)) : usageError(u"compile needs --output <file.sqlite>."_s);
    }
    if (isCheck) {
        // A database carries its own suffix list and was validated, plan rules included, before it was compiled.
        const std::optional<Content> content
            = parser.isSet(database) ? loadDatabase(parser.value(database), PlanRuleCheck::Skip) : loadSources(sources, parser.value(suffixList));
        return content ? phishaid::tools::check(*content, parser.value(channel)) : int(ContentProblem);
    }
    const std::optional<Content> content = parser.isSet(database) ? loadDatabase(parser.value(database)) : loadSources(sources);
    if (!content) {
        return ContentProblem;
    }
    const QByteArray out = command == u"contacts" ? contactsJson(*content, parser.value(locale))
        : parser.isSet(text)                      ? plansText(DecisionTree(*content), parser.value(locale))
                                                  : plansJson(DecisionTree(*content), parser.value(locale));
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return Success;
}
