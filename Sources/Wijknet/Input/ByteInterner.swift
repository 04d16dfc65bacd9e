/// Maps byte strings to dense integer ids without creating a `String` per lookup.
///
/// Open addressing with linear probing over a power-of-two table; keys live in one byte
/// arena. Used by ingest so that two million rows cost no more than a hash and a compare per
/// field. Hash: FNV-1a 64, which is fine for short ids and needs no seed (deterministic).
///
/// A table slot holds the key id and the top 32 bits of its hash, so a probe reads one table
/// word and touches the key's place and the arena only on a fingerprint match: with 200,000
/// distinct ids nothing fits in cache, and each array read on the way is a cache miss (three per
/// field now: table, place, bytes; the full hashes are read only when the table grows).
struct ByteInterner {
    private var arena: [UInt8] = []
    private var keys: [(start: Int, length: Int)] = []   // key i is arena[start ..< start + length]
    private var hashes: [UInt64] = []
    private var table: [UInt64]         // empty = UInt64.max, else (hash >> 32) << 32 | key id
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        table = [UInt64](repeating: .max, count: size)
        mask = size - 1
    }

    @inline(__always) private static func entry(_ h: UInt64, _ id: Int) -> UInt64 {
        (h & 0xFFFF_FFFF_0000_0000) | UInt64(UInt32(truncatingIfNeeded: id))
    }

    var count: Int { keys.count }

    @inline(__always) static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for x in b { h = (h ^ UInt64(x)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 29)
    }

    /// The id of `key`, or `nil` if it was never inserted.
    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        let h = Self.hash(key)
        var slot = Int(truncatingIfNeeded: h) & mask
        let tag = h & 0xFFFF_FFFF_0000_0000
        while true {
            let e = table[slot]
            if e == .max { return nil }
            let id = Int(e & 0xFFFF_FFFF)
            if e & 0xFFFF_FFFF_0000_0000 == tag && equals(id, key) { return id }
            slot = (slot + 1) & mask
        }
    }

    /// The id of `key`, inserting it if new. `inserted` tells which.
    mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int, inserted: Bool) {
        let h = Self.hash(key)
        var slot = Int(truncatingIfNeeded: h) & mask
        let tag = h & 0xFFFF_FFFF_0000_0000
        while true {
            let e = table[slot]
            if e == .max { break }
            let id = Int(e & 0xFFFF_FFFF)
            if e & 0xFFFF_FFFF_0000_0000 == tag && equals(id, key) { return (id, false) }
            slot = (slot + 1) & mask
        }
        let id = keys.count
        keys.append((arena.count, key.count))
        hashes.append(h)
        arena.append(contentsOf: key)
        table[slot] = Self.entry(h, id)
        if keys.count * 2 > table.count { grow() }
        return (id, true)
    }

    private func equals(_ id: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let (start, len) = keys[id]
        guard len == key.count else { return false }
        return arena.withUnsafeBufferPointer { a in
            for i in 0..<len where a[start + i] != key[i] { return false }
            return true
        }
    }

    private mutating func grow() {
        let size = table.count * 2
        table = [UInt64](repeating: .max, count: size)
        mask = size - 1
        for id in 0..<hashes.count {
            var slot = Int(truncatingIfNeeded: hashes[id]) & mask
            while table[slot] != .max { slot = (slot + 1) & mask }
            table[slot] = Self.entry(hashes[id], id)
        }
    }
}
