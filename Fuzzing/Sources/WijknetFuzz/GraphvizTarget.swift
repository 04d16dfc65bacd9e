import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import WijknetGraphviz

/// `graphviz`: the label path into Graphviz — any text as a node label, an edge label, a
/// cluster label, a tooltip and the diagram's title, rendered to SVG by the real library.
///
/// Input: up to five texts separated by NUL bytes (UTF-8, invalid bytes replaced).
/// Properties: the SVG is well-formed XML (Foundation's XMLParser); it has exactly the diagram's
/// two nodes, one edge and one cluster; and the node's, the edge's and the cluster's `<text>`
/// lines, joined with line breaks, are exactly their label as ``showingInvisibles(_:)`` shows it
/// with its line ends made `\n` — the label's text intact.
func fuzzGraphviz(_ data: UnsafeBufferPointer<UInt8>) {
    let texts = data.split(separator: 0, maxSplits: 4, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    func text(_ i: Int) -> String { i < texts.count ? texts[i] : "" }
    let nodeLabel = text(0).isEmpty ? "x" : text(0)
    let edgeLabel = text(1), clusterLabel = text(2), tooltip = text(3), title = text(4)
    let d = Diagram(name: "fuzz",
                    nodes: [DiagramNode(id: "a", attributes: ["label": nodeLabel, "tooltip": tooltip]),
                            DiagramNode(id: "b", attributes: ["label": "b"])],
                    edges: [DiagramEdge(tail: "a", head: "b", attributes: edgeLabel.isEmpty ? [:] : ["label": edgeLabel])],
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
    check(summary.groups["node"]![0] == shown(nodeLabel), "node label \(shown(nodeLabel).debugDescription) drawn as \(summary.groups["node"]![0].debugDescription)")
    if !edgeLabel.isEmpty {
        check(summary.groups["edge"]![0] == shown(edgeLabel), "edge label \(shown(edgeLabel).debugDescription) drawn as \(summary.groups["edge"]![0].debugDescription)")
    }
    if !clusterLabel.isEmpty {
        check(summary.groups["cluster"]![0] == shown(clusterLabel), "cluster label \(shown(clusterLabel).debugDescription) drawn as \(summary.groups["cluster"]![0].debugDescription)")
    }
}

/// What the SVG should show for `label`: invisible characters made visible, every line end `\n`,
/// and — as Graphviz does — a line break at the very end ends the last line without starting
/// another, and every space that follows a space is written as a no-break space (`&#160;`) so
/// that SVG viewers do not collapse the run.
func shown(_ label: String) -> String {
    var text = showingInvisibles(label).replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    if text.hasSuffix("\n") { text.removeLast() }
    var out = String.UnicodeScalarView()
    var previous: Unicode.Scalar? = nil
    for ch in text.unicodeScalars {
        out.append(ch == " " && previous == " " ? "\u{A0}" : ch)
        previous = ch
    }
    return String(out)
}

/// The `<text>` lines of each node, edge and cluster group of an SVG, joined with `\n`.
final class SVGTexts: NSObject, XMLParserDelegate {
    private(set) var groups: [String: [String]] = [:]
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
            groups[k, default: []].append(lines.joined(separator: "\n"))
            kind = nil
        }
        depth -= 1
        chars = ""
    }
}
