/// Freeman centralization: how much one node dominates the rest (Freeman 1978,
/// DOI 10.1016/0378-8733(78)90021-7). For node scores `c_i` with maximum `c*`,
/// `C = Σ_i (c* − c_i) / max_G Σ_i (c* − c_i)`, the denominator being the largest value any
/// graph on `n` nodes can reach — a star's. So a star scores 1 and a regular graph 0.
///
/// - Degree (raw degrees): the star has `c* = n − 1` and `n − 1` leaves of degree 1, so the
///   denominator is `(n − 1)(n − 2)`.
/// - Betweenness (networkx-normalized values in `[0, 1]`): the star's centre has 1 and the
///   leaves 0, so the denominator is `n − 1`.
/// - Returns: `NaN` for fewer than three nodes (the denominator is 0), or if a score is `NaN`.
/// - Complexity: `O(n)` (plus `O(n)` degrees).
public enum Centralization {
    /// Freeman degree centralization `Σ_i (d_max − d_i) / ((n − 1)(n − 2))`.
    public static func degree(_ g: Graph) -> Double {
        let n = g.nodeCount
        guard n >= 3 else { return .nan }
        let d = (0..<n).map(g.degree)
        let mx = d.max()!
        return Double(d.reduce(0) { $0 + (mx - $1) }) / (Double(n - 1) * Double(n - 2))
    }

    /// Freeman betweenness centralization of normalized betweenness values
    /// (``PathCentrality/betweenness`` with `normalized: true`): `Σ_i (b_max − b_i) / (n − 1)`.
    public static func betweenness(normalized b: [Double]) -> Double {
        let n = b.count
        guard n >= 3, !b.contains(where: \.isNaN), let mx = b.max() else { return .nan }
        return b.reduce(0) { $0 + (mx - $1) } / Double(n - 1)
    }
}
