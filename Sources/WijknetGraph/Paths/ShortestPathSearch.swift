/// Single-source shortest paths with the bookkeeping Brandes' algorithm needs, on reusable
/// scratch memory: the settle order, the distance and the number of shortest paths (σ) of
/// every reached node.
///
/// Unweighted graphs use breadth-first search; weighted ones Dijkstra with distance = 1/weight
/// per tie (a heavier tie is a shorter step), with a binary heap and lazy deletion. The
/// arithmetic matches networkx exactly: a candidate distance is `dist[v] + 1/w`, a strictly
/// smaller one replaces, an exactly equal one adds a path, so ties come out the same.
///
/// Predecessors are not stored: `v` precedes `w` on a shortest path exactly when they are
/// adjacent and `dist[v] + d(v, w) == dist[w]` (for BFS: `dist[v] + 1 == dist[w]`), which the
/// accumulation re-derives from the CSR row. That saves `O(m)` memory per worker.
///
/// - Complexity: `O(n + m)` per source unweighted, `O((n + m) log n)` weighted. Resetting
///   touches only the nodes reached by the previous source.
final class ShortestPathSearch {
    let n: Int
    let weighted: Bool
    /// Per-node state, kept together so that one random access loads all three (the searches
    /// are bound by cache misses on neighbours, not by arithmetic).
    struct NodeState {
        var dist: Double
        var sigma: Double
        var delta: Double
    }
    /// Invariant between searches: `state[v] == (.infinity, 0, 0)` for every `v`; during a
    /// search it holds values for the nodes in `order[0..<reached]`.
    let state: UnsafeMutablePointer<NodeState>
    /// Nodes in the order they were settled (non-decreasing distance); `order[0]` is the source.
    let order: UnsafeMutablePointer<Int32>
    private(set) var reached = 0
    private var heap: [HeapEntry] = []

    struct HeapEntry { var d: Double; var v: Int32 }

    init(nodeCount: Int, weighted: Bool) {
        n = nodeCount
        self.weighted = weighted
        state = .allocate(capacity: max(1, n))
        state.initialize(repeating: NodeState(dist: .infinity, sigma: 0, delta: 0), count: max(1, n))
        order = .allocate(capacity: max(1, n)); order.initialize(repeating: 0, count: max(1, n))
    }

    deinit {
        state.deallocate(); order.deallocate()
    }

    /// Restores the invariant for the nodes the last search reached.
    func reset() {
        for i in 0..<reached {
            state[Int(order[i])] = NodeState(dist: .infinity, sigma: 0, delta: 0)
        }
        reached = 0
    }

    /// Runs the search from `s` on `g` (whose `slotDistance` holds 1/weight when weighted).
    func run(from s: Int, offsets: UnsafeBufferPointer<Int>, targets: UnsafeBufferPointer<Int32>,
             slotDistance: UnsafeBufferPointer<Double>) {
        reset()
        state[s].dist = 0
        state[s].sigma = 1
        if !weighted {
            order[0] = Int32(s)
            var head = 0
            reached = 1
            while head < reached {
                let v = Int(order[head]); head += 1
                let dv = state[v].dist + 1
                let sv = state[v].sigma
                for i in offsets[v]..<offsets[v + 1] {
                    let w = Int(targets[i])
                    let dw = state[w].dist
                    if dw == .infinity {
                        state[w].dist = dv
                        state[w].sigma = sv
                        order[reached] = Int32(w); reached += 1
                    } else if dw == dv {
                        state[w].sigma += sv
                    }
                }
            }
            return
        }
        // Dijkstra. `dist` holds the tentative distance; a node is settled when popped with
        // that distance for the first time (`settled` is encoded by sigma > 0 after settling:
        // we compute σ on settling from the already-settled predecessors).
        heap.removeAll(keepingCapacity: true)
        push(HeapEntry(d: 0, v: Int32(s)))
        var settledFlag = 0
        while let top = pop() {
            let v = Int(top.v)
            if top.d > state[v].dist { continue }          // stale entry
            if v != s && state[v].sigma > 0 { continue }  // already settled (equal-distance duplicate)
            // σ(v) = Σ σ(u) over settled neighbours u with dist[u] + d(u,v) == dist[v].
            if v != s {
                var sv = 0.0
                for i in offsets[v]..<offsets[v + 1] {
                    let u = Int(targets[i])
                    if state[u].sigma > 0 && state[u].dist + slotDistance[i] == state[v].dist { sv += state[u].sigma }
                }
                state[v].sigma = sv
            }
            order[reached] = Int32(v); reached += 1
            settledFlag += 1
            let dv = state[v].dist
            for i in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[i])
                let candidate = dv + slotDistance[i]
                if candidate < state[w].dist {
                    state[w].dist = candidate
                    push(HeapEntry(d: candidate, v: Int32(w)))
                }
            }
        }
    }

    /// Brandes' dependency accumulation for the last search: fills `delta` for every reached
    /// node (δ(s) is left as computed but not meaningful for the source).
    func accumulate(offsets: UnsafeBufferPointer<Int>, targets: UnsafeBufferPointer<Int32>,
                    slotDistance: UnsafeBufferPointer<Double>) {
        var k = reached - 1
        while k > 0 {
            let w = Int(order[k]); k -= 1
            let coeff = (1 + state[w].delta) / state[w].sigma
            let dw = state[w].dist
            for i in offsets[w]..<offsets[w + 1] {
                let v = Int(targets[i])
                let sv = state[v]
                let isPred = weighted ? (sv.dist + slotDistance[i] == dw) : (sv.dist + 1 == dw)
                if isPred { state[v].delta = sv.delta + sv.sigma * coeff }
            }
        }
    }

    private func push(_ e: HeapEntry) {
        heap.append(e)
        var i = heap.count - 1
        while i > 0 {
            let p = (i - 1) >> 1
            if heap[p].d <= e.d { break }
            heap[i] = heap[p]
            i = p
        }
        heap[i] = e
    }

    private func pop() -> HeapEntry? {
        guard let last = heap.popLast() else { return nil }
        if heap.isEmpty { return last }
        let top = heap[0]
        var i = 0
        let count = heap.count
        while true {
            let l = 2 * i + 1
            if l >= count { break }
            var c = l
            if l + 1 < count && heap[l + 1].d < heap[l].d { c = l + 1 }
            if heap[c].d >= last.d { break }
            heap[i] = heap[c]
            i = c
        }
        heap[i] = last
        return top
    }
}
