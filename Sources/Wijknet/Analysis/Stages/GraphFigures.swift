import WijknetGraph

extension GraphMetrics {
    /// The whole-graph figures of `analyse` from its stages: size, density, components,
    /// Freeman centralization against a star (``Centralization``: degree from raw degrees,
    /// betweenness from the normalized values), average clustering (networkx
    /// `average_clustering`), average shortest path (exact, or from the same sampled sources),
    /// cut structure, communities and mixing. Bridges by export id (pseudonyms unless
    /// `showYouthNames`).
    /// - Complexity: `O(n log n + m)`.
    init(_ eco: Ecosystem, showYouthNames: Bool, paths: AllPairsStage, structure: StructureStage, groups: GroupFigures,
         clustering: Double, averageShortestPath aspl: (value: Double, sampled: Bool)) {
        let g = eco.graph, comps = structure.components, cuts = structure.cuts
        let bridges = cuts.bridges.map { [eco.exportID(of: $0.u, showYouthNames: showYouthNames), eco.exportID(of: $0.v, showYouthNames: showYouthNames)] }
        self.init(
            nodes: g.nodeCount, edges: g.edgeCount, density: g.density, components: comps.count,
            componentSizes: comps.sizes.sorted(by: >),
            degreeCentralization: Centralization.degree(g),
            betweennessCentralization: Centralization.betweenness(normalized: paths.path.betweenness),
            averageClustering: clustering, averageShortestPath: aspl.value,
            averageShortestPathSampled: aspl.sampled, articulationPoints: cuts.articulationPoints.count,
            bridges: bridges, communities: structure.communities.count, modularity: structure.communities.modularity,
            allPairs: paths.method, sampledSources: paths.path.sampledSources?.count, betweennessEstimate: paths.guarantee,
            mixing: groups.mixing)
    }
}
