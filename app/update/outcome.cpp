#include "outcome.h"

using namespace Qt::StringLiterals;

namespace phishaid::update {

QString outcomeTag(Outcome outcome)
{
    switch (outcome) {
    case Outcome::None:
        return u"none"_s;
    case Outcome::Installed:
        return u"installed"_s;
    case Outcome::UpToDate:
        return u"up-to-date"_s;
    case Outcome::Disabled:
        return u"disabled"_s;
    case Outcome::Cancelled:
        return u"cancelled"_s;
    case Outcome::Offline:
        return u"offline"_s;
    case Outcome::TimedOut:
        return u"timed-out"_s;
    case Outcome::TooSlow:
        return u"too-slow"_s;
    case Outcome::ServerError:
        return u"server-error"_s;
    case Outcome::SecureConnectionFailed:
        return u"tls-failed"_s;
    case Outcome::RefusedAddress:
        return u"refused-address"_s;
    case Outcome::TooLarge:
        return u"too-large"_s;
    case Outcome::Truncated:
        return u"truncated"_s;
    case Outcome::BadManifest:
        return u"bad-manifest"_s;
    case Outcome::BadSignature:
        return u"bad-signature"_s;
    case Outcome::Expired:
        return u"expired"_s;
    case Outcome::Rollback:
        return u"rollback"_s;
    case Outcome::AppTooOld:
        return u"app-too-old"_s;
    case Outcome::SchemaTooNew:
        return u"schema-too-new"_s;
    case Outcome::HashMismatch:
        return u"hash-mismatch"_s;
    case Outcome::InvalidContent:
        return u"invalid-content"_s;
    case Outcome::InstallFailed:
        return u"install-failed"_s;
    }
    return u"unknown"_s;
}

} // namespace phishaid::update
