/// How the distances (in ties) among a set of nodes change from one graph to another — the
/// ripple of a change: which pairs drift apart, which are cut off from each other.
///
/// The node set is given as pairs `(before, after)`: the same node's index in each graph (a
/// node that exists in only one graph is not in the set). For every unordered pair of the set
/// the distance before and after is compared. Distances come from ``BitParallelBFS``, 64
/// sources per sweep and one batch per worker, so the whole set costs `⌈k/64⌉` sweeps of each
/// graph instead of `k` searches.
///
/// **Most affected.** Pairs cut off (connected before, not after) come first, the closest
/// before first; then pairs whose distance grew, the largest growth first, then the closest
/// before; ties by set order. The order is total, so the list does not depend on `workers`.
///
/// - Complexity: `O(⌈k/64⌉ · L · (n + m))` time for `k` nodes in the set and `L` the largest
///   distance, `O(workers · (n + 64 k))` memory.
public struct HopComparison: Sendable, Equatable {
    /// A pair of the set, by index into the node set, with its distance before and after
    /// (`nil`: no path).
    public struct Pair: Sendable, Equatable {
        public var a: Int, b: Int
        public var before: Int?
        public var after: Int?
    }

    /// Unordered pairs of the node set.
    public var pairs: Int
    /// Pairs with a path before.
    public var connectedBefore: Int
    /// Pairs with a path before and a longer one after.
    public var longer: Int
    /// Pairs with a path before and none after.
    public var cut: Int
    /// Pairs with a shorter path after (new ties), counting pairs without a path before.
    public var shorter: Int
    /// The `top` most affected pairs (cut or longer), in the order described above.
    public var mostAffected: [Pair]

    public init(before: Graph, after: Graph, nodes: [(before: Int, after: Int)], top: Int = 10,
                workers: Int = 1) {
        let k = nodes.count
        let batches = (k + 63) / 64
        let workerCount = max(1, min(workers, batches))
        var partials = [Partial](repeating: Partial(), count: workerCount)
        let sweepB = Array(0..<Int32(before.nodeCount)), sweepA = Array(0..<Int32(after.nodeCount))
        let inB = nodes.map(\.before), inA = nodes.map(\.after)
        partials.withUnsafeMutableBufferPointer { out in
            let box = UncheckedSendable(value: out)
            parallelFor(workerCount) { w in
                let bfsB = BitParallelBFS(nodeCount: before.nodeCount), bfsA = BitParallelBFS(nodeCount: after.nodeCount)
                var distB = [UInt16](repeating: .max, count: k * 64), distA = distB
                var p = Partial()
                var batch = w
                while batch < batches {
                    let lo = batch * 64, hi = min(k, lo + 64)
                    Self.distances(before, bfsB, sweepB, Array(inB[lo..<hi]), inB, &distB)
                    Self.distances(after, bfsA, sweepA, Array(inA[lo..<hi]), inA, &distA)
                    p.add(lo: lo, hi: hi, k: k, distB, distA, top: top)
                    batch += workerCount
                }
                box.value[w] = p
            }
        }
        var total = Partial()
        for p in partials { total.merge(p, top: top) }
        pairs = k * (k - 1) / 2
        connectedBefore = total.connected; longer = total.longer; cut = total.cut; shorter = total.shorter
        mostAffected = total.affected.map { Pair(a: $0.a, b: $0.b, before: $0.before, after: $0.after) }
    }

    /// Fills `dist[j * 64 + i]` with the distance from `sources[i]` to `targets[j]` in `g`
    /// (`UInt16.max`: none; distances above 65,534 are not expected in a contact network).
    static func distances(_ g: Graph, _ bfs: BitParallelBFS, _ sweep: [Int32], _ sources: [Int], _ targets: [Int], _ dist: inout [UInt16]) {
        dist.withUnsafeMutableBufferPointer { d in
            d.update(repeating: .max)
            for (j, t) in targets.enumerated() {
                for (i, s) in sources.enumerated() where s == t { d[j * 64 + i] = 0 }
            }
            g.offsets.withUnsafeBufferPointer { offsets in
                g.targets.withUnsafeBufferPointer { adj in
                    sweep.withUnsafeBufferPointer { sw in
                        bfs.run(sources: sources, sweep: sw, offsets: offsets, targets: adj) { level, next in
                            for (j, t) in targets.enumerated() {
                                var bits = next[t]
                                while bits != 0 {
                                    let i = bits.trailingZeroBitCount
                                    d[j * 64 + i] = UInt16(min(level, 65_534))
                                    bits &= bits - 1
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// One worker's counts and its best candidates.
    struct Partial {
        struct Candidate { var a: Int, b: Int, before: Int, after: Int? }
        var connected = 0, longer = 0, cut = 0, shorter = 0
        var affected: [Candidate] = []

        /// The order of ``HopComparison/mostAffected``.
        static func precedes(_ x: Candidate, _ y: Candidate) -> Bool {
            let gx = x.after.map { $0 - x.before } ?? Int.max, gy = y.after.map { $0 - y.before } ?? Int.max
            if (x.after == nil) != (y.after == nil) { return x.after == nil }
            if gx != gy { return gx > gy }
            return (x.before, x.a, x.b) < (y.before, y.a, y.b)
        }

        mutating func add(lo: Int, hi: Int, k: Int, _ distB: [UInt16], _ distA: [UInt16], top: Int) {
            for a in lo..<hi {
                let i = a - lo
                for b in (a + 1)..<max(a + 1, k) {
                    let db = distB[b * 64 + i], da = distA[b * 64 + i]
                    if da < db { shorter += 1 }
                    guard db != .max else { continue }
                    connected += 1
                    if da == .max { cut += 1 } else if da > db { longer += 1 } else { continue }
                    affected.append(Candidate(a: a, b: b, before: Int(db), after: da == .max ? nil : Int(da)))
                }
                if affected.count > 4 * max(top, 16) { trim(top) }
            }
        }

        mutating func trim(_ top: Int) {
            affected.sort(by: Self.precedes)
            if affected.count > top { affected.removeLast(affected.count - top) }
        }

        mutating func merge(_ o: Partial, top: Int) {
            connected += o.connected; longer += o.longer; cut += o.cut; shorter += o.shorter
            affected += o.affected
            trim(top)
        }
    }
}
