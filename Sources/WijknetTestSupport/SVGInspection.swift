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
public final class SVGSummary: NSObject, XMLParserDelegate {
    public struct Group {
        public var kind: String
        /// The classes after Graphviz's own (`node`, `edge`, `cluster`): the `class` attribute's.
        public var classes: [String] = []
        public var title = ""
        public var texts: [String] = []
        public var boldTexts: [String] = []
        /// The `xlink:title` of each `<a>` in the group: the tooltip Graphviz wrote.
        public var tooltips: [String] = []
        /// The label's lines joined with newlines.
        public var label: String { texts.joined(separator: "\n") }
    }
    /// The graph's `<title>` (the diagram's name).
    public private(set) var graphTitle = ""
    public private(set) var nodes: [Group] = []
    public private(set) var edges: [Group] = []
    public private(set) var clusters: [Group] = []
    /// Every `<text>` in document order, wherever it is.
    public private(set) var texts: [String] = []
    /// `<text>` outside nodes, edges and clusters (the graph label: title, legend).
    public private(set) var graphTexts: [String] = []
    public private(set) var boldTexts: [String] = []

    private var stack: [(element: String, groupKind: String?)] = []
    private var current: Group?
    private var chars = ""
    private var textIsBold = false
    private var inGraphGroup = false

    public init(_ data: Data) throws {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        guard parser.parse() else { throw parser.parserError ?? NSError(domain: "SVGSummary", code: 1) }
    }

    public var nodeCount: Int { nodes.count }
    public var edgeCount: Int { edges.count }
    /// Every node, edge and cluster group in document order.
    public var groups: [Group] { nodes + edges + clusters }
    /// The node group whose `<title>` is `name` (`n0`, `n1`, …).
    public func node(_ name: String) -> Group? { nodes.first { $0.title == name } }

    public func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
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

    public func parser(_ parser: XMLParser, foundCharacters string: String) { chars += string }

    public func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
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
