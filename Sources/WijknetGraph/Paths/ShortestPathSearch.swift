/// The read-only adjacency a search runs on: `Int32` row offsets, neighbour ids and, when
/// weighted, the length of every adjacency slot (`slotDistance[i] = 1.0 / weights[i]`, computed
/// once). Built once per computation and shared, read-only, by every worker's search.
///
/// With `relabel`, nodes are renumbered internally by decreasing degree (ties by id), rows
/// sorted by the new ids: the hubs every search touches then share a few cache lines, which
/// makes all-pairs passes on skewed graphs ~20% faster. Distances, path counts and predecessor
/// sets do not depend on the numbering; only the order of some floating-point additions does,
/// and that order is fixed by the graph, so results stay deterministic.
final class PathGraph: @unchecked Sendable {
    let nodeCount: Int
    let weighted: Bool
    /// `offsets[v] ..< offsets[v + 1]` are the slots of internal node `v`.
    let offsets: UnsafeMutablePointer<Int32>
    /// Neighbours (internal ids), each row ascending.
    let targets: UnsafeMutablePointer<Int32>
    /// `1 / weight` per slot; allocated (and read) only when `weighted`.
    let slotDistance: UnsafeMutablePointer<Double>
    let slotCount: Int
    /// Internal id of each node, and node of each internal id; empty when not relabelled.
    let internalID: [Int32]
    let externalID: [Int32]

    init(_ g: Graph, weighted: Bool, relabel: Bool = false) {
        precondition(g.targets.count < Int(Int32.max), "too many adjacency slots for Int32 offsets")
        let n = g.nodeCount
        nodeCount = n
        self.weighted = weighted
        slotCount = g.targets.count
        offsets = .allocate(capacity: n + 1)
        targets = .allocate(capacity: max(1, slotCount))
        slotDistance = .allocate(capacity: weighted ? max(1, slotCount) : 1)
        if !relabel {
            internalID = []
            externalID = []
            for v in 0...n { offsets[v] = Int32(truncatingIfNeeded: g.offsets[v]) }
            g.targets.withUnsafeBufferPointer { t in
                for i in 0..<slotCount { targets[i] = t[i] }
            }
            if weighted {
                g.weights.withUnsafeBufferPointer { w in
                    for i in 0..<slotCount { slotDistance[i] = 1.0 / w[i] }
                }
            }
            return
        }
        let byDegree = (0..<n).sorted { a, b in
            let da = g.degree(a), db = g.degree(b)
            return da != db ? da > db : a < b
        }
        var inside = [Int32](repeating: 0, count: n)
        for (i, v) in byDegree.enumerated() { inside[v] = Int32(truncatingIfNeeded: i) }
        internalID = inside
        externalID = byDegree.map { Int32(truncatingIfNeeded: $0) }
        var slot = 0
        var row: [(Int32, Int)] = []
        for i in 0..<n {
            offsets[i] = Int32(truncatingIfNeeded: slot)
            let v = byDegree[i]
            row.removeAll(keepingCapacity: true)
            for k in g.slots(v) { row.append((inside[Int(g.targets[k])], k)) }
            row.sort { $0.0 < $1.0 }
            for (t, k) in row {
                targets[slot] = t
                if weighted { slotDistance[slot] = 1.0 / g.weights[k] }
                slot += 1
            }
        }
        offsets[n] = Int32(truncatingIfNeeded: slot)
    }

    /// Internal id of node `v`.
    @inline(__always) func toInternal(_ v: Int) -> Int {
        internalID.isEmpty ? v : Int(internalID[v])
    }

    /// Node of internal id `i`.
    @inline(__always) func toExternal(_ i: Int) -> Int {
        externalID.isEmpty ? i : Int(externalID[i])
    }

    deinit {
        offsets.deallocate(); targets.deallocate(); slotDistance.deallocate()
    }
}

/// Single-source shortest paths with everything Brandes' betweenness algorithm needs, on scratch
/// memory allocated once and reused for every source: the nodes in the order they were settled
/// (a stack for the backward pass), their distances, their numbers of shortest paths `σ`, and
/// their predecessor lists.
///
/// Unweighted searches are breadth-first. Weighted ones are Dijkstra's algorithm with the length
/// of a tie `1 / weight` (a heavier tie is a shorter step) and an indexed 4-ary heap with
/// decrease-key. The arithmetic is networkx's (`_single_source_dijkstra_path_basic`): the
/// candidate distance of `w` via `v` is `dist[v] + 1/w(v, w)`; a strictly smaller candidate
/// replaces `w`'s distance, path count and predecessors, an exactly equal one adds `σ(v)` and `v`.
/// So distances, path counts (exact while below 2^53) and predecessor sets are the same as
/// networkx's, bit for bit. References: Brandes 2001, DOI 10.1080/0022250X.2001.9990249;
/// Dijkstra 1959, DOI 10.1007/BF01386390.
///
/// Predecessor lists are stored CSR-style: the predecessors of `w` are a subset of its
/// neighbours, so they fit in `w`'s own slot range `preds[offsets[w] ..< predEnd[w]]` — no
/// allocation per source.
///
/// ```swift
/// let search = ShortestPathSearch(g, weighted: true)
/// search.run(from: 0)
/// search.distance(to: 3)       // .infinity when 3 is not reachable
/// search.pathCount(to: 3)      // σ(0, 3)
/// search.predecessors(of: 3)   // ascending
/// ```
///
/// A search is not thread-safe; give each thread its own.
///
/// - Complexity: per source `O(n_s + m_s)` breadth-first and `O((n_s + m_s) log n_s)` with
///   Dijkstra, for the `n_s` nodes and `m_s` ties reachable from it (resetting touches only the
///   previous source's reached nodes); memory `O(n + m)` once: 4 bytes per slot, ~40 per node.
public final class ShortestPathSearch {
    /// Number of nodes of the graph searched.
    public let nodeCount: Int
    /// `true`: Dijkstra with distance `1 / weight`; `false`: breadth-first, distance in steps.
    public let weighted: Bool
    let graph: PathGraph

    // Scratch. Invariant between calls to `run`: for every node v NOT in
    // order[0 ..< reached] (the last search's reached set) level[v] == -1, dist[v] == +inf,
    // sigma[v] == 0, delta[v] == 0, heapPos[v] == -1. Nodes in that set hold the last search's
    // values until the next `run` resets them.
    /// Breadth-first distance in steps, `-1` when unreached (unweighted searches only).
    let level: UnsafeMutablePointer<Int32>
    /// Dijkstra distance, `+inf` when unreached (weighted searches only).
    let dist: UnsafeMutablePointer<Double>
    /// Number of shortest paths from the source (`σ`), as networkx: a `Double`.
    let sigma: UnsafeMutablePointer<Double>
    /// Brandes dependency `δ`, filled by ``accumulateDependencies()``.
    let delta: UnsafeMutablePointer<Double>
    /// Predecessors of `w` are `preds[offsets[w] ..< predEnd[w]]`.
    let preds: UnsafeMutablePointer<Int32>
    let predEnd: UnsafeMutablePointer<Int32>
    /// Settle order; `order[0]` is the source. Also the breadth-first queue.
    let order: UnsafeMutablePointer<Int32>
    /// Dijkstra heap: keys, node ids, and each node's heap index (`-1` absent, `-2` settled).
    let heapKey: UnsafeMutablePointer<Double>
    let heapNode: UnsafeMutablePointer<Int32>
    let heapPos: UnsafeMutablePointer<Int32>
    /// Breadth-first level histogram: `levelCount[l]` nodes at distance `l` (only `1...maxLevel`
    /// are non-zero, and only during a search).
    let levelCount: UnsafeMutablePointer<Int32>
    /// Number of nodes reached (settled) by the last search, the source included.
    public private(set) var reachedCount = 0
    /// `Σ_v d(s, v)` over the nodes the last search reached (`s` the source).
    public private(set) var totalDistance = 0.0
    /// `Σ_{v≠s} 1 / d(s, v)` over the nodes the last search reached: the source's harmonic
    /// centrality.
    public private(set) var totalInverseDistance = 0.0
    /// The last search's source, or `-1` before the first search.
    public private(set) var source = -1
    private var hasDependencies = false

    /// Allocates the scratch for searches on `g`.
    /// - Parameter weighted: Dijkstra with tie length `1 / weight`; otherwise breadth-first.
    public convenience init(_ g: Graph, weighted: Bool = false) {
        self.init(shared: PathGraph(g, weighted: weighted))
    }

    init(shared: PathGraph) {
        graph = shared
        nodeCount = shared.nodeCount
        weighted = shared.weighted
        let n = max(1, nodeCount)
        level = .allocate(capacity: n); level.initialize(repeating: -1, count: n)
        dist = .allocate(capacity: n); dist.initialize(repeating: .infinity, count: n)
        sigma = .allocate(capacity: n); sigma.initialize(repeating: 0, count: n)
        delta = .allocate(capacity: n); delta.initialize(repeating: 0, count: n)
        preds = .allocate(capacity: max(1, shared.slotCount))
        predEnd = .allocate(capacity: n); predEnd.initialize(repeating: 0, count: n)
        order = .allocate(capacity: n)
        levelCount = .allocate(capacity: n + 1); levelCount.initialize(repeating: 0, count: n + 1)
        let h = weighted ? n : 1
        heapKey = .allocate(capacity: h)
        heapNode = .allocate(capacity: h)
        heapPos = .allocate(capacity: h); heapPos.initialize(repeating: -1, count: h)
    }

    deinit {
        level.deallocate(); dist.deallocate(); sigma.deallocate(); delta.deallocate()
        preds.deallocate(); predEnd.deallocate(); order.deallocate(); levelCount.deallocate()
        heapKey.deallocate(); heapNode.deallocate(); heapPos.deallocate()
    }

    // MARK: Reading the last search

    /// The `k`-th node settled by the last search (`0 ≤ k < reachedCount`); `settled(0)` is the
    /// source, and distances never decrease with `k`.
    public func settled(_ k: Int) -> Int {
        precondition(k >= 0 && k < reachedCount, "index out of the reached range")
        return graph.toExternal(Int(order[k]))
    }

    /// Distance from the last source to `v` (steps, or the sum of `1 / weight`); `.infinity`
    /// when `v` is unreachable.
    public func distance(to v: Int) -> Double {
        precondition(v >= 0 && v < nodeCount, "node id out of range")
        let v = graph.toInternal(v)
        if weighted { return dist[v] }
        let l = level[v]
        return l < 0 ? .infinity : Double(l)
    }

    /// Number of shortest paths from the last source to `v` (`1` for the source itself, `0`
    /// when unreachable). A `Double`, as in networkx; it overflows to `.infinity` only for
    /// astronomically many paths (more than ~10^308).
    public func pathCount(to v: Int) -> Double {
        precondition(v >= 0 && v < nodeCount, "node id out of range")
        return sigma[graph.toInternal(v)]
    }

    /// The neighbours of `v` that precede it on a shortest path from the last source, ascending.
    public func predecessors(of v: Int) -> [Int] {
        precondition(v >= 0 && v < nodeCount, "node id out of range")
        let v = graph.toInternal(v)
        guard reachedCount > 0, reachedAt(v) else { return [] }
        return (Int(graph.offsets[v])..<Int(predEnd[v])).map { graph.toExternal(Int(preds[$0])) }.sorted()
    }

    /// Brandes dependency of the last source on `v`, `δ_s(v) = Σ_t σ_st(v) / σ_st`; call
    /// ``accumulateDependencies()`` first. `0` for unreached nodes and the source.
    public func dependency(_ v: Int) -> Double {
        precondition(hasDependencies, "call accumulateDependencies() after run(from:)")
        return v == source ? 0 : delta[graph.toInternal(v)]
    }

    @inline(__always) private func reachedAt(_ v: Int) -> Bool {
        weighted ? dist[v] != .infinity : level[v] >= 0
    }

    // MARK: Search

    /// Runs the search from `source`, replacing the previous search's results.
    public func run(from source: Int) {
        precondition(source >= 0 && source < nodeCount, "source out of range")
        reset()
        self.source = source
        hasDependencies = false
        let s = graph.toInternal(source)
        reachedCount = weighted ? dijkstra(s) : breadthFirst(s)
    }

    /// Restores the scratch invariant for the nodes the last search reached.
    private func reset() {
        let order = self.order, level = self.level, dist = self.dist, sigma = self.sigma
        let delta = self.delta, heapPos = self.heapPos
        if weighted {
            for k in 0..<reachedCount {
                let v = Int(order[k])
                dist[v] = .infinity; sigma[v] = 0; delta[v] = 0; heapPos[v] = -1
            }
        } else {
            for k in 0..<reachedCount {
                let v = Int(order[k])
                level[v] = -1; sigma[v] = 0; delta[v] = 0
            }
        }
        reachedCount = 0
    }

    /// Breadth-first search; returns the number of nodes reached. `order` doubles as the queue.
    private func breadthFirst(_ s: Int) -> Int {
        let off = graph.offsets, tgt = graph.targets
        let level = self.level, sigma = self.sigma, preds = self.preds, predEnd = self.predEnd
        let order = self.order, levelCount = self.levelCount
        level[s] = 0; sigma[s] = 1; predEnd[s] = off[s]
        order[0] = Int32(truncatingIfNeeded: s)
        var head = 0, tail = 1
        var maxLevel: Int32 = 0
        while head < tail {
            let v = Int(order[head]); head += 1
            let next = level[v] &+ 1, sv = sigma[v], v32 = Int32(truncatingIfNeeded: v)
            var i = Int(off[v])
            let end = Int(off[v + 1])
            let before = tail
            while i < end {
                let w = Int(tgt[i]); i += 1
                let lw = level[w]
                if lw < 0 {                       // first reached: one path so far, via v
                    level[w] = next; sigma[w] = sv
                    order[tail] = Int32(truncatingIfNeeded: w); tail += 1
                    let p = off[w]
                    preds[Int(p)] = v32; predEnd[w] = p &+ 1
                } else if lw == next {            // another shortest path, via v
                    sigma[w] += sv
                    let p = predEnd[w]
                    preds[Int(p)] = v32; predEnd[w] = p &+ 1
                }
            }
            if tail > before {
                levelCount[Int(next)] &+= Int32(truncatingIfNeeded: tail - before)
                maxLevel = next
            }
        }
        // Distance totals from the level histogram (and restore it to zeros).
        var total = 0.0, inverse = 0.0
        var l: Int32 = 1
        while l <= maxLevel {
            let c = Double(levelCount[Int(l)])
            total += c * Double(l)
            inverse += c / Double(l)
            levelCount[Int(l)] = 0
            l += 1
        }
        totalDistance = total
        totalInverseDistance = inverse
        return tail
    }

    /// Dijkstra's algorithm with an indexed 4-ary min-heap (decrease-key, no stale entries);
    /// returns the number of nodes settled.
    private func dijkstra(_ s: Int) -> Int {
        let off = graph.offsets, tgt = graph.targets, len = graph.slotDistance
        let dist = self.dist, sigma = self.sigma, preds = self.preds, predEnd = self.predEnd
        let order = self.order, pos = self.heapPos
        var heap = Heap4(key: heapKey, node: heapNode, pos: pos)
        let settledMark: Int32 = -2
        dist[s] = 0; sigma[s] = 1; predEnd[s] = off[s]
        heap.insert(Int32(truncatingIfNeeded: s), key: 0)
        var reached = 0
        var total = 0.0, inverse = 0.0
        while heap.count > 0 {
            let v = Int(heap.popMin())
            pos[v] = settledMark
            order[reached] = Int32(truncatingIfNeeded: v); reached += 1
            let dv = dist[v], sv = sigma[v], v32 = Int32(truncatingIfNeeded: v)
            if reached > 1 { total += dv; inverse += 1 / dv }
            var i = Int(off[v])
            let end = Int(off[v + 1])
            while i < end {
                let w = Int(tgt[i])
                let candidate = dv + len[i]
                i += 1
                let dw = dist[w]
                if candidate < dw {
                    // Strictly shorter: w's paths so far are discarded (networkx: sigma[w] = 0,
                    // P[w] = [v], then sigma[w] += sigma[v] when popped). A settled w cannot get
                    // here: its distance is <= dv <= candidate.
                    dist[w] = candidate; sigma[w] = sv
                    let p = off[w]
                    preds[Int(p)] = v32; predEnd[w] = p &+ 1
                    let pw = pos[w]
                    if pw < 0 {
                        heap.insert(Int32(truncatingIfNeeded: w), key: candidate)
                    } else {
                        heap.decrease(at: Int(pw), to: candidate)
                    }
                } else if candidate == dw && pos[w] != settledMark {
                    // Equally short: one more way in. (A settled w can tie only if 1/weight is
                    // below half an ulp of the distance, weights 2^53 apart; such a "path" is
                    // ignored rather than counted back into an already settled node.)
                    sigma[w] += sv
                    let p = predEnd[w]
                    preds[Int(p)] = v32; predEnd[w] = p &+ 1
                }
            }
        }
        totalDistance = total
        totalInverseDistance = inverse
        return reached
    }

    // MARK: Brandes' backward pass

    /// Brandes' dependency accumulation for the last search (networkx `_accumulate_basic`):
    /// in reverse settle order, `δ(v) += σ(v) · (1 + δ(w)) / σ(w)` for each predecessor `v` of
    /// `w`. Afterwards ``dependency(_:)`` gives `δ_s(v)`.
    /// - Complexity: `O(n_s + p_s)` for `p_s` predecessor entries (at most `m_s`).
    public func accumulateDependencies() {
        accumulate { _, _, _ in }
    }

    /// The backward pass, calling `visit(w, δ(w), dist(w))` with the INTERNAL id `w` of every
    /// reached node except the source, as soon as its dependency is final (reverse settle order).
    @inline(__always)
    func accumulate(_ visit: (Int, Double, Double) -> Void) {
        let off = graph.offsets, sigma = self.sigma, delta = self.delta
        let preds = self.preds, predEnd = self.predEnd, order = self.order
        let weighted = self.weighted, dist = self.dist, level = self.level
        var k = reachedCount - 1
        while k > 0 {
            let w = Int(order[k]); k -= 1
            let dw = delta[w]
            let coeff = (1 + dw) / sigma[w]
            var i = Int(off[w])
            let end = Int(predEnd[w])
            while i < end {
                let v = Int(preds[i]); i += 1
                delta[v] += sigma[v] * coeff
            }
            visit(w, dw, weighted ? dist[w] : Double(level[w]))
        }
        hasDependencies = true
    }

    /// Calls `visit(v, dist(v))` with the INTERNAL id `v` of every reached node except the
    /// source, in settle order.
    @inline(__always)
    func forEachReached(_ visit: (Int, Double) -> Void) {
        let order = self.order, weighted = self.weighted, dist = self.dist, level = self.level
        var k = 1
        while k < reachedCount {
            let v = Int(order[k]); k += 1
            visit(v, weighted ? dist[v] : Double(level[v]))
        }
    }
}

/// An indexed 4-ary min-heap over node ids with `Double` keys, on caller-owned buffers.
/// Invariant: for `0 < i < count`, `key[(i − 1) / 4] <= key[i]`, and `pos[node[i]] == i`.
/// A 4-ary heap halves the depth of a binary one; decrease-key keeps it at most `n` entries.
struct Heap4 {
    let key: UnsafeMutablePointer<Double>
    let node: UnsafeMutablePointer<Int32>
    let pos: UnsafeMutablePointer<Int32>
    private(set) var count = 0

    init(key: UnsafeMutablePointer<Double>, node: UnsafeMutablePointer<Int32>, pos: UnsafeMutablePointer<Int32>) {
        self.key = key; self.node = node; self.pos = pos
    }

    @inline(__always) mutating func insert(_ v: Int32, key k: Double) {
        count += 1
        siftUp(count - 1, k, v)
    }

    /// Lowers the key of the entry at heap index `i` to `k` (`k` ≤ its key).
    @inline(__always) func decrease(at i: Int, to k: Double) {
        siftUp(i, k, node[i])
    }

    /// Removes and returns the node with the smallest key. - Precondition: `count > 0`.
    @inline(__always) mutating func popMin() -> Int32 {
        let top = node[0]
        count -= 1
        if count > 0 { siftDown(key[count], node[count]) }
        return top
    }

    @inline(__always) private func siftUp(_ start: Int, _ k: Double, _ v: Int32) {
        var i = start
        while i > 0 {
            let p = (i - 1) >> 2
            let pk = key[p]
            if pk <= k { break }
            key[i] = pk
            let pv = node[p]
            node[i] = pv; pos[Int(pv)] = Int32(truncatingIfNeeded: i)
            i = p
        }
        key[i] = k; node[i] = v; pos[Int(v)] = Int32(truncatingIfNeeded: i)
    }

    /// Places `(k, v)` at the root's hole and moves it down.
    @inline(__always) private func siftDown(_ k: Double, _ v: Int32) {
        var i = 0
        let n = count
        while true {
            let first = 4 * i + 1
            if first >= n { break }
            var best = first
            var bk = key[first]
            var c = first + 1
            let end = min(first + 4, n)
            while c < end {
                let ck = key[c]
                if ck < bk { bk = ck; best = c }
                c += 1
            }
            if bk >= k { break }
            key[i] = bk
            let bv = node[best]
            node[i] = bv; pos[Int(bv)] = Int32(truncatingIfNeeded: i)
            i = best
        }
        key[i] = k; node[i] = v; pos[Int(v)] = Int32(truncatingIfNeeded: i)
    }
}
