import Testing
@testable import WijknetGraph

/// Core numbers peeled level by level on two threads (``coreNumbersByLevels(_:)``) are the
/// one-thread peeling's, node for node: on the path worked out in its doc comment, and on
/// graphs above the size where ``coreNumbers(_:)`` takes that path.
@Suite("Core numbers on two threads")
struct CoresByLevelsTests {
    @Test func thePathByHand() throws {
        guard #available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *) else { return }
        let path = Graph(nodeCount: 3, edges: [(0, 1), (1, 2)])
        #expect(coreNumbersByLevels(path) == [1, 1, 1])
        // A triangle with a tail and an isolate: 2, 2, 2, 1, 0.
        let g = Graph(nodeCount: 5, edges: [(0, 1), (1, 2), (0, 2), (2, 3)])
        #expect(coreNumbersByLevels(g) == [2, 2, 2, 1, 0])
    }

    /// 70,000 nodes: a sparse random part (cores 0–4), a 60-clique (core 59) and a hub tied to
    /// 20,000 nodes, so that many levels are peeled and both threads decrement the same nodes.
    @Test func sameAsOneThreadAboveTheThreshold() throws {
        guard #available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *) else { return }
        let n = 70_000
        var rng = SeededGenerator(seed: 28)
        var seen = Set<Int>()
        var edges: [(Int, Int)] = []
        func tie(_ a: Int, _ b: Int) {
            guard a != b, seen.insert(min(a, b) * n + max(a, b)).inserted else { return }
            edges.append((a, b))
        }
        for _ in 0..<100_000 { tie(rng.below(n), rng.below(n)) }
        for a in 0..<60 { for b in (a + 1)..<60 { tie(1_000 + a, 1_000 + b) } }
        for k in 0..<20_000 { tie(5, 30_000 + k) }
        let g = Graph(nodeCount: n, edges: edges)
        #expect(n >= coresByLevelsFrom)
        let one = coreNumbersByPeeling(g)
        #expect(one.max() == 59 && one.contains(0))
        #expect(coreNumbersByLevels(g) == one)
        #expect(coreNumbers(g) == one)
    }
}
