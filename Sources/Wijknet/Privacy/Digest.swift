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

    /// HMAC-SHA256 under one key for many messages, as ``hmacSHA256(key:message:)`` gives it.
    ///
    /// The key's inner and outer SHA-256 states (after `K ⊕ ipad` and `K ⊕ opad`) are made once
    /// and copied for each message, the precomputation RFC 2104 §4 describes. So a message
    /// costs two state copies and two short digests, and no look-up in libcrypto's tables of
    /// algorithms: OpenSSL 3's one-shot `HMAC` fetches SHA-256 there on every call, under a
    /// lock all threads share (issue 28: a million young people's pseudonyms on two cores
    /// spent most of their second waiting on it).
    ///
    /// One instance per thread: it holds the state it works in.
    public final class KeyedHMAC {
        private let inner: OpaquePointer, outer: OpaquePointer, work: OpaquePointer
        /// The inner digest of the message at hand.
        private let innerHash = UnsafeMutablePointer<UInt8>.allocate(capacity: 32)

        public init(key: [UInt8]) {
            let block = 64   // SHA-256's block size
            var k0 = key.count > block ? Digest.sha256(key) : key
            k0 += [UInt8](repeating: 0, count: block - k0.count)
            guard let inner = EVP_MD_CTX_new(), let outer = EVP_MD_CTX_new(), let work = EVP_MD_CTX_new() else {
                preconditionFailure("libcrypto could not allocate a digest context")
            }
            (self.inner, self.outer, self.work) = (inner, outer, work)
            for (ctx, pad) in [(inner, UInt8(0x36)), (outer, UInt8(0x5c))] {
                let padded = k0.map { $0 ^ pad }
                let ok = EVP_DigestInit_ex(ctx, EVP_sha256(), nil) == 1 && EVP_DigestUpdate(ctx, padded, block) == 1
                precondition(ok, "libcrypto's SHA-256 failed")
            }
        }

        deinit {
            EVP_MD_CTX_free(inner)
            EVP_MD_CTX_free(outer)
            EVP_MD_CTX_free(work)
            innerHash.deallocate()
        }

        /// Writes the 32 bytes of HMAC-SHA256(key, `message`) at `out`.
        public func mac(_ message: UnsafeRawBufferPointer, into out: UnsafeMutablePointer<UInt8>) {
            var length: UInt32 = 0
            // An empty message may have no base address; nothing is read from it then.
            let bytes = message.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!
            var ok = EVP_MD_CTX_copy_ex(work, inner) == 1 && EVP_DigestUpdate(work, bytes, message.count) == 1
                && EVP_DigestFinal_ex(work, innerHash, &length) == 1 && length == 32
            ok = ok && EVP_MD_CTX_copy_ex(work, outer) == 1 && EVP_DigestUpdate(work, innerHash, 32) == 1
                && EVP_DigestFinal_ex(work, out, &length) == 1 && length == 32
            precondition(ok, "libcrypto's SHA-256 failed")
        }
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
