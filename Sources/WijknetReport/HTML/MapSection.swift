import Wijknet

extension MeetingReport {
    /// The interactive map's input: where each partner sits, from the Graphviz layout the job
    /// runs (`MeetingReportJob`), in points with y downwards.
    public struct Map: Sendable {
        public struct Position: Sendable, Equatable {
            public var x: Double
            public var y: Double
            public init(x: Double, y: Double) {
                self.x = x
                self.y = y
            }
        }
        /// Ecosystem node → position: the partners the map draws and the places tied to them
        /// (never a young person).
        public var positions: [Int: Position]
        /// Partners of the partners view the map does not draw (its bound, issue 28); said under the map.
        public var partnersLeftOut = 0
        /// Places tied to the map's partners that it does not draw.
        public var placesLeftOut = 0
        public init(positions: [Int: Position]) { self.positions = positions }
    }
}

/// The `map` section: the partner network as a hand-written SVG over the Graphviz layout, with
/// its controls and side panel, driven by ``MapScript`` (the page's one inline script).
///
/// **Contract** (tested in headless Chromium, `MapInChromiumTests`): every partner is an element
/// `[data-actor="ID"]` (`g.node`) with `data-domain` (`sociaal`, `zorg`, `veiligheid`,
/// `onbekend`), its label a `text` of `g.labels` with the same `data-i`; places are `g.node.place`
/// (`data-domain="plek"`), shown on request (`input[name=show][value=places]`); the filters are
/// `input[name=domain]` checkboxes, `select[name=organisation]`, `select[name=place]` and
/// `input[name=search]`; the layers `input[name=layer]` (`missing`, `spof`). The figures and
/// findings of the side panel are in `script#map-data` (JSON, `<` `>` `&` escaped), already in
/// the page's language and with small counts of young people suppressed, so the script holds
/// no words. **Privacy:** only partners are drawn; young people appear as counts only.
/// **Deterministic:** nodes in node order, numbers rounded to 0.1 pt.
/// - Complexity: O(N + E) in the partners and their ties.
struct MapSection {
    let page: ReportPage
    let map: MeetingReport.Map
    /// Partners whose leaving splits the ecosystem graph (as the `single-points` section).
    let articulation: Set<Int>

    init(page: ReportPage, map: MeetingReport.Map) {
        self.page = page
        self.map = map
        articulation = Set(page.analysis.actors.filter { $0.articulation && $0.kind == ActorKind.partner.rawValue }
            .compactMap { page.eco.node(forID: $0.id) })
    }
    var eco: Ecosystem { page.eco }
    var nl: Bool { page.lang == .nl }
    func t(_ en: String, _ dutch: String) -> String { nl ? dutch : en }
    func e(_ s: String) -> String { HTML.escape(s) }

    /// The map's partners in node order, then its places: ecosystem node ids.
    var nodes: [Int] { map.positions.keys.sorted { (isPlace($0) ? 1 : 0, $0) < (isPlace($1) ? 1 : 0, $1) } }

    func isPlace(_ v: Int) -> Bool { eco.actors[v].kind == .place }

    /// The value of a domain filter: the Dutch word in both languages (a fixed contract).
    static func filterValue(_ d: Domain) -> String { d == .none ? "plek" : d.dutch }

    func html() -> String {
        let nodes = self.nodes
        guard !nodes.isEmpty else { return "<p>\(e(page.words.nothingHere))</p>" }
        var index: [Int: Int] = [:]
        for (i, v) in nodes.enumerated() { index[v] = i }
        let ties = self.ties(nodes, index: index)
        let places = nodes.filter(isPlace)
        return "<div id=\"map-box\">" + controls(nodes, places: places) + "<div class=\"map-stage\">"
            + svg(nodes, index: index, ties: ties) + "<aside class=\"map-panel\" hidden aria-live=\"polite\"></aside></div>"
            + "<p class=\"note map-legend\">\(e(legend))</p>" + leftOut(nodes)
            + "<script type=\"application/json\" id=\"map-data\">" + MapData(section: self, nodes: nodes, index: index, ties: ties, places: places).json() + "</script></div>"
    }

    /// Ties between the map's partners, and between partners and places, as pairs of map
    /// indices (`i < j`) with whether they cross domains (a place's ties count as crossing), in
    /// the graph's edge order.
    func ties(_ nodes: [Int], index: [Int: Int]) -> [(i: Int, j: Int, cross: Bool)] {
        eco.graph.edges.compactMap { e in
            guard let a = index[e.u], let b = index[e.v], !(isPlace(e.u) && isPlace(e.v)) else { return nil }
            return (min(a, b), max(a, b), eco.actors[e.u].domain != eco.actors[e.v].domain)
        }
    }

    /// What the map leaves out above its bound (`p#map-left-out`), else nothing.
    func leftOut(_ nodes: [Int]) -> String {
        guard map.partnersLeftOut > 0 || map.placesLeftOut > 0 else { return "" }
        let places = nodes.filter(isPlace).count
        return "<p class=\"note\" id=\"map-left-out\">" + e(page.words.mapLeftOut(partners: nodes.count - places, places: places,
                                                                             partnersLeftOut: map.partnersLeftOut, placesLeftOut: map.placesLeftOut)) + "</p>"
    }

    var legend: String {
        t("Colours: blue social, green care, orange safety, grey unknown domain; larger circles have more partner contacts; dark lines cross domains. "
            + "Places (orange squares) are shown with Show: places. Names of the most connected partners are shown; zoom in (wheel, pinch, + and −) for more. Click a partner to see its contacts and figures; click again or press Escape to clear.",
          "Kleuren: blauw sociaal, groen zorg, oranje veiligheid, grijs domein onbekend; grotere cirkels hebben meer contact met partners; donkere lijnen gaan tussen domeinen; plekken (oranje vierkantjes) zet u aan bij Toon: plekken. "
            + "De namen van de meest verbonden partners staan erbij; zoom in (scrollwiel, knijpen, + en −) voor meer. Klik op een partner voor zijn contacten en cijfers; klik nogmaals of druk op Escape om terug te gaan.")
    }

    // MARK: Controls

    func controls(_ nodes: [Int], places: [Int]) -> String {
        let present = Set(nodes.filter { !isPlace($0) }.map { eco.actors[$0].domain })
        let domains = (Domain.partnerDomains + [.unknown]).filter { present.contains($0) }
        var s = "<form class=\"map-controls\" role=\"search\"><fieldset><legend>\(e(t("Domains", "Domeinen")))</legend>"
        for d in domains {
            s += "<label><input type=\"checkbox\" name=\"domain\" value=\"\(Self.filterValue(d))\" checked> \(e(page.sentences.domain(d.rawValue)))</label>"
        }
        s += "</fieldset>"
        let organisations = Set(nodes.filter { !isPlace($0) }.compactMap { eco.actors[$0].organisation }.filter { !$0.isEmpty }).sorted()
        s += select("organisation", t("Organisation", "Organisatie"), all: t("every organisation", "alle organisaties"),
                    options: organisations.map { ($0, $0) })
        s += select("place", t("Place", "Plek"), all: t("every place", "alle plekken"),
                    options: places.map { (eco.actors[$0].id, eco.label(of: $0)) })
        s += "<label>\(e(t("Find", "Zoek"))) <input type=\"search\" name=\"search\" autocomplete=\"off\" placeholder=\"\(e(t("name of a partner", "naam van een partner")))\"></label>"
        s += "<fieldset><legend>\(e(t("Show", "Toon")))</legend>"
        if !places.isEmpty { s += "<label><input type=\"checkbox\" name=\"show\" value=\"places\"> \(e(t("places", "plekken")))</label>" }
        s += "<label><input type=\"checkbox\" name=\"layer\" value=\"missing\"> \(e(page.words.title(.missingLinks).lowercased()))</label>"
        s += "<label><input type=\"checkbox\" name=\"layer\" value=\"spof\"> \(e(page.words.title(.singlePoints).lowercased()))</label></fieldset>"
        s += "<span class=\"map-zoom\"><button type=\"button\" data-zoom=\"in\" aria-label=\"\(e(t("zoom in", "inzoomen")))\">+</button>"
        s += "<button type=\"button\" data-zoom=\"out\" aria-label=\"\(e(t("zoom out", "uitzoomen")))\">−</button>"
        s += "<button type=\"button\" data-zoom=\"fit\">\(e(t("whole map", "hele kaart")))</button></span>"
        return s + "<output name=\"found\"></output></form>"
    }

    func select(_ name: String, _ title: String, all: String, options: [(value: String, text: String)]) -> String {
        guard !options.isEmpty else { return "" }
        return "<label>\(e(title)) <select name=\"\(name)\"><option value=\"\">\(e(all))</option>"
            + options.map { "<option value=\"\(e($0.value))\">\(e($0.text))</option>" }.joined() + "</select></label>"
    }

    // MARK: The drawing

    /// Radius in points: 5 to 14 by the square root of a partner's contacts with partners, or of
    /// a place's partners.
    func radii(_ nodes: [Int], ties: [(i: Int, j: Int, cross: Bool)]) -> [Double] {
        var degree = [Int](repeating: 0, count: nodes.count)
        for t in ties {
            let place = isPlace(nodes[t.i]) || isPlace(nodes[t.j])
            if !place || isPlace(nodes[t.i]) { degree[t.i] += 1 }
            if !place || isPlace(nodes[t.j]) { degree[t.j] += 1 }
        }
        let most = Double(max(1, degree.max() ?? 1))
        return degree.map { 5 + 9 * (Double($0) / most).squareRoot() }
    }

    func svg(_ nodes: [Int], index: [Int: Int], ties: [(i: Int, j: Int, cross: Bool)]) -> String {
        let p = nodes.map { map.positions[$0]! }
        let r = radii(nodes, ties: ties)
        let pad = 40.0
        let x0 = (p.map(\.x).min() ?? 0) - pad, y0 = (p.map(\.y).min() ?? 0) - pad
        let w = (p.map(\.x).max() ?? 0) + pad - x0, h = (p.map(\.y).max() ?? 0) + pad - y0
        func seg(_ a: Int, _ b: Int) -> String { "M\(mapNumber(p[a].x)) \(mapNumber(p[a].y))L\(mapNumber(p[b].x)) \(mapNumber(p[b].y))" }
        var s = "<svg id=\"map-svg\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"\(mapNumber(x0)) \(mapNumber(y0)) \(mapNumber(w)) \(mapNumber(h))\" "
            + "role=\"img\" tabindex=\"0\" aria-label=\"\(e(t("Map of the partners and their contacts", "Kaart van de partners en hun contacten")))\">"
        let partnerTies = ties.filter { !isPlace(nodes[$0.i]) && !isPlace(nodes[$0.j]) }
        s += "<g class=\"ties\"><path class=\"within\" d=\"" + partnerTies.filter { !$0.cross }.map { seg($0.i, $0.j) }.joined()
            + "\"/><path class=\"cross\" d=\"" + partnerTies.filter(\.cross).map { seg($0.i, $0.j) }.joined() + "\"/><path class=\"place\" d=\"\"/></g>"
        s += "<g class=\"ties-focus\"><path d=\"\"/></g><g data-layer=\"missing\">"
        for l in page.gaps.missingLinks {
            guard let a = eco.node(forID: l.a).flatMap({ index[$0] }), let b = eco.node(forID: l.b).flatMap({ index[$0] }) else { continue }
            s += "<path data-a=\"\(a)\" data-b=\"\(b)\" d=\"\(seg(a, b))\"/>"
        }
        s += "</g><g class=\"nodes\">"
        for (i, v) in nodes.enumerated() {
            let a = eco.actors[v]
            let mark = isPlace(v)
                ? "<rect x=\"\(mapNumber(p[i].x - r[i]))\" y=\"\(mapNumber(p[i].y - r[i]))\" width=\"\(mapNumber(2 * r[i]))\" height=\"\(mapNumber(2 * r[i]))\" fill=\"#E69F00\"/>"
                : "<circle cx=\"\(mapNumber(p[i].x))\" cy=\"\(mapNumber(p[i].y))\" r=\"\(mapNumber(r[i]))\" fill=\"\(Self.colour(a.domain))\"/>"
            s += "<g class=\"node\(isPlace(v) ? " place hidden" : "")\" data-i=\"\(i)\" data-actor=\"\(e(a.id))\" data-domain=\"\(Self.filterValue(a.domain))\">"
                + mark + "<title>\(e(eco.label(of: v)))</title></g>"
        }
        s += "</g><g data-layer=\"spof\">"
        for (i, v) in nodes.enumerated() where articulation.contains(v) {
            s += "<circle data-i=\"\(i)\" cx=\"\(mapNumber(p[i].x))\" cy=\"\(mapNumber(p[i].y))\" r=\"\(mapNumber(r[i] + 4))\"/>"
        }
        // Without the script (print, a mail client) the labels of the 25 most connected partners
        // show at a size for a page about 900 px wide; the script sizes and places them live.
        let top = Set(labelOrder(nodes, radii: r).filter { !isPlace(nodes[$0]) }.prefix(25))
        s += "</g><g class=\"labels\" font-size=\"\(mapNumber(max(9, 13 * w / 900)))\">"
        for (i, v) in nodes.enumerated() {
            s += "<text data-i=\"\(i)\" x=\"\(mapNumber(p[i].x + r[i]))\" y=\"\(mapNumber(p[i].y))\" dx=\"0.3em\" dy=\"0.35em\"\(top.contains(i) ? "" : " class=\"off\"")>\(e(eco.label(of: v)))</text>"
        }
        return s + "</g></svg>"
    }

    /// Map indices by how many partner contacts they have (radius), most first, ties by index:
    /// the order in which labels are placed.
    func labelOrder(_ nodes: [Int], radii r: [Double]) -> [Int] {
        nodes.indices.sorted { (r[$0], $1) > (r[$1], $0) }
    }

    static func colour(_ d: Domain) -> String {
        switch d {
        case .social: "#0072B2"
        case .care: "#009E73"
        case .safety: "#D55E00"
        case .unknown, .none: "#999999"
        }
    }
}

/// A number for the map's SVG and JSON: rounded to 0.1, no trailing `.0`.
/// - Complexity: O(1).
func mapNumber(_ x: Double) -> String {
    guard x.isFinite else { return "0" }
    let r = (x * 10).rounded() / 10
    if r == r.rounded(), abs(r) < 1e15 { return String(Int64(r)) }
    return String(r)
}

extension ReportPage {
    func mapSection(_ map: MeetingReport.Map) -> String { MapSection(page: self, map: map).html() }
}
