#include "signature.h"

#include <sodium.h>

namespace phishaid::update {

namespace {

// sodium_init() is idempotent and thread-safe; it must run before any other libsodium call.
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

} // namespace

static_assert(PublicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(SecretKeyBytes == crypto_sign_SECRETKEYBYTES);
static_assert(SignatureBytes == crypto_sign_BYTES);

KeyPair generateKeyPair()
{
    KeyPair pair { QByteArray(PublicKeyBytes, '\0'), QByteArray(SecretKeyBytes, '\0') };
    if (!sodiumReady()) {
        return {};
    }
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()), reinterpret_cast<unsigned char *>(pair.secretKey.data()));
    return pair;
}

QByteArray sign(const QByteArray &message, const QByteArray &secretKey)
{
    if (!sodiumReady() || secretKey.size() != SecretKeyBytes) {
        return {};
    }
    QByteArray signature(SignatureBytes, '\0');
    crypto_sign_detached(
        reinterpret_cast<unsigned char *>(signature.data()), nullptr, bytes(message), static_cast<unsigned long long>(message.size()), bytes(secretKey));
    return signature;
}

bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey)
{
    if (!sodiumReady() || signature.size() != SignatureBytes || publicKey.size() != PublicKeyBytes) {
        return false;
    }
    return crypto_sign_verify_detached(bytes(signature), bytes(message), static_cast<unsigned long long>(message.size()), bytes(publicKey)) == 0;
}

std::optional<QByteArray> decodeBinary(const QByteArray &text, int expectedBytes)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.size() == 2 * expectedBytes) {
        const QByteArray hex = QByteArray::fromHex(trimmed);
        // fromHex() skips invalid characters silently: only a clean round trip counts as hex.
        if (hex.size() == expectedBytes && hex.toHex() == trimmed.toLower()) {
            return hex;
        }
    }
    const auto base64 = QByteArray::fromBase64Encoding(trimmed, QByteArray::AbortOnBase64DecodingErrors);
    if (base64 && base64.decoded.size() == expectedBytes) {
        return base64.decoded;
    }
    return std::nullopt;
}

} // namespace phishaid::update
