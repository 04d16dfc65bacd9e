/// Output formats Wijknet renders.
public enum DiagramFormat: String, Sendable, CaseIterable {
    /// SVG from Graphviz's core renderer (the default): text stays text, byte-identical reruns.
    case svg
    /// PNG through cairo.
    case png
    /// PDF through cairo. Not byte-identical between runs: cairo writes a `/CreationDate`.
    case pdf
    /// Graphviz's `dot` output *after* layout: the graph as cgraph holds it (nodes `n0…`, our
    /// attributes, text attributes as escaped escStrings, the header as `label=<…>`) plus the
    /// layout (`pos`, `bb`, `width`, `height`, `lp`). Deterministic like SVG; the positions
    /// depend on the Graphviz version. (`canon` would need a layout as well — Graphviz refuses
    /// to render any format before one — and drops the positions, so Wijknet offers `dot`.)
    case dot

    /// Parses a format name.
    /// - Throws: ``GraphvizError`` of kind ``GraphvizError/Kind/unknownFormat`` naming `name`
    ///   and the valid formats.
    public init(validating name: String) throws {
        guard let f = DiagramFormat(rawValue: name) else {
            throw GraphvizError(kind: .unknownFormat, operation: "format",
                                message: "unknown format '\(name)'; use one of \(DiagramFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self = f
    }

    /// Graphviz's renderer name for this format (core SVG and DOT, cairo PNG and PDF).
    var renderer: String {
        switch self {
        case .svg: "svg"
        case .png: "png:cairo"
        case .pdf: "pdf:cairo"
        case .dot: "dot"
        }
    }
}

/// Graphviz layout engines, and ``auto``, which picks one by size.
///
/// Measured on this 2-core machine (libgvc 2.42; `render --view ecosystem` of generated logs with
/// every young person drawn, straight edges; wall time of the whole command): at 500 nodes
/// neato 0.72 s, fdp 0.63 s, sfdp 0.69 s, while dot and circo exceed 30 s; at 2,000 nodes fdp
/// 6.0 s, neato 8.3 s, sfdp 9.5 s; at 20,000 every engine exceeds 30 s — which is why views
/// group young people per place above 50.
public enum LayoutEngine: String, Sendable, CaseIterable {
    case dot, neato, fdp, sfdp, circo
    /// Radial layout around a centre node: no randomness at all.
    case twopi
    /// By node count: neato up to ``neatoLimit`` (the most even drawing of a sociogram), sfdp
    /// above (multilevel). Never `fdp` or `dot`: on this libgvc (2.42) both gave different SVGs
    /// for the same diagram from run to run when it has clusters (fdp even without), and `dot`
    /// draws ranks, which suit hierarchies, not contact networks. Both stay available by name.
    ///
    /// Determinism above 400 nodes (measured, libgvc 2.42.2): the layouts themselves are
    /// repeatable (the renderer re-seeds `rand()` before each layout); what varied from process
    /// to process was the `prism` overlap removal. The views switch it off above
    /// ``neatoLimit`` nodes, and then sfdp, neato and twopi give byte-identical SVGs across
    /// processes (1,700 nodes, three runs each).
    case auto

    /// ``auto`` uses neato up to this many nodes.
    public static let neatoLimit = 400

    /// Parses an engine name.
    /// - Throws: ``GraphvizError`` of kind ``GraphvizError/Kind/unknownEngine`` naming `name`
    ///   and the valid engines.
    public init(validating name: String) throws {
        guard let e = LayoutEngine(rawValue: name) else {
            throw GraphvizError(kind: .unknownEngine, operation: "engine",
                                message: "unknown layout engine '\(name)'; use one of \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self = e
    }

    /// The engine ``auto`` resolves to for `nodes` nodes; any other engine resolves to itself.
    /// - Complexity: O(1).
    public func resolved(nodes: Int) -> LayoutEngine {
        guard self == .auto else { return self }
        return nodes <= Self.neatoLimit ? .neato : .sfdp
    }

    /// The engine to lay `diagram` out with: an explicit engine as is; ``auto`` takes the
    /// diagram's `layout` graph attribute when present, else ``resolved(nodes:)``.
    /// - Throws: ``GraphvizError`` of kind ``GraphvizError/Kind/unknownEngine`` when `layout`
    ///   names no engine of this enum.
    /// - Complexity: O(1).
    public func resolved(for diagram: Diagram) throws -> LayoutEngine {
        guard self == .auto else { return self }
        if let preferred = diagram.graphAttributes["layout"] {
            let engine = try LayoutEngine(validating: preferred)
            if engine != .auto { return engine }
        }
        return resolved(nodes: diagram.nodes.count)
    }
}
