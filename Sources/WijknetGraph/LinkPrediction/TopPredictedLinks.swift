/// The ranking of predicted links: a strict total order on links with distinct `(u, v)`.
///
/// Link `a` ranks before link `b` when, in turn,
/// 1. `a` joins two different groups and `b` does not (only when `groups` is given);
/// 2. `a` has the higher resource allocation;
/// 3. `(a.u, a.v) < (b.u, b.v)` lexicographically (node ids break every remaining tie).
///
/// Scores are compared exactly (`>` on `Double`); they are finite and positive for every link
/// ``forEachPredictedLink(_:candidates:via:_:)`` produces, so no NaN can break the order.
public struct LinkRanking: Sendable {
    /// One group per node, or `nil` to rank by score and ids only.
    public var groups: [Int]?

    public init(crossGroupsFirst groups: [Int]? = nil) { self.groups = groups }

    /// Whether `a` ranks strictly before `b`. - Complexity: `O(1)`.
    @inline(__always)
    public func precedes(_ a: PredictedLink, _ b: PredictedLink) -> Bool {
        if let groups {
            let ca = groups[a.u] != groups[a.v], cb = groups[b.u] != groups[b.v]
            if ca != cb { return ca }
        }
        if a.resourceAllocation != b.resourceAllocation { return a.resourceAllocation > b.resourceAllocation }
        return a.u != b.u ? a.u < b.u : a.v < b.v
    }
}

/// The `top` best predicted links under ``LinkRanking``, best first, without storing the others.
///
/// Defined as `predictedLinks(g, candidates:, via:).sorted(by: ranking.precedes).prefix(top)`
/// — the same links, in the same order, with bit-identical scores — but computed by streaming
/// ``forEachPredictedLink(_:candidates:via:_:)`` through a bounded binary heap that holds the
/// `top` best links seen so far with the worst of them at the root: a new link enters only when
/// it ranks before the root, replacing it. Because the order is total (ties in score and group
/// are broken by node ids), the kept set does not depend on the visiting order. So with
/// `workers` above 1 (and at least 1,024 nodes per worker) each worker streams its own blocks
/// of candidates `u` into a heap of its own and the heaps are merged: the same links with the
/// same bits (each link's sums are made in one `u`'s turn, in the same order), on every core —
/// at a million actors this scoring was most of the report's time.
///
/// - Parameters:
///   - candidates: one flag per node: the nodes that may be linked.
///   - via: one flag per node: the nodes through which a shared neighbour counts.
///   - top: how many links to keep; `top <= 0` gives `[]`, and a `top` above the number of
///     links gives them all, ranked.
///   - groups: one group per node (e.g. a domain index); links between different groups rank
///     first. `nil`: rank by score, then ids.
///   - workers: threads to score on (results do not depend on it).
/// - Returns: at most `top` links, `u < v` in each, best first.
/// - Precondition: `candidates.count == via.count == g.nodeCount`, and `groups?.count == g.nodeCount`.
/// - Complexity: `O(Σ_{z via} c(z)² · log top)` time in the worst case (`O(Σ c(z)²)` when few
///   links beat the root) with `c(z)` the candidate neighbours of `z`; `O(workers · (n + top))` memory.
public func topPredictedLinks(_ g: Graph, candidates: [Bool], via: [Bool], top: Int,
                              crossGroupsFirst groups: [Int]? = nil, workers: Int = 1) -> [PredictedLink] {
    precondition(groups == nil || groups!.count == g.nodeCount, "one group per node")
    precondition(candidates.count == g.nodeCount && via.count == g.nodeCount, "one flag per node")
    guard top > 0 else { return [] }
    let ranking = LinkRanking(crossGroupsFirst: groups)
    let n = g.nodeCount
    let parts = max(1, min(workers, n / 1024))
    // Blocks of nodes dealt round to the workers (hubs cluster in the node order: interleaving
    // spreads them), each keeping its own `top`; the kept set does not depend on who saw a link.
    let block = max(1024, n / (64 * parts))
    var kept = [TopLinks](repeating: TopLinks(top: top, ranking: ranking), count: parts)
    kept.withUnsafeMutableBufferPointer { heaps in
        parallelFor(parts) { w in
            var scratch = PredictionScratch(n)
            for start in stride(from: w * block, to: n, by: parts * block) {
                forEachPredictedLink(g, candidates: candidates, via: via, from: start..<min(n, start + block), scratch: &scratch) { heaps[w].offer($0) }
            }
        }
    }
    var best = kept[0]
    for other in kept.dropFirst() { for link in other.heap { best.offer(link) } }
    return best.heap.sorted(by: ranking.precedes)
}

/// The `top` best links offered so far under a ``LinkRanking``: a bounded binary heap with the
/// worst kept link at the root; a new link enters only when it ranks before the root.
struct TopLinks {
    let top: Int
    let ranking: LinkRanking
    /// Max-heap in ranking order: every parent ranks after (is worse than) its children.
    var heap: [PredictedLink] = []

    init(top: Int, ranking: LinkRanking) { (self.top, self.ranking) = (top, ranking) }

    /// Keeps `link` when fewer than `top` are kept or it ranks before the worst kept.
    /// - Complexity: `O(log top)`.
    mutating func offer(_ link: PredictedLink) {
        if heap.count < top {
            // Sift up: move the new link above every parent that ranks before it.
            heap.append(link)
            var i = heap.count - 1
            while i > 0 {
                let p = (i - 1) >> 1
                guard ranking.precedes(heap[p], link) else { break }
                heap[i] = heap[p]
                i = p
            }
            heap[i] = link
        } else if ranking.precedes(link, heap[0]) {
            // Replace the worst kept link and sift down below every child that ranks after it.
            let count = heap.count
            var i = 0
            while true {
                let l = 2 * i + 1
                guard l < count else { break }
                var worse = l
                if l + 1 < count && ranking.precedes(heap[l], heap[l + 1]) { worse = l + 1 }
                guard ranking.precedes(link, heap[worse]) else { break }
                heap[i] = heap[worse]
                i = worse
            }
            heap[i] = link
        }
    }
}
