#include "updateconfig.h"

#include "contentstore.h"
#include "signature.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

// Set by app/CMakeLists.txt on this file only, so changing them rebuilds one file.
#ifndef PHISHAID_UPDATE_URL
#define PHISHAID_UPDATE_URL ""
#endif
#ifndef PHISHAID_UPDATE_PUBLIC_KEY
#define PHISHAID_UPDATE_PUBLIC_KEY ""
#endif
#ifndef PHISHAID_APP_VERSION
#define PHISHAID_APP_VERSION "0"
#endif

namespace phishaid::update {

UpdateConfig UpdateConfig::fromBuild()
{
    UpdateConfig config;
    config.manifestUrl = QUrl(QString::fromUtf8(PHISHAID_UPDATE_URL), QUrl::StrictMode);
    config.publicKey = decodeBinary(QByteArrayLiteral(PHISHAID_UPDATE_PUBLIC_KEY), PublicKeyBytes).value_or(QByteArray());
    config.appVersion = QVersionNumber::fromString(QString::fromLatin1(PHISHAID_APP_VERSION));
    config.installDirectory = ContentStore::installDirectory();
    return config;
}

bool UpdateConfig::isEnabled() const
{
    return disabledReason().isEmpty();
}

QString UpdateConfig::disabledReason() const
{
    if (manifestUrl.isEmpty()) {
        return u"No update URL was built in (PHISHAID_UPDATE_URL)."_s;
    }
    if (!isAllowedUpdateUrl(manifestUrl)) {
        return u"The update URL %1 is not https."_s.arg(manifestUrl.toDisplayString());
    }
    if (publicKey.size() != PublicKeyBytes) {
        return u"No valid Ed25519 public key was built in (PHISHAID_UPDATE_PUBLIC_KEY)."_s;
    }
    return {};
}

bool isAllowedUpdateUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty()) {
        return false;
    }
    if (url.scheme() == u"https") {
        return true;
    }
    // Loopback only by address: a name such as "localhost" could be resolved elsewhere.
    const QHostAddress host(url.host());
    return url.scheme() == u"http" && !host.isNull() && host.isLoopback();
}

} // namespace phishaid::update
