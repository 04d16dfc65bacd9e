import Crypto
import Foundation

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

    /// The key bytes (a `SymmetricKey` is made per call: it is not `Sendable`).
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
                throw WijknetError.io(path: keyFile, reason: "cannot read the pseudonym key file. Check the path, or set \(environmentVariable) instead.")
            }
            var bytes = [UInt8](data)
            if bytes.last == 0x0A { bytes.removeLast() }
            if bytes.last == 0x0D { bytes.removeLast() }
            guard !bytes.isEmpty else {
                throw WijknetError.io(path: keyFile, reason: "the pseudonym key file is empty. Put a long random secret in it (for example: head -c 32 /dev/urandom | base64 > key).")
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
    public var stabilityNotice: String? {
        isStable ? nil : "pseudonyms are not stable across runs: no key was given (use --pseudonym-key-file or \(Self.environmentVariable))."
    }

    /// The full HMAC-SHA256 of `id` in hex.
    func digestHex(_ id: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Array(id.utf8), using: SymmetricKey(data: key))
        return mac.map { b in
            let s = String(b, radix: 16)
            return b < 16 ? "0" + s : s
        }.joined()
    }

    /// The pseudonym of `id`: `J-` + 8 hex digits (more after a collision, see the type docs).
    public func pseudonym(for id: String) -> String {
        if let known = cache[id] { return known }
        let digits = longer[id] ?? 8
        return "J-" + digestHex(id).prefix(digits)
    }

    /// This pseudonymizer with collisions among `ids` resolved by lengthening colliding ones.
    /// - Complexity: `O(k)` HMACs for `k` ids.
    public func resolvingCollisions(for ids: [String]) -> Pseudonymizer {
        var copy = self
        var digits = 8
        var pending = Set(ids)
        let full = Dictionary(pending.map { ($0, digestHex($0)) }, uniquingKeysWith: { a, _ in a })
        while !pending.isEmpty && digits < 64 {
            var byPrefix: [Substring: [String]] = [:]
            for id in pending { byPrefix[full[id]!.prefix(digits), default: []].append(id) }
            var next: Set<String> = []
            for (_, group) in byPrefix where group.count > 1 { next.formUnion(group) }
            digits += 4
            for id in next { copy.longer[id] = digits }
            pending = next
        }
        for (id, hex) in full { copy.cache[id] = "J-" + hex.prefix(copy.longer[id] ?? 8) }
        return copy
    }
}
