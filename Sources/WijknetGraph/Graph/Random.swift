/// A seeded pseudo-random generator whose sequence never changes between Swift versions or
/// platforms: SplitMix64 seeds a xoshiro256** state (Blackman & Vigna 2021,
/// DOI 10.1145/3460772). Use it for every random choice in Wijknet (sampling, community
/// detection) so that the same seed gives byte-identical output.
///
/// The helpers below (`below`, `unit`, `sample`, `shuffle`) are written out by hand rather
/// than using `Int.random(in:using:)`, whose algorithm the standard library may change.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    public init(seed: UInt64) {
        var x = seed
        func splitmix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitmix(); s1 = splitmix(); s2 = splitmix(); s3 = splitmix()
    }

    @inlinable static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    public mutating func next() -> UInt64 {
        let result = Self.rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = Self.rotl(s3, 45)
        return result
    }

    /// Uniform integer in `0..<n` (Lemire's multiply-shift with rejection, DOI 10.1145/3230636).
    /// - Precondition: `n > 0`.
    public mutating func below(_ n: Int) -> Int {
        precondition(n > 0, "bound must be positive")
        let bound = UInt64(n)
        let threshold = (0 &- bound) % bound
        while true {
            let r = next().multipliedFullWidth(by: bound)
            if r.low >= threshold { return Int(r.high) }
        }
    }

    /// Uniform `Double` in `[0, 1)` with 53 random bits.
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// Shuffles `array` in place (Fisher–Yates, from the end).
    public mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            array.swapAt(i, below(i + 1))
        }
    }

    /// `k` distinct integers from `0..<n`, uniformly, sorted ascending.
    /// - Complexity: `O(n)` (a partial Fisher–Yates over `0..<n`).
    public mutating func sample(_ k: Int, from n: Int) -> [Int] {
        precondition(k >= 0 && k <= n, "cannot sample \(k) of \(n)")
        var pool = Array(0..<n)
        for i in 0..<k { pool.swapAt(i, i + below(n - i)) }
        return pool[0..<k].sorted()
    }
}
