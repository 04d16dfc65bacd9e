import Foundation
import WijknetGraph

/// Keyed pseudonyms for young people: `J-` followed by the first 8 hex digits of
/// HMAC-SHA256(key, id).
///
/// With the same key, the same id always gets the same pseudonym, so figures can be compared
/// across runs and files; without the key, the pseudonym cannot be turned back into the id.
/// When two ids in one run share the 8-digit prefix (probability about k²/2³³ for k young
/// people), both get 12 digits instead (then 16, …), so pseudonyms stay unique and stable for
/// that key and set of young people.
public struct Pseudonymizer: Sendable {
    /// Where the key came from: decides whether pseudonyms are stable across runs.
    public enum KeySource: Sendable, Equatable {
        case file(String)
        case environment
        /// A random key for this run only: pseudonyms differ between runs.
        case randomPerRun
        /// A key given in code (tests, embedding apps).
        case explicit
    }

    /// The key bytes.
    private let key: [UInt8]
    public let source: KeySource
    /// Digits to use per id when the default 8 collide (filled by ``resolvingCollisions(for:)``).
    private var longer: [String: Int] = [:]
    /// Final pseudonyms of the ids given to ``resolvingCollisions(for:)``: one HMAC per id per run.
    private var cache: [String: String] = [:]

    /// The name of the environment variable that holds the key.
    public static let environmentVariable = "WIJKNET_PSEUDONYM_KEY"

    /// A pseudonymizer with the given key bytes.
    public init(key: [UInt8], source: KeySource = .explicit) {
        self.key = key
        self.source = source
    }

    /// The key from `keyFile` when given, else from `WIJKNET_PSEUDONYM_KEY`, else a random
    /// per-run key. A key file is read as bytes; one trailing newline is ignored.
    ///
    /// - Throws: ``WijknetError/io(path:reason:)`` when the key file cannot be read or is empty.
    public static func fromEnvironment(keyFile: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Pseudonymizer {
        if let keyFile {
            guard let data = FileManager.default.contents(atPath: keyFile) else {
                throw WijknetError.io(path: keyFile, reason: .keyFileUnreadable)
            }
            var bytes = [UInt8](data)
            if bytes.last == 0x0A { bytes.removeLast() }
            if bytes.last == 0x0D { bytes.removeLast() }
            guard !bytes.isEmpty else {
                throw WijknetError.io(path: keyFile, reason: .keyFileEmpty)
            }
            return Pseudonymizer(key: bytes, source: .file(keyFile))
        }
        if let env = environment[environmentVariable], !env.isEmpty {
            return Pseudonymizer(key: Array(env.utf8), source: .environment)
        }
        var random = SystemRandomNumberGenerator()
        return Pseudonymizer(key: (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &random) }, source: .randomPerRun)
    }

    /// `true` when pseudonyms are the same in every run with this key.
    public var isStable: Bool { source != .randomPerRun }

    /// A sentence for output when pseudonyms are not stable, or `nil`.
    public var stabilityNotice: String? { stabilityNotice(.en) }

    /// ``stabilityNotice`` in `lang`.
    public func stabilityNotice(_ lang: Language) -> String? {
        if isStable { return nil }
        return lang == .nl
            ? "de pseudoniemen zijn bij een volgende keer anders: er is geen sleutel gegeven (geef een sleutelbestand, of zet \(Self.environmentVariable))."
            : "pseudonyms are not stable across runs: no key was given (give a key file, or set \(Self.environmentVariable))."
    }

    /// The full HMAC-SHA256 of `id` in hex.
    func digestHex(_ id: String) -> String {
        let mac = Digest.hmacSHA256(key: key, message: Array(id.utf8))
        return mac.withUnsafeBytes { bytes in
            String(unsafeUninitializedCapacity: bytes.count * 2) { out in
                for (i, b) in bytes.enumerated() {
                    out[2 * i] = Self.hexDigits[Int(b >> 4)]
                    out[2 * i + 1] = Self.hexDigits[Int(b & 0x0F)]
                }
                return bytes.count * 2
            }
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// The pseudonym of `id`: `J-` + 8 hex digits (more after a collision, see the type docs).
    public func pseudonym(for id: String) -> String {
        if let known = cache[id] { return known }
        let digits = longer[id] ?? 8
        return "J-" + digestHex(id).prefix(digits)
    }

    /// This pseudonymizer with collisions among `ids` resolved by lengthening colliding ones.
    ///
    /// An id gets the fewest digits `d ∈ {8, 12, …, 64}` that no other id of the set shares
    /// as its prefix: with the digests sorted, that is one more step than the longest common
    /// prefix with its sorted neighbours. (Equal to lengthening every colliding group by 4 and
    /// looking again among those: two ids that share `d` digits shared every shorter prefix.)
    /// - Complexity: `O(k log k)` for `k` ids, one HMAC each (on both cores); the digests in one
    ///   flat array, sorted by their first 8 bytes as one word, hex written only for the
    ///   pseudonym itself (issue 28: the hex strings' arrays sorted byte by byte, after a sort
    ///   of the ids themselves, were seconds of the national log's read). Arrays, not per-id
    ///   sets (200,000 young people took a second in dictionaries of substrings).
    public func resolvingCollisions(for ids: [String]) -> Pseudonymizer {
        var copy = self
        let unique = Array(Set(ids))   // in any order: each id's digits depend on its digest alone
        let k = unique.count
        let digests = digests(of: unique)
        // Sorted by digest bytes, which is the order of the hex digits (0–9 before a–f); the
        // first 8 bytes as one big-endian word decide all but equal 16-digit prefixes.
        let order: [Int] = digests.withUnsafeBufferPointer { d in
            var keyed = (0..<k).map { i in (word: Self.firstWord(d, i), index: i) }
            keyed.sort { a, b in
                if a.word != b.word { return a.word < b.word }
                for j in 8..<32 where d[32 * a.index + j] != d[32 * b.index + j] {
                    return d[32 * a.index + j] < d[32 * b.index + j]
                }
                return a.index < b.index
            }
            return keyed.map(\.index)
        }
        var longest = [Int](repeating: 0, count: k)
        digests.withUnsafeBufferPointer { d in
            for r in order.indices.dropFirst() {
                let shared = Self.sharedHexDigits(d, order[r - 1], order[r])
                longest[order[r - 1]] = max(longest[order[r - 1]], shared)
                longest[order[r]] = max(longest[order[r]], shared)
            }
        }
        copy.cache.reserveCapacity(k)
        for (i, id) in unique.enumerated() {
            var digits = 8
            while digits <= longest[i] && digits < 64 { digits += 4 }
            if digits > 8 { copy.longer[id] = digits }
            copy.cache[id] = Self.pseudonym(digests, i, digits: digits)
        }
        return copy
    }

    /// HMAC-SHA256 of each id, 32 bytes each in one array, on both cores (issue 28: a million
    /// young people).
    private func digests(of ids: [String]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 32 * ids.count)
        let blocks = ids.count >= 4096 ? 16 : 1
        out.withUnsafeMutableBufferPointer { d in
            parallelFor(blocks) { b in
                let hmac = Digest.KeyedHMAC(key: key)
                for i in (b * ids.count / blocks)..<((b + 1) * ids.count / blocks) {
                    var id = ids[i]
                    id.withUTF8 { hmac.mac(UnsafeRawBufferPointer($0), into: d.baseAddress! + 32 * i) }
                }
            }
        }
        return out
    }

    /// Bytes `0..<8` of digest `i`, big-endian: their order is the digests' order.
    private static func firstWord(_ d: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt64 {
        var w: UInt64 = 0
        for j in 0..<8 { w = w << 8 | UInt64(d[32 * i + j]) }
        return w
    }

    /// How many leading hex digits digests `a` and `b` share (0…64).
    private static func sharedHexDigits(_ d: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Int {
        for j in 0..<32 {
            let x = d[32 * a + j], y = d[32 * b + j]
            if x != y { return 2 * j + (x >> 4 == y >> 4 ? 1 : 0) }
        }
        return 64
    }

    /// `J-` and the first `digits` hex digits of digest `i`.
    private static func pseudonym(_ d: [UInt8], _ i: Int, digits: Int) -> String {
        String(unsafeUninitializedCapacity: 2 + digits) { out in
            out[0] = UInt8(ascii: "J"); out[1] = UInt8(ascii: "-")
            for k in 0..<digits {
                let b = d[32 * i + k / 2]
                out[2 + k] = hexDigits[Int(k % 2 == 0 ? b >> 4 : b & 0x0F)]
            }
            return 2 + digits
        }
    }
}
