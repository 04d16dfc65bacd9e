import Foundation
import Testing
@testable import WijknetGraphviz
import WijknetTestSupport

/// Text that would break a renderer that pasted strings into DOT or markup: quotes, markup,
/// entities, newlines, DOT punctuation, escString escapes, brackets, non-ASCII and emoji.
let hostileTexts = [
    "He said \"hi\"", "<b>bold</b> & co", "line one\nline two", "{braces}; a -- b -> c",
    "back\\slash \\N \\G \\l end", "]x[ ] [", "Zoë · über · 漢字 · 🙂👩‍👩‍👧", "<TABLE>not html</TABLE>",
    "semi;colon, comma=equals", "trailing backslash \\", "'single' &amp; &lt;", "tab\there",
]

/// A diagram whose ids and labels are all hostile; node i has label hostileTexts[i], the edges
/// form a path n0 — n1 — … with the head's text as edge label, and one cluster holds n0, n1.
func hostileDiagram() -> Diagram {
    var d = Diagram(name: "hostile \"name\" -- {x}", title: "Title <with> \"quotes\" & ampersand", subtitle: "sub\nline")
    d.legend = [LegendEntry(colour: "#0072B2", shape: "box", text: "legend </TD></TR></TABLE><B>x</B> & more"),
                LegendEntry(colour: "#D55E00", shape: "edge", text: "dashed \"edge\"")]
    for (i, label) in hostileTexts.enumerated() {
        d.nodes.append(DiagramNode(id: "secret-id \(label)", attributes: ["label": label, "shape": "box", "tooltip": label]))
        if i > 0 {
            d.edges.append(DiagramEdge(tail: "secret-id \(hostileTexts[i - 1])", head: "secret-id \(label)", attributes: ["label": label]))
        }
    }
    d.clusters = [DiagramCluster(id: "c\"1{", label: "Cluster \"one\" <&>", nodeIDs: ["secret-id \(hostileTexts[0])", "secret-id \(hostileTexts[1])"])]
    return d
}

/// K4 plus a pendant: small enough for every engine.
func smallDiagram() -> Diagram {
    var d = Diagram(name: "small")
    for i in 0..<5 { d.nodes.append(DiagramNode(id: "v\(i)", attributes: ["label": "v\(i)"])) }
    for (a, b) in [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3), (3, 4)] {
        d.edges.append(DiagramEdge(tail: "v\(a)", head: "v\(b)"))
    }
    return d
}

@Suite("Graphviz renderer", .serialized)
struct RendererTests {
    // MARK: Escaping

    @Test func escapeLabelKeepsTextLiteral() {
        // Backslashes doubled; \n, \r\n and \r each one Graphviz break; NUL and BEL shown as
        // the text `\u{0}`, `\u{7}` (whose backslash is doubled in turn).
        #expect(escapeLabel("a\\N\nb\r\nc\rd") == "a\\\\N\\nb\\nc\\nd")
        #expect(escapeLabel("x\u{0}y\u{7}z\tw") == "x\\\\u{0}y\\\\u{7}z\tw")
        // `<` as `&lt;` (decoded back by Graphviz), so a plain label never equals markup.
        #expect(escapeLabel("\"<{}>;]") == "\"&lt;{}>;]")
        // Graphviz decodes entities in plain labels, so & itself is written as &amp;.
        #expect(escapeLabel("a & b &amp;") == "a &amp; b &amp;amp;")
        #expect(escapeLabel("") == "")
        #expect(escapeLabel("漢🙂") == "漢🙂")
    }

    @Test func escapeHTMLMakesEntitiesAndOnlyBR() {
        #expect(escapeHTML("<a href=\"x\">&'") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;")
        #expect(escapeHTML("one\r\ntwo\nthree") == "one<BR/>two<BR/>three")
        #expect(escapeHTMLAttribute("a\"b\nc") == "a&quot;b&#10;c")
        #expect(escapeHTML("&amp;") == "&amp;amp;")
        #expect(escapeHTML("\u{1}") == "\\\\u{1}")
        #expect(escapeHTML("a\\N") == "a\\\\N")   // Graphviz expands \N in HTML-like text too
    }

    @Test func headerIsEscapedHTML() throws {
        let d = Diagram(name: "x", legend: [LegendEntry(colour: "red\"><B", shape: "circle", text: "<i>&")], title: "T<B>")
        let html = try #require(d.headerHTML)
        #expect(html.contains("<B>T&lt;B&gt;</B>"))
        #expect(html.contains("BGCOLOR=\"red&quot;&gt;&lt;B\""))
        #expect(html.contains("&lt;i&gt;&amp;"))
        #expect(Diagram(name: "x").headerHTML == nil)
    }

    // MARK: Hostile labels

    @Test func hostileLabelsRoundTripAndNeverChangeTheStructure() throws {
        let d = hostileDiagram()
        let svg = try Graphviz.render(d, format: .svg, engine: .dot)
        let s = try SVGSummary(svg)
        #expect(s.nodeCount == d.nodes.count)
        #expect(s.edgeCount == d.edges.count)
        #expect(s.clusters.count == 1)
        #expect(s.graphTitle == d.name)
        for (i, text) in hostileTexts.enumerated() {
            // Each node's <text> lines, joined, are exactly its label (XMLParser decodes entities).
            #expect(s.node("n\(i)")?.label == text, "node \(i) label")
        }
        // Edge i (n{i}--n{i+1}) carries the head's text.
        #expect(s.edges.map(\.label) == Array(hostileTexts.dropFirst()))
        #expect(s.clusters.first?.label == "Cluster \"one\" <&>")
        #expect(s.graphTexts.contains("Title <with> \"quotes\" & ampersand"))
        #expect(s.graphTexts.contains("legend </TD></TR></TABLE><B>x</B> & more"))
        #expect(s.graphTexts.contains("sub") && s.graphTexts.contains("line"))
        // Ids never reach Graphviz.
        #expect(!String(decoding: svg, as: UTF8.self).contains("secret-id"))
    }

    @Test func plainTextThatLooksLikeHTMLStaysText() throws {
        var d = Diagram(name: "html", title: "Our title")
        d.nodes = [DiagramNode(id: "a", attributes: ["label": "<B>not bold</B>"]),
                   DiagramNode(id: "b", attributes: ["label": "<<TABLE><TR><TD>cell</TD></TR></TABLE>>"])]
        let s = try SVGSummary(try Graphviz.render(d, engine: .dot))
        #expect(s.node("n0")?.label == "<B>not bold</B>")
        #expect(s.node("n0")?.boldTexts == [])
        #expect(s.node("n1")?.label == "<<TABLE><TR><TD>cell</TD></TR></TABLE>>")
        // Only our own header, set through agstrdup_html, is HTML: its <B> makes bold text.
        #expect(s.boldTexts == ["Our title"])
    }

    // MARK: Formats

    @Test("every format", arguments: DiagramFormat.allCases)
    func formats(_ format: DiagramFormat) throws {
        let d = hostileDiagram()
        let data = try Graphviz.render(d, format: format, engine: .dot)
        switch format {
        case .svg:
            let s = try SVGSummary(data)
            #expect(s.nodeCount == d.nodes.count && s.edgeCount == d.edges.count)
        case .png:
            #expect(Array(data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        case .pdf:
            #expect(String(decoding: data.prefix(5), as: UTF8.self) == "%PDF-")
        case .dot:
            let back = try Graphviz.summariseRenderedDOT(data)
            #expect(back.name == d.name)
            #expect(back.nodeCount == d.nodes.count)
            #expect(back.edgeCount == d.edges.count)
            #expect(back.clusters == ["cluster_0"])   // cluster ids never reach Graphviz
            for (i, text) in hostileTexts.enumerated() { #expect(back.labels["n\(i)"] == escapeLabel(text)) }
        }
    }

    @Test func formatNamesAreValidated() throws {
        #expect(throws: GraphvizError.self) { try DiagramFormat(validating: "gif") }
        do { _ = try DiagramFormat(validating: "gif") } catch let e as GraphvizError {
            #expect(e.kind == .unknownFormat)
            #expect(e.message.contains("'gif'") && e.message.contains("svg, png, pdf, dot"))
        } catch { Issue.record("unexpected \(error)") }
        #expect(try DiagramFormat(validating: "pdf") == .pdf)
    }

    @Test func unknownRendererCarriesGraphvizMessage() throws {
        let error = #expect(throws: GraphvizError.self) {
            try Graphviz.serialised {
                let doc = try GraphvizDocument(smallDiagram())
                try doc.layout("dot")
                _ = try doc.render("bogusformat")
            }
        }
        #expect(error?.kind == .unknownFormat)
        #expect(error?.message.contains("bogusformat") == true, "\(String(describing: error))")
    }

    // MARK: Engines

    @Test("every engine", arguments: LayoutEngine.allCases)
    func engines(_ engine: LayoutEngine) throws {
        let d = smallDiagram()
        let s = try SVGSummary(try Graphviz.render(d, engine: engine))
        #expect(s.nodeCount == 5 && s.edgeCount == 7)
        #expect((0..<5).allSatisfy { s.node("n\($0)")?.label == "v\($0)" })
    }

    @Test func autoPicksBySize() throws {
        #expect(LayoutEngine.auto.resolved(nodes: 0) == .neato)
        #expect(LayoutEngine.auto.resolved(nodes: LayoutEngine.neatoLimit) == .neato)
        #expect(LayoutEngine.auto.resolved(nodes: LayoutEngine.neatoLimit + 1) == .sfdp)
        #expect(LayoutEngine.circo.resolved(nodes: 5_000) == .circo)
        var d = smallDiagram()
        #expect(try LayoutEngine.auto.resolved(for: d) == .neato)
        d.graphAttributes["layout"] = "circo"
        #expect(try LayoutEngine.auto.resolved(for: d) == .circo)
        #expect(try LayoutEngine.fdp.resolved(for: d) == .fdp)   // explicit wins
        d.graphAttributes["layout"] = "nonsense-engine"
        let e = #expect(throws: GraphvizError.self) { try Graphviz.render(d) }
        #expect(e?.kind == .unknownEngine && e?.message.contains("nonsense-engine") == true)
    }

    @Test func engineNamesAreValidated() {
        let e = #expect(throws: GraphvizError.self) { try LayoutEngine(validating: "patchwork") }
        #expect(e?.kind == .unknownEngine)
        #expect(e?.message.contains("'patchwork'") == true && e?.message.contains("dot, neato, fdp, sfdp, circo, twopi, auto") == true)
    }

    @Test func unknownEngineCarriesGraphvizMessage() throws {
        let error = #expect(throws: GraphvizError.self) {
            try Graphviz.serialised { try GraphvizDocument(smallDiagram()).layout("nonsense") }
        }
        // Graphviz's own words: `Layout type: "nonsense" not recognized. Use one of: circo dot …`
        #expect(error?.kind == .unknownEngine)
        #expect(error?.message.contains("\"nonsense\"") == true && error?.message.contains("neato") == true, "\(String(describing: error))")
    }

    @Test func errorsReportedWithoutAReturnCodeStillThrow() throws {
        // neato reports a bad `pos` with agerr(AGERR) and returns 0: still an error.
        var d = smallDiagram()
        d.nodes[0].attributes["pos"] = "garbage"
        let e = #expect(throws: GraphvizError.self) { try Graphviz.render(d, engine: .neato) }
        #expect(e?.kind == .graphviz && e?.operation == "layout")
        #expect(e?.message.contains("position garbage") == true, "\(String(describing: e))")
        // A warning alone (an unknown colour) is not an error, and does not leak into the next render.
        var w = smallDiagram()
        w.nodes[0].attributes["color"] = "nonsensecolour"
        #expect(try SVGSummary(try Graphviz.render(w, engine: .neato)).nodeCount == 5)
    }

    // MARK: Validation

    @Test func inconsistentDiagramsAreRefusedBeforeGraphviz() {
        func message(_ d: Diagram) -> String? {
            do { try d.validate(); return nil } catch let e as GraphvizError {
                #expect(e.kind == .invalidDiagram)
                return e.message
            } catch { return "\(error)" }
        }
        var dup = smallDiagram(); dup.nodes.append(DiagramNode(id: "v1", attributes: [:]))
        #expect(message(dup) == "node id 'v1' appears twice")
        var dangling = smallDiagram(); dangling.edges.append(DiagramEdge(tail: "v0", head: "nobody"))
        #expect(message(dangling) == "edge v0 -- nobody names 'nobody', which is not a node of the diagram")
        #expect(throws: GraphvizError.self) { try Graphviz.render(dangling) }
        var twice = smallDiagram()
        twice.clusters = [DiagramCluster(id: "a", label: "", nodeIDs: ["v0"]), DiagramCluster(id: "b", label: "", nodeIDs: ["v0"])]
        #expect(message(twice) == "node 'v0' is in two clusters ('a' and 'b')")
        var sameCluster = smallDiagram()
        sameCluster.clusters = [DiagramCluster(id: "a", label: "", nodeIDs: []), DiagramCluster(id: "a", label: "", nodeIDs: [])]
        #expect(message(sameCluster) == "cluster id 'a' appears twice")
        var stranger = smallDiagram(); stranger.clusters = [DiagramCluster(id: "a", label: "", nodeIDs: ["x"])]
        #expect(message(stranger) == "cluster 'a' lists 'x', which is not a node of the diagram")
        var clock = smallDiagram(); clock.graphAttributes["start"] = "random"
        #expect(message(clock)?.hasPrefix("start='random' seeds the layout from the clock") == true)
        var nul = smallDiagram(); nul.nodes[2].attributes["color"] = "red\u{0}"
        #expect(message(nul) == "attribute 'color' of node 'v2' contains a NUL character")
        var empty = smallDiagram(); empty.edges[0].attributes[""] = "x"
        #expect(message(empty) == "edge v0 -- v1 has an attribute with an empty name")
        #expect(message(smallDiagram()) == nil)
        #expect(message(Diagram(name: "")) == nil)
        // Seeds: a number, a style with a number, regular/self alone are reproducible.
        #expect(["1", "random7", "regular", "self", "self3"].allSatisfy(Diagram.startIsSeeded))
        #expect(!["random", "randomx", "0", "-3", "x"].contains(where: Diagram.startIsSeeded))
    }

    @Test func emptyAndSingleNodeDiagramsRender() throws {
        for engine in [LayoutEngine.dot, .neato, .sfdp] {
            #expect(try SVGSummary(try Graphviz.render(Diagram(name: "empty"), engine: engine)).nodeCount == 0)
            let one = Diagram(name: "one", nodes: [DiagramNode(id: "x", attributes: ["label": "x"])])
            #expect(try SVGSummary(try Graphviz.render(one, engine: engine)).node("n0")?.label == "x")
        }
        // Loops and parallel edges are drawn as given.
        var multi = smallDiagram()
        multi.edges += [DiagramEdge(tail: "v0", head: "v1"), DiagramEdge(tail: "v4", head: "v4")]
        #expect(try SVGSummary(try Graphviz.render(multi, engine: .dot)).edgeCount == 9)
    }

    // MARK: Determinism

    @Test("byte-identical reruns", arguments: [LayoutEngine.dot, .neato, .fdp, .sfdp, .circo])
    func deterministic(_ engine: LayoutEngine) throws {
        for format in [DiagramFormat.svg, .png, .dot] {
            let a = try Graphviz.render(hostileDiagram(), format: format, engine: engine)
            let b = try Graphviz.render(hostileDiagram(), format: format, engine: engine)
            #expect(a == b, "\(engine) \(format)")
        }
        let svg = String(decoding: try Graphviz.render(hostileDiagram(), engine: engine), as: UTF8.self)
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        #expect(!svg.contains(String(year)) && !svg.contains("Date"), "no timestamp in SVG")
    }

    @Test func concurrentRendersAreSerialisedAndEqual() throws {
        let expected = try Graphviz.render(hostileDiagram(), engine: .neato)
        let results = ResultBox(count: 8)
        DispatchQueue.concurrentPerform(iterations: 8) { i in
            results.set(i, try? Graphviz.render(hostileDiagram(), engine: .neato))
        }
        #expect(results.all.allSatisfy { $0 == expected })
    }

    // MARK: Snapshot

    /// A small fixed diagram — a cluster, the header with legend, an edge label, a bold edge
    /// label, a hostile label — as Graphviz's DOT after a `dot` layout: what cgraph was given,
    /// plus positions. Recorded with libgvc 2.42.2 (reports 2.43.0) in DejaVu Sans; positions
    /// and sizes are compared within 1 % (see ``Snapshot/assertSnapshot(_:named:numbersWithin:sourceLocation:)``),
    /// so a Graphviz upgrade that moves the layout shows, and a machine's font rasterisation does not.
    @Test func dotSnapshot() throws {
        var d = Diagram(name: "snapshot", graphAttributes: ["rankdir": "LR"],
                        legend: [LegendEntry(colour: "#0072B2", shape: "box", text: "social")], title: "Small & fixed")
        d.nodes = [DiagramNode(id: "wijkteam", attributes: ["label": "Wijkteam", "shape": "box", "fillcolor": "#0072B2", "style": "filled"]),
                   DiagramNode(id: "school", attributes: ["label": "School \"De Brug\"\n<vmbo>", "shape": "house"]),
                   DiagramNode(id: "club", attributes: ["label": "Club \\N", "shape": "house"])]
        d.edges = [DiagramEdge(tail: "wijkteam", head: "school", attributes: ["label": "3", "penwidth": "2"]),
                   DiagramEdge(tail: "school", head: "club"),
                   DiagramEdge(tail: "wijkteam", head: "club", attributes: ["label": "2 & <b>", "style": "dashed"], boldLabel: true)]
        d.clusters = [DiagramCluster(id: "places", label: "Plekken", nodeIDs: ["school", "club"], attributes: ["style": "dashed"])]
        let dot = String(decoding: try Graphviz.render(d, format: .dot, engine: .dot), as: UTF8.self)
        try Snapshot.assertSnapshot(dot, named: "small-diagram.dot", numbersWithin: (absolute: 0.05, relative: 0.01))
        #expect(try Graphviz.summariseRenderedDOT(Data(dot.utf8)).nodeCount == 3)
    }

    /// The laid-out snapshot's comparison lets numbers move by the tolerance, nothing else.
    @Test func layoutComparisonAllowsOnlySmallMoves() {
        let t = (absolute: 0.05, relative: 0.01)
        #expect(Snapshot.layoutLinesAgree("\t\tlwidth=2.22,", "\t\tlwidth=2.24,", t))
        #expect(Snapshot.layoutLinesAgree("pos=\"264.37,27.5\"", "pos=\"266.9,27.5\"", t))
        #expect(!Snapshot.layoutLinesAgree("pos=\"264.37,27.5\"", "pos=\"270.1,27.5\"", t))
        #expect(!Snapshot.layoutLinesAgree("lwidth=2.22,", "lwidth=2.32,", t))
        #expect(!Snapshot.layoutLinesAgree("shape=box,", "shape=house,", t))
        #expect(!Snapshot.layoutLinesAgree("label=\"n1\"", "label=\"n1 2\"", t))
        #expect(!Snapshot.layoutLinesAgree("pos=\"1,2\"", "pos=\"1,2,3\"", t))
        #expect(Snapshot.splitNumbers("fontname=\"sans-serif\", bb=\"0,-1.5\"").numbers == [0, -1.5])
    }

    /// Every text is measured in ``Typeface/family`` unless a diagram names another face: a node,
    /// an edge label and a cluster label without `fontname` are as wide as with "DejaVu Sans"
    /// named, and the SVG carries the family list with its fallbacks; a bold label reaches the
    /// SVG as `font-weight="bold"`, its text escaped and a tab as a space (HTML-like text drops tabs).
    @Test func oneTypefaceForAllText() throws {
        func widths(_ font: String?) throws -> [String] {
            var d = Diagram(name: "t", graphAttributes: font.map { ["fontname": $0] } ?? [:])
            let f = font.map { ["fontname": $0] } ?? [:]
            d.nodes = [DiagramNode(id: "a", attributes: ["label": "Jongerenwerk De Brug", "shape": "box"].merging(f) { $1 }),
                       DiagramNode(id: "b", attributes: ["label": "b"])]
            d.edges = [DiagramEdge(tail: "a", head: "b", attributes: ["label": "Wijkagent Noord"].merging(f) { $1 })]
            d.clusters = [DiagramCluster(id: "c", label: "Plekken in de wijk", nodeIDs: ["b"])]
            let summary = String(decoding: try Graphviz.render(d, format: .dot, engine: .dot), as: UTF8.self)
            return summary.split(separator: "\n").filter { $0.contains("width=") || $0.contains("lwidth") }.map { String($0) }
        }
        let byDefault = try widths(nil)
        #expect(byDefault.count >= 3)
        #expect(byDefault == (try widths("DejaVu Sans")))
        #expect(byDefault != (try widths("Times-Roman")))

        var d = Diagram(name: "t")
        d.nodes = [DiagramNode(id: "a", attributes: ["label": "a"]), DiagramNode(id: "b", attributes: ["label": "b"])]
        d.edges = [DiagramEdge(tail: "a", head: "b", attributes: ["label": "3 & <i>\tx"], boldLabel: true)]
        let svg = String(decoding: try Graphviz.render(d, format: .svg, engine: .dot), as: UTF8.self)
        #expect(svg.contains("font-family=\"DejaVu Sans,Verdana,sans-serif\""))
        #expect(svg.contains("font-weight=\"bold\" font-size=\"14.00\">3 &amp; &lt;i&gt; x</text>"))
        #expect(!svg.contains("Times"))
    }

    /// What `make deps` promises: fontconfig finds DejaVu Sans itself, not a stand-in.
    @Test func theTypefaceIsInstalled() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/fc-match")
        p.arguments = ["-f", "%{family}", "DejaVu Sans"]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        p.waitUntilExit()
        let family = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(family.hasPrefix("DejaVu Sans"), "fontconfig gives '\(family)' for DejaVu Sans: install fonts-dejavu-core (make deps)")
    }

    @Test func libraryVersionIsReported() {
        #expect(Graphviz.libraryVersion.hasPrefix("2."))
    }
}

/// Results written from `concurrentPerform`, one slot per iteration.
final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Data?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: Data?) { lock.lock(); slots[i] = value; lock.unlock() }
    var all: [Data?] { lock.lock(); defer { lock.unlock() }; return slots }
}
