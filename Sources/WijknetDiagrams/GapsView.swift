import Wijknet
import WijknetGraphviz
import WijknetGraph

// The gaps view: where the ecosystem is thin. For the HTML meeting report:
//
//     var options = GapsOptions(); options.top = 10
//     var view = ViewOptions(view: .gaps, lang: .nl, missingLinksTop: 10)
//     view.gaps = GapsAnalysis(eco, options: options)  // the caller's one analysis
//     let diagram = try Diagram.view(eco, view)
//     let svg = try Graphviz.render(diagram)            // SVG bytes, byte-identical run to run
//
// Every node and edge carries an SVG class (Graphviz writes `class="node …"` / `class="edge …"`):
//
// | mark                                   | SVG class                          |
// |----------------------------------------|------------------------------------|
// | partner (box, domain colour)           | `node partner`                     |
// | articulation point (black, penwidth 3) | `node partner spof`                |
// | only bridge between domains (double)   | `node partner spof only-bridge`    |
// | tie between partners of two domains    | `edge cross` (dark, thicker)       |
// | tie inside one domain                  | `edge within` (light grey)         |
// | missing link (dashed, count label)     | `edge missing`                     |

/// What the gaps view marks on the partners, computed on the whole ecosystem graph (partners,
/// places and young people), the same graph as ``GapsAnalysis``'s single points of failure.
struct GapMarks {
    /// Partners that are articulation points of the ecosystem graph: without them some actors
    /// lose every path to the rest (``GapsAnalysis/singlePoints``, which lists only the top N).
    var spof: Set<Int>
    /// Articulation-point partners that are the *only bridge between two domains*: there are two
    /// of the three real domains (social, care, safety) with a partner of the one and a partner of
    /// the other, neither of them this partner, in one component of the ecosystem graph; and
    /// once this partner is removed, no partner of the one domain is connected to any partner of
    /// the other. Partners of unknown domain count as no domain.
    var onlyBridge: Set<Int>

    /// The marks of the single points `analysis` states (``GapsAnalysis/CutPartner``, with
    /// ``GapsAnalysis/CutPartner/separatesDomains`` for the only bridges): the diagram draws
    /// the findings, it does not compute its own.
    init(_ analysis: GapsAnalysis, _ eco: Ecosystem) {
        let cut = analysis.singlePoints.partners
        spof = Set(cut.compactMap { eco.node(forID: $0.partner) })
        onlyBridge = Set(cut.filter { !$0.separatesDomains.isEmpty }.compactMap { eco.node(forID: $0.partner) })
    }
}

extension Diagram {
    /// The top `top` missing links of `gaps` (its ranking: cross-domain first, then score) as
    /// pairs of ecosystem node ids, for ``ViewOptions/missingLinks`` of the partners view.
    /// - Complexity: O(top).
    public static func missingLinkPairs(_ eco: Ecosystem, _ gaps: GapsAnalysis, top: Int) -> [(Int, Int)] {
        guard top > 0 else { return [] }
        return rankedMissingLinks(eco, gaps).prefix(top).map { ($0.u, $0.v) }
    }

    /// The missing links of `gaps` as node ids with their number of shared young people.
    static func rankedMissingLinks(_ eco: Ecosystem, _ gaps: GapsAnalysis) -> [(u: Int, v: Int, sharedYouth: Int)] {
        gaps.missingLinks.compactMap { l in
            guard let u = eco.node(forID: l.a), let v = eco.node(forID: l.b) else { return nil }
            return (u, v, l.sharedYouth)
        }
    }

}

extension ViewBuilder {
    /// The gaps view, made for the projector: only the partners of the top
    /// ``ViewOptions/missingLinksTop`` missing links and of as many single points of failure
    /// (as ranked by ``GapsAnalysis``), with the direct ties among them (across domains dark and
    /// thick, within one domain light), the missing links dashed with the number of young people
    /// the two partners share, and the single points outlined (see ``GapMarks``). Young people
    /// and places are never drawn, nor named.
    ///
    /// The whole network would be unreadable on a projector (the sample's 42 partners and a few
    /// hundred ties gave labels of 7 px at 1024×768); this view keeps what the findings are about.
    /// Labels are 14 pt and the drawing is scaled into 10.6 × 7.9 in (`size`, a 1024×768 screen
    /// at 96 px per inch, 2 % margin), which the layout of about 20 partners fills at a scale
    /// that keeps labels at 12 px or more (`GapsViewTests.fitsAProjector`).
    func gaps(keep: [Bool], metric: [Double]) throws -> Diagram {
        let g = eco.graph
        let top = options.missingLinksTop
        // The caller's analysis (computed once, the words' source): a view never analyses.
        guard let analysis = options.gaps else { throw WijknetError.invalidRequest(.gapsViewNeedsAnalysis) }
        let marks = GapMarks(analysis, eco)
        let missing = top > 0 ? Diagram.rankedMissingLinks(eco, analysis).prefix(top).filter { keep[$0.u] && keep[$0.v] } : []
        let singles = top > 0 ? analysis.singlePoints.partners.prefix(top).compactMap { eco.node(forID: $0.partner) }.filter { keep[$0] } : []
        var involved = [Bool](repeating: false, count: g.nodeCount)
        for l in missing { involved[l.u] = true; involved[l.v] = true }
        for v in singles { involved[v] = true }
        let (sub, original) = g.induced(keeping: involved)
        var d = baseGraph("gaps", title: title(words.t("Gaps between partners", "Gaten tussen partners")), legend: gapsLegend)
        d.graphAttributes["sep"] = "+28"   // room between boxes for the missing links and their counts
        d.graphAttributes["size"] = "10.6,7.9"
        // No blow-up before overlap removal (the other views scale by four label sizes, which
        // spread 12 partners over 1,200 × 1,350 pt and shrank them to 0.42 on the screen).
        d.graphAttributes["overlap_scaling"] = "0"
        let values = original.map { metric[$0] }
        let lo = values.min() ?? 0, hi = values.max() ?? 0
        for v in original {
            d.nodes.append(DiagramNode(id: "a\(v)", attributes: gapsNodeAttributes(v, marks: marks, sizeFactor: scale(metric[v], lo, hi))))
        }
        let maxW = sub.edges.map(\.weight).max() ?? 1
        for e in sub.edges where e.weight >= options.minWeight {
            let u = original[e.u], v = original[e.v]
            d.edges.append(DiagramEdge(tail: "a\(u)", head: "a\(v)", attributes: tieAttributes(u, v, weight: e.weight, maxWeight: maxW)))
        }
        for l in missing {
            d.edges.append(DiagramEdge(tail: "a\(l.u)", head: "a\(l.v)", attributes: missingLinkAttributes(sharedYouth: l.sharedYouth), boldLabel: true))
        }
        // Edges about as long as a box is wide (neato's `len`, inches), so boxes stand apart.
        for i in d.edges.indices { d.edges[i].attributes["len"] = "2.4" }
        if original.count < eco.nodes(ofKind: .partner).count {
            d.subtitle += " · " + words.t("only the partners of the top missing links and single points of failure",
                                          "alleen de partners van de belangrijkste ontbrekende verbindingen en kwetsbare schakels")
        }
        return d
    }

    /// A partner box as in the partners view, with its classes and, for a single point of
    /// failure, a black outline of penwidth 3 (doubled for an only bridge).
    func gapsNodeAttributes(_ v: Int, marks: GapMarks, sizeFactor: Double) -> [String: String] {
        var attrs = nodeAttributes(v, sizeFactor: sizeFactor)
        attrs["fontsize"] = "14"   // one size, readable on a projector (see ``gaps(keep:metric:)``)
        var classes = ["partner"]
        if marks.spof.contains(v) {
            classes.append("spof")
            attrs["color"] = "#000000"
            attrs["penwidth"] = "3"
        }
        if marks.onlyBridge.contains(v) {
            classes.append("only-bridge")
            attrs["peripheries"] = "2"
        }
        attrs["class"] = classes.joined(separator: " ")
        return attrs
    }

    /// A direct tie: `edge cross` (dark, thicker) between partners of different domains (unknown
    /// counts as a domain of its own, as in ``GapsAnalysis``'s `crossDomain`), else `edge within`.
    func tieAttributes(_ u: Int, _ v: Int, weight: Double, maxWeight: Double) -> [String: String] {
        var attrs = edgeAttributes(weight, maxWeight: maxWeight)
        if eco.actors[u].domain != eco.actors[v].domain {
            attrs["class"] = "cross"
            attrs["color"] = "#333333AA"
            attrs["penwidth"] = fmt(0.6 + (Double(attrs["penwidth"]!) ?? 0.4))
        } else {
            attrs["class"] = "within"
            attrs["color"] = "#99999966"
        }
        return attrs
    }

    /// A missing link: dashed in ``Palette/missingLink``, labelled with a count only (drawn bold).
    func missingLinkAttributes(sharedYouth: Int) -> [String: String] {
        ["class": "missing", "style": "dashed", "color": Palette.missingLink, "penwidth": "4", "constraint": "false",
         "label": "\(sharedYouth)", "fontsize": "16", "fontcolor": Palette.missingLink,
         "tooltip": words.t("missing link: \(sharedYouth) young people in common", "ontbrekende verbinding: \(sharedYouth) jongeren gemeen")]
    }

    /// Every mark of the gaps view, explained.
    var gapsLegend: [LegendEntry] {
        var e = kindLegend.prefix(4).map { $0 }
        e.append(LegendEntry(colour: "#000000", shape: "outline", text: words.t(
            "single point of failure: without this partner some actors lose every path to the rest",
            "kwetsbaar punt: zonder deze partner raken sommige actoren los van de rest")))
        e.append(LegendEntry(colour: "#000000", shape: "double", text: words.t(
            "only bridge: without this partner two domains are no longer connected",
            "enige brug: zonder deze partner zijn twee domeinen niet meer verbonden")))
        e.append(LegendEntry(colour: "#222222", shape: "line", text: words.t(
            "tie between partners of different domains", "contact tussen partners van verschillende domeinen")))
        e.append(LegendEntry(colour: "#999999", shape: "thinline", text: words.t(
            "tie within one domain", "contact binnen één domein")))
        e.append(LegendEntry(colour: Palette.missingLink, shape: "edge", text: words.t(
            "missing link (share young people or places, never met); number = young people in common",
            "ontbrekende verbinding (delen jongeren of plekken, nooit contact); getal = gedeelde jongeren")))
        return e
    }
}
