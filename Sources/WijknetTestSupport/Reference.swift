import Foundation
import WijknetGraph

/// One networkx reference fixture: a graph and the values networkx 3.6.1 computed on it.
///
/// Made by `Fixtures/networkx/make_reference.py`; its header states the conventions (node order,
/// which networkx arguments each metric key means, `_weighted` = distance `1 / weight`) and the
/// hand-derived values it asserts. A metric key is absent when networkx raised or the metric does
/// not apply; the JSON file's `notes` says why.
public struct ReferenceGraph: Sendable {
    /// Fixture name, e.g. `"karate"`.
    public let name: String
    /// Number of nodes `n`; node ids are `0..<n` in networkx's node order.
    public let nodeCount: Int
    /// networkx's node label for each id (`labels[v]`), e.g. family names for `florentine`.
    public let labels: [String]
    /// Built from the fixture's edge list — from `raw_edges` (parallel edges in both directions,
    /// merged by summing their weights) when the fixture has one, as `multi_edge` does.
    public let graph: Graph
    /// Per-node values (`count == nodeCount`); `NaN` where networkx gives nan.
    public let nodeMetrics: [String: [Double]]
    /// Whole-graph values, e.g. `"density"`; `NaN` where networkx gives nan.
    public let graphMetrics: [String: Double]
    /// Node id sets, sorted ascending, e.g. `"articulation_points"`.
    public let nodeSets: [String: [Int]]
    /// Lists of node id lists: `"bridges"` as `[u, v]` with `u < v`, sorted; `"components"` as each
    /// component's sorted node list, ordered by smallest node.
    public let edgeSets: [String: [[Int]]]
    /// Community index per node, communities numbered in order of their smallest node,
    /// e.g. `"louvain_seed42"`.
    public let partitions: [String: [Int]]
}

/// Loads the networkx reference fixtures bundled with `WijknetTestSupport`.
public enum Reference {
    /// Every fixture, in the order of the generating script.
    public static let graphNames: [String] = [
        "karate", "florentine", "kite", "lesmis", "gnp60", "bipartite_k23",
        "path5", "star5", "k4", "isolates", "one_node", "empty", "multi_edge",
    ]

    /// Why a fixture could not be loaded.
    public enum LoadError: Error, CustomStringConvertible {
        /// No `<name>.json` in the bundle's `Fixtures/networkx`.
        case missing(String)
        /// The file decoded but breaks the fixture format.
        case malformed(String, String)

        public var description: String {
            switch self {
            case .missing(let name): "reference fixture '\(name).json' not found in the bundle"
            case .malformed(let name, let why): "reference fixture '\(name)': \(why)"
            }
        }
    }

    /// The JSON layout written by `make_reference.py`. `null` decodes as `nil` → NaN.
    private struct File: Decodable {
        let name: String
        let labels: [String]
        let edges: [[Double]]
        let raw_edges: [[Double]]?
        let node_metrics: [String: [Double?]]
        let graph_metrics: [String: Double?]
        let node_sets: [String: [Int]]
        let edge_sets: [String: [[Int]]]
        let partitions: [String: [Int]]
    }

    /// The bundled file for `name`: `Bundle.module`'s subdirectory lookup, falling back to a path
    /// built from `resourceURL` (the `.copy("Fixtures")` folder sits at the bundle's resource root).
    private static func url(_ name: String) -> URL? {
        if let u = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures/networkx") {
            return u
        }
        guard let root = Bundle.module.resourceURL else { return nil }
        let u = root.appendingPathComponent("Fixtures/networkx/\(name).json")
        return FileManager.default.fileExists(atPath: u.path) ? u : nil
    }

    /// Loads fixture `name` (one of ``graphNames``) and builds its ``Graph``.
    ///
    /// - Throws: ``LoadError`` when the file is missing or inconsistent (an endpoint out of range,
    ///   a weight that is not finite and positive, a per-node list of the wrong length), or a
    ///   `DecodingError`.
    /// - Complexity: `O(n + m)` plus JSON decoding.
    public static func load(_ name: String) throws -> ReferenceGraph {
        guard let url = url(name) else { throw LoadError.missing(name) }
        let f = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
        let n = f.labels.count
        var list: [(Int, Int, Double)] = []
        for e in f.raw_edges ?? f.edges {
            guard e.count == 3, let u = Int(exactly: e[0]), let v = Int(exactly: e[1]),
                  (0..<n).contains(u), (0..<n).contains(v), e[2].isFinite, e[2] > 0
            else { throw LoadError.malformed(name, "bad edge \(e)") }
            list.append((u, v, e[2]))
        }
        let nodeMetrics = f.node_metrics.mapValues { $0.map { $0 ?? .nan } }
        for (key, values) in nodeMetrics where values.count != n {
            throw LoadError.malformed(name, "node metric '\(key)' has \(values.count) values for \(n) nodes")
        }
        for (key, values) in f.partitions where values.count != n {
            throw LoadError.malformed(name, "partition '\(key)' has \(values.count) values for \(n) nodes")
        }
        return ReferenceGraph(
            name: f.name, nodeCount: n, labels: f.labels, graph: Graph(nodeCount: n, edges: list),
            nodeMetrics: nodeMetrics,
            graphMetrics: f.graph_metrics.mapValues { $0 ?? .nan },
            nodeSets: f.node_sets, edgeSets: f.edge_sets, partitions: f.partitions)
    }
}

/// `|a - b| <= tolerance`, or both NaN. (An infinity equals only the same infinity.)
public func isClose(_ a: Double, _ b: Double, tolerance: Double = 1e-9) -> Bool {
    if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
    if a == b { return true }
    return abs(a - b) <= tolerance
}

/// One graph of the `sna::brokerage` fixture (`Fixtures/sna/brokerage.json`, written by
/// `scripts/reference/brokerage_sna.R` with R's sna 2.7-1).
///
/// Per-node rows are in sna's column order `w_I, w_O, b_IO, b_OI, b_O, t` = coordinator,
/// itinerant, representative, gatekeeper, liaison, total — the first five in the order of
/// `Brokerage.Role`. `NaN` where sna gives NaN.
public struct BrokerageReference: Sendable {
    public let name: String
    public let nodeCount: Int
    /// `true`: `edges` are arcs `(from, to)`; `false`: undirected edges, given to sna as the
    /// symmetric adjacency matrix.
    public let directed: Bool
    public let edges: [(Int, Int)]
    /// Group id per node.
    public let groups: [Int]
    /// `raw.nli`, `exp.nli`, `z.nli`: `[node][column]`.
    public let counts: [[Double]]
    public let expected: [[Double]]
    public let z: [[Double]]

    /// The graph names in the fixture, in the script's order.
    public static let names = ["karate", "florentine", "kite", "star4_one_group", "directed_hand"]

    private struct File: Decodable {
        struct G: Decodable {
            let n: Int
            let directed: Bool
            let edges: [[Int]]
            let groups: [Int]
            let raw_nli: [[Double?]]
            let exp_nli: [[Double?]]
            let z_nli: [[Double?]]
        }
        let graphs: [String: G]
    }

    /// Loads graph `name` (one of ``names``) of the sna fixture.
    /// - Throws: ``Reference/LoadError`` when the file or graph is missing or malformed.
    public static func load(_ name: String) throws -> BrokerageReference {
        let root = Bundle.module.resourceURL?.appendingPathComponent("Fixtures/sna/brokerage.json")
        guard let url = Bundle.module.url(forResource: "brokerage", withExtension: "json", subdirectory: "Fixtures/sna") ?? root,
              FileManager.default.fileExists(atPath: url.path)
        else { throw Reference.LoadError.missing("sna/brokerage") }
        let f = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
        guard let g = f.graphs[name] else { throw Reference.LoadError.missing("sna/brokerage: \(name)") }
        let rows = [g.raw_nli, g.exp_nli, g.z_nli].map { $0.map { $0.map { $0 ?? .nan } } }
        guard g.groups.count == g.n, rows.allSatisfy({ $0.count == g.n && $0.allSatisfy { $0.count == 6 } }),
              g.edges.allSatisfy({ $0.count == 2 && (0..<g.n).contains($0[0]) && (0..<g.n).contains($0[1]) })
        else { throw Reference.LoadError.malformed("sna/brokerage", "graph '\(name)' is inconsistent") }
        return BrokerageReference(name: name, nodeCount: g.n, directed: g.directed, edges: g.edges.map { ($0[0], $0[1]) },
                                  groups: g.groups, counts: rows[0], expected: rows[1], z: rows[2])
    }
}
