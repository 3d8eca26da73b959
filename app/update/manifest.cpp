#include "manifest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace phishaid::update {

namespace {

// JSON numbers are doubles: integers are exact up to 2^53, far above any size or version we accept.
constexpr double MaxExactInteger = 9007199254740992.0;

std::optional<qint64> integer(const QJsonObject &object, const QString &key, qint64 minimum, qint64 maximum)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double number = value.toDouble();
    // The range first: casting a double outside qint64's range (1e20) to qint64 is undefined behaviour.
    if (!(number >= static_cast<double>(minimum) && number <= static_cast<double>(maximum) && number <= MaxExactInteger) || number != std::trunc(number)) {
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

QDateTime utcTime(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODate) : QDateTime();
}

std::optional<Manifest> failed(QString *error, const QString &message)
{
    if (error) {
        *error = message;
    }
    return std::nullopt;
}

} // namespace

QByteArray Manifest::toJson() const
{
    const QJsonObject object {
        { u"format"_s, QString::fromLatin1(ManifestFormat) },
        { u"contentVersion"_s, contentVersion },
        { u"created"_s, created.toUTC().toString(Qt::ISODate) },
        { u"expires"_s, expires.toUTC().toString(Qt::ISODate) },
        { u"size"_s, static_cast<double>(size) },
        { u"sha256"_s, QString::fromLatin1(sha256.toHex()) },
        { u"minAppVersion"_s, minAppVersion.toString() },
        { u"schemaVersion"_s, schemaVersion },
        { u"content"_s, content },
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

std::optional<Manifest> Manifest::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        return failed(error, u"The manifest is not a JSON object: "_s + parseError.errorString());
    }
    const QJsonObject object = document.object();
    if (object.value(u"format"_s).toString() != QString::fromLatin1(ManifestFormat)) {
        return failed(error, u"The manifest format is not "_s + QString::fromLatin1(ManifestFormat) + u'.');
    }
    Manifest manifest;
    const auto version = integer(object, u"contentVersion"_s, 1, std::numeric_limits<int>::max());
    const auto schema = integer(object, u"schemaVersion"_s, 1, std::numeric_limits<int>::max());
    const auto size = integer(object, u"size"_s, 1, std::numeric_limits<qint64>::max());
    if (!version || !schema || !size) {
        return failed(error, u"The manifest lacks a valid contentVersion, schemaVersion or size."_s);
    }
    manifest.contentVersion = static_cast<int>(*version);
    manifest.schemaVersion = static_cast<int>(*schema);
    manifest.size = *size;
    manifest.created = utcTime(object, u"created"_s);
    manifest.expires = utcTime(object, u"expires"_s);
    if (!manifest.created.isValid() || !manifest.expires.isValid()) {
        return failed(error, u"The manifest lacks a valid created or expires time."_s);
    }
    const QByteArray hex = object.value(u"sha256"_s).toString().toLatin1();
    manifest.sha256 = QByteArray::fromHex(hex);
    if (hex.size() != 64 || manifest.sha256.toHex() != hex.toLower()) {
        return failed(error, u"The manifest's sha256 is not 64 hex digits."_s);
    }
    manifest.minAppVersion = QVersionNumber::fromString(object.value(u"minAppVersion"_s).toString());
    if (manifest.minAppVersion.isNull()) {
        return failed(error, u"The manifest lacks a valid minAppVersion."_s);
    }
    manifest.content = object.value(u"content"_s).toString();
    if (manifest.content.isEmpty()) {
        return failed(error, u"The manifest does not name its content file."_s);
    }
    return manifest;
}

Result checkManifest(const Manifest &manifest, const ManifestPolicy &policy)
{
    if (policy.now >= manifest.expires) {
        return { Outcome::Expired, u"The manifest expired at %1."_s.arg(manifest.expires.toString(Qt::ISODate)) };
    }
    if (manifest.contentVersion < policy.highestInstalledVersion) {
        return { Outcome::Rollback,
            u"The manifest offers content version %1, older than the installed %2."_s.arg(manifest.contentVersion).arg(policy.highestInstalledVersion) };
    }
    if (manifest.contentVersion <= policy.runningVersion) {
        return { Outcome::UpToDate, u"The server offers content version %1; the app has %2."_s.arg(manifest.contentVersion).arg(policy.runningVersion) };
    }
    if (policy.appVersion < manifest.minAppVersion) {
        return { Outcome::AppTooOld, u"The content needs app %1; this is %2."_s.arg(manifest.minAppVersion.toString(), policy.appVersion.toString()) };
    }
    if (manifest.schemaVersion > policy.schemaVersion) {
        return { Outcome::SchemaTooNew, u"The content has schema %1; this app reads up to %2."_s.arg(manifest.schemaVersion).arg(policy.schemaVersion) };
    }
    if (manifest.size > policy.maxContentBytes) {
        return { Outcome::TooLarge, u"The content is %1 bytes; the cap is %2."_s.arg(manifest.size).arg(policy.maxContentBytes) };
    }
    return { Outcome::None, {} };
}

} // namespace phishaid::update
