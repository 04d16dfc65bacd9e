import Wijknet
import WijknetGraphviz

extension Diagram {
    /// The diagram the report's interactive map is laid out with; `nil` when no partner is drawn.
    ///
    /// The partners view (with `options.missingLinks`, so a partner in one is on the map even
    /// without ties) and the places tied to its partners, without header or legend: places pull
    /// their partners towards them, so a place's partners sit around it. Above
    /// ``MapBackbone/keepPerNode`` ties per node only the backbone's ties are laid out
    /// (``MapBackbone``); the map draws every tie at the positions this layout gives.
    ///
    /// Built from the graph's rows, never from the full partners view: the 20k-actor log's
    /// partners view has 77,164 ties, each a `DiagramEdge` with its style; the backbone keeps
    /// 15,580, and only those are made.
    ///
    /// - Complexity: O(N + E log E) for N actors and E ties among the partners and their places,
    ///   before Graphviz's layout.
    ///
    /// `placeLimit`: at most this many places, those tied to most of the drawn partners
    /// (``MapSelection/places(_:limit:)``); the partners are bounded by
    /// ``ViewOptions/onlyPartners`` (``MapSelection``).
    public static func mapLayout(_ eco: Ecosystem, _ options: ViewOptions, placeLimit: Int = .max) throws -> Diagram? {
        var options = options
        options.view = .partners
        let builder = ViewBuilder(eco: eco, options: options)
        let metric = try builder.metric()
        let c = builder.partnerContent(keep: builder.filtered(metric), metric: metric)
        guard !c.nodes.isEmpty else { return nil }
        var d = builder.baseGraph("partners", title: "", legend: [])
        d.subtitle = ""
        // What `Diagram.view` decides from the partners view's own size, so the map is laid out
        // as it was when it was that view plus its places.
        if !Diagram.curvesAreCheap(nodes: c.nodes.count, edges: c.ties.count + c.missing.count) { d.graphAttributes["splines"] = "false" }
        d.nodes = c.nodes.map { builder.partnerNode($0, c, metric: metric) }
        var ends = c.ties.map { MapBackbone.End(u: $0.u, v: $0.v, weight: $0.weight) } + c.missing.map { MapBackbone.End(u: $0.0, v: $0.1, weight: nil) }
        let places = placeTies(eco, partners: c.nodes, limit: placeLimit)
        for (p, _) in places { d.nodes.append(DiagramNode(id: "a\(p)", attributes: ["shape": "box", "fontsize": "11", "label": eco.label(of: p)])) }
        for (p, tied) in places { for t in tied { ends.append(MapBackbone.End(u: t.partner, v: p, weight: t.weight)) } }
        // Above neato's limit: no prism (not repeatable), and sfdp's coarser Barnes–Hut
        // approximation of the repulsive forces: on the 20k log's map (3,003 nodes) 0.5 s less
        // of the report's 2.5 s, and the same picture (compared side by side in Chromium).
        if d.nodes.count > LayoutEngine.neatoLimit {
            d.graphAttributes["overlap"] = "true"
            d.graphAttributes["quadtree"] = "fast"
        }
        let kept = MapBackbone.kept(ends, nodeCount: d.nodes.count)
        let tieCount = c.ties.count, missingEnd = c.ties.count + c.missing.count
        for (i, e) in ends.enumerated() where kept[i] {
            let attributes = i < tieCount ? builder.edgeAttributes(e.weight!, maxWeight: c.maxWeight)
                : i < missingEnd ? ViewBuilder.missingLinkAttributes : [:]
            d.edges.append(DiagramEdge(tail: "a\(e.u)", head: "a\(e.v)", attributes: attributes))
        }
        return d
    }

    /// The places tied to `partners` (at most `limit`: ``MapSelection/places(_:limit:)``), in
    /// index order, each with its partners (in the order of `partners`) and the tie's weight.
    static func placeTies(_ eco: Ecosystem, partners: [Int], limit: Int) -> [(place: Int, tied: [(partner: Int, weight: Double)])] {
        let g = eco.graph
        var tied: [Int: [(partner: Int, weight: Double)]] = [:]
        for v in partners {
            for s in g.slots(v) where eco.actors[Int(g.targets[s])].kind == .place { tied[Int(g.targets[s]), default: []].append((v, g.weights[s])) }
        }
        return MapSelection.places(tied.mapValues { $0.map(\.partner) }, limit: limit).map { ($0, tied[$0]!) }
    }
}
