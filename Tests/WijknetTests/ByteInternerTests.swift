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

/// Issue 28 files the ecosystem's per-tie totals by edge id in place, along the cycles of the
/// record → edge permutation, instead of into a second array: the same as the copy it replaced
/// (`result[edgeOfRecord[r]] == totals[r]`), for random permutations with long and short
/// cycles, and the copy kept for a map that is not a permutation.
@Suite("Edge totals filed by edge")
struct EdgeTotalsFilingTests {
    func info(_ k: Int) -> EdgeInfo { EdgeInfo(contacts: Int32(k), firstDay: Int32(k % 7), lastDay: Int32(k % 7 + 3), typeMask: UInt64(k)) }

    @Test(arguments: [0, 1, 2, 17, 1000])
    func inPlaceEqualsTheCopy(m: Int) {
        var rng = SeededGenerator(seed: UInt64(m + 1))
        let totals = (0..<m).map(info)
        var perm = (0..<m).map { Int32($0) }
        perm.shuffle(using: &rng)
        var expected = [EdgeInfo](repeating: info(0), count: m)
        for (r, e) in perm.enumerated() { expected[Int(e)] = totals[r] }
        var t = totals, p = perm
        #expect(Ecosystem.filedByEdge(&t, edgeOfRecord: &p) == expected)
    }

    @Test func aMapThatIsNotAPermutationIsCopied() {
        var t = [info(1), info(2), info(3)]
        var p: [Int32] = [1, 1, 0]
        let filed = Ecosystem.filedByEdge(&t, edgeOfRecord: &p)
        #expect(filed == [info(3), info(2), EdgeInfo(contacts: 0, firstDay: 0, lastDay: 0, typeMask: 0)])
    }
}
