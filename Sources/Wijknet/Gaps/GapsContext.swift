import WijknetGraph

/// What every finding of ``GapsAnalysis`` reads: the ecosystem's graph and actors, which nodes
/// are partners, the domain of each node (the groups of `analyse --group-by domain`: partners of
/// unknown domain have none), the young people and the neighbourhood team.
///
/// Built once by ``GapsAnalysis/init(_:options:)`` in `O(n + m)`; each finding is a function of
/// it and the ``GapsOptions``, in a file of its own under `Gaps/Findings/`.
struct GapsContext {
    /// Social, care, safety: the order of the domain indices (0, 1, 2) in every finding.
    static let domainsOrder: [Domain] = [.social, .care, .safety]

    let eco: Ecosystem
    let g: Graph
    let n: Int
    let actors: [Actor]
    let isPartner: [Bool]
    /// The domain groups (``Ecosystem/groups(by:)`` with `domain`).
    let grouping: Grouping
    /// The young people's nodes, in node order.
    let youth: [Int]
    /// The neighbourhood team's nodes (``GapsOptions/teamNodes(in:)``).
    let team: Set<Int>
    /// The ids the actors file does not list (``Ecosystem/unlistedIDs()``), per node.
    let unlisted: [Bool]

    init(_ eco: Ecosystem, options: GapsOptions) {
        let actors = eco.actors
        self.eco = eco
        g = eco.graph
        n = g.nodeCount
        self.actors = actors
        isPartner = actors.map { $0.kind == .partner }
        grouping = try! eco.groups(by: "domain")   // "domain" is always a known attribute
        precondition(grouping.names == Self.domainsOrder.map(\.rawValue))
        youth = (0..<g.nodeCount).filter { actors[$0].kind == .youth }
        team = options.teamNodes(in: eco)
        unlisted = eco.unlistedIDs()
    }

    /// The export id of node `v` (a pseudonym for a young person).
    func id(_ v: Int) -> String { eco.exportID(of: v) }
    /// The label of node `v` as the outputs show it.
    func label(_ v: Int) -> String { eco.label(of: v) }
    /// The domain of node `v` when it is a partner of social, care or safety; else `nil`.
    func realDomain(_ v: Int) -> Domain? { grouping.ids[v].map { Self.domainsOrder[$0] } }
    /// The index of `v`'s real domain in ``domainsOrder`` (0, 1, 2), or `nil`.
    func domainIndex(_ v: Int) -> Int? { grouping.ids[v] }
}
