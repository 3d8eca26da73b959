// Opens the compiled guidance database read-only, checks it, and holds its content for the wizard.
#pragma once

#include "content.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>

namespace phishaid {

class ContentStore : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(bool ready READ isReady NOTIFY statusChanged)
    Q_PROPERTY(int contentVersion READ contentVersion NOTIFY statusChanged)
    Q_PROPERTY(QString databasePath READ databasePath NOTIFY statusChanged)
    Q_PROPERTY(QString technicalDetail READ technicalDetail NOTIFY statusChanged)
    // When the loaded content was compiled (invalid when unknown), and whether it is an installed update.
    Q_PROPERTY(QDateTime contentDate READ contentDate NOTIFY statusChanged)
    Q_PROPERTY(bool updateInstalled READ isUpdateInstalled NOTIFY statusChanged)

public:
    enum Status {
        NotLoaded,
        Ready,
        Missing, // the database file does not exist
        Corrupt, // not a database, fails its integrity check, or its content does not validate
        TooNew, // written by a newer version of the content tool than this app understands
    };
    Q_ENUM(Status)

    // No default argument on purpose: Qt 6.4 prefers a default constructor over create() for a QML
    // singleton, and the singleton must come from create() so that it loads its database.
    explicit ContentStore(QObject *parent);

    // The QML singleton: loads the default database (see setDefaultDatabasePath) on creation.
    static ContentStore *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    // The database the QML singleton loads. Defaults to the one bundled in the app's resources, in which
    // case the singleton prefers an installed content update (see loadPreferred()).
    static QString defaultDatabasePath();
    static void setDefaultDatabasePath(const QString &path);
    static QString bundledDatabasePath();

    // Where content updates are installed (app/update/installedcontent.h). Defaults to
    // <AppDataLocation>/content; tests point it at a temporary directory.
    static QString installDirectory();
    static void setInstallDirectory(const QString &directory);

    // Loads the newest sound content: the installed update when it loads, validates and is newer than the
    // bundled content; else the previous installed one on the same terms; else the bundled one. If even
    // the bundled one fails, any installed content that loads beats an empty app.
    bool loadPreferred(const QString &directory = installDirectory());

    // Loads again what the singleton loads at start: the default database, or (by default) the preferred
    // one from `directory`. Called after a content update was installed there.
    Q_INVOKABLE bool reload() { return reload(installDirectory()); }
    bool reload(const QString &directory);

    // Opens `path` (a file or a Qt resource path such as ":/phishaid/content.sqlite") read-only and loads it.
    // Returns true when the content is ready; otherwise status() tells what went wrong.
    bool load(const QString &path);

    Status status() const { return m_status; }
    bool isReady() const { return m_status == Ready; }
    int contentVersion() const { return m_content.version; }
    QString databasePath() const { return m_path; }
    // What went wrong, for the log and for support (not shown as the main message).
    QString technicalDetail() const { return m_technicalDetail; }
    QDateTime contentDate() const { return m_contentDate; }
    bool isUpdateInstalled() const { return m_updateInstalled; }

    const content::Content &content() const { return m_content; }

Q_SIGNALS:
    void statusChanged();

private:
    struct Attempt;
    static Attempt attempt(const QString &path);
    void adopt(Attempt &&loaded, bool installedUpdate);
    void fail(Status status, const QString &detail);

    Status m_status = NotLoaded;
    QString m_path;
    QString m_technicalDetail;
    content::Content m_content;
    QDateTime m_contentDate;
    bool m_updateInstalled = false;
};

} // namespace phishaid
