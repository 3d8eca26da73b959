#include "checkjson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace phishaid::checker {

namespace {

QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue brandJson(const std::optional<BrandRef> &brand)
{
    if (!brand) {
        return QJsonValue::Null;
    }
    return QJsonObject { { u"id"_s, brand->id }, { u"name"_s, brand->name } };
}

QJsonArray reasonsJson(const QList<Reason> &reasons)
{
    QJsonArray array;
    for (const Reason &reason : reasons) {
        array.append(QJsonObject { { u"code"_s, reasonCodeKey(reason.code) }, { u"text"_s, reason.text } });
    }
    return array;
}

} // namespace

QJsonObject checkResultToJson(const CheckResult &result)
{
    QJsonArray items;
    for (const CheckItem &item : result.items) {
        items.append(QJsonObject {
            { u"kind"_s, itemKindKey(item.kind) },
            { u"text"_s, item.text },
            { u"host"_s, stringOrNull(item.host) },
            { u"registrableDomain"_s, stringOrNull(item.registrableDomain) },
            { u"verdict"_s, verdictKey(item.verdict) },
            { u"brand"_s, brandJson(item.brand) },
            { u"reasons"_s, reasonsJson(item.reasons) },
        });
    }
    QJsonValue campaign = QJsonValue::Null;
    if (result.campaign) {
        campaign = QJsonObject {
            { u"id"_s, result.campaign->id },
            { u"subject"_s, result.campaign->subject },
            { u"source"_s, result.campaign->source },
            { u"firstSeen"_s, result.campaign->firstSeen.isValid() ? QJsonValue(result.campaign->firstSeen.toString(Qt::ISODate)) : QJsonValue::Null },
        };
    }
    return QJsonObject {
        { u"verdict"_s, verdictKey(result.verdict) },
        { u"brand"_s, brandJson(result.brand) },
        { u"campaign"_s, campaign },
        { u"items"_s, items },
        { u"signals"_s, reasonsJson(result.textSignals) },
    };
}

QByteArray checkResultJson(const CheckResult &result)
{
    return QJsonDocument(checkResultToJson(result)).toJson(QJsonDocument::Indented);
}

} // namespace phishaid::checker
