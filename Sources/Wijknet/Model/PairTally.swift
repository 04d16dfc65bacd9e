import WijknetGraph

/// What the rows add up to per unordered node pair, the inner loop of ``Ecosystem``: summed
/// weight, number of contacts, first and last day, contact types.
///
/// **Layout.** Open addressing with linear probing; each 40-byte slot holds the pair's key *and*
/// its running totals, so an update costs one cache miss (a 2-million-row log has 2.4 million
/// pairs, far more than fits in cache; a key table pointing into a separate array of totals
/// cost two misses per update).
///
/// **Shards.** The pairs are split by one bit of their hash into ``shards`` tables, each filled
/// by its own thread from a scan of all rows: every pair is still summed by one thread in row
/// order, so the totals are bit-identical to one table's. Which table a pair sits in does not
/// matter afterwards: ``GraphBuilder`` orders the edges by node pair.
struct PairTally {
    struct Totals {
        var weight: Double
        var info: EdgeInfo
    }
    private struct Slot {
        var key: UInt64          // `.max` = empty; else min(u, v) << 32 | max(u, v)
        var totals: Totals
    }
    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0
    /// Contact types ≥ 64 per pair key (rare: logs with more than 64 types).
    private(set) var extraTypes: [UInt64: Set<Int32>] = [:]

    /// Tables from about this many rows on are filled by two threads.
    static let shardFrom = 100_000

    /// Largest share of slots in use, `17/20`: linear probing still finds a pair in a few
    /// probes there, and a shard of the national log (6.1 million pairs, issue 28) fits in
    /// 2²³ slots (335 MB) instead of doubling to 2²⁴ at 70% (670 MB, plus the old table while
    /// it is copied). The slot order does not reach any output: the graph sorts its ties.
    static let maxLoadNumerator = 17, maxLoadDenominator = 20

    init(expected: Int) {
        var size = 64
        while size * Self.maxLoadNumerator < expected * Self.maxLoadDenominator { size <<= 1 }
        slots = [Slot](repeating: Slot(key: .max, totals: Totals(weight: 0, info: EdgeInfo(contacts: 0, firstDay: 0, lastDay: 0, typeMask: 0))),
                       count: size)
        mask = size - 1
    }

    @inline(__always) static func key(_ a: Int32, _ b: Int32) -> UInt64 {
        UInt64(UInt32(min(a, b))) << 32 | UInt64(UInt32(max(a, b)))
    }

    @inline(__always) static func hash(_ key: UInt64) -> UInt64 {
        let h = key &* 0x9E37_79B9_7F4A_7C15
        return h ^ (h >> 32)
    }

    /// The shard (`0` or `1`) of a pair: the hash's top bit, independent of the bits that pick
    /// the slot.
    @inline(__always) static func shard(_ key: UInt64) -> Int { Int(truncatingIfNeeded: hash(key) >> 63) }

    /// Adds one contact of `weight` on `day` with type `type` (`-1` for none) to the pair.
    @inline(__always) mutating func add(_ key: UInt64, weight: Double, day: Int32, type: Int32) {
        var i = Int(truncatingIfNeeded: Self.hash(key)) & mask
        while slots[i].key != key {
            if slots[i].key == .max {
                slots[i] = Slot(key: key, totals: Totals(weight: 0, info: EdgeInfo(contacts: 0, firstDay: day, lastDay: day, typeMask: 0)))
                count += 1
                if count * Self.maxLoadDenominator > slots.count * Self.maxLoadNumerator {
                    grow()
                    return add(key, weight: weight, day: day, type: type)
                }
                break
            }
            i = (i + 1) & mask
        }
        slots.withUnsafeMutableBufferPointer { s in
            s[i].totals.weight += weight
            s[i].totals.info.contacts += 1
            if day < s[i].totals.info.firstDay { s[i].totals.info.firstDay = day }
            if day > s[i].totals.info.lastDay { s[i].totals.info.lastDay = day }
        }
        if type >= 0 {
            if type < 64 { slots[i].totals.info.typeMask |= 1 << UInt64(type) } else { extraTypes[key, default: []].insert(type) }
        }
    }

    /// Every pair with its totals, in slot order.
    func forEach(_ body: (_ u: Int32, _ v: Int32, _ key: UInt64, Totals) -> Void) {
        for s in slots where s.key != .max {
            body(Int32(truncatingIfNeeded: s.key >> 32), Int32(truncatingIfNeeded: s.key & 0xFFFF_FFFF), s.key, s.totals)
        }
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: old[0], count: old.count * 2)
        for i in slots.indices { slots[i].key = .max }
        mask = slots.count - 1
        for s in old where s.key != .max {
            var i = Int(truncatingIfNeeded: Self.hash(s.key)) & mask
            while slots[i].key != .max { i = (i + 1) & mask }
            slots[i] = s
        }
    }
}
