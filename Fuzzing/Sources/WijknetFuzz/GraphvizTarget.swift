import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import WijknetGraphviz

/// `graphviz`: the label path into Graphviz — any text as a node label, a bold edge label (the
/// HTML-like path, ``DiagramEdge/boldLabel``), a cluster label, a tooltip and the diagram's
/// title, rendered to SVG by the real library.
///
/// Input: up to five texts separated by NUL bytes (UTF-8, invalid bytes replaced).
/// Properties: the SVG is well-formed XML (Foundation's XMLParser); it has exactly the diagram's
/// two nodes, one edge and one cluster; and the node's, the edge's and the cluster's `<text>`
/// lines are exactly their label's lines as ``showingInvisibles(_:)`` shows them (see ``shown(_:)``
/// for the two things Graphviz does on purpose) — the label's text intact.
func fuzzGraphviz(_ data: UnsafeBufferPointer<UInt8>) {
    let texts = data.split(separator: 0, maxSplits: 4, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    func text(_ i: Int) -> String { i < texts.count ? texts[i] : "" }
    let nodeLabel = text(0).isEmpty ? "x" : text(0)
    let edgeLabel = text(1), clusterLabel = text(2), tooltip = text(3), title = text(4)
    let d = Diagram(name: "fuzz",
                    nodes: [DiagramNode(id: "a", attributes: ["label": nodeLabel, "tooltip": tooltip]),
                            DiagramNode(id: "b", attributes: ["label": "b"])],
                    edges: [DiagramEdge(tail: "a", head: "b", attributes: edgeLabel.isEmpty ? [:] : ["label": edgeLabel], boldLabel: true)],
                    clusters: [DiagramCluster(id: "c", label: clusterLabel, nodeIDs: ["b"])],
                    title: title)
    let svg: Data
    do { svg = try Graphviz.render(d, format: .svg, engine: .dot) } catch {
        check(false, "Graphviz refused a diagram of plain labels: \(error)"); return
    }
    let summary = SVGTexts(svg)
    check(summary.wellFormed, "the SVG is not well-formed XML: \(summary.error)\n\(String(decoding: svg, as: UTF8.self))")
    check(summary.groups["node"]?.count == 2 && summary.groups["edge"]?.count == 1 && summary.groups["cluster"]?.count == 1,
          "the SVG's structure changed: \(summary.groups.mapValues(\.count))")
    let drawn = summary.groups
    check(drawn["node"]![0] == shown(nodeLabel), "node label \(shown(nodeLabel)) drawn as \(drawn["node"]![0])")
    if !edgeLabel.isEmpty {
        let expected = shown(edgeLabel, html: true)
        check(drawn["edge"]![0] == expected, "edge label \(expected) drawn as \(drawn["edge"]![0])")
    }
    if !clusterLabel.isEmpty { check(drawn["cluster"]![0] == shown(clusterLabel), "cluster label \(shown(clusterLabel)) drawn as \(drawn["cluster"]![0])") }
}

/// The lines the SVG should show for `label`: invisible characters made visible, split at every
/// line end — without the empty lines, for which Graphviz writes no `<text>` (a final break adds
/// no line) — and, as Graphviz does so that SVG viewers do not collapse them, every space that
/// follows a space written as a no-break space (`&#160;`). With `html` (a bold label, HTML-like
/// text), a tab is the space ``escapeHTML(_:)`` writes for it: Graphviz's HTML lexer drops tabs.
func shown(_ label: String, html: Bool = false) -> [String] {
    // By Unicode scalars, as the escapers break lines: a CR followed by a combining mark is one
    // Swift Character, which `split(separator: "\n")` and a search for "\r" did not break (a
    // finding of this target, not of Wijknet).
    var lines = [String.UnicodeScalarView()]
    var previous: Unicode.Scalar? = nil
    for scalar in showingInvisibles(label).unicodeScalars {
        let ch: Unicode.Scalar = html && scalar == "\t" ? " " : scalar
        defer { previous = ch }
        if ch == "\n" && previous == "\r" { continue }   // CRLF: one break, made at the CR
        if ch == "\r" || ch == "\n" { lines.append(String.UnicodeScalarView()); continue }
        lines[lines.count - 1].append(ch == " " && previous == " " ? "\u{A0}" : ch)
    }
    return lines.map(String.init).filter { !$0.isEmpty }
}

/// The non-empty `<text>` lines of each node, edge and cluster group of an SVG.
final class SVGTexts: NSObject, XMLParserDelegate {
    private(set) var groups: [String: [[String]]] = [:]
    private(set) var wellFormed = false
    private(set) var error = ""
    private var kind: String?
    private var depth = 0, groupDepth = 0
    private var lines: [String] = []
    private var chars = ""

    init(_ data: Data) {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        wellFormed = parser.parse()
        error = parser.parserError.map { "\($0)" } ?? ""
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        depth += 1
        if name == "g", let c = attributes["class"]?.split(separator: " ").first.map(String.init), ["node", "edge", "cluster"].contains(c) {
            kind = c; groupDepth = depth; lines = []
        }
        chars = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { chars += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text", kind != nil { lines.append(chars) }
        if name == "g", let k = kind, depth == groupDepth {
            groups[k, default: []].append(lines.filter { !$0.isEmpty })
            kind = nil
        }
        depth -= 1
        chars = ""
    }
}
