// The C boundary: the only file in Wijknet that imports CGraphviz.
import CGraphviz
import Foundation
import WijknetProgress

/// A failure while checking or rendering a diagram, with Graphviz's own message when it gave one.
public struct GraphvizError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// The ``Diagram`` is inconsistent (see ``Diagram/validate()``); nothing reached Graphviz.
        case invalidDiagram
        /// An engine name that is not one of ``LayoutEngine``, or an engine Graphviz lacks.
        case unknownEngine
        /// A format name that is not one of ``DiagramFormat``, or a renderer Graphviz lacks.
        case unknownFormat
        /// A Graphviz call returned an error code or reported an error.
        case graphviz
    }
    public var kind: Kind
    /// The step that failed (`diagram`, `engine`, `format`, `agopen`, `layout`, `render`, …).
    public var operation: String
    /// Graphviz's message (captured through `agseterrf`) or Wijknet's explanation.
    public var message: String
    public init(kind: Kind, operation: String, message: String) {
        self.kind = kind
        self.operation = operation
        self.message = message
    }
    public var description: String { "Graphviz \(operation) failed: \(message)" }
}

/// Renders ``Diagram`` values through libgvc and libcgraph — the only C-touching part of Wijknet.
///
/// Graphs are built with the cgraph API (`agopen`, `agnode`, `agedge`, `agsubg`, `agattr`,
/// `agsafeset`), laid out with `gvLayout` and rendered with `gvRenderData`; DOT text is never
/// assembled and parsed, and the `dot` program is never run. Node names are generated (`n0`,
/// `n1`, …), so ids and labels — quotes, `<`, `&`, braces, `->`, newlines, any script — can never
/// change the drawing's structure.
///
/// **Thread safety.** Graphviz keeps global state (error level and handler, string dictionary,
/// plugin state) and is not thread-safe. Every Graphviz call Wijknet makes runs inside one
/// process-wide lock (``serialised(_:)``): renders from several threads are safe, and run one at
/// a time. Each render owns its own `GVC_t` context and graph (``GraphvizDocument``) and frees
/// both before the lock is released.
public enum Graphviz {
    /// Guards every call into Graphviz, including the error handler's buffer swaps.
    private static let lock = NSLock()

    /// Renders `diagram` with `engine` to `format`.
    ///
    /// Steps: resolve the engine (``LayoutEngine/resolved(for:)``), validate the diagram
    /// (``Diagram/validate()``), build the cgraph graph, `gvLayout`, `gvRenderData`, then free
    /// layout, graph and context. SVG, PNG and DOT output are byte-identical for the same input
    /// (`start` defaults to seed 1); PDF is not, because cairo writes a `/CreationDate`.
    /// - Parameters:
    ///   - diagram: what to draw.
    ///   - format: ``DiagramFormat/svg`` by default.
    ///   - engine: an explicit engine wins over the diagram's `layout` attribute; ``LayoutEngine/auto``
    ///     takes the diagram's `layout` if it has one, else picks by node count.
    /// - Returns: the rendered bytes.
    /// - Throws: ``GraphvizError`` — invalid diagram, unknown engine, or a Graphviz failure
    ///   with Graphviz's own message.
    /// - Complexity: dominated by the engine's layout (see ``LayoutEngine`` for measured times).
    public static func render(_ diagram: Diagram, format: DiagramFormat = .svg, engine: LayoutEngine = .auto) throws -> Data {
        let chosen = try engine.resolved(for: diagram)
        try diagram.validate()
        let n = diagram.nodes.count
        return try Progress.stage("laying out \(n) nodes", 1, of: 1, reporting: n >= progressThreshold) {
            try serialised {
                let document = try GraphvizDocument(diagram)
                try document.layout(chosen.rawValue)
                return try document.render(format.renderer)
            }
        }
    }

    /// Diagrams of this many nodes and more show `laying out N nodes` to ``Progress/sink`` while
    /// Graphviz lays them out and renders them: one long call without counts (sfdp takes some
    /// seconds for a few thousand nodes), begun and finished around it.
    public static let progressThreshold = 2_000

    /// The Graphviz library version (`gvcVersion`), e.g. `2.43.0`.
    public static var libraryVersion: String {
        serialised {
            guard let gvc = try? sharedContext() else { return "unknown" }
            return gvcVersion(gvc).map { String(cString: $0) } ?? "unknown"
        }
    }

    /// Runs `body` holding the Graphviz lock, with the error handler installed and the error
    /// state cleared. Everything `body` creates is destroyed when it returns, before the lock is
    /// released.
    static func serialised<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        _ = agseterrf(graphvizMessageSink)
        _ = agseterr(AGWARN)
        beginCall()
        return try body()
    }

    /// The process's one Graphviz context, created on first use and never freed. Call only
    /// inside ``serialised(_:)``.
    ///
    /// Why one, not one per render: libgvc 2.42's pango text-layout plugin caches the *pointer*
    /// to the last font name it measured (`static char *fontname`, compared with `strcmp` on the
    /// next call; Graphviz 9 copies it instead). That name lives in the context's font
    /// dictionary, so freeing a context left the cache dangling, and the next render read freed
    /// memory — found by `make sanitize` (AddressSanitizer: heap-use-after-free in
    /// `libgvplugin_pango` under `textspan_size`). With the context kept, the name stays
    /// allocated. Layouts and graphs are still freed after each render (``GraphvizDocument``);
    /// what the context keeps between renders is plugin state and the font dictionary, and the
    /// determinism tests check that renders stay byte-identical.
    static func sharedContext() throws -> OpaquePointer {
        if let context { return context }
        beginCall()
        let created = try checked(gvContext(), "gvContext", fallback: "cannot create a Graphviz context")
        context = created
        return created
    }

    /// Guarded by ``lock``.
    nonisolated(unsafe) private static var context: OpaquePointer?

    /// Clears the captured messages and Graphviz's maximum error level before a call.
    static func beginCall() {
        GraphvizMessages.shared.reset()
        _ = agreseterrors()
    }

    /// The one place C results become Swift errors.
    ///
    /// A call failed when it returned a non-zero code *or* when Graphviz reported an error
    /// (level `AGERR`, read with `agreseterrors`) during it, even if it returned 0 — Graphviz
    /// reports some failures (an unparsable HTML label, say) only that way. The error carries
    /// the messages the `agseterrf` handler captured, else `aglasterr()`, else `fallback`.
    /// Call ``beginCall()`` before the C call whose result this checks.
    /// - Throws: ``GraphvizError`` of `kind`.
    static func check(_ rc: Int32, _ operation: String, kind: GraphvizError.Kind = .graphviz,
                      fallback: @autoclosure () -> String) throws {
        let maxLevel = agreseterrors()
        guard rc != 0 || maxLevel >= Int32(AGERR.rawValue) else { return }
        var message = GraphvizMessages.shared.take()
        if message.isEmpty, let last = aglasterr() {
            message = String(cString: last).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        throw GraphvizError(kind: kind, operation: operation, message: message.isEmpty ? fallback() : message)
    }

    /// `pointer`, or the error ``check(_:_:kind:fallback:)`` gives for a failed call.
    static func checked<T>(_ pointer: T?, _ operation: String, fallback: @autoclosure () -> String) throws -> T {
        try check(pointer == nil ? -1 : 0, operation, fallback: fallback())
        guard let pointer else { throw GraphvizError(kind: .graphviz, operation: operation, message: fallback()) }
        return pointer
    }

    /// Reads DOT that *Wijknet rendered* back with `agmemread` and summarises it. For tests of
    /// the `dot` format only: user text is never parsed as DOT.
    static func summariseRenderedDOT(_ data: Data) throws -> RenderedDOTSummary {
        let text = String(decoding: data, as: UTF8.self)
        return try serialised {
            let g = try checked(text.withCString { agmemread($0) }, "agmemread", fallback: "cannot read the DOT back")
            defer { _ = agclose(g) }
            var summary = RenderedDOTSummary(name: String(cString: agnameof(UnsafeMutableRawPointer(g))),
                                             nodeCount: Int(agnnodes(g)), edgeCount: Int(agnedges(g)))
            var sub = agfstsubg(g)
            while let s = sub {
                summary.clusters.append(String(cString: agnameof(UnsafeMutableRawPointer(s))))
                sub = agnxtsubg(s)
            }
            var node = agfstnode(g)
            while let n = node {
                let raw = UnsafeMutableRawPointer(n)
                let name = String(cString: agnameof(raw))
                let label = "label".withCString { agget(raw, UnsafeMutablePointer(mutating: $0)) }
                summary.labels[name] = label.map { String(cString: $0) } ?? ""
                node = agnxtnode(g, n)
            }
            return summary
        }
    }
}

/// What ``Graphviz/summariseRenderedDOT(_:)`` reads back.
struct RenderedDOTSummary: Equatable {
    var name: String
    var nodeCount: Int
    var edgeCount: Int
    /// Subgraph names in cgraph's order.
    var clusters: [String] = []
    /// Node name → stored `label` value (the escString, backslashes still doubled).
    var labels: [String: String] = [:]
}

/// Owns one render: a `GVC_t` context and the `Agraph_t` built from a ``Diagram``.
///
/// `deinit` frees in the order Graphviz requires — the layout (`gvFreeLayout`), then the graph
/// (`agclose`). The context is the process's one (``Graphviz/sharedContext()``, which says why
/// it is never freed). Use only inside ``Graphviz/serialised(_:)``.
final class GraphvizDocument {
    private let context: OpaquePointer
    let graph: UnsafeMutablePointer<Agraph_t>
    private var laidOut = false

    /// Builds the graph: graph attributes (`start=1` unless given, `layout` dropped — the engine
    /// is chosen in Swift), the HTML-like header, clusters `cluster_0…`, nodes `n0…` (inside
    /// their cluster), then edges, each in array order with attributes in key order.
    init(_ diagram: Diagram) throws {
        context = try Graphviz.sharedContext()
        Graphviz.beginCall()
        guard let g = Self.graphName(diagram.name).withCString({ agopen(UnsafeMutablePointer(mutating: $0), wijknet_undirected(), nil) }) else {
            throw GraphvizError(kind: .graphviz, operation: "agopen", message: GraphvizMessages.shared.take().nonEmpty ?? "cannot create a graph")
        }
        graph = g
        // From here on deinit runs if init throws, and frees the graph.
        let root = UnsafeMutableRawPointer(g)
        // Nodes without a label are drawn without text (their generated names mean nothing).
        Graphviz.beginCall()
        _ = try Graphviz.checked(declare(g, kind: AGNODE, "label", default: ""), "agattr", fallback: "cannot declare the node label")
        // One typeface for all text, so layouts do not depend on which face fontconfig finds
        // for Graphviz's default Times-Roman (see ``Typeface``).
        for kind in [AGRAPH, AGNODE, AGEDGE] {
            Graphviz.beginCall()
            _ = try Graphviz.checked(declare(g, kind: kind, "fontname", default: Typeface.family), "agattr", fallback: "cannot declare the typeface")
        }

        var graphAttributes = diagram.graphAttributes
        graphAttributes["layout"] = nil
        if graphAttributes["start"] == nil { graphAttributes["start"] = "1" }
        try setAll(root, graphAttributes, what: "the graph")
        if let header = diagram.headerHTML { try setHTMLLabel(root, header, what: "the header") }

        var owner: [String: UnsafeMutablePointer<Agraph_t>] = [:]
        for (index, cluster) in diagram.clusters.enumerated() {
            Graphviz.beginCall()
            let sub = try Graphviz.checked("cluster_\(index)".withCString { agsubg(g, UnsafeMutablePointer(mutating: $0), 1) },
                                           "agsubg", fallback: "cannot create cluster '\(cluster.id)'")
            var attributes = cluster.attributes
            attributes["label"] = cluster.label
            try setAll(UnsafeMutableRawPointer(sub), attributes, what: "cluster '\(cluster.id)'")
            for id in cluster.nodeIDs { owner[id] = sub }
        }
        var created: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        created.reserveCapacity(diagram.nodes.count)
        for (index, node) in diagram.nodes.enumerated() {
            Graphviz.beginCall()
            let n = try Graphviz.checked("n\(index)".withCString { agnode(owner[node.id] ?? g, UnsafeMutablePointer(mutating: $0), 1) },
                                         "agnode", fallback: "cannot create node '\(node.id)'")
            created[node.id] = n
            try setAll(UnsafeMutableRawPointer(n), node.attributes, boldLabel: node.boldLabel, what: "node '\(node.id)'")
        }
        for edge in diagram.edges {
            guard let t = created[edge.tail], let h = created[edge.head] else {
                throw GraphvizError(kind: .invalidDiagram, operation: "agedge", message: "edge \(edge.tail) -- \(edge.head) names a node that is not in the diagram")
            }
            Graphviz.beginCall()
            let e = try Graphviz.checked(agedge(g, t, h, nil, 1), "agedge", fallback: "cannot create edge \(edge.tail) -- \(edge.head)")
            try setAll(UnsafeMutableRawPointer(e), edge.attributes, boldLabel: edge.boldLabel, what: "edge \(edge.tail) -- \(edge.head)")
        }
    }

    /// The name cgraph gets for the graph: `name` with invisible characters shown
    /// (``showingInvisibles(_:)``) and `&` as `&amp;`, because the SVG writer copies the name
    /// into `<title>`, passing entity-like text through unescaped.
    static func graphName(_ name: String) -> String {
        showingInvisibles(name).replacingOccurrences(of: "&", with: "&amp;")
    }

    deinit {
        if laidOut { _ = gvFreeLayout(context, graph) }
        _ = agclose(graph)
    }

    /// Sets `html` as the `label` of `object`, marked as HTML-like. cgraph marks a string only
    /// through `agstrdup_html` (a plain string that looks like `<…>` stays text); it is then set
    /// by pointer, and agxset's agstrdup finds the same reference-counted, HTML-marked string.
    ///
    /// cgraph keeps one copy of equal strings per graph, marked as the first one was: when a
    /// plain value with the same text came first (a tooltip, the graph's name — labels cannot,
    /// see ``escapeLabel(_:)``), `agstrdup_html` hands back that unmarked copy, and the markup
    /// would be drawn as text. Then the markup is wrapped in an empty `<FONT>`, which draws the
    /// same, until the string is new.
    private func setHTMLLabel(_ object: UnsafeMutableRawPointer, _ html: String, what: @autoclosure () -> String) throws {
        var markup = html
        var stored: UnsafeMutablePointer<CChar>
        while true {
            Graphviz.beginCall()
            stored = try Graphviz.checked(markup.withCString { agstrdup_html(graph, UnsafeMutablePointer(mutating: $0)) },
                                          "agstrdup_html", fallback: "cannot store the label of \(what())")
            if aghtmlstr(stored) != 0 { break }
            _ = agstrfree(graph, stored)
            markup = "<FONT>" + markup + "</FONT>"
        }
        defer { _ = agstrfree(graph, stored) }
        Graphviz.beginCall()
        let rc = "label".withCString { n in "".withCString { d in
            agsafeset(object, UnsafeMutablePointer(mutating: n), stored, UnsafeMutablePointer(mutating: d))
        } }
        try Graphviz.check(rc, "agsafeset", fallback: "cannot set the label of \(what())")
    }

    /// Declares attribute `name` for objects of `kind` with a default value.
    private func declare(_ g: UnsafeMutablePointer<Agraph_t>, kind: Int32, _ name: String, default value: String) -> UnsafeMutablePointer<Agsym_t>? {
        name.withCString { n in value.withCString { v in
            agattr(g, kind, UnsafeMutablePointer(mutating: n), UnsafeMutablePointer(mutating: v))
        } }
    }

    /// Sets `attributes` on `object` in key order; label attributes go through ``escapeLabel(_:)``,
    /// tooltip attributes through ``escapeTooltip(_:)``; with `boldLabel`, `label` is set as the
    /// HTML-like ``Diagram/boldHTML(_:)``.
    private func setAll(_ object: UnsafeMutableRawPointer, _ attributes: [String: String], boldLabel: Bool = false,
                        what: @autoclosure () -> String) throws {
        for (name, raw) in attributes.sorted(by: { $0.key < $1.key }) {
            if boldLabel && name == "label" {
                try setHTMLLabel(object, Diagram.boldHTML(raw), what: what())
                continue
            }
            let value = Diagram.labelAttributes.contains(name) ? escapeLabel(raw)
                : Diagram.tooltipAttributes.contains(name) ? escapeTooltip(raw) : raw
            Graphviz.beginCall()
            let rc = name.withCString { n in value.withCString { v in "".withCString { d in
                agsafeset(object, UnsafeMutablePointer(mutating: n), UnsafeMutablePointer(mutating: v), UnsafeMutablePointer(mutating: d))
            } } }
            try Graphviz.check(rc, "agsafeset", fallback: "cannot set \(name) on \(what())")
        }
    }

    /// Lays the graph out with the Graphviz engine named `engine` (`gvLayout`).
    /// - Throws: ``GraphvizError`` with Graphviz's message, which names the engine and lists
    ///   the ones it has (kind ``GraphvizError/Kind/unknownEngine`` when it does not know it).
    func layout(_ engine: String) throws {
        // sfdp draws from rand() before seeding it (see shim.h): fix the state for every layout.
        wijknet_seed_libc_rand(1)
        Graphviz.beginCall()
        let rc = engine.withCString { gvLayout(context, graph, $0) }
        if rc == 0 { laidOut = true }
        let unknown = rc != 0 && GraphvizMessages.shared.peek().contains("not recognized")
        try Graphviz.check(rc, "layout", kind: unknown ? .unknownEngine : .graphviz,
                           fallback: "layout with '\(engine)' failed; Wijknet's engines are \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", "))")
    }

    /// Renders the laid-out graph with the Graphviz renderer `format` (`gvRenderData`).
    func render(_ format: String) throws -> Data {
        var result: UnsafeMutablePointer<CChar>? = nil
        var length: UInt32 = 0
        Graphviz.beginCall()
        let rc = format.withCString { gvRenderData(context, graph, $0, &result, &length) }
        defer { if let result { gvFreeRenderData(result) } }
        let unknown = rc != 0 && GraphvizMessages.shared.peek().contains("unavailable")
        try Graphviz.check(rc == 0 && result == nil ? -1 : rc, "render", kind: unknown ? .unknownFormat : .graphviz,
                           fallback: "cannot render '\(format)'; Wijknet's formats are \(DiagramFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        guard let result else { return Data() }
        return Data(bytes: result, count: Int(length))
    }
}

/// Graphviz's messages since the last ``Graphviz/beginCall()``, written by the C error handler.
/// Lock-protected on its own (the handler runs on whatever thread called into Graphviz, which
/// holds the Graphviz lock too); bounded to 64 KiB so warnings on huge graphs cannot pile up.
final class GraphvizMessages: @unchecked Sendable {
    static let shared = GraphvizMessages()
    private let lock = NSLock()
    private var text = ""   // guarded by `lock`

    func append(_ s: String) { lock.withLock { if text.utf8.count < 65_536 { text += s } } }
    func reset() { lock.withLock { text = "" } }
    func peek() -> String { lock.withLock { text } }
    /// The messages, trimmed, and clears them.
    func take() -> String {
        lock.withLock {
            defer { text = "" }
            return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }.joined(separator: " ")
        }
    }
}

/// The `agseterrf` handler: cgraph calls it with each piece of a message ("Error", ": ", text).
private func graphvizMessageSink(_ message: UnsafeMutablePointer<CChar>?) -> Int32 {
    if let message { GraphvizMessages.shared.append(String(cString: message)) }
    return 0
}

private extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
