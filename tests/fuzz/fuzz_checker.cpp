// Fuzzes このメール、本物？: any pasted text through Checker::check over the real compiled content (the text
// extraction of textscan.cpp, then the judging and the CLI's JSON). The first byte picks the channel; the rest is
// the text, as UTF-8.
#include "checker.h"
#include "checkjson.h"
#include "sqlitereader.h"

#include <QCoreApplication>
#include <cstddef>
#include <cstdint>
#include <memory>

using namespace phishaid;

namespace {
std::unique_ptr<checker::Checker> theChecker;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // the QSQLITE driver is a plugin
    const QByteArray override = qgetenv("PHISHAID_FUZZ_CONTENT_DB");
    const QString path = override.isEmpty() ? QStringLiteral(PHISHAID_CONTENT_DB) : QString::fromLocal8Bit(override);
    const content::ReadResult read = content::readContentDatabase(path);
    if (!read.content) {
        qFatal("fuzz_checker: cannot read the content database %s: %s", qPrintable(path), qPrintable(read.detail));
    }
    theChecker = std::make_unique<checker::Checker>(*read.content);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    checker::CheckOptions options;
    options.channel = static_cast<checker::Channel>(data[0] % 3);
    options.today = QDate(2026, 12, 2);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const checker::CheckResult result = theChecker->check(text, options);
    (void)checker::checkResultJson(result);
    return 0;
}
