import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses SVG written by Graphviz's core renderer as XML (Foundation's `XMLParser`) and collects
/// what the structural checks need. Parsing fails — and the initialiser throws — if the SVG is
/// not well-formed XML, so every inspection is also a well-formedness check.
///
/// Graphviz writes one `<g class="node">` per node, one `<g class="edge">` per edge and one
/// `<g class="cluster">` per cluster, each starting with a `<title>` (the cgraph name: `n0`,
/// `n0--n1`, `cluster_0`), followed by shapes and one `<text>` per label line.
final class SVGSummary: NSObject, XMLParserDelegate {
    struct Group {
        var kind: String
        /// The classes after Graphviz's own (`node`, `edge`, `cluster`): the `class` attribute's.
        var classes: [String] = []
        var title = ""
        var texts: [String] = []
        var boldTexts: [String] = []
        /// The `xlink:title` of each `<a>` in the group: the tooltip Graphviz wrote.
        var tooltips: [String] = []
        /// The label's lines joined with newlines.
        var label: String { texts.joined(separator: "\n") }
    }
    /// The graph's `<title>` (the diagram's name).
    private(set) var graphTitle = ""
    private(set) var nodes: [Group] = []
    private(set) var edges: [Group] = []
    private(set) var clusters: [Group] = []
    /// Every `<text>` in document order, wherever it is.
    private(set) var texts: [String] = []
    /// `<text>` outside nodes, edges and clusters (the graph label: title, legend).
    private(set) var graphTexts: [String] = []
    private(set) var boldTexts: [String] = []

    private var stack: [(element: String, groupKind: String?)] = []
    private var current: Group?
    private var chars = ""
    private var textIsBold = false
    private var inGraphGroup = false

    init(_ data: Data) throws {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        guard parser.parse() else { throw parser.parserError ?? NSError(domain: "SVGSummary", code: 1) }
    }

    var nodeCount: Int { nodes.count }
    var edgeCount: Int { edges.count }
    /// Every node, edge and cluster group in document order.
    var groups: [Group] { nodes + edges + clusters }
    /// The node group whose `<title>` is `name` (`n0`, `n1`, …).
    func node(_ name: String) -> Group? { nodes.first { $0.title == name } }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        var kind: String? = nil
        // Graphviz writes its own class first, then the `class` attribute's: `class="node partner spof"`.
        if name == "g", let c = attributes["class"], let first = c.split(separator: " ").first.map(String.init),
           ["node", "edge", "cluster"].contains(first) {
            kind = first
            current = Group(kind: first, classes: c.split(separator: " ").dropFirst().map(String.init))
        }
        if name == "g", attributes["class"] == "graph" { inGraphGroup = true }
        if name == "a", let tip = attributes["xlink:title"], current != nil { current!.tooltips.append(tip) }
        if name == "text" { textIsBold = attributes["font-weight"] == "bold" }
        stack.append((name, kind))
        chars = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { chars += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let top = stack.popLast()
        switch name {
        case "title":
            if current != nil { current!.title = chars } else if inGraphGroup && graphTitle.isEmpty { graphTitle = chars }
        case "text":
            texts.append(chars)
            if textIsBold { boldTexts.append(chars) }
            if current != nil {
                current!.texts.append(chars)
                if textIsBold { current!.boldTexts.append(chars) }
            } else {
                graphTexts.append(chars)
            }
        case "g":
            if let kind = top?.groupKind, let g = current {
                switch kind {
                case "node": nodes.append(g)
                case "edge": edges.append(g)
                default: clusters.append(g)
                }
                current = nil
            }
        default: break
        }
        chars = ""
    }
}
