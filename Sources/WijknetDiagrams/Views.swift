import Wijknet
import WijknetGraphviz
import WijknetGraph

/// The diagrams Wijknet draws for team meetings.
public enum View: Sendable, Equatable {
    /// Partners, places and young people (young people as points, aggregated per place when many).
    case ecosystem
    /// Partners only, tied by direct contact; missing links dashed red when given.
    case partners
    /// The domains as large nodes with tie counts and weights between them.
    case domains
    /// The ecosystem around one place, partners grouped by domain.
    case place(String)
    /// One actor and its neighbours.
    case ego(String)
    /// Partners with their ties, the top missing links dashed and the single points of failure
    /// outlined (see `GapsView.swift`).
    case gaps

    /// Parses `ecosystem`, `partners`, `domains`, `gaps`, `place:ID`, `ego:ID`.
    public init?(parsing text: String) {
        if text == "ecosystem" { self = .ecosystem }
        else if text == "partners" { self = .partners }
        else if text == "domains" { self = .domains }
        else if text == "gaps" { self = .gaps }
        else if text.hasPrefix("place:"), text.count > 6 { self = .place(String(text.dropFirst(6))) }
        else if text.hasPrefix("ego:"), text.count > 4 { self = .ego(String(text.dropFirst(4))) }
        else { return nil }
    }

    /// A file-name-safe name (`place:plek-001` → `place-plek-001`; ego views never name the actor).
    public var fileStem: String {
        switch self {
        case .ecosystem: "ecosystem"
        case .partners: "partners"
        case .domains: "domains"
        case .gaps: "gaps"
        case .place(let id): "place-" + String(id.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "_" })
        case .ego: "ego"
        }
    }
}

/// How to draw a view.
public struct ViewOptions: Sendable {
    public var view: View
    public var lang: Language
    /// Node size by: degree, strength, betweenness, closeness, harmonic, pagerank, eigenvector
    /// (``NodeMeasure``).
    public var sizeBy: String
    /// The values of ``sizeBy`` for every actor, from the caller's analysis
    /// (``NodeMeasure/values(_:options:)``); `nil`: degree or strength from the rows (any other
    /// measure without values is refused: a view never analyses).
    public var sizes: [Double]?
    /// Above this many young people in the diagram they are drawn as one node per place.
    public var aggregateYouthAbove: Int
    public var neighbourhood: String?
    public var domain: Domain?
    /// Ties lighter than this are left out.
    public var minWeight: Double
    /// Keep only the N most central partners (by ``sizeBy``).
    public var top: Int?
    /// Keep only these partners (ecosystem node ids); `nil`: every partner. The report's map
    /// sets it above its bound (issue 28), choosing the partners itself.
    public var onlyPartners: Set<Int>?
    public var showYouthNames: Bool
    /// Partner pairs (node ids of the ecosystem) to draw as missing links in the partners view.
    /// The partners view draws no missing links unless given; ``Diagram/missingLinkPairs(_:top:)``
    /// gives the top N of ``GapsAnalysis``.
    public var missingLinks: [(Int, Int)]
    /// How many missing links the gaps view draws, as ranked by ``GapsAnalysis`` (default 10).
    public var missingLinksTop: Int
    public var title: String?
    /// The gaps view's findings, from the caller's one analysis, so the diagram draws what the
    /// words state; the gaps view is refused without them (a view never analyses).
    public var gaps: GapsAnalysis?

    public init(view: View, lang: Language = .nl, sizeBy: String = "degree", aggregateYouthAbove: Int = 50,
                neighbourhood: String? = nil, domain: Domain? = nil, minWeight: Double = 0, top: Int? = nil,
                showYouthNames: Bool = false, missingLinks: [(Int, Int)] = [], missingLinksTop: Int = 10, title: String? = nil) {
        self.view = view
        self.lang = lang
        self.sizeBy = sizeBy
        self.aggregateYouthAbove = aggregateYouthAbove
        self.neighbourhood = neighbourhood
        self.domain = domain
        self.minWeight = minWeight
        self.top = top
        self.showYouthNames = showYouthNames
        self.missingLinks = missingLinks
        self.missingLinksTop = missingLinksTop
        self.title = title
    }

    public static let sizeMetrics = NodeMeasure.allCases.map(\.rawValue)
}

/// Colour-blind-safe palette (Okabe & Ito 2008), one colour per domain and kind.
public enum Palette {
    public static func domain(_ d: Domain) -> String {
        switch d {
        case .social: "#0072B2"
        case .care: "#009E73"
        case .safety: "#D55E00"
        case .unknown, .none: "#999999"
        }
    }
    public static let place = "#E69F00"
    public static let youth = "#CC79A7"
    public static let missingLink = "#D55E00"
}

extension Diagram {
    /// The diagram of `options.view` for `eco`.
    /// - Throws: ``WijknetError/invalidRequest(_:)`` for an unknown place or actor, or an unknown size metric.
    public static func view(_ eco: Ecosystem, _ options: ViewOptions) throws -> Diagram {
        guard NodeMeasure(rawValue: options.sizeBy) != nil else {
            throw WijknetError.invalidRequest(.unknownSizeMeasure(options.sizeBy, known: ViewOptions.sizeMetrics))
        }
        var builder = ViewBuilder(eco: eco, options: options)
        var d = try builder.build()
        // Curves only where they are cheap (see ``curvedEdgeLimit``).
        if !Diagram.curvesAreCheap(nodes: d.nodes.count, edges: d.edges.count) { d.graphAttributes["splines"] = "false" }
        // Overlap removal by `prism` varies from process to process on large graphs (libgvc
        // 2.42: 1,700 nodes gave three different SVGs in three runs with sfdp, neato and even
        // twopi; with `overlap=true` all three runs are byte-identical, measured). `scale` is
        // stable too but blows the drawing up thirtyfold, so above the neato limit nodes may touch.
        if d.nodes.count > LayoutEngine.neatoLimit { d.graphAttributes["overlap"] = "true" }
        return d
    }
}

extension Diagram {
    /// Above this many edges a view draws them straight (`splines=false`).
    ///
    /// Routing curved edges around the nodes (neato's `splines=true`) costs far more than the
    /// layout, and its cost grows with the edges routed, not with the nodes (CPU seconds,
    /// `CurvedEdgesTimingTests` with `WIJKNET_MEASURE_CURVES=1`): the generated 94-partner,
    /// 768-tie partners view 2.58 s curved and 0.10 s straight; the sample's 42 partners with
    /// 331 ties 0.29 s curved, 0.04 s straight. Up to 400 edges curves stay well under a second.
    /// The rule used to be "more than 150 nodes", which left a dense small network curved.
    public static let curvedEdgeLimit = 400

    /// Whether a view of `nodes` nodes and `edges` edges is drawn with curved edges: at most
    /// ``curvedEdgeLimit`` edges and at most 150 nodes (above that neato's node overlap
    /// removal with curves passes 30 s at 500 nodes).
    /// - Complexity: O(1).
    public static func curvesAreCheap(nodes: Int, edges: Int) -> Bool { edges <= curvedEdgeLimit && nodes <= 150 }
}

/// Words in the diagrams, Dutch and English.
struct Words {
    let nl: Bool
    func t(_ en: String, _ dutch: String) -> String { nl ? dutch : en }
    func domain(_ d: Domain) -> String { nl ? d.dutch : d.rawValue }
}

struct ViewBuilder {
    let eco: Ecosystem
    let options: ViewOptions
    var words: Words { Words(nl: options.lang == .nl) }

    /// Metric values for node sizes, over the whole ecosystem: the caller's
    /// (``ViewOptions/sizes``), else degree or strength read from the rows. The other measures
    /// are an analysis, which a view never runs: the caller computes them with
    /// ``NodeMeasure/values(_:options:)``, as `analyse` does.
    func metric() throws -> [Double] {
        if let sizes = options.sizes {
            guard sizes.count == eco.graph.nodeCount else {
                throw WijknetError.invalidRequest(.sizesCount(given: sizes.count, actors: eco.graph.nodeCount))
            }
            return sizes
        }
        guard let measure = NodeMeasure(rawValue: options.sizeBy), measure == .degree || measure == .strength else {
            throw WijknetError.invalidRequest(.sizesMissing(measure: options.sizeBy))
        }
        return measure.values(eco.graph)
    }

    /// Which nodes the filters keep (before the view selects its own).
    func filtered(_ metric: [Double]) -> [Bool] {
        var keep = eco.actors.map { a -> Bool in
            if let hood = options.neighbourhood, a.neighbourhood != hood { return false }
            if let d = options.domain, a.kind == .partner, a.domain != d { return false }
            return true
        }
        if let only = options.onlyPartners {
            for v in eco.actors.indices where eco.actors[v].kind == .partner && !only.contains(v) { keep[v] = false }
        }
        if let top = options.top {
            let partners = eco.actors.indices.filter { eco.actors[$0].kind == .partner && keep[$0] }
            let best = Set(partners.sorted { (metric[$0], $1) > (metric[$1], $0) }.prefix(top))
            for v in partners where !best.contains(v) { keep[v] = false }
        }
        return keep
    }

    func title(_ base: String) -> String { options.title ?? base }

    var periodText: String {
        let rows = eco.rowsInPeriod
        let days = rows.map { Calendar.day(ofTimestamp: eco.log.time[$0]) }
        guard let lo = days.min(), let hi = days.max() else { return words.t("no contacts", "geen contacten") }
        if eco.log.undated { return words.t("one period without dates", "één periode zonder datums") + ", \(rows.count) " + words.t("ties", "verbindingen") }
        let fmt = options.lang == .nl ? Calendar.dutchDate : Calendar.isoDate
        return words.t("period", "periode") + " \(fmt(lo)) – \(fmt(hi)), \(rows.count) " + words.t("contacts", "contacten")
    }

    mutating func build() throws -> Diagram {
        let m = try metric()
        let keep = filtered(m)
        switch options.view {
        case .ecosystem: return ecosystem(keep: keep, metric: m)
        case .partners: return partners(keep: keep, metric: m)
        case .domains: return domains(keep: keep)
        case .gaps: return try gaps(keep: keep, metric: m)
        case .place(let id):
            guard let v = eco.node(forID: id), eco.actors[v].kind == .place else {
                throw WijknetError.invalidRequest(.noSuchPlace(id))
            }
            return neighbourhoodOf(v, keep: keep, metric: m, clusterByDomain: true)
        case .ego(let id):
            guard let v = eco.node(forID: id) else {
                throw WijknetError.invalidRequest(.noSuchActor)
            }
            return neighbourhoodOf(v, keep: keep, metric: m, clusterByDomain: false)
        }
    }

    // MARK: Styling

    func baseGraph(_ name: String, title: String, legend: [LegendEntry]) -> Diagram {
        Diagram(name: name, graphAttributes: [
            "fontsize": "18", "labelloc": "t", "labeljust": "l",
            "overlap": "prism", "overlap_scaling": "-4", "splines": "true", "outputorder": "edgesfirst",
            "bgcolor": "white", "pad": "0.3", "start": "regular", "nodesep": "0.3", "ranksep": "0.6",
            "K": "0.6", "repulsiveforce": "1.5",
        ], legend: legend, title: title, subtitle: periodText)
    }

    func scale(_ x: Double, _ lo: Double, _ hi: Double) -> Double {
        guard hi > lo, x.isFinite else { return 0 }
        return (x - lo) / (hi - lo)
    }

    func nodeAttributes(_ v: Int, sizeFactor s: Double) -> [String: String] {
        let a = eco.actors[v]
        let label = eco.label(of: v, showYouthNames: options.showYouthNames)
        switch a.kind {
        case .partner:
            return ["shape": "box", "style": "filled,rounded", "fillcolor": Palette.domain(a.domain), "fontcolor": "white",
                    "color": "white", "fontsize": fmt(9 + 9 * s), "margin": "0.06,0.03",
                    "label": label, "tooltip": label + " (" + words.domain(a.domain) + ")"]
        case .place:
            return ["shape": "house", "style": "filled", "fillcolor": Palette.place, "color": "white",
                    "fontsize": fmt(10 + 8 * s), "label": label, "tooltip": label]
        case .youth:
            return ["shape": "circle", "style": "filled", "fillcolor": Palette.youth, "color": Palette.youth, "fixedsize": "true",
                    "width": fmt(0.08 + 0.14 * s), "label": "", "tooltip": label]
        }
    }

    func edgeAttributes(_ w: Double, maxWeight: Double) -> [String: String] {
        // In [0, 1]; a weight sum that overflowed to infinity counts as the heaviest.
        let ratio = maxWeight > 0 ? w / maxWeight : 0
        let r = ratio.isFinite ? min(1, ratio.squareRoot()) : 1
        return ["penwidth": fmt(0.4 + 3.6 * r), "color": "#55555566", "weight": fmt(max(1, w.rounded()))]
    }

    var kindLegend: [LegendEntry] {
        var e = Domain.partnerDomains.map { LegendEntry(colour: Palette.domain($0), shape: "box", text: words.t("partner", "partner") + " · " + words.domain($0)) }
        e.append(LegendEntry(colour: Palette.domain(.unknown), shape: "box", text: words.t("partner · domain unknown", "partner · domein onbekend")))
        e.append(LegendEntry(colour: Palette.place, shape: "house", text: words.t("place", "plek")))
        e.append(LegendEntry(colour: Palette.youth, shape: "circle", text: words.t("young person (pseudonymised)", "jongere (gepseudonimiseerd)")))
        return e
    }

    // MARK: Views

    func ecosystem(keep: [Bool], metric: [Double]) -> Diagram {
        let g = eco.graph
        // Output order (young people by pseudonym), nodes and ties: the SVG's sequence of nodes
        // and ties must not follow the actors file's order of the young people.
        let outputOrder = eco.outputOrder(showYouthNames: options.showYouthNames)
        let nodes = outputOrder.filter { keep[$0] && g.degree($0) > 0 }
        let youth = nodes.filter { eco.actors[$0].kind == .youth }
        let aggregate = youth.count > options.aggregateYouthAbove
        var d = baseGraph("ecosystem", title: title(words.t("Ecosystem", "Ecosysteem")), legend: kindLegend)
        let values = nodes.map { metric[$0] }
        let lo = values.min() ?? 0, hi = values.max() ?? 0
        var present = Set<Int>()
        for v in nodes where !(aggregate && eco.actors[v].kind == .youth) {
            d.nodes.append(DiagramNode(id: "a\(v)", attributes: nodeAttributes(v, sizeFactor: scale(metric[v], lo, hi))))
            present.insert(v)
        }
        // Young people per place: the place each is tied to most strongly (ties: lowest id), or none.
        var groupOf: [Int: Int] = [:]   // youth -> place node, or -1
        if aggregate {
            for y in youth {
                var best = -1, bestW = 0.0
                for s in g.slots(y) {
                    let p = Int(g.targets[s])
                    if eco.actors[p].kind == .place && keep[p] && (g.weights[s] > bestW || (g.weights[s] == bestW && p < best)) { best = p; bestW = g.weights[s] }
                }
                groupOf[y] = best
            }
            var counts: [Int: Int] = [:]
            for (_, p) in groupOf { counts[p, default: 0] += 1 }
            let maxCount = Double(counts.values.max() ?? 1)
            for p in counts.keys.sorted() {
                let c = counts[p]!
                let label = "\(c) " + (c == 1 ? words.t("young person", "jongere") : words.t("young people", "jongeren"))
                let place = p >= 0 ? eco.label(of: p) : words.t("no place", "geen plek")
                d.nodes.append(DiagramNode(id: "y\(p)", attributes: [
                    "shape": "circle", "style": "filled", "fillcolor": Palette.youth + "CC", "color": Palette.youth,
                    "fontsize": "9", "fontcolor": "white", "width": fmt(0.85 + 0.8 * (Double(c) / maxCount).squareRoot()), "fixedsize": "true",
                    "label": label, "tooltip": label + " · " + place,
                ]))
            }
        }
        // Edges, aggregated where young people are.
        var weights: [String: (String, String, Double)] = [:]
        var order: [String] = []
        func add(_ a: String, _ b: String, _ w: Double) {
            let key = a < b ? a + "|" + b : b + "|" + a
            if weights[key] == nil { order.append(key); weights[key] = (a, b, 0) }
            weights[key]!.2 += w
        }
        for t in eco.tiesInOutputOrder(outputOrder) {
            let e = eco.graph.edges[t.edge]
            guard keep[e.u] && keep[e.v] && e.weight >= options.minWeight else { continue }
            func id(_ v: Int) -> String? {
                if aggregate && eco.actors[v].kind == .youth { return groupOf[v].map { "y\($0)" } }
                return present.contains(v) ? "a\(v)" : nil
            }
            guard let a = id(e.u), let b = id(e.v), a != b else { continue }
            add(a, b, e.weight)
        }
        let maxW = weights.values.map(\.2).max() ?? 1
        for key in order {
            let (a, b, w) = weights[key]!
            d.edges.append(DiagramEdge(tail: a, head: b, attributes: edgeAttributes(w, maxWeight: maxW)))
        }
        if aggregate {
            d.subtitle += " · " + words.t("young people grouped per place", "jongeren gegroepeerd per plek")
        }
        return d
    }

    /// What the partners view shows, before it is styled: the partners drawn (those with a tie
    /// to another partner, or in a missing link), in the ecosystem's order; their ties (at least
    /// ``ViewOptions/minWeight``, in the induced graph's edge order); the missing links between
    /// drawn partners. Shared by the partners view and the map's layout (``Diagram/mapLayout(_:_:)``).
    struct PartnerContent {
        var nodes: [Int] = []
        var drawn: [Bool]
        var ties: [(u: Int, v: Int, weight: Double)] = []
        /// The heaviest tie between partners (1 without ties): the scale of the pen widths.
        var maxWeight: Double
        var missing: [(Int, Int)] = []
        /// The metric's range over the partners, for the node sizes.
        var lo: Double, hi: Double
    }

    func partnerContent(keep: [Bool], metric: [Double]) -> PartnerContent {
        let g = eco.graph
        var keepPartners = keep
        for v in 0..<g.nodeCount where eco.actors[v].kind != .partner { keepPartners[v] = false }
        let (sub, original) = g.induced(keeping: keepPartners)
        let values = original.map { metric[$0] }
        let edges = sub.edges
        var c = PartnerContent(drawn: [Bool](repeating: false, count: g.nodeCount), maxWeight: edges.map(\.weight).max() ?? 1,
                               lo: values.min() ?? 0, hi: values.max() ?? 0)
        for (i, v) in original.enumerated() where sub.degree(i) > 0 || options.missingLinks.contains(where: { $0.0 == v || $0.1 == v }) {
            c.nodes.append(v)
            c.drawn[v] = true
        }
        for e in edges where e.weight >= options.minWeight { c.ties.append((original[e.u], original[e.v], e.weight)) }
        for (u, v) in options.missingLinks where c.drawn[u] && c.drawn[v] { c.missing.append((u, v)) }
        return c
    }

    /// The dashed mark of a missing link.
    static let missingLinkAttributes = ["style": "dashed", "color": Palette.missingLink, "penwidth": "2", "constraint": "false"]

    func partnerNode(_ v: Int, _ c: PartnerContent, metric: [Double]) -> DiagramNode {
        DiagramNode(id: "a\(v)", attributes: nodeAttributes(v, sizeFactor: scale(metric[v], c.lo, c.hi)))
    }

    func partners(keep: [Bool], metric: [Double]) -> Diagram {
        var legend = kindLegend.prefix(4).map { $0 }
        if !options.missingLinks.isEmpty {
            legend.append(LegendEntry(colour: Palette.missingLink, shape: "edge", text: words.t("missing link (share young people or places, never met)", "ontbrekende verbinding (delen jongeren of plekken, nooit contact)")))
        }
        var d = baseGraph("partners", title: title(words.t("Partners and their direct contacts", "Partners en hun directe contacten")), legend: legend)
        let c = partnerContent(keep: keep, metric: metric)
        d.nodes = c.nodes.map { partnerNode($0, c, metric: metric) }
        for t in c.ties {
            d.edges.append(DiagramEdge(tail: "a\(t.u)", head: "a\(t.v)", attributes: edgeAttributes(t.weight, maxWeight: c.maxWeight)))
        }
        for (u, v) in c.missing { d.edges.append(DiagramEdge(tail: "a\(u)", head: "a\(v)", attributes: Self.missingLinkAttributes)) }
        return d
    }

    func domains(keep: [Bool]) -> Diagram {
        let g = eco.graph
        // The legend draws each mark as the diagram does: ties solid, a pair without ties dashed.
        var d = baseGraph("domains", title: title(words.t("How the domains are connected", "Hoe de domeinen verbonden zijn")), legend: [
            LegendEntry(colour: "#444444", shape: "line", text: words.t("ties between partners of two domains: number (summed weight)", "verbindingen tussen partners van twee domeinen: aantal (opgeteld gewicht)")),
        ])
        let doms: [Domain] = [.social, .care, .safety, .unknown]
        var partnerCount = [Int](repeating: 0, count: doms.count)
        var ties = [[Int]](repeating: [Int](repeating: 0, count: doms.count), count: doms.count)
        var weight = [[Double]](repeating: [Double](repeating: 0, count: doms.count), count: doms.count)
        func di(_ v: Int) -> Int? { eco.actors[v].kind == .partner && keep[v] ? doms.firstIndex(of: eco.actors[v].domain) : nil }
        for v in 0..<g.nodeCount { if let i = di(v) { partnerCount[i] += 1 } }
        for e in g.edges where e.weight >= options.minWeight {
            guard let a = di(e.u), let b = di(e.v) else { continue }
            ties[min(a, b)][max(a, b)] += 1
            weight[min(a, b)][max(a, b)] += e.weight
        }
        // The edges' `len` decides the distances: no scaling before overlap removal (`-4` blows
        // the layout up to four label sizes) and no compression after it (prism's default, which
        // pulled the circles together whatever their `len`, so labels went under them).
        d.graphAttributes["overlap_scaling"] = "0"
        d.graphAttributes["overlap_shrink"] = "false"
        let maxCount = Double(partnerCount.max() ?? 1)
        let width = partnerCount.map { 1.4 + 1.4 * (Double($0) / max(1, maxCount)).squareRoot() }
        for (i, dom) in doms.enumerated() where partnerCount[i] > 0 {
            let within = ties[i][i]
            d.nodes.append(DiagramNode(id: dom.rawValue, attributes: [
                "shape": "circle", "style": "filled", "fillcolor": Palette.domain(dom), "fontcolor": "white", "color": "white",
                "fontsize": "16", "fixedsize": "true",
                "width": fmt(width[i]),
                "label": "\(words.domain(dom))\n\(partnerCount[i]) partner\(partnerCount[i] == 1 ? "" : "s")\n\(within) " + words.t("ties within", "onderling"),
            ], boldLabel: true))
        }
        let maxW = weight.joined().max() ?? 1
        var noTies = false
        for i in doms.indices { for j in doms.indices where j > i && partnerCount[i] > 0 && partnerCount[j] > 0 {
            let t = ties[i][j]
            // A missing tie matters between the three real domains; "unknown" only shows what it has.
            if t == 0 && doms[j] == .unknown { continue }
            var attrs = edgeAttributes(weight[i][j], maxWeight: maxW)
            let w = options.lang == .nl ? fmt(weight[i][j]).replacingOccurrences(of: ".", with: ",") : fmt(weight[i][j])
            attrs["label"] = t == 0 ? words.t("no ties", "geen contact") : "\(t) (\(w))"
            attrs["fontsize"] = "14"
            attrs["color"] = t == 0 ? "#D55E00" : "#444444"
            // The label sits at the middle of the edge: an edge as long as both radii plus room
            // for the label (about 1.3 in at 14 pt) keeps it clear of the circles, which are
            // drawn over the edges (neato takes `len` in inches).
            attrs["len"] = fmt((width[i] + width[j]) / 2 + 1.6)
            if t == 0 { attrs["style"] = "dashed"; attrs["penwidth"] = "1.5" }
            if t == 0 { noTies = true }
            d.edges.append(DiagramEdge(tail: doms[i].rawValue, head: doms[j].rawValue, attributes: attrs))
        } }
        if noTies {
            d.legend.append(LegendEntry(colour: "#D55E00", shape: "edge", text: words.t("no ties between partners of these two domains", "geen contact tussen partners van deze twee domeinen")))
        }
        return d
    }

    func neighbourhoodOf(_ center: Int, keep: [Bool], metric: [Double], clusterByDomain: Bool) -> Diagram {
        let g = eco.graph
        let outputOrder = eco.outputOrder(showYouthNames: options.showYouthNames)
        let position = eco.outputPosition(of: outputOrder)
        var members = [center] + g.neighbors(center).filter { keep[$0] }.sorted { position[$0] < position[$1] }
        let cut = clusterByDomain ? nil : heaviestNeighbours(of: center, among: &members, position: position)
        let memberSet = Set(members)
        let youth = members.filter { eco.actors[$0].kind == .youth && $0 != center }
        let aggregate = youth.count > options.aggregateYouthAbove
        if aggregate { members.removeAll { eco.actors[$0].kind == .youth && $0 != center } }
        let centerLabel = eco.label(of: center, showYouthNames: options.showYouthNames)
        let name = clusterByDomain ? "place" : "ego"
        var d = baseGraph(name, title: title((clusterByDomain ? words.t("Around ", "Rond ") : words.t("Network of ", "Netwerk van ")) + centerLabel), legend: kindLegend)
        if let cut {
            d.subtitle += " · " + words.t("the \(cut.shown) partners and places with the most contact, of \(cut.of)",
                                          "de \(cut.shown) partners en plekken met het meeste contact, van de \(cut.of)")
        }
        let values = members.map { metric[$0] }
        let lo = values.min() ?? 0, hi = values.max() ?? 0
        for v in members {
            var attrs = nodeAttributes(v, sizeFactor: scale(metric[v], lo, hi))
            if v == center { attrs["penwidth"] = "3"; attrs["color"] = "#000000" }
            if v == center && eco.actors[v].kind == .youth { attrs["label"] = centerLabel; attrs["fixedsize"] = "false"; attrs["fontcolor"] = "white" }
            d.nodes.append(DiagramNode(id: "a\(v)", attributes: attrs))
        }
        if aggregate {
            let label = "\(youth.count) " + words.t("young people", "jongeren")
            d.nodes.append(DiagramNode(id: "youth", attributes: ["shape": "circle", "style": "filled", "fillcolor": Palette.youth, "fontcolor": "white",
                                                                  "fontsize": "11", "label": label, "tooltip": label]))
        }
        var groupingEdges: [DiagramEdge] = []
        if clusterByDomain {
            for dom in [Domain.social, .care, .safety, .unknown] {
                let ids = members.filter { eco.actors[$0].kind == .partner && eco.actors[$0].domain == dom }.map { "a\($0)" }
                if !ids.isEmpty {
                    // Grouped by domain without Graphviz clusters: with clusters, dot, fdp and even
                    // neato gave different drawings from run to run in libgvc 2.42. Invisible short
                    // edges between a domain's partners pull them together instead, deterministically;
                    // the domain colours and the legend name the groups.
                    for (a, b) in zip(ids, ids.dropFirst()) {
                        groupingEdges.append(DiagramEdge(tail: a, head: b, attributes: ["style": "invis", "len": "0.6", "weight": "4"]))
                    }
                }
            }
        }
        let shown = Set(members)
        var youthWeights: [Int: Double] = [:]
        var maxW = 0.0
        for e in g.edges where memberSet.contains(e.u) && memberSet.contains(e.v) && e.weight >= options.minWeight { maxW = max(maxW, e.weight) }
        for t in eco.tiesInOutputOrder(outputOrder) {
            let e = g.edges[t.edge]
            guard memberSet.contains(e.u) && memberSet.contains(e.v) && e.weight >= options.minWeight else { continue }
            if shown.contains(e.u) && shown.contains(e.v) {
                d.edges.append(DiagramEdge(tail: "a\(e.u)", head: "a\(e.v)", attributes: edgeAttributes(e.weight, maxWeight: maxW)))
            } else if aggregate {
                let other = shown.contains(e.u) ? e.u : e.v
                if shown.contains(other) { youthWeights[other, default: 0] += e.weight }
            }
        }
        for v in youthWeights.keys.sorted() {
            d.edges.append(DiagramEdge(tail: "a\(v)", head: "youth", attributes: edgeAttributes(min(youthWeights[v]!, maxW), maxWeight: maxW)))
        }
        d.edges += groupingEdges
        return d
    }
}

extension ViewBuilder {
    /// An ego view shows at most this many partners and places besides the centre: a hub tied to
    /// everyone (the sample's neighbourhood team: all 41 partners) would draw the whole network
    /// again. Young people are grouped as before.
    static let egoLimit = 20

    /// Keeps in `members` (the centre first, then its neighbours in output order) the
    /// ``egoLimit`` partners and places with the heaviest tie to `center` (equal weights: output
    /// order) and every young person; returns how many were shown of how many, or `nil` when
    /// none was left out.
    /// - Complexity: O(d log d) for the centre's degree d.
    func heaviestNeighbours(of center: Int, among members: inout [Int], position: [Int]) -> (shown: Int, of: Int)? {
        let g = eco.graph
        var weight: [Int: Double] = [:]
        for s in g.slots(center) { weight[Int(g.targets[s]), default: 0] += g.weights[s] }
        let others = members.dropFirst().filter { eco.actors[$0].kind != .youth }
        guard others.count > Self.egoLimit else { return nil }
        let kept = Set(others.sorted { (weight[$0] ?? 0, position[$1]) > (weight[$1] ?? 0, position[$0]) }.prefix(Self.egoLimit))
        members = members.enumerated().filter { $0.offset == 0 || eco.actors[$0.element].kind == .youth || kept.contains($0.element) }.map(\.element)
        return (Self.egoLimit, others.count)
    }
}

/// A number for a Graphviz attribute or a label: rounded to 3 decimals, no trailing zeros.
///
/// Below 10^15 in magnitude it is written without exponent (`2`, `1.5`, `0.123`, `1000000`);
/// from 10^15 on — where every Double is a whole number and thousandths mean nothing — as
/// Swift's shortest round-trip form (`9.223372036854776e+18`, `1e+308`), which Graphviz's
/// `atof`/`strtod` reads back exactly. Never converts to `Int`, so no finite value traps;
/// NaN and ±infinity (an overflowing sum) are written as `0`.
/// - Complexity: O(1).
func fmt(_ x: Double) -> String {
    guard x.isFinite else { return "0" }
    guard abs(x) < 1e15 else { return x.description }
    let r = (x * 1000).rounded() / 1000
    if r == 0 { return "0" }   // also -0
    if r == r.rounded() { return String(Int64(r)) }   // |r| < 10^15 fits
    var s = String(r)
    if s.contains("e") { s = String(format: "%.3f", r) }
    return s
}

#if canImport(Foundation)
import Foundation
#endif
