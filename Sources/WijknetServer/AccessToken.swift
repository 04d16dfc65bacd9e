/// A random secret of one `wijknet serve` start (as Jupyter's token): the link's token, the
/// assets cookie and the page's session secret are each one (see ``RequestGate``).
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
    ///
    /// The lengths are compared as whole `Int`s: folding their difference into a byte first
    /// (as an earlier version did) lost every multiple of 256, so the token followed by 256
    /// more characters passed.
    public func matches(_ candidate: some StringProtocol) -> Bool {
        let a = Array(value.utf8), b = Array(candidate.utf8)
        var bytes: UInt8 = 0
        for i in 0..<a.count { bytes |= a[i] ^ (i < b.count ? b[i] : 0) }
        return (a.count ^ b.count) | Int(bytes) == 0
    }
}
