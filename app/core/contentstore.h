// Opens the compiled guidance database read-only, checks it, and holds its content for the wizard.
#pragma once

#include "content.h"

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

    // The database the QML singleton loads. Defaults to the one bundled in the app's resources.
    static QString defaultDatabasePath();
    static void setDefaultDatabasePath(const QString &path);

    // Opens `path` (a file or a Qt resource path such as ":/phishaid/content.sqlite") read-only and loads it.
    // Returns true when the content is ready; otherwise status() tells what went wrong.
    bool load(const QString &path);

    Status status() const { return m_status; }
    bool isReady() const { return m_status == Ready; }
    int contentVersion() const { return m_content.version; }
    QString databasePath() const { return m_path; }
    // What went wrong, for the log and for support (not shown as the main message).
    QString technicalDetail() const { return m_technicalDetail; }

    const content::Content &content() const { return m_content; }

Q_SIGNALS:
    void statusChanged();

private:
    void fail(Status status, const QString &detail);

    Status m_status = NotLoaded;
    QString m_path;
    QString m_technicalDetail;
    content::Content m_content;
};

} // namespace phishaid
