import CWijknetCrypto

/// HMAC-SHA256 and SHA-256 from the system's libcrypto (OpenSSL): the two digests Wijknet needs,
/// the keyed pseudonyms (``Pseudonymizer``) and the hash of the page's inline script (`wijknet
/// serve`'s Content-Security-Policy). The only importer of `CWijknetCrypto`.
///
/// Why not swift-crypto: on this 2-core machine its BoringSSL was the largest C build of a cold
/// `make demo` (README, "Dependencies"); libcrypto is already on every machine that has
/// Graphviz's or Python's dependencies, and Debian keeps it patched.
public enum Digest {
    /// HMAC-SHA256 of `message` under `key` (RFC 2104): 32 bytes.
    public static func hmacSHA256(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        key.withUnsafeBufferPointer { k in
            message.withUnsafeBufferPointer { m in
                // An empty buffer may have no base address; HMAC reads nothing from it then.
                let keyBytes = k.baseAddress.map { UnsafeRawPointer($0) } ?? UnsafeRawPointer(bitPattern: 1)!
                let messageBytes = m.baseAddress ?? UnsafePointer(bitPattern: 1)!
                let done = HMAC(EVP_sha256(), keyBytes, Int32(k.count), messageBytes, m.count, &out, &length)
                precondition(done != nil && length == 32, "libcrypto's HMAC-SHA256 failed")
            }
        }
        return Array(out.prefix(32))
    }

    /// SHA-256 of `data`: 32 bytes.
    public static func sha256(_ data: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 32)
        data.withUnsafeBufferPointer { d in
            _ = SHA256(d.baseAddress ?? UnsafePointer(bitPattern: 1)!, d.count, &out)
        }
        return out
    }
}
