#include "urlopener.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcUrlOpener, "phishaid.urlopener")

namespace phishaid {

namespace {

UrlOpener::Handler &handlerStorage()
{
    static UrlOpener::Handler handler;
    return handler;
}

std::optional<bool> &dialerOverride()
{
    static std::optional<bool> canDial;
    return canDial;
}

} // namespace

UrlOpener::UrlOpener(QObject *parent)
    : QObject(parent)
{ }

bool UrlOpener::canDial() const
{
    if (dialerOverride()) {
        return *dialerOverride();
    }
#if defined(Q_OS_ANDROID) || defined(Q_OS_IOS)
    return true;
#else
    return false;
#endif
}

bool UrlOpener::open(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    // Only what the content can hold: a stray javascript: or file: URI never reaches the platform.
    const QStringList schemes { u"tel"_s, u"mailto"_s, u"https"_s };
    if (!parsed.isValid() || !schemes.contains(parsed.scheme())) {
        qCWarning(lcUrlOpener) << "Refusing to open" << url;
        return false;
    }
    const Handler &handler = handlerStorage();
    const bool taken = handler ? handler(parsed) : QDesktopServices::openUrl(parsed);
    if (taken) {
        Q_EMIT opened(parsed);
    }
    return taken;
}

bool UrlOpener::openFile(const QString &path)
{
    const QFileInfo file(path);
    if (path.isEmpty() || !file.isAbsolute() || !file.isFile()) {
        qCWarning(lcUrlOpener) << "Refusing to open" << path << "(not a file the app saved)";
        return false;
    }
    const QUrl url = QUrl::fromLocalFile(file.absoluteFilePath());
    const Handler &handler = handlerStorage();
    const bool taken = handler ? handler(url) : QDesktopServices::openUrl(url);
    if (taken) {
        Q_EMIT opened(url);
    }
    return taken;
}

void UrlOpener::copyText(const QString &text)
{
    if (QClipboard *clipboard = QGuiApplication::clipboard()) {
        clipboard->setText(text);
    }
}

QString UrlOpener::hostOf(const QString &url) const
{
    return QUrl(url, QUrl::StrictMode).host();
}

void UrlOpener::setHandler(Handler handler)
{
    handlerStorage() = std::move(handler);
}

void UrlOpener::setDialerOverride(std::optional<bool> canDial)
{
    dialerOverride() = canDial;
}

} // namespace phishaid
