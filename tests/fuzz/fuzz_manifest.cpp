// Fuzzes what a hostile update server controls before anything is installed: the manifest's bytes
// (Manifest::parse, checkManifest, and the round trip through toJson), the signature check over any bytes with
// any signature, and the key text decoder.
#include "manifest.h"
#include "signature.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace phishaid;

namespace {
// tests/update/keys/test-ed25519.public
const QByteArray &publicKey()
{
    static const QByteArray key = update::decodeBinary("v0hV4KwX2QbBkcyce/KyhzrHwhNoLT2p0lC66A42Us4=", update::PublicKeyBytes).value();
    return key;
}

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_manifest: %s\n", what);
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    QString error;
    if (const std::optional<update::Manifest> manifest = update::Manifest::parse(bytes, &error)) {
        const update::ManifestPolicy policy { 5, 5, QVersionNumber(0, 1, 0), 1, 1024 * 1024, QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC) };
        (void)update::checkManifest(*manifest, policy);
        // What parses must survive its own serialisation (the publisher writes what the app reads).
        const std::optional<update::Manifest> again = update::Manifest::parse(manifest->toJson(), &error);
        if (!again) {
            fail("a parsed manifest does not parse again after toJson()");
        }
        if (again->contentVersion != manifest->contentVersion || again->size != manifest->size || again->sha256 != manifest->sha256
            || again->content != manifest->content || again->schemaVersion != manifest->schemaVersion || again->minAppVersion != manifest->minAppVersion) {
            fail("toJson() and parse() disagree");
        }
    }

    // The detached signature as it arrives: the first 64 bytes, the message the rest (and the whole input once).
    // The seed signature-then-manifest is genuine; whatever verifies must stop verifying with one byte more.
    const QByteArray signature = bytes.left(update::SignatureBytes);
    const QByteArray message = bytes.mid(update::SignatureBytes);
    if (update::verify(message, signature, publicKey()) && update::verify(message + '\n', signature, publicKey())) {
        fail("one signature verifies two messages");
    }
    (void)update::verify(bytes, bytes, bytes);

    (void)update::decodeBinary(bytes, update::PublicKeyBytes);
    (void)update::decodeBinary(bytes, update::SecretKeyBytes);
    return 0;
}
