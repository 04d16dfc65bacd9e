import Testing
import WijknetGraph

/// Key players (Borgatti 2006): DF and reach by hand, and the heuristic against an independent
/// brute force (its own BFS on the induced subgraph, its own subset enumeration).
@Suite struct KeyPlayersTests {
    // MARK: Brute force, independent of the library's evaluators

    /// Unweighted distances from `s` among the nodes with `alive[v]`, by a plain queue BFS.
    static func bfs(_ g: Graph, _ s: Int, _ alive: [Bool]) -> [Int?] {
        var d = [Int?](repeating: nil, count: g.nodeCount)
        d[s] = 0
        var queue = [s], head = 0
        while head < queue.count {
            let u = queue[head]; head += 1
            for x in g.neighbors(u) where alive[x] && d[x] == nil { d[x] = d[u]! + 1; queue.append(x) }
        }
        return d
    }

    static func bruteDF(_ g: Graph, removing set: [Int]) -> Double {
        var alive = [Bool](repeating: true, count: g.nodeCount)
        for v in set { alive[v] = false }
        let nodes = (0..<g.nodeCount).filter { alive[$0] }
        var sum = 0.0
        for i in nodes {
            let d = bfs(g, i, alive)
            for j in nodes where j != i { if let dij = d[j] { sum += 1 / Double(dij) } }
        }
        let n = Double(nodes.count)
        return 1 - sum / (n * (n - 1))
    }

    static func bruteReach(_ g: Graph, _ set: [Int], targets: [Int], distance: Int) -> (Int, Double) {
        let alive = [Bool](repeating: true, count: g.nodeCount)
        let dists = set.map { bfs(g, $0, alive) }
        var reached = 0, weighted = 0.0
        for t in targets {
            guard let d = dists.compactMap({ $0[t] }).min() else { continue }
            if d <= distance { reached += 1 }
            weighted += d == 0 ? 1 : 1 / Double(d)
        }
        return (reached, weighted / Double(targets.count))
    }

    static func subsets(_ items: [Int], _ k: Int) -> [[Int]] {
        if k == 0 { return [[]] }
        if items.count < k { return [] }
        let first = items[0], rest = Array(items.dropFirst())
        return subsets(rest, k - 1).map { [first] + $0 } + subsets(rest, k)
    }

    static func randomGraph(n: Int, p: Double, seed: UInt64) -> Graph {
        var rng = SeededGenerator(seed: seed)
        var edges: [(Int, Int)] = []
        for u in 0..<n { for v in (u + 1)..<n where rng.unit() < p { edges.append((u, v)) } }
        return Graph(nodeCount: n, edges: edges)
    }

    // MARK: Hand-derived values

    /// Path 0–1–2–3: ordered pairs at distance 1: 6, at 2: 4, at 3: 2 → Σ 1/d = 6 + 2 + 2/3 =
    /// 26/3 over n(n−1) = 12: DF = 1 − 26/36 = 5/18. Two nodes without a tie: DF = 1. Two
    /// disjoint ties 0–1, 2–3: Σ = 4 over 12: DF = 2/3. Complete K4: DF = 0.
    @Test func dfByHand() {
        let path = Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 3)])
        #expect(abs(path.distanceWeightedFragmentation() - 5.0 / 18) < 1e-15)
        #expect(Graph(nodeCount: 2, edges: [] as [(Int, Int)]).distanceWeightedFragmentation() == 1)
        #expect(abs(Graph(nodeCount: 4, edges: [(0, 1), (2, 3)]).distanceWeightedFragmentation() - 2.0 / 3) < 1e-15)
        let k4 = Graph(nodeCount: 4, edges: [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)])
        #expect(k4.distanceWeightedFragmentation() == 0)
        // Removing the middle node 1 of the path leaves {0} and {2–3}: Σ = 2 over 6 → 2/3.
        #expect(abs(path.distanceWeightedFragmentation(removing: [1]) - 2.0 / 3) < 1e-15)
        // Fewer than two nodes remain: undefined.
        #expect(path.distanceWeightedFragmentation(removing: [0, 1, 2]).isNaN)
    }

    /// Star of stars: centre 0 tied to hubs 1, 2, 3; hub h has leaves 3h+1…3h+3 (13 nodes).
    /// Without the centre: three K1,3, each Σ = 6·1 + 6·½ = 9 ordered → DF = 1 − 27/132 = 105/132.
    /// Without hub 1: three isolates and a 9-node tree with unordered pairs 8 at d1, 13 at d2,
    /// 6 at d3, 9 at d4 → Σ = 2·18.75 = 37.5 → DF = 1 − 37.5/132 ≈ 0.716. The centre comes first.
    @Test func starOfStarsCentreFirst() {
        var edges = [(0, 1), (0, 2), (0, 3)]
        for h in 1...3 { for l in 1...3 { edges.append((h, 3 * h + l)) } }
        let g = Graph(nodeCount: 13, edges: edges)
        let all = [Bool](repeating: true, count: 13)
        let r = KeyPlayers.fragment(g, candidates: all, k: 1)
        #expect(r.members == [0])
        #expect(abs(r.score.primary - 105.0 / 132) < 1e-12)
        #expect(abs(g.distanceWeightedFragmentation(removing: [1]) - (1 - 37.5 / 132)) < 1e-12)
        #expect(r.exact?.heuristicFoundIt == true && r.exact?.members == [0])
    }

    /// Two hubs joined by a bridge: hub 0 with leaves 2…5, hub 1 with leaves 6…9, bridge 10 tied
    /// to both hubs.
    /// - Reach, k = 2, D = 1, every node a target: {0, 1} reaches themselves, their 8 leaves and
    ///   the bridge: all 11. Any other pair misses a hub's leaves.
    /// - Fragment, k = 1: by hand DF without the bridge is 1 − 28/90 = 62/90 (two K1,4, each
    ///   Σ = 8 + 6 = 14), but without hub 0 it is 1 − 20/90 = 70/90 (four isolates and a K1,5,
    ///   Σ = 10 + 10 = 20): on pure stars DF prefers a hub, because removing a hub cuts the
    ///   same tie *and* isolates its leaves. The bridge comes first when the groups hold together
    ///   without their hub — see ``bridgeFirstBetweenCliques()``.
    @Test func twoHubsAndABridge() {
        var edges = [(0, 10), (1, 10)]
        for l in 2...5 { edges.append((0, l)) }
        for l in 6...9 { edges.append((1, l)) }
        let g = Graph(nodeCount: 11, edges: edges)
        let all = [Bool](repeating: true, count: 11)
        let reach = KeyPlayers.reach(g, candidates: all, targets: all, k: 2, distance: 1)
        #expect(reach.members == [0, 1])
        #expect(reach.score.primary == 11)
        #expect(reach.exact?.heuristicFoundIt == true)
        let frag = KeyPlayers.fragment(g, candidates: all, k: 1)
        #expect(frag.members == [0])
        #expect(abs(frag.score.primary - 70.0 / 90) < 1e-12)
        #expect(abs(g.distanceWeightedFragmentation(removing: [10]) - 62.0 / 90) < 1e-12)
    }

    /// Two K4 {0…3} and {4…7}, bridge 8 tied to 0, 1, 4, 5. Without 8: two K4, Σ = 24 ordered
    /// over 8·7 → DF = 1 − 24/56 = 4/7; without any other node the rest stays connected (DF < ½).
    @Test func bridgeFirstBetweenCliques() {
        var edges: [(Int, Int)] = [(8, 0), (8, 1), (8, 4), (8, 5)]
        for base in [0, 4] { for i in 0..<4 { for j in (i + 1)..<4 { edges.append((base + i, base + j)) } } }
        let g = Graph(nodeCount: 9, edges: edges)
        let r = KeyPlayers.fragment(g, candidates: [Bool](repeating: true, count: 9), k: 1)
        #expect(r.members == [8])
        #expect(abs(r.score.primary - 4.0 / 7) < 1e-12)
    }

    // MARK: Heuristic against brute force

    @Test("fragment: heuristic and exact against brute force", arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func fragmentBrute(_ seed: UInt64) {
        let n = 12 + Int(seed % 9)          // 13…18 nodes
        let g = Self.randomGraph(n: n, p: 0.18, seed: seed)
        var rng = SeededGenerator(seed: seed &+ 100)
        let candidates = (0..<n).map { _ in rng.unit() < 0.7 }
        let cands = (0..<n).filter { candidates[$0] }
        for k in 1...3 where k <= cands.count {
            let best = Self.subsets(cands, k).map { Self.bruteDF(g, removing: $0) }.max()!
            let r = KeyPlayers.fragment(g, candidates: candidates, k: k, options: .init(seed: seed))
            #expect(abs(Self.bruteDF(g, removing: r.members) - r.score.primary) < 1e-12, "seed \(seed) k \(k)")
            #expect(abs(r.exact!.score.primary - best) < 1e-12, "seed \(seed) k \(k) exact")
            #expect(r.exact!.heuristicFoundIt, "seed \(seed) k \(k): heuristic \(r.score.primary) < optimum \(best)")
            #expect(r.members.allSatisfy { candidates[$0] } && r.members.count == k)
        }
    }

    @Test("reach: heuristic and exact against brute force", arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func reachBrute(_ seed: UInt64) {
        let n = 12 + Int(seed % 9)
        let g = Self.randomGraph(n: n, p: 0.15, seed: seed)
        var rng = SeededGenerator(seed: seed &+ 200)
        let candidates = (0..<n).map { _ in rng.unit() < 0.5 }
        let targets = (0..<n).map { candidates[$0] ? rng.unit() < 0.2 : true }
        let cands = (0..<n).filter { candidates[$0] }, targs = (0..<n).filter { targets[$0] }
        for distance in 1...2 {
            for k in 1...3 where k <= cands.count {
                let scores = Self.subsets(cands, k).map { Self.bruteReach(g, $0, targets: targs, distance: distance) }
                let best = scores.max { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }!
                let r = KeyPlayers.reach(g, candidates: candidates, targets: targets, k: k, distance: distance,
                                         options: .init(seed: seed))
                let mine = Self.bruteReach(g, r.members, targets: targs, distance: distance)
                #expect(Double(mine.0) == r.score.primary && abs(mine.1 - r.score.secondary) < 1e-12)
                #expect(r.exact!.score.primary == Double(best.0) && abs(r.exact!.score.secondary - best.1) < 1e-12)
                #expect(r.exact!.heuristicFoundIt, "seed \(seed) k \(k) D \(distance)")
            }
        }
    }

    /// Same seed → same set; 1 or 2 workers → bit-identical DF.
    @Test func deterministic() {
        let g = Self.randomGraph(n: 150, p: 0.03, seed: 9)
        let all = [Bool](repeating: true, count: 150)
        let a = KeyPlayers.fragment(g, candidates: all, k: 2, options: .init(restarts: 2, seed: 5, exactLimit: 0, workers: 1))
        let b = KeyPlayers.fragment(g, candidates: all, k: 2, options: .init(restarts: 2, seed: 5, exactLimit: 0, workers: 2))
        #expect(a == b)
        #expect(a.exact == nil)
        #expect(abs(a.score.primary - Self.bruteDF(g, removing: a.members)) < 1e-12)
    }
}
