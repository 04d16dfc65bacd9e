// The C boundary: the only file in Wijknet that imports CGraphviz.
import CGraphviz
import Foundation

/// Output formats Wijknet renders.
public enum DiagramFormat: String, Sendable, CaseIterable {
    case svg, png, pdf
    /// Graphviz's own DOT (positions included), for Gephi and Graphviz users.
    case dot
    /// Graphviz's renderer name for this format.
    var renderer: String {
        switch self {
        case .svg: "svg"
        case .png: "png:cairo"
        case .pdf: "pdf:cairo"
        case .dot: "dot"
        }
    }
}

/// Graphviz layout engines.
///
/// Measured on this 2-core machine (libgvc 2.42; `render --view ecosystem` of generated logs with
/// every young person drawn, straight edges; wall time of the whole command, README table):
/// at 500 nodes neato 0.72 s, fdp 0.63 s, sfdp 0.69 s, while dot and circo exceed 30 s; at
/// 2,000 nodes fdp 6.0 s, neato 8.3 s, sfdp 9.5 s; at 20,000 every engine exceeds 30 s — which
/// is why views group young people per place above 50. ``auto`` picks accordingly.
public enum LayoutEngine: String, Sendable, CaseIterable {
    case dot, neato, fdp, sfdp, circo
    /// Picks by node count: neato up to 400 nodes (the most even drawing of a sociogram), sfdp
    /// above (multilevel). Never `fdp` or `dot`: on this libgvc (2.42) both gave different SVGs
    /// for the same diagram from run to run when it has clusters (fdp even without), which breaks
    /// Wijknet's byte-identical promise; and `dot` draws ranks, which suit hierarchies, not
    /// contact networks. Both stay available with `--engine`.
    case auto

    /// The engine ``auto`` resolves to for `nodes` nodes.
    public func resolved(nodes: Int) -> LayoutEngine {
        guard self == .auto else { return self }
        return nodes <= 400 ? .neato : .sfdp
    }
}

/// A Graphviz failure, with Graphviz's own message when it gave one.
public struct GraphvizError: Error, Sendable, CustomStringConvertible {
    public var operation: String
    public var message: String
    public var description: String { "Graphviz \(operation) failed: \(message)" }
}

/// Renders ``Diagram`` values through libgvc and libcgraph.
///
/// Graphs are built with the cgraph API (`agopen`, `agnode`, `agedge`, `agsubg`,
/// `agsafeset`), never by pasting user text into DOT: node names are generated (`n0`, `n1`, …),
/// so ids and labels — quotes, `<`, `&`, braces, newlines, any script — can never change the
/// drawing's structure, and no young person's id reaches Graphviz at all.
///
/// Graphviz keeps global state (error buffer, plugin registry) and is not thread-safe: every
/// call goes through one lock. One `GVC_t` context lives for the process; each render opens a
/// graph, lays it out, renders, then frees layout and graph in that order (``GraphHandle``).
public enum Graphviz {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var context: OpaquePointer? = nil
    nonisolated(unsafe) fileprivate static var lastError = ""

    /// Renders `diagram` with `engine` to `format`.
    /// - Throws: ``GraphvizError`` with Graphviz's message (captured through `agseterrf`).
    /// - Complexity: the engine's layout cost; `dot` is superlinear, `sfdp` near-linear.
    public static func render(_ diagram: Diagram, format: DiagramFormat = .svg, engine: LayoutEngine = .auto) throws -> Data {
        lock.lock()
        defer { lock.unlock() }
        if context == nil {
            context = gvContext()
            _ = agseterrf { message in
                if let message { Graphviz.lastError += String(cString: message) }
                return 0
            }
        }
        guard let gvc = context else { throw GraphvizError(operation: "context", message: "gvContext returned NULL") }
        lastError = ""
        _ = agreseterrors()
        let handle = try GraphHandle(diagram: diagram, context: gvc)
        let chosen = engine.resolved(nodes: diagram.nodes.count)
        try handle.layout(chosen.rawValue)
        return try handle.render(format.renderer)
    }

    /// The message Graphviz reported, trimmed, or a fallback.
    fileprivate static func message(_ fallback: String) -> String {
        let m = lastError.trimmingCharacters(in: .whitespacesAndNewlines)
        if !m.isEmpty { return m }
        if let last = aglasterr() { return String(cString: last).trimmingCharacters(in: .whitespacesAndNewlines) }
        return fallback
    }
}

/// Owns one `Agraph_t` (and its layout) for the duration of a render.
final class GraphHandle {
    private let gvc: OpaquePointer
    private let graph: UnsafeMutablePointer<Agraph_t>
    private var laidOut = false

    init(diagram: Diagram, context: OpaquePointer) throws {
        gvc = context
        guard let g = diagram.name.withCString({ agopen(UnsafeMutablePointer(mutating: $0), wijknet_undirected(), nil) }) else {
            throw GraphvizError(operation: "agopen", message: Graphviz.message("cannot create a graph"))
        }
        graph = g
        for (k, v) in diagram.graphAttributes.sorted(by: { $0.key < $1.key }) { set(UnsafeMutableRawPointer(g), k, v) }
        if let header = diagram.headerHTML {
            // An HTML-like label must be marked as such: agstrdup_html, then set by pointer.
            let html = header.withCString { agstrdup_html(g, UnsafeMutablePointer(mutating: $0)) }
            "label".withCString { n in
                "".withCString { d in _ = agsafeset(UnsafeMutableRawPointer(g), UnsafeMutablePointer(mutating: n), html, UnsafeMutablePointer(mutating: d)) }
            }
            if let html { _ = agstrfree(g, html) }
        }
        // Defaults so that attributes set on some objects only are declared for all.
        var nodes: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        var parentOf: [String: UnsafeMutablePointer<Agraph_t>] = [:]
        for cluster in diagram.clusters {
            guard let sub = "cluster_\(cluster.id)".withCString({ agsubg(g, UnsafeMutablePointer(mutating: $0), 1) }) else {
                throw GraphvizError(operation: "agsubg", message: Graphviz.message("cannot create a cluster"))
            }
            for (k, v) in cluster.attributes.sorted(by: { $0.key < $1.key }) { set(UnsafeMutableRawPointer(sub), k, v) }
            set(UnsafeMutableRawPointer(sub), "label", escapeLabel(cluster.label))
            for id in cluster.nodeIDs { parentOf[id] = sub }
        }
        for (index, node) in diagram.nodes.enumerated() {
            let owner = parentOf[node.id] ?? g
            guard let n = "n\(index)".withCString({ agnode(owner, UnsafeMutablePointer(mutating: $0), 1) }) else {
                throw GraphvizError(operation: "agnode", message: Graphviz.message("cannot create a node"))
            }
            nodes[node.id] = n
            for (k, v) in node.attributes.sorted(by: { $0.key < $1.key }) {
                set(UnsafeMutableRawPointer(n), k, k == "label" || k == "xlabel" || k == "tooltip" ? escapeLabel(v) : v)
            }
        }
        for edge in diagram.edges {
            guard let t = nodes[edge.tail], let h = nodes[edge.head] else {
                throw GraphvizError(operation: "agedge", message: "an edge names a node that is not in the diagram")
            }
            guard let e = agedge(g, t, h, nil, 1) else {
                throw GraphvizError(operation: "agedge", message: Graphviz.message("cannot create an edge"))
            }
            for (k, v) in edge.attributes.sorted(by: { $0.key < $1.key }) {
                set(UnsafeMutableRawPointer(e), k, k == "label" || k == "tooltip" ? escapeLabel(v) : v)
            }
        }
    }

    deinit {
        if laidOut { _ = gvFreeLayout(gvc, graph) }
        _ = agclose(graph)
    }

    private func set(_ object: UnsafeMutableRawPointer, _ name: String, _ value: String) {
        name.withCString { n in
            value.withCString { v in
                "".withCString { d in
                    _ = agsafeset(object, UnsafeMutablePointer(mutating: n), UnsafeMutablePointer(mutating: v), UnsafeMutablePointer(mutating: d))
                }
            }
        }
    }

    func layout(_ engine: String) throws {
        let rc = engine.withCString { gvLayout(gvc, graph, $0) }
        guard rc == 0 else {
            throw GraphvizError(operation: "layout", message: Graphviz.message("the layout engine '\(engine)' is not available; use one of \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
        laidOut = true
    }

    func render(_ format: String) throws -> Data {
        var result: UnsafeMutablePointer<CChar>? = nil
        var length: UInt32 = 0
        let rc = format.withCString { gvRenderData(gvc, graph, $0, &result, &length) }
        defer { if let result { gvFreeRenderData(result) } }
        guard rc == 0, let result else {
            throw GraphvizError(operation: "render", message: Graphviz.message("cannot render format '\(format)'"))
        }
        return Data(bytes: result, count: Int(length))
    }
}

/// Makes user text literal inside a Graphviz label: backslashes doubled (so `\N`, `\G`, `\l`
/// are not expanded), line breaks turned into Graphviz's centred line break `\n`.
/// Everything else — quotes, `<`, `&`, braces — is data to cgraph (the SVG renderer escapes it
/// as XML entities), because labels are set with `agsafeset`, never parsed as DOT.
public func escapeLabel(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    var previousCR = false
    for ch in text.unicodeScalars {
        switch ch {
        case "\\": out += "\\\\"; previousCR = false
        case "\r": out += "\\n"; previousCR = true
        case "\n": if !previousCR { out += "\\n" }; previousCR = false
        default: out.unicodeScalars.append(ch); previousCR = false
        }
    }
    return out
}
