extension Graph {
    /// Calls `body(q, x, w)` for every ordered pair of neighbours `q ≠ x` of `i` that are tied to
    /// each other, with `w` the weight of the tie `q–x`. `isNeighbour[x]` must be `true` exactly
    /// for the neighbours of `i` (the caller marks them).
    ///
    /// Per neighbour `q` it scans `q`'s row when that is short, and otherwise binary-searches
    /// `q`'s row for each neighbour of `i`: cost `min(deg q, deg i · log deg q)`. That keeps
    /// ego-network measures fast when a hub (a school with thousands of pupils) sits next to
    /// many small egos — `O(Σ deg²)` becomes about `O(Σ_i deg(i)² log)`.
    @inlinable
    public func forEachTieAmongNeighbours(of i: Int, isNeighbour: [Bool], _ body: (_ q: Int, _ x: Int, _ w: Double) -> Void) {
        let di = degree(i)
        for s in slots(i) {
            let q = Int(targets[s])
            let dq = degree(q)
            if dq <= 4 * di {
                for t in slots(q) where isNeighbour[Int(targets[t])] { body(q, Int(targets[t]), weights[t]) }
            } else {
                for t in slots(i) {
                    let x = Int(targets[t])
                    if x != q, let u = slot(q, x) { body(q, x, weights[u]) }
                }
            }
        }
    }
}
