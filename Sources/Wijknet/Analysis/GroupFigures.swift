import WijknetGraph

/// Brokerage roles and group mixing of an ecosystem, over the groups of one attribute: what
/// `analyse` reports per actor (roles, E-I) and for the whole (``MixingSummary``), and what
/// ``PartnerPositions`` compares.
///
/// Actors without a value (for `domain`: places, young people and partners of unknown domain)
/// take no part: brokerage and mixing run on the subgraph of grouped actors; the others get 0
/// roles and `NaN` E-I.
struct GroupFigures {
    let grouping: Grouping
    /// `role[r][v]` for the five Gould–Fernandez roles, and their z-scores.
    let role: [[Int]]
    let roleZ: [[Double]]
    /// Per node: E-I of its ties (`NaN` outside the groups).
    let ei: [Double]
    let mixing: MixingSummary

    /// - Throws: ``WijknetError/invalidRequest(_:)`` for an unknown attribute.
    init(_ eco: Ecosystem, by attribute: String) throws {
        let g = eco.graph, n = g.nodeCount
        grouping = try eco.groups(by: attribute)
        let ids = grouping.ids
        let (sub, original) = g.induced(keeping: ids.map { $0 != nil })
        let subGroups = original.map { ids[$0]! }
        let broker = Brokerage(sub, groups: subGroups)
        let mix = Mixing(sub, groups: subGroups, groupCount: grouping.names.count)
        var role = [[Int]](repeating: [Int](repeating: 0, count: n), count: 5)
        var roleZ = [[Double]](repeating: [Double](repeating: .nan, count: n), count: 5)
        var ei = [Double](repeating: .nan, count: n)
        for (i, v) in original.enumerated() {
            for r in 0..<5 { role[r][v] = broker.counts[r][i]; roleZ[r][v] = broker.z[r][i] }
            ei[v] = mix.eiByNode[i]
        }
        self.role = role; self.roleZ = roleZ; self.ei = ei
        mixing = MixingSummary(groups: grouping.names, partnersLeftOut: grouping.partnersLeftOut, ties: mix.ties, weights: mix.weights,
                               ei: mix.ei, eiExpected: mix.eiExpected, eiByGroup: mix.eiByGroup, eiExpectedByGroup: mix.eiExpectedByGroup)
    }

    /// All five roles of node `v` added up.
    func brokerageTotal(_ v: Int) -> Int { (0..<5).reduce(0) { $0 + role[$1][v] } }
}
