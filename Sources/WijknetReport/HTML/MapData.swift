import Wijknet

/// The map's data for its script (`script#map-data`): per partner its position, filters,
/// figures and findings, already in words; the ties, missing links and single points as map
/// indices; the words of the panel. Young people appear only as counts, suppressed below
/// `--suppress-below` like every count of young people in the report.
///
/// The JSON is written by hand, keys in a fixed order, so the bytes are the same run to run;
/// `<`, `>` and `&` are written `\u003c` … so no label can end the script element.
/// - Complexity: O(N · d + E) for N partners of degree d and E ties.
struct MapData {
    let section: MapSection
    let nodes: [Int]
    let index: [Int: Int]
    let ties: [(i: Int, j: Int, cross: Bool)]
    let places: [Int]
    var eco: Ecosystem { section.eco }
    var page: ReportPage { section.page }
    func t(_ en: String, _ dutch: String) -> String { section.t(en, dutch) }

    func json() -> String {
        let r = section.radii(nodes, ties: ties)
        let metrics = Dictionary(page.analysis.actors.filter { $0.kind == ActorKind.partner.rawValue }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var s = "{\"words\":{" + words.map { "\(Self.string($0.0)):\(Self.string($0.1))" }.joined(separator: ",") + "},\"nodes\":["
        s += nodes.enumerated().map { i, v in node(i, v, radius: r[i], metrics: metrics[eco.actors[v].id]) }.joined(separator: ",")
        s += "],\"ties\":[" + ties.map { "[\($0.i),\($0.j)]" }.joined(separator: ",")
        s += "],\"order\":[" + section.labelOrder(nodes, radii: r).map(String.init).joined(separator: ",") + "]}"
        return s
    }

    var words: [(String, String)] {
        [("figures", t("Figures", "Cijfers")), ("findings", t("Findings", "Bevindingen")),
         ("nothing", t("Nothing to note.", "Geen bijzonderheden.")), ("found", t("found", "gevonden")),
         ("notFound", t("no partner by that name", "geen partner met die naam")), ("close", t("close", "sluiten"))]
    }

    func node(_ i: Int, _ v: Int, radius: Double, metrics m: ActorMetrics?) -> String {
        let a = eco.actors[v]
        let p = section.map.positions[v]!
        let tied = Array(eco.graph.neighbors(v))
        let placeIDs = tied.filter { eco.actors[$0].kind == .place }.sorted().map { eco.actors[$0].id }
        var s = "{\"id\":\(Self.string(a.id)),\"kind\":\(Self.string(a.kind == .place ? "place" : "partner")),\"label\":\(Self.string(eco.label(of: v))),\"domain\":\(Self.string(MapSection.filterValue(a.domain)))"
        s += ",\"org\":\(Self.string(a.organisation ?? "")),\"x\":\(mapNumber(p.x)),\"y\":\(mapNumber(p.y)),\"r\":\(mapNumber(radius))"
        s += ",\"places\":[" + (a.kind == .place ? [a.id] : placeIDs).map(Self.string).joined(separator: ",") + "]"
        s += ",\"facts\":[" + facts(v, tied: tied, metrics: m).map { "[\(Self.string($0.0)),\(Self.string($0.1))]" }.joined(separator: ",") + "]"
        s += ",\"findings\":[" + findings(v).map(Self.string).joined(separator: ",") + "]}"
        return s
    }

    /// What the panel lists under the partner's name.
    func facts(_ v: Int, tied: [Int], metrics m: ActorMetrics?) -> [(String, String)] {
        let a = eco.actors[v]
        let partners = tied.filter { eco.actors[$0].kind == .partner }.count
        let youth = tied.filter { eco.actors[$0].kind == .youth }.count
        let placeLabels = tied.filter { eco.actors[$0].kind == .place }.sorted().map { eco.label(of: $0) }
        if a.kind == .place {
            var f: [(String, String)] = [(t("Partners in contact", "Partners met contact"), Format.integer(partners, page.lang)),
                                         (t("Young people in contact", "Jongeren met contact"), page.sentences.youth(youth))]
            if let p = page.gaps.domainGaps.places.first(where: { $0.place == a.id }) {
                f.append((t("Domains reaching it", "Domeinen die er komen"), p.domains.isEmpty ? page.words.none : p.domains.map(page.sentences.domain).joined(separator: ", ")))
            }
            return f
        }
        var f: [(String, String)] = [(page.words.domain, page.sentences.domain(a.domain.rawValue))]
        if let o = a.organisation, !o.isEmpty { f.append((page.words.organisation, o)) }
        f.append((t("Partners in contact", "Partners met contact"), Format.integer(partners, page.lang)))
        f.append((t("Young people in contact", "Jongeren met contact"), page.sentences.youth(youth)))
        if !placeLabels.isEmpty {
            let shown = placeLabels.prefix(6).joined(separator: ", ")
            f.append((t("Places", "Plekken"), placeLabels.count > 6 ? shown + " (+\(placeLabels.count - 6))" : shown))
        }
        if let m { f.append((page.words.betweenness, Format.decimal(m.betweenness, 3, page.lang))) }
        return f
    }

    /// The report's findings that name this partner: its missing links, whether it is a single
    /// point of failure, whether it is among the boundary spanners.
    func findings(_ v: Int) -> [String] {
        let id = eco.actors[v].id
        var out: [String] = []
        if eco.actors[v].kind == .place {
            if let p = page.gaps.domainGaps.places.first(where: { $0.place == id }), p.oneDomainOnly {
                out.append(t("Only one domain reaches this place.", "Maar één domein komt op deze plek."))
            }
            return out
        }
        for l in page.gaps.missingLinks where l.a == id || l.b == id {
            let (other, domain) = l.a == id ? (l.labelB, l.domainB) : (l.labelA, l.domainA)
            let youth = page.sentences.youth(l.sharedYouth)
            var text = t("No contact with \(other) (\(page.sentences.domain(domain))), though they share \(youth) young people",
                         "Geen contact met \(other) (\(page.sentences.domain(domain))), terwijl ze \(youth) jongeren delen")
            if !l.sharedPlaces.isEmpty { text += t(" and the places ", " en de plekken ") + l.sharedPlaces.joined(separator: ", ") }
            out.append(text + ".")
        }
        if let cut = page.gaps.singlePoints.partners.first(where: { $0.partner == id }) {
            let parts = page.sentences.unlistedParts(cut.piecesOfUnlistedIDsOnly, of: cut.pieces.count)
            out.append(t("Single point of failure: without this partner the ecosystem falls apart into \(cut.pieces.count) parts\(parts).",
                         "Kwetsbare schakel: zonder deze partner valt het ecosysteem uiteen in \(cut.pieces.count) delen\(parts)."))
        } else if section.articulation.contains(v) {
            out.append(t("Single point of failure: without this partner some actors lose every path to the rest.",
                         "Kwetsbare schakel: zonder deze partner raken sommige actoren los van de rest."))
        }
        if page.gaps.boundarySpanners.contains(where: { $0.partner == id }) {
            out.append(t("One of the boundary spanners: brokers between partners of different domains.",
                         "Een van de grenswerkers: bemiddelt tussen partners van verschillende domeinen."))
        }
        return out
    }

    /// `s` as a JSON string safe inside the page's `<script>` (``jsonString(_:inScript:)``).
    static func string(_ s: String) -> String { jsonString(s, inScript: true) }
}
