// Fuzzes the content tool's front door: one YAML file read by YamlReader, then validated with every rule the
// build applies (readAndValidate: the plan-order walk included). Whatever the bytes, it must end in diagnostics,
// never a crash, a leak or unbounded memory.
#include "validator.h"

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>

using namespace phishaid;

namespace {
const QTemporaryDir &scratch()
{
    static const QTemporaryDir dir;
    return dir;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = scratch().filePath(QStringLiteral("fuzz.yaml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qFatal("Cannot write %s", qPrintable(path));
    }
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();

    content::Content content;
    const QList<content::Diagnostic> diagnostics = content::readAndValidate({ path }, &content);
    for (const content::Diagnostic &diagnostic : diagnostics) {
        (void)diagnostic.toString();
    }
    return 0;
}
