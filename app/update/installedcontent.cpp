#include "installedcontent.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QUuid>
#include <QVariant>
#include <memory>

using namespace Qt::StringLiterals;

namespace phishaid::update {

QString defaultInstallDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/content"_s;
}

QString currentDatabasePath(const QString &directory)
{
    return QDir(directory).filePath(u"current.sqlite"_s);
}

QString previousDatabasePath(const QString &directory)
{
    return QDir(directory).filePath(u"previous.sqlite"_s);
}

QString stateFilePath(const QString &directory)
{
    return QDir(directory).filePath(u"update-state.json"_s);
}

QString incomingTemplate(const QString &directory)
{
    return QDir(directory).filePath(u"incoming-XXXXXX.sqlite"_s);
}

QDateTime readContentCreated(const QString &path)
{
    QFile source(path);
    const std::unique_ptr<QTemporaryFile> copy(QTemporaryFile::createNativeFile(source));
    const QString name = u"phishaid-created-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QDateTime created;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(copy ? copy->fileName() : path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"SELECT value FROM meta WHERE key = 'created_utc'"_s) && query.next()) {
                created = QDateTime::fromString(query.value(0).toString(), Qt::ISODate);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return created;
}

} // namespace phishaid::update
