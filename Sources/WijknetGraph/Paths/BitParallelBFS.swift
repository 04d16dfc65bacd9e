/// Breadth-first search from up to 64 sources at once: one bit per source in a `UInt64` per
/// node, so one sweep over the adjacency advances all 64 searches by one level.
///
/// Level `d` sets, for every swept node `v`, `next[v]` = the sources whose search first reaches
/// `v` at distance `d` (`OR` of the neighbours' frontier bits, minus those already seen). The
/// caller reads `next` in `onLevel(d, next)` — counting bits (``FragmentationEvaluator``) or
/// recording distances of chosen targets (``HopComparison``) — before it becomes the frontier.
///
/// - Complexity: `O(L · (s + m_s))` per batch for `L` the largest finite distance from a
///   source and `s`, `m_s` the swept nodes and their adjacency slots; `O(n)` words of scratch.
final class BitParallelBFS {
    let n: Int
    private(set) var frontier: UnsafeMutablePointer<UInt64>
    private(set) var next: UnsafeMutablePointer<UInt64>
    let visited: UnsafeMutablePointer<UInt64>

    init(nodeCount: Int) {
        n = max(1, nodeCount)
        frontier = .allocate(capacity: n); next = .allocate(capacity: n); visited = .allocate(capacity: n)
        frontier.initialize(repeating: 0, count: n)
        next.initialize(repeating: 0, count: n)
        visited.initialize(repeating: 0, count: n)
    }
    deinit { frontier.deallocate(); next.deallocate(); visited.deallocate() }

    /// Runs the searches from `sources` (at most 64; bit `i` is `sources[i]`) over the nodes in
    /// `sweep` (nodes outside it are never reached and never pass a search on). Calls
    /// `onLevel(d, next)` for every level `d ≥ 1` that reaches a node, with `next[v]` the bits of
    /// the searches that reached `v` at `d`; returns the largest such `d` (0: none).
    @discardableResult
    func run(sources: some Collection<Int>, sweep: UnsafeBufferPointer<Int32>,
             offsets: UnsafeBufferPointer<Int>, targets: UnsafeBufferPointer<Int32>,
             onLevel: (Int, UnsafeMutablePointer<UInt64>) -> Void) -> Int {
        precondition(sources.count <= 64, "at most 64 sources per batch")
        // Every node, not only the swept ones: a node swept in an earlier call may hold bits.
        frontier.update(repeating: 0, count: n); next.update(repeating: 0, count: n); visited.update(repeating: 0, count: n)
        for (bit, v) in sources.enumerated() {
            frontier[v] |= 1 << UInt64(bit)
            visited[v] = frontier[v]
        }
        var d = 0
        while true {
            var any: UInt64 = 0
            let frontier = self.frontier, next = self.next, visited = self.visited
            for i in sweep {
                let v = Int(i)
                var acc: UInt64 = 0
                for slot in offsets[v]..<offsets[v + 1] { acc |= frontier[Int(targets[slot])] }
                acc &= ~visited[v]
                next[v] = acc
                any |= acc
            }
            if any == 0 { break }
            d += 1
            for i in sweep { visited[Int(i)] |= next[Int(i)] }
            onLevel(d, next)
            self.frontier = next; self.next = frontier
        }
        return d
    }
}
