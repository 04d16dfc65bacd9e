import WijknetGraph

/// The structural stage of ``AnalysisResult``: Burt's constraint, effective size, efficiency and
/// hierarchy (networkx `constraint`, `effective_size`), core numbers (networkx `core_number`,
/// Batagelj–Zaversnik), connected components, articulation points and bridges (Hopcroft–Tarjan,
/// networkx `articulation_points`, `bridges`) and Leiden communities (Traag, Waltman & van Eck
/// 2019) — taken from `leiden` when it ran beside the other stages, else run here.
/// - Complexity: `O(Σ deg(v)²)` for the structural holes, `O(n + m)` for the rest, Leiden
///   `O(m)` per pass.
struct StructureStage {
    var holes: StructuralHoles
    var cores: [Int]
    var components: Components
    var cuts: CutStructure
    var communities: Communities

    init(_ g: Graph, options: AnalysisOptions, leiden: BackgroundWork<Communities>?, clock: inout AnalysisResult.StageTimings) {
        holes = StructuralHoles(g, weighted: options.weighted, workers: GraphWork.workers)
        clock.lap("constraint+effective size+hierarchy")
        cores = coreNumbers(g)
        clock.lap("coreness")
        components = connectedComponents(g)
        cuts = cutStructure(g)
        clock.lap("components+articulation+bridges")
        communities = leiden?.wait() ?? options.communities(g)
        clock.lap("communities")
        clock.besides("leiden", leiden?.seconds)
    }
}
