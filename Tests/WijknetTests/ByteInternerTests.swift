import Testing
import WijknetGraph
@testable import Wijknet

/// The interner behind reading (issue 28 keeps keys of up to 16 bytes in the table's slots):
/// ids in order of first insertion, the same id for the same bytes, distinct ids for distinct
/// bytes — checked against a `Dictionary` on keys chosen to stress the layout: empty, 1 to 40
/// bytes, keys that share their first 16 bytes and differ after, keys that differ only by a
/// trailing zero byte (the slot pads with zeros), and lengths 255, 256 and 300 (the tag holds
/// lengths up to 255), across several table growths.
@Suite("Byte interner")
struct ByteInternerTests {
    @Test func agreesWithADictionary() {
        var rng = SeededGenerator(seed: 28)
        var keys: [[UInt8]] = [[], [0], [0, 0], Array("j-686839".utf8), Array("j-686839".utf8) + [0]]
        let shared = Array("0123456789abcdef".utf8)
        for k in 0..<200 { keys.append(shared + Array("-\(k)".utf8)) }
        keys.append(shared)
        keys.append(shared + [0])
        for n in [255, 256, 300] { keys.append([UInt8](repeating: 120, count: n)); keys.append([UInt8](repeating: 120, count: n - 1) + [121]) }
        for _ in 0..<20_000 {
            let n = Int.random(in: 1...40, using: &rng)
            keys.append((0..<n).map { _ in UInt8.random(in: 48...52, using: &rng) })   // few letters: many repeats
        }
        var interner = ByteInterner(capacity: 4)
        var expected: [[UInt8]: Int] = [:]
        for key in keys {
            let want = expected[key] ?? expected.count
            let (id, inserted) = key.withUnsafeBufferPointer { interner.intern($0) }
            #expect(id == want && inserted == (expected[key] == nil), "key of \(key.count) bytes")
            expected[key] = want
        }
        #expect(interner.count == expected.count)
        for (key, id) in expected { #expect(key.withUnsafeBufferPointer { interner.find($0) } == id) }
        let absent: [[UInt8]] = [shared + Array("-200".utf8), [0, 0, 0], [UInt8](repeating: 120, count: 257)]
        for key in absent { #expect(key.withUnsafeBufferPointer { interner.find($0) } == nil) }
    }

    /// Decimal keys go to the direct table (``DecimalIndex``), everything else is hashed: the
    /// ids must still be one sequence in first-seen order, the same as a `Dictionary` gives, for
    /// keys that look alike but differ (`7`, `07`, `007`; `0`, `00`), signs, a decimal point,
    /// letters among digits, the limit of the direct table and either side of its 4,096-id
    /// pages, non-ASCII digits, and many random numbers in an order that is not numeric.
    @Test func decimalKeysAgreeWithADictionary() {
        var keys = ["500000", "7", "007", "07", "0", "00", "000", "-7", "+7", "7.0", "12a", "a12", "67108863", "67108864",
                    "99999999", "123456789", "4095", "4096", "8191", "8192", "16777216", "", "\u{663}", "7", "0", "007"]
        var rng = SeededGenerator(seed: 5)
        for _ in 0..<30_000 {
            let value = rng.below(2) == 0 ? rng.below(20_000) : rng.below(100_000_000)
            keys.append(rng.below(10) == 0 ? "0\(value)" : "\(value)")
        }
        var interner = ByteInterner(capacity: 4)
        var expected: [String: Int] = [:]
        for key in keys {
            let want = expected[key] ?? expected.count
            var bytes = key
            let (id, inserted) = bytes.withUTF8 { interner.intern($0) }
            #expect(id == want && inserted == (expected[key] == nil), "key \(key)")
            expected[key] = want
        }
        #expect(interner.count == expected.count)
        for (key, id) in expected { var bytes = key; #expect(bytes.withUTF8 { interner.find($0) } == id, "key \(key)") }
        for absent in ["0007", "1", "67108862", "-0", "0x7"] where expected[absent] == nil {
            var bytes = absent
            #expect(bytes.withUTF8 { interner.find($0) } == nil, "key \(absent)")
        }
    }

    @Test func whichKeysAreDecimal() {
        func value(_ s: String) -> Int? { var b = s; return b.withUTF8 { DecimalIndex.value(of: $0) } }
        #expect(value("0") == 0 && value("7") == 7 && value("999999") == 999_999 && value("67108863") == 67_108_863)
        for other in ["", "00", "007", "-1", "+1", "1.0", "1e3", "12a", "a12", "67108864", "99999999", "123456789", " 1", "\u{663}"] {
            #expect(value(other) == nil, "\(other)")
        }
    }
}
