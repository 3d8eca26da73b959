// Hands tel:, mailto: and https: URIs to the platform (the dialer, the mail app, the browser) and a file the
// app wrote to its viewer (the record's PDF), and says whether there is a dialer at all. Tests replace the
// handler from C++ and see the exact URI without anything being dialled or opened; they can also pretend to be
// a phone or a desktop.
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <functional>
#include <optional>

namespace phishaid {

class UrlOpener : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // True on Android and iOS. A desktop has no phone: the call sheet shows the number and copies it.
    Q_PROPERTY(bool canDial READ canDial CONSTANT)

public:
    using Handler = std::function<bool(const QUrl &)>;

    explicit UrlOpener(QObject *parent = nullptr);

    bool canDial() const;

    // Opens `url` (a string from QML: tel:, mailto:, https: only). Returns whether the platform took it.
    Q_INVOKABLE bool open(const QString &url);
    // Opens a file the app saved (the record's PDF) with the system's viewer, as a file: URL. Only an existing
    // file given by its absolute path; returns whether the platform took it.
    Q_INVOKABLE bool openFile(const QString &path);
    // Puts `text` on the clipboard (the desktop fallback for a number).
    Q_INVOKABLE void copyText(const QString &text);
    // The host of a web address, shown before the browser opens it: "www.antiphishing.jp".
    Q_INVOKABLE QString hostOf(const QString &url) const;

    // For tests: replace QDesktopServices::openUrl (an empty handler restores it), and pretend that a
    // dialer exists or not (nullopt: what the platform has).
    static void setHandler(Handler handler);
    static void setDialerOverride(std::optional<bool> canDial);

Q_SIGNALS:
    void opened(const QUrl &url);
};

} // namespace phishaid
