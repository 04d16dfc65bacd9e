/// Maps byte strings to dense integer ids without creating a `String` per lookup.
///
/// Open addressing with linear probing over a power-of-two table; keys live in one byte
/// arena. Used by ingest so that two million rows cost no more than a hash and a compare per
/// field. Hash: FNV-1a 64, which is fine for short ids and needs no seed (deterministic).
struct ByteInterner {
    private var arena: [UInt8] = []
    private var keyStart: [Int] = []    // key i is arena[keyStart[i] ..< keyStart[i] + keyLength[i]]
    private var keyLength: [Int32] = []
    private var hashes: [UInt64] = []
    private var table: [Int32]          // -1 = empty slot, else key id
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        table = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    var count: Int { keyStart.count }

    @inline(__always) static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for x in b { h = (h ^ UInt64(x)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 29)
    }

    /// The id of `key`, or `nil` if it was never inserted.
    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        let h = Self.hash(key)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let id = table[slot]
            if id < 0 { return nil }
            if hashes[Int(id)] == h && equals(Int(id), key) { return Int(id) }
            slot = (slot + 1) & mask
        }
    }

    /// The id of `key`, inserting it if new. `inserted` tells which.
    mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int, inserted: Bool) {
        let h = Self.hash(key)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let id = table[slot]
            if id < 0 { break }
            if hashes[Int(id)] == h && equals(Int(id), key) { return (Int(id), false) }
            slot = (slot + 1) & mask
        }
        let id = keyStart.count
        keyStart.append(arena.count)
        keyLength.append(Int32(key.count))
        hashes.append(h)
        arena.append(contentsOf: key)
        table[slot] = Int32(id)
        if keyStart.count * 2 > table.count { grow() }
        return (id, true)
    }

    private func equals(_ id: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let len = Int(keyLength[id])
        guard len == key.count else { return false }
        let start = keyStart[id]
        return arena.withUnsafeBufferPointer { a in
            for i in 0..<len where a[start + i] != key[i] { return false }
            return true
        }
    }

    private mutating func grow() {
        let size = table.count * 2
        table = [Int32](repeating: -1, count: size)
        mask = size - 1
        for id in 0..<hashes.count {
            var slot = Int(truncatingIfNeeded: hashes[id]) & mask
            while table[slot] >= 0 { slot = (slot + 1) & mask }
            table[slot] = Int32(id)
        }
    }
}
