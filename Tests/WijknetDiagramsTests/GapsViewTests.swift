import Foundation
import WijknetTestScratch
import Testing
import Wijknet
@testable import WijknetDiagrams
import WijknetGraphviz
import WijknetTestSupport

/// The gaps view on a log small enough to check by hand.
///
/// Partners: Sociaal 1 and 2 (social), Zorg 1 and 2 (care), Veilig 1 (safety). Direct ties:
/// S1–S2 (within social), S2–Z1 and Z1–V1 (across domains). Young people: j-1 (S1, S2),
/// j-2 (V1 only), j-3 and j-6 (S1 and Z1), j-5 (Z1 and Z2).
///
/// - Missing links: S1–Z1 (cross-domain, 2 young people in common) and Z1–Z2 (within care, 1).
/// - Articulation partners: Z1 (cuts V1 and Z2 off from social) and V1 (cuts j-2 off).
/// - Only bridge: Z1 (without it social, care and safety are apart); V1 is not (no other safety
///   partner), S1, S2, Z2 are no articulation points.
@Suite("Gaps view", .serialized)
struct GapsViewTests {
    static let youth = [("j-1", "Geheime Jongere Een"), ("j-2", "Geheime Jongere Twee"), ("j-3", "Geheime Jongere Drie"),
                        ("j-5", "Geheime Jongere Vijf"), ("j-6", "Geheime Jongere Zes")]

    static let eco: Ecosystem = {
        let dir = TestScratch.root.appendingPathComponent("wijknet-gaps-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var actors = "id,name,kind,domain,organisation,neighbourhood,ordinary\n"
        for (id, name, domain) in [("p-s1", "Sociaal 1", "social"), ("p-s2", "Sociaal 2", "social"), ("p-z1", "Zorg 1", "care"),
                                   ("p-z2", "Zorg 2", "care"), ("p-v1", "Veilig 1", "safety")] {
            actors += "\(id),\(name),partner,\(domain),,Zuiderhof,\n"
        }
        for (id, name) in youth { actors += "\(id),\(name),youth,,,Zuiderhof,\n" }
        let rows = [("p-s1", "p-s2", "j-1"), ("p-s2", "p-z1", ""), ("p-z1", "p-v1", ""), ("p-v1", "", "j-2"),
                    ("p-s1", "", "j-3"), ("p-z1", "", "j-3"), ("p-s1", "", "j-6"), ("p-z1", "", "j-6"),
                    ("p-z1", "", "j-5"), ("p-z2", "", "j-5")]
        var contacts = "date,source,target,about,place,type,weight\n"
        for (i, r) in rows.enumerated() { contacts += "2025-01-\(String(format: "%02d", i + 1)),\(r.0),\(r.1),\(r.2),,overleg,\n" }
        try! actors.write(to: dir.appendingPathComponent("actors.csv"), atomically: true, encoding: .utf8)
        try! contacts.write(to: dir.appendingPathComponent("contacts.csv"), atomically: true, encoding: .utf8)
        let log = try! ContactLogReader().read(logPath: dir.appendingPathComponent("contacts.csv").path,
                                               actorsPath: dir.appendingPathComponent("actors.csv").path)
        return Ecosystem(log: log, pseudonyms: Pseudonymizer(key: Array("gaps-test-key".utf8)))
    }()

    /// The cgraph name (`n0`, …) of partner `id` in `diagram`: nodes are created in array order.
    static func cgraphName(_ id: String, in diagram: Diagram) -> String {
        let v = eco.node(forID: id)!
        return "n\(diagram.nodes.firstIndex { $0.id == "a\(v)" }!)"
    }

    static func render(_ lang: Language = .nl, top: Int = 10) throws -> (Diagram, Data, SVGSummary) {
        let d = try Diagram.view(eco, .gapsView(eco, lang: lang, top: top))
        let svg = try Graphviz.render(d)
        return (d, svg, try SVGSummary(svg))   // SVGSummary parses with XMLParser: well-formed or it throws
    }

    @Test func parsesAndNamesItsFile() {
        #expect(View(parsing: "gaps") == .gaps)
        #expect(View.gaps.fileStem == "gaps")
    }

    @Test func marksAreWhatWeWorkedOutByHand() {
        let analysis = GapsAnalysis(Self.eco)
        let marks = GapMarks(analysis, Self.eco)
        let n = { (id: String) in Self.eco.node(forID: id)! }
        #expect(marks.spof == [n("p-z1"), n("p-v1")])
        #expect(marks.onlyBridge == [n("p-z1")])
        // The marks are the gaps analysis's findings, in its JSON too: without Z1, social (S1,
        // S2), care (Z2) and safety (V1) are three parts; V1 separates no domains.
        #expect(Set(analysis.singlePoints.partners.map(\.partner)) == ["p-z1", "p-v1"])
        #expect(analysis.singlePoints.partners.first { $0.partner == "p-z1" }?.separatesDomains == ["social|care", "social|safety", "care|safety"])
        #expect(analysis.singlePoints.partners.first { $0.partner == "p-v1" }?.separatesDomains == [])
    }

    @Test func missingLinksAreDashedCountedAndClassed() throws {
        let (_, svg, s) = try Self.render()
        let missing = s.edges.filter { $0.classes == ["missing"] }
        #expect(missing.count == 2)
        #expect(missing.map(\.label).sorted() == ["1", "2"])   // counts of shared young people, nothing else
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.components(separatedBy: "class=\"edge missing\"").count - 1 == 2)
        // Every missing edge's path is dashed.
        for chunk in text.components(separatedBy: "class=\"edge missing\"").dropFirst() {
            let group = chunk.components(separatedBy: "</g>").first!
            #expect(group.contains("stroke-dasharray=\"5,2\""))
        }
        // Ranked as GapsAnalysis ranks them: with top 1 only the cross-domain S1–Z1 (2 in common).
        let (_, _, one) = try Self.render(top: 1)
        #expect(one.edges.filter { $0.classes == ["missing"] }.map(\.label) == ["2"])
        let (_, _, none) = try Self.render(top: 0)
        #expect(none.edges.allSatisfy { $0.classes != ["missing"] })
    }

    /// Only the partners of the missing links (S1, Z1, Z2) and the single points (Z1, V1), and
    /// the ties among them: Z1–V1 across domains; S2 and its ties S1–S2 and S2–Z1 are left out.
    @Test func tiesAcrossAndWithinDomains() throws {
        let (d, _, s) = try Self.render()
        #expect(s.edges.filter { $0.classes == ["cross"] }.count == 1)
        #expect(s.edges.filter { $0.classes == ["within"] }.isEmpty)
        let n = { (id: String) in Self.eco.node(forID: id)! }
        #expect(d.edges.first { $0.attributes["class"] == "cross" }.map { Set([$0.tail, $0.head]) } == ["a\(n("p-z1"))", "a\(n("p-v1"))"])
        let builder = ViewBuilder(eco: Self.eco, options: ViewOptions(view: .gaps))
        let cross = builder.tieAttributes(n("p-s2"), n("p-z1"), weight: 1, maxWeight: 1)
        let within = builder.tieAttributes(n("p-s1"), n("p-s2"), weight: 1, maxWeight: 1)
        #expect(cross["class"] == "cross" && within["class"] == "within")
        #expect(Double(cross["penwidth"]!)! > Double(within["penwidth"]!)!)
    }

    @Test func onlyThePartnersOfTheFindings() throws {
        let (d, _, _) = try Self.render()
        let drawn = Set(d.nodes.map(\.id))
        #expect(drawn == Set(["p-s1", "p-z1", "p-z2", "p-v1"].map { "a\(Self.eco.node(forID: $0)!)" }))
        #expect(d.subtitle.contains("alleen de partners van de belangrijkste ontbrekende verbindingen en kwetsbare schakels"))
        // Top 1: the missing link S1–Z1 and the single points Z1 and V1 (top 1 of them: Z1).
        let (one, _, _) = try Self.render(top: 1)
        #expect(Set(one.nodes.map(\.id)) == Set(["p-s1", "p-z1"].map { "a\(Self.eco.node(forID: $0)!)" }))
    }

    @Test func articulationPartnersAreOutlinedAndClassed() throws {
        let (d, svg, s) = try Self.render()
        #expect(s.nodeCount == 4 && s.nodes.allSatisfy { $0.classes.first == "partner" })
        #expect(s.node(Self.cgraphName("p-z1", in: d))?.classes == ["partner", "spof", "only-bridge"])
        #expect(s.node(Self.cgraphName("p-v1", in: d))?.classes == ["partner", "spof"])
        for id in ["p-s1", "p-z2"] { #expect(s.node(Self.cgraphName(id, in: d))?.classes == ["partner"], "\(id)") }
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.contains("class=\"node partner spof\""))
        // Graphviz (libgvc 2.42) writes every `-` in an attribute as `&#45;`; XML (and CSS) read `only-bridge`.
        #expect(text.contains("class=\"node partner spof only&#45;bridge\""))
        let z1 = d.nodes.first { $0.id == "a\(Self.eco.node(forID: "p-z1")!)" }!.attributes
        #expect(z1["color"] == "#000000" && z1["penwidth"] == "3" && z1["peripheries"] == "2")
    }

    @Test("legend explains every mark", arguments: [Language.nl, .en])
    func legend(_ lang: Language) throws {
        let (d, _, s) = try Self.render(lang)
        #expect(d.legend.allSatisfy { s.texts.contains($0.text) })
        let expected = lang == .nl
            ? ["kwetsbaar punt", "enige brug", "verschillende domeinen", "binnen één domein", "ontbrekende verbinding", "getal = gedeelde jongeren"]
            : ["single point of failure", "only bridge", "different domains", "within one domain", "missing link", "number = young people in common"]
        for word in expected { #expect(s.texts.contains { $0.contains(word) }, "\(word)") }
        #expect(s.texts.contains(lang == .nl ? "Gaten tussen partners" : "Gaps between partners"))
    }

    @Test func noYoungPersonAnywhereAndByteIdentical() throws {
        let (d, svg, _) = try Self.render()
        let text = String(decoding: svg, as: UTF8.self)
        let pseudonyms = Self.eco.actors.filter { $0.kind == .youth }.map { Self.eco.pseudonyms.pseudonym(for: $0.id) }
        for secret in Self.youth.flatMap({ [$0.0, $0.1] }) + pseudonyms { #expect(!text.contains(secret), "\(secret)") }
        #expect(try Graphviz.render(d) == svg)
        #expect(try Graphviz.render(try Diagram.view(Self.eco, .gapsView(Self.eco))) == svg)
    }

    @Test func missingLinkPairsFeedThePartnersView() throws {
        let pairs = Diagram.missingLinkPairs(Self.eco, GapsAnalysis(Self.eco), top: 10)
        #expect(pairs.count == 2)
        let d = try Diagram.view(Self.eco, ViewOptions(view: .partners, missingLinks: pairs))
        #expect(d.edges.filter { $0.attributes["style"] == "dashed" }.count == 2)
    }

    /// A view renders what it is given and never analyses: without the gaps analysis the gaps
    /// view is refused, and with it the diagram marks that analysis's findings.
    @Test func theGapsViewNeedsTheCallersAnalysis() throws {
        #expect(throws: WijknetError.self) { try Diagram.view(Self.eco, ViewOptions(view: .gaps)) }
        let given = ViewOptions.gapsView(Self.eco, top: 1)
        let d = try Diagram.view(Self.eco, given)
        #expect(d.edges.filter { $0.attributes["style"] == "dashed" }.count == 1, "the top 1 of the given analysis")
    }
}

extension ViewOptions {
    /// The gaps view of `eco` with the gaps analysis `wijknet render --view gaps` computes (its
    /// top `top` missing links).
    static func gapsView(_ eco: Ecosystem, lang: Language = .nl, top: Int = 10) -> ViewOptions {
        var gapsOptions = GapsOptions()
        gapsOptions.top = top
        var options = ViewOptions(view: .gaps, lang: lang, missingLinksTop: top)
        options.gaps = GapsAnalysis(eco, options: gapsOptions)
        return options
    }
}
