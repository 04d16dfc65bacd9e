/// An upper bound on the vertex diameter: the largest number of nodes on a shortest path (so
/// one more than the hop diameter), over all components — the quantity the sample sizes of
/// ``RiondatoKornaropoulos`` and ``Kadabra`` depend on (through `⌊log₂(VD − 2)⌋`, so a bound
/// off by a factor 2 costs at most one unit there).
///
/// Per component `C` (Riondato & Kornaropoulos 2016, §5.1, DOI 10.1007/s10618-015-0423-0): one
/// shortest-path search from the member `u` of highest degree; with `d₁ ≥ d₂` the two largest
/// distances from `u` to members, any two members `x ≠ y` satisfy
/// `d(x, y) ≤ d(x, u) + d(u, y) ≤ d₁ + d₂`.
/// - Unweighted: a shortest path has at most `d₁ + d₂` ties, so `VD(C) ≤ d₁ + d₂ + 1`.
/// - Weighted (tie length `1/weight`): a shortest path of `h` ties has length at least
///   `h · ℓ_min`, `ℓ_min` the shortest tie of the graph, so `VD(C) ≤ ⌊(d₁ + d₂) / ℓ_min⌋ + 1`.
/// - Always `VD(C) ≤ |C|`.
///
/// - Returns: `0` for the empty graph, `1` without ties.
/// - Complexity: one search per component: `O(n + m)` unweighted, `O((n + m) log n)` weighted.
public func vertexDiameterBound(_ g: Graph, weighted: Bool = false, components: Components? = nil) -> Int {
    let comps = components ?? connectedComponents(g)
    guard g.nodeCount > 0 else { return 0 }
    var minLength = Double.infinity
    if weighted { for w in g.weights { minLength = min(minLength, 1 / w) } }
    let search = ShortestPathSearch(g, weighted: weighted)
    var bound = 1
    for members in comps.members where members.count > 2 {
        var hub = members[0]
        for v in members where g.degree(v) > g.degree(hub) { hub = v }
        search.run(from: hub)
        var d1 = 0.0, d2 = 0.0
        for v in members {
            let d = search.distance(to: v)
            if d > d1 { d2 = d1; d1 = d } else if d > d2 { d2 = d }
        }
        let hops = weighted ? Int(((d1 + d2) / minLength * (1 + 1e-12)).rounded(.down)) : Int(d1 + d2)
        bound = max(bound, min(members.count, hops + 1))
    }
    for members in comps.members where members.count <= 2 { bound = max(bound, members.count) }
    return bound
}
