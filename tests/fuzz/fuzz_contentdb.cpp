// Fuzzes the content database reader: the bytes are written to a file and opened as the app opens a bundled or
// downloaded content.sqlite (readContentDatabase), then validated as ContentStore and the installer do. Any file
// must end in content or one of the reader's errors.
#include "sqlitereader.h"
#include "validator.h"

#include <QCoreApplication>
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

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The QSQLITE driver is a plugin: Qt finds it through the application object.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = scratch().filePath(QStringLiteral("content.sqlite"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            qFatal("Cannot write %s", qPrintable(path));
        }
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const content::ReadResult result = content::readContentDatabase(path);
    if (result.content) {
        (void)content::validateContent(*result.content);
    }
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
    return 0;
}
