/// A seeded pseudo-random generator whose sequence never changes between Swift versions or
/// platforms: SplitMix64 seeds a xoshiro256** state.
///
/// Use it for every random choice in Wijknet (sampling sources, shuffling visiting orders in
/// community detection) so that the same seed gives byte-identical output everywhere.
///
/// The helpers (``below(_:)``, ``unit()``, ``shuffle(_:)``, ``sample(_:from:)``) are written
/// out by hand rather than calling `Int.random(in:using:)` or `Array.shuffle(using:)`, whose
/// algorithms the standard library is free to change between releases.
///
/// ```swift
/// var rng = SeededGenerator(seed: 42)
/// let k = rng.below(10)          // 0..<10, the same on every platform and Swift version
/// var order = Array(0..<5)
/// rng.shuffle(&order)
/// ```
///
/// References: xoshiro256** — Blackman & Vigna, "Scrambled linear pseudorandom number
/// generators", ACM TOMS 47(4) 2021, DOI 10.1145/3460772; SplitMix64 — Steele, Lea & Flood,
/// "Fast splittable pseudorandom number generators", OOPSLA 2014, DOI 10.1145/2660193.2660195.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    // xoshiro256** state. Invariant: never all zero (SplitMix64 outputs cannot all be zero,
    // because SplitMix64's output function is a bijection of a counter that changes each step).
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    /// Seeds the 256-bit state with four successive SplitMix64 outputs of `seed`, as the
    /// xoshiro authors recommend. Every `UInt64` (including 0) is a valid seed.
    /// - Complexity: `O(1)`.
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

    /// The next 64 random bits: xoshiro256** (`rotl(s1 · 5, 7) · 9`, then the linear step).
    /// - Complexity: `O(1)`.
    public mutating func next() -> UInt64 {
        let result = Self.rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = Self.rotl(s3, 45)
        return result
    }

    /// A uniform integer in `0..<n`, without modulo bias: Lemire's multiply-shift with
    /// rejection (Lemire, "Fast random integer generation in an interval", ACM TOMACS 29(1)
    /// 2019, DOI 10.1145/3230636). The 128-bit product `r · n` has its high word in `0..<n`;
    /// draws whose low word falls below `2⁶⁴ mod n` are rejected so each value is equally likely.
    /// - Precondition: `n > 0`.
    /// - Complexity: `O(1)` expected (fewer than 2 draws on average for any `n`).
    public mutating func below(_ n: Int) -> Int {
        precondition(n > 0, "bound must be positive")
        let bound = UInt64(n)
        let threshold = (0 &- bound) % bound   // 2⁶⁴ mod n
        while true {
            let r = next().multipliedFullWidth(by: bound)
            if r.low >= threshold { return Int(r.high) }
        }
    }

    /// A uniform `Double` in `[0, 1)`: the top 53 bits of one draw times `2⁻⁵³`.
    /// - Complexity: `O(1)`.
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// Shuffles `array` in place, every permutation equally likely (Fisher–Yates / Durstenfeld,
    /// from the end: swap slot `i` with a uniform slot in `0...i`).
    /// - Complexity: `O(count)`.
    public mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            array.swapAt(i, below(i + 1))
        }
    }

    /// A uniform `Double` in `[0, 1)` that depends only on `key` and `index`: the SplitMix64
    /// output function of `key + (index + 1) · φ` (φ = 0x9E3779B97F4A7C15, SplitMix64's step),
    /// top 53 bits. A counter-based draw (Salmon et al., "Parallel random numbers: as easy as
    /// 1, 2, 3", SC 2011, DOI 10.1145/2063384.2063405): the draw for `index` is the same
    /// whichever thread asks and in whatever order, so a loop split over cores gives the same
    /// result as one thread. `index` k of `key` is the k-th output of `SplitMix64(seed: key)`.
    /// - Complexity: `O(1)`.
    public static func unit(key: UInt64, index: Int) -> Double {
        var z = key &+ (UInt64(truncatingIfNeeded: index) &+ 1) &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Double((z ^ (z >> 31)) >> 11) * 0x1p-53
    }

    /// `k` distinct integers from `0..<n`, every `k`-subset equally likely, sorted ascending
    /// (a partial Fisher–Yates over `0..<n`, from the front).
    /// - Precondition: `0 <= k <= n`.
    /// - Complexity: `O(n + k log k)` time, `O(n)` memory.
    public mutating func sample(_ k: Int, from n: Int) -> [Int] {
        precondition(k >= 0 && k <= n, "cannot sample \(k) of \(n)")
        var pool = Array(0..<n)
        for i in 0..<k { pool.swapAt(i, i + below(n - i)) }
        return pool[0..<k].sorted()
    }
}
