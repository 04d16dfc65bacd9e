import Testing
import Wijknet

/// libcrypto through `CWijknetCrypto` gives the published test vectors.
@Suite("Digests (libcrypto)")
struct DigestTests {
    func hex(_ bytes: [UInt8]) -> String { bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined() }

    @Test func hmacSHA256MatchesRFC4231() {
        // RFC 4231, test case 2 (a key shorter than the block) and test case 6 (a key longer than it).
        #expect(hex(Digest.hmacSHA256(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8)))
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        #expect(hex(Digest.hmacSHA256(key: [UInt8](repeating: 0xaa, count: 131),
                                      message: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8)))
                == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
        #expect(Digest.hmacSHA256(key: [], message: []).count == 32)
    }

    /// The keyed HMAC (the key's states made once) gives the one-shot HMAC's bytes: keys
    /// empty, short, one block, longer than a block (hashed first); messages empty to several
    /// blocks; one instance for many messages.
    @Test func keyedHMACMatchesTheOneShot() {
        for keyLength in [0, 4, 63, 64, 65, 131] {
            let key = (0..<keyLength).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            let hmac = Digest.KeyedHMAC(key: key)
            for messageLength in [0, 1, 28, 55, 56, 64, 200] {
                let message = (0..<messageLength).map { UInt8(truncatingIfNeeded: $0 &* 13 &+ keyLength) }
                var out = [UInt8](repeating: 0, count: 32)
                message.withUnsafeBytes { m in out.withUnsafeMutableBufferPointer { hmac.mac(m, into: $0.baseAddress!) } }
                #expect(out == Digest.hmacSHA256(key: key, message: message), "key \(keyLength), message \(messageLength)")
            }
        }
        let jefe = Digest.KeyedHMAC(key: Array("Jefe".utf8))
        var out = [UInt8](repeating: 0, count: 32)
        Array("what do ya want for nothing?".utf8).withUnsafeBytes { m in out.withUnsafeMutableBufferPointer { jefe.mac(m, into: $0.baseAddress!) } }
        #expect(hex(out) == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test func sha256MatchesFIPS180() {
        #expect(hex(Digest.sha256(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex(Digest.sha256([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
