// Ed25519 signatures (libsodium) for content update manifests: keys, signing (the publishing tool)
// and verification (the app). Keys travel as base64 (or hex) text.
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace phishaid::update {

inline constexpr int PublicKeyBytes = 32;
inline constexpr int SecretKeyBytes = 64; // libsodium's layout: the 32-byte seed followed by the public key
inline constexpr int SignatureBytes = 64;

struct KeyPair
{
    QByteArray publicKey;
    QByteArray secretKey;
};

// A fresh key pair from libsodium's random generator.
KeyPair generateKeyPair();

// The detached signature of `message`, or an empty array when `secretKey` is not a secret key.
QByteArray sign(const QByteArray &message, const QByteArray &secretKey);

// True when `signature` is a valid signature of exactly `message` by `publicKey`.
bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey);

// Decodes a key or signature written as hex or base64 (surrounding whitespace ignored), and checks its length.
// Hex is tried first: a 64-character hex string is also valid base64, but of the wrong length.
std::optional<QByteArray> decodeBinary(const QByteArray &text, int expectedBytes);

} // namespace phishaid::update
