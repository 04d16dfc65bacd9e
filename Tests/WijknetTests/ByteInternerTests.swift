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
}
