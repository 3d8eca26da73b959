#include "publicsuffixfile.h"

#include "checkercontent.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace phishaid::content {

namespace {

// The list is about 250 KB; anything far larger is not the list.
constexpr qint64 MaximumBytes = 8 * 1024 * 1024;

} // namespace

bool readPublicSuffixFile(const QString &path, Content *content, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + u": the Public Suffix List cannot be read: "_s + file.errorString();
        return false;
    }
    const QByteArray data = file.read(MaximumBytes + 1);
    if (data.size() > MaximumBytes || !looksLikePublicSuffixList(data)) {
        *error = path + u": this is not a Public Suffix List (publicsuffix.org's public_suffix_list.dat)."_s;
        return false;
    }
    const QFileInfo info(QFileInfo(path).canonicalFilePath());
    content->publicSuffixList.data = data;
    content->publicSuffixList.source = info.fileName() + u" (publicsuffix.org)"_s;
    content->publicSuffixList.updated = info.lastModified().toUTC().date();
    return true;
}

} // namespace phishaid::content
