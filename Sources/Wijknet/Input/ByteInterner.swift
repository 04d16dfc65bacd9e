/// Maps byte strings to dense integer ids without creating a `String` per lookup.
///
/// Open addressing with linear probing over a power-of-two table. Ids are given in order of
/// first insertion, so they do not depend on the hash or the table size.
///
/// **Keys in the table (issue 28).** A slot is three words: the key's first 16 bytes (zero
/// padded) and a tag word — 24 bits of the hash, the key's length (up to 255, or 255 for
/// longer) and its id. A key of at most 16 bytes (every id of the national log: `j-686839`,
/// `p-school`) is compared right in its slot, so a lookup costs one cache line of the table
/// and nothing else; with a million distinct ids the former layout (table → key place → byte
/// arena, three cache misses per field) was most of reading 10 million rows. Longer keys also
/// live in a byte arena and are compared there after their first 16 bytes match. Hash: the
/// two words multiplied and folded (a 64-bit mix, no seed, deterministic), FNV-1a over the
/// rest of a longer key.
///
/// **Decimal keys (issue 28).** A key that is a number written the plain way — ASCII digits,
/// no sign, no leading zero unless it is `0` itself, value below ``DecimalIndex/decimalLimit`` (the ids of an
/// edge list: `0` … `999999`) — is not hashed: its id sits at the key's value in a paged
/// direct table (``DecimalIndex``). Whether a key goes there depends on its bytes alone, so
/// a key is always looked up where it was inserted, and `007`, `7.0` or `-7` (other bytes,
/// other ids) go to the hashed table as before. Ids are still given in first-insertion order
/// across both tables. Measured on the national edge list (12 million rows, a million ids):
/// a direct slot is one 4-byte read in a 4 MB table instead of a cache and TLB miss in a
/// 50 MB one.
struct ByteInterner {
    /// Bytes of keys longer than ``inline`` bytes (all of each), at `long[id]`.
    private var arena: [UInt8] = []
    private var long: [Int: (start: Int, length: Int)] = [:]
    /// Per slot: `words[3 s]`, `words[3 s + 1]` the key's first 16 bytes, `words[3 s + 2]` its
    /// tag (`empty` when the slot is free).
    private var words: [UInt64]
    /// Per id, its full hash (to place it when the table grows; 0 for a decimal key).
    private var hashes: [UInt64] = []
    /// The ids of the decimal keys, by value.
    private var decimals = DecimalIndex()
    private var mask: Int
    private static let empty = UInt64.max
    /// Keys up to this many bytes are held in their slot alone.
    static let inline = 16

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        words = [UInt64](repeating: Self.empty, count: 3 * size)
        mask = size - 1
    }

    var count: Int { hashes.count }

    /// The first 16 bytes of `b` as two little-endian words, zero padded.
    @inline(__always) static func prefixWords(_ b: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        var w: (UInt64, UInt64) = (0, 0)
        let k = min(b.count, inline)
        if k > 0 {
            withUnsafeMutableBytes(of: &w) { raw in
                raw.baseAddress!.copyMemory(from: b.baseAddress!, byteCount: k)
            }
        }
        return w
    }

    @inline(__always) static func hash(_ b: UnsafeBufferPointer<UInt8>, _ w0: UInt64, _ w1: UInt64) -> UInt64 {
        var h = (w0 ^ 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ (h >> 31) ^ w1) &* 0x94D0_49BB_1331_11EB
        h ^= UInt64(b.count) &* 0xFF51_AFD7_ED55_8CCD
        if b.count > inline {
            for x in b[inline...] { h = (h ^ UInt64(x)) &* 0x0000_0100_0000_01B3 }
        }
        return h ^ (h >> 29)
    }

    /// The tag word of a key: the top 24 hash bits, its length (255 for 255 and more), its id.
    @inline(__always) static func tag(_ h: UInt64, length: Int, id: Int) -> UInt64 {
        (h & 0xFFFF_FF00_0000_0000) | UInt64(min(length, 255)) << 32 | UInt64(UInt32(truncatingIfNeeded: id))
    }

    /// The slot holding `key`, or the free slot where it would go (then `found` is false).
    @inline(__always) private func probe(_ key: UnsafeBufferPointer<UInt8>, _ h: UInt64, _ w0: UInt64, _ w1: UInt64)
        -> (slot: Int, id: Int, found: Bool) {
        var slot = Int(truncatingIfNeeded: h) & mask
        let want = Self.tag(h, length: key.count, id: 0) & 0xFFFF_FFFF_0000_0000
        return words.withUnsafeBufferPointer { t in
            while true {
                let tag = t[3 * slot + 2]
                if tag == Self.empty { return (slot, 0, false) }
                if tag & 0xFFFF_FFFF_0000_0000 == want && t[3 * slot] == w0 && t[3 * slot + 1] == w1 {
                    let id = Int(tag & 0xFFFF_FFFF)
                    if key.count <= Self.inline || longEquals(id, key) { return (slot, id, true) }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The id of `key`, or `nil` if it was never inserted.
    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        if let value = DecimalIndex.value(of: key) { return decimals[value] }
        let (w0, w1) = Self.prefixWords(key)
        let p = probe(key, Self.hash(key, w0, w1), w0, w1)
        return p.found ? p.id : nil
    }

    /// The id of `key`, inserting it if new. `inserted` tells which.
    mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int, inserted: Bool) {
        if let value = DecimalIndex.value(of: key) {
            if let id = decimals[value] { return (id, false) }
            let id = hashes.count
            decimals.set(value, id: id)
            hashes.append(0)
            return (id, true)
        }
        let (w0, w1) = Self.prefixWords(key)
        let h = Self.hash(key, w0, w1)
        let p = probe(key, h, w0, w1)
        if p.found { return (p.id, false) }
        let id = hashes.count
        if key.count > Self.inline {
            long[id] = (arena.count, key.count)
            arena.append(contentsOf: key)
        }
        hashes.append(h)
        words[3 * p.slot] = w0; words[3 * p.slot + 1] = w1; words[3 * p.slot + 2] = Self.tag(h, length: key.count, id: id)
        if hashes.count * 2 > mask + 1 { grow() }
        return (id, true)
    }

    /// Whether the long key `id` (more than ``inline`` bytes) is `key`.
    private func longEquals(_ id: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let (start, length) = long[id], length == key.count else { return false }
        return arena.withUnsafeBufferPointer { a in
            for i in 0..<key.count where a[start + i] != key[i] { return false }
            return true
        }
    }

    private mutating func grow() {
        let old = words
        let size = (mask + 1) * 2
        words = [UInt64](repeating: Self.empty, count: 3 * size)
        mask = size - 1
        for s in 0..<(old.count / 3) where old[3 * s + 2] != Self.empty {
            var slot = Int(truncatingIfNeeded: hashes[Int(old[3 * s + 2] & 0xFFFF_FFFF)]) & mask
            while words[3 * slot + 2] != Self.empty { slot = (slot + 1) & mask }
            words[3 * slot] = old[3 * s]; words[3 * slot + 1] = old[3 * s + 1]; words[3 * slot + 2] = old[3 * s + 2]
        }
    }
}

/// The ids of decimal keys by their value, for ``ByteInterner``: a direct table in pages of
/// 4,096 ids (16 KB), each allocated when a value in it is first set, so a few scattered large
/// numbers cost a few pages, not a table up to the largest.
///
/// Lookup: one read of the page's start, one of the slot. - Complexity: `O(1)` per lookup;
/// memory 64 KB of page starts (once a decimal key is seen) plus 16 KB per touched page.
struct DecimalIndex {
    /// Values below this are direct (2²⁶, 67 million: every id of a national edge list and
    /// more); a larger number is an ordinary hashed key.
    static let decimalLimit = 1 << 26
    static let pageBits = 12
    /// Per page, the start of its slots in ``slots``, or -1 when no value in it was set.
    private var pageStart: [Int32] = []
    /// Per slot, its id + 1 (0: no key with this value yet).
    private var slots: [Int32] = []

    /// The value of `key` when it is a plain decimal below ``decimalLimit``: 1 to 8 ASCII
    /// digits, not starting with `0` unless it is `0`; else `nil`.
    @inline(__always) static func value(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = key.count
        guard n >= 1, n <= 8, key[0] != UInt8(ascii: "0") || n == 1 else { return nil }
        var v = 0
        for b in key {
            let d = b &- UInt8(ascii: "0")
            guard d < 10 else { return nil }
            v = v &* 10 &+ Int(d)
        }
        return v < decimalLimit ? v : nil
    }

    /// The id of the key of `value`, if set.
    @inline(__always) subscript(value: Int) -> Int? {
        let page = value >> Self.pageBits
        guard page < pageStart.count else { return nil }
        let start = pageStart[page]
        guard start >= 0 else { return nil }
        let slot = slots[Int(start) + (value & ((1 << Self.pageBits) - 1))]
        return slot == 0 ? nil : Int(slot) - 1
    }

    /// Gives the key of `value` the id `id`.
    mutating func set(_ value: Int, id: Int) {
        if pageStart.isEmpty { pageStart = [Int32](repeating: -1, count: Self.decimalLimit >> Self.pageBits) }
        let page = value >> Self.pageBits
        if pageStart[page] < 0 {
            pageStart[page] = Int32(slots.count)
            slots.append(contentsOf: repeatElement(0, count: 1 << Self.pageBits))
        }
        slots[Int(pageStart[page]) + (value & ((1 << Self.pageBits) - 1))] = Int32(truncatingIfNeeded: id + 1)
    }
}
