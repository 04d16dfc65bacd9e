import WijknetGraph

extension ActorMetrics {
    /// One row per actor of `eco` in output order (``Ecosystem/outputOrder(showYouthNames:)``):
    /// the figures of the stages side by side. Young people by pseudonym unless `showYouthNames`.
    /// - Complexity: `O(n log n)` for the order, then `O(1)` per figure.
    static func rows(_ eco: Ecosystem, showYouthNames: Bool, paths: AllPairsStage, spectral: SpectralStage,
                     structure: StructureStage, groups: GroupFigures) -> [ActorMetrics] {
        let g = eco.graph, path = paths.path, holes = structure.holes
        let role = groups.role, roleZ = groups.roleZ, ei = groups.ei
        var isArticulation = [Bool](repeating: false, count: g.nodeCount)
        for v in structure.cuts.articulationPoints { isArticulation[v] = true }
        // Outside the groups (young people: nearly every actor at a national scale) all five
        // z-scores are undefined: those rows share one array instead of allocating five
        // doubles each (issue 28: 80 MB at a million actors, at the analysis' memory peak).
        let undefinedZ = [Double](repeating: .nan, count: 5)
        func z(_ v: Int) -> [Double] {
            (0..<5).allSatisfy { roleZ[$0][v].isNaN } ? undefinedZ : (0..<5).map { roleZ[$0][v] }
        }
        return eco.outputOrder(showYouthNames: showYouthNames).map { v in
            let a = eco.actors[v]
            return ActorMetrics(
                id: eco.exportID(of: v, showYouthNames: showYouthNames), label: eco.label(of: v, showYouthNames: showYouthNames),
                kind: a.kind.rawValue, domain: a.kind == .partner ? a.domain.rawValue : "",
                degree: g.degree(v), strength: g.strength(v),
                betweenness: path.betweenness[v], closeness: path.closeness[v], harmonic: path.harmonic[v],
                eigenvector: spectral.eigenvector[v], pagerank: spectral.pageRank[v],
                constraint: holes.constraint[v], effectiveSize: holes.effectiveSize[v],
                efficiency: holes.efficiency[v], hierarchy: holes.hierarchy[v],
                core: structure.cores[v], component: structure.components.id[v], community: structure.communities.membership[v],
                articulation: isArticulation[v],
                coordinator: role[0][v], consultant: role[1][v], representative: role[2][v],
                gatekeeper: role[3][v], liaison: role[4][v], brokerageTotal: groups.brokerageTotal(v),
                ei: ei[v], brokerageZ: z(v))
        }
    }
}
