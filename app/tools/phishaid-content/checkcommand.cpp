#include "checkcommand.h"

#include "checker.h"
#include "checkjson.h"
#include "publicsuffixfile.h"

#include <QFile>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace phishaid::tools {

namespace {

// libpsl's own list has some 9,000 rules; a list with far fewer lost most of itself.
constexpr int FewestRules = 1000;

void printError(const QString &message)
{
    std::fputs(qPrintable(u"phishaid-content: "_s + message + u'\n'), stderr);
}

} // namespace

bool attachPublicSuffixList(const QString &path, content::Content &content)
{
    QString error;
    if (!content::readPublicSuffixFile(path, &content, &error)) {
        printError(error);
        return false;
    }
    const checker::Checker checker(content);
    if (checker.suffixListOrigin() != checker::Checker::SuffixListOrigin::Content || checker.suffixRuleCount() < FewestRules) {
        printError(path + u": libpsl does not load this Public Suffix List (%1 rules)."_s.arg(checker.suffixRuleCount()));
        return false;
    }
    return true;
}

int check(const content::Content &content, const QString &channel)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        printError(u"standard input cannot be read."_s);
        return 1;
    }
    const QString text = QString::fromUtf8(input.readAll());
    checker::CheckOptions options;
    options.channel = checker::channelFromKey(channel).value_or(checker::Channel::Unknown);
    const checker::Checker checker(content);
    const QByteArray json = checker::checkResultJson(checker.check(text, options));
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return 0;
}

} // namespace phishaid::tools
