// The system's libcrypto (OpenSSL 3, Debian's libssl-dev): HMAC-SHA256 for the keyed pseudonyms
// and SHA-256 for the page's script hash (Sources/Wijknet/Privacy/Digest.swift). Compiling
// BoringSSL through swift-crypto for these two functions took most of a cold build.
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>
