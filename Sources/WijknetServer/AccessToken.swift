#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The random token of one `wijknet serve` start (as Jupyter does): a request without it gets
/// 403, so another web page open in the same browser cannot read from or post to the local
/// server — it cannot know the token, and the cookie that carries it is `SameSite=Strict`.
public struct AccessToken: Sendable, Equatable {
    /// 32 hex digits: 128 bits from the system's random source.
    public let value: String

    public init() {
        var random = SystemRandomNumberGenerator()
        value = (0..<16).map { _ in String(UInt8.random(in: .min ... .max, using: &random), radix: 16) }
            .map { $0.count == 1 ? "0" + $0 : $0 }.joined()
    }

    public init(value: String) { self.value = value }

    /// Whether `candidate` is the token, in time that depends on the token's length only, not on
    /// how many leading characters match (no timing oracle).
    public func matches(_ candidate: some StringProtocol) -> Bool {
        let a = Array(value.utf8), b = Array(candidate.utf8)
        var diff = UInt8(truncatingIfNeeded: a.count ^ b.count)
        for i in 0..<a.count { diff |= a[i] ^ (i < b.count ? b[i] : 0) }
        return diff == 0
    }
}
