/// Distance-weighted fragmentation (Borgatti 2006, eq. 9), the objective of KPP-Neg.
///
/// **Definition.** For the `n` nodes that remain after removing a set `S`,
/// `DF = 1 − Σ_{i≠j} (1/d_ij) / (n(n−1))`, the sum over ordered pairs of remaining nodes, with
/// `d_ij` the unweighted shortest-path length in the graph without `S` and `1/∞ = 0`.
/// `DF = 0` for a complete graph, `1` for a graph of isolates; a path of 3 nodes has
/// `DF = 1 − (4·1 + 2·½)/6 = 1/6`.
///
/// **Undefined.** With fewer than two remaining nodes `n(n−1) = 0`: ``value(removing:)`` returns
/// `NaN` there (the search functions rule it out by precondition).
///
/// **How.** One breadth-first search per remaining node, run 64 sources at a time as a
/// bit-parallel BFS (bit `b` of a node's word says "reached from source `b` of the batch"; a
/// level ORs the frontier words of the neighbours over the CSR rows). The pass counts the
/// ordered pairs at each distance `d` as integers, so the sum `Σ_d count_d / d` is the same
/// expression for any number of threads: batches are spread over the workers with
/// `DispatchQueue.concurrentPerform`, each worker adds into its own integer level counts, and
/// integer addition does not depend on order. Scratch words are allocated once per evaluator
/// and reused by every evaluation.
///
/// - Complexity: `O(⌈n/64⌉ · L · (n + m))` time per evaluation for `L` the largest finite
///   distance (the eccentricity bound), `O(workers · n)` memory.
///
/// Reference: S. P. Borgatti, "Identifying sets of key players in a social network",
/// Computational and Mathematical Organization Theory 12 (2006) 21–34, DOI 10.1007/s10588-006-7084-x.
public final class FragmentationEvaluator: @unchecked Sendable {
    public let graph: Graph
    let workers: Int
    private let scratch: [Scratch]

    final class Scratch {
        let bfs: BitParallelBFS
        var levels: [Int] = []
        init(n: Int) { bfs = BitParallelBFS(nodeCount: n) }
    }

    /// - Parameters:
    ///   - graph: the graph; weights are ignored (distances count ties).
    ///   - workers: threads to use (results do not depend on it).
    public init(_ graph: Graph, workers: Int = 1) {
        self.graph = graph
        self.workers = max(1, workers)
        scratch = (0..<self.workers).map { _ in Scratch(n: graph.nodeCount) }
    }

    /// `Σ_{i≠j} 1/d_ij` over ordered pairs of nodes with `removed[v] == false`, and their count `n`.
    /// - Precondition: `removed.count == graph.nodeCount`.
    public func inverseDistanceSum(removing removed: [Bool]) -> (sum: Double, remaining: Int) {
        precondition(removed.count == graph.nodeCount, "mask must have one entry per node")
        var remaining: [Int32] = []
        remaining.reserveCapacity(graph.nodeCount)
        for v in 0..<graph.nodeCount where !removed[v] { remaining.append(Int32(v)) }
        let r = remaining.count
        if r < 2 { return (0, r) }
        let batches = (r + 63) / 64
        let workerCount = min(workers, batches)
        for s in scratch { s.levels.removeAll(keepingCapacity: true) }
        graph.offsets.withUnsafeBufferPointer { offsets in
            graph.targets.withUnsafeBufferPointer { targets in
                remaining.withUnsafeBufferPointer { rem in
                    parallelFor(workerCount) { w in
                        let s = scratch[w]
                        var batch = w
                        while batch < batches {
                            Self.runBatch(batch, rem, offsets, targets, s)
                            batch += workerCount
                        }
                    }
                }
            }
        }
        var counts: [Int] = []
        for s in scratch {
            if counts.count < s.levels.count { counts += [Int](repeating: 0, count: s.levels.count - counts.count) }
            for (d, c) in s.levels.enumerated() { counts[d] += c }
        }
        var sum = 0.0
        for d in 1..<max(1, counts.count) { sum += Double(counts[d]) / Double(d) }
        return (sum, r)
    }

    /// One batch of up to 64 sources: a bit-parallel BFS adding pair counts per level.
    private static func runBatch(_ batch: Int, _ rem: UnsafeBufferPointer<Int32>,
                                 _ offsets: UnsafeBufferPointer<Int>, _ targets: UnsafeBufferPointer<Int32>,
                                 _ s: Scratch) {
        let lo = batch * 64, hi = min(rem.count, lo + 64)
        s.bfs.run(sources: (lo..<hi).lazy.map { Int(rem[$0]) }, sweep: rem, offsets: offsets, targets: targets) { d, next in
            var found = 0
            for i in rem { found &+= next[Int(i)].nonzeroBitCount }
            while s.levels.count <= d { s.levels.append(0) }
            s.levels[d] += found
        }
    }

    /// `DF` of the graph without the nodes where `removed[v]` is `true`; `NaN` when fewer than
    /// two nodes remain.
    public func value(removing removed: [Bool]) -> Double {
        let (sum, r) = inverseDistanceSum(removing: removed)
        if r < 2 { return .nan }
        return 1 - sum / (Double(r) * Double(r - 1))
    }
}

extension Graph {
    /// Distance-weighted fragmentation `DF` of this graph without the nodes in `removed` (see
    /// ``FragmentationEvaluator``); `NaN` when fewer than two nodes remain. `workers`: threads
    /// (the value does not depend on it).
    /// - Complexity: `O(⌈n/64⌉ · L · (n + m))`.
    public func distanceWeightedFragmentation(removing removed: [Int] = [], workers: Int = 1) -> Double {
        var mask = [Bool](repeating: false, count: nodeCount)
        for v in removed { mask[v] = true }
        return FragmentationEvaluator(self, workers: workers).value(removing: mask)
    }
}
