import Wijknet

/// The ecosystem graph as every export format writes it: typed node attributes (every actor
/// attribute and every node metric of `wijknet analyse`) and edge attributes.
///
/// **Privacy.** Node ids are ``Ecosystem/exportID(of:showYouthNames:)`` and the `label` is
/// ``Ecosystem/label(of:showYouthNames:)``: a young person appears only as a pseudonym unless
/// `showYouthNames` is set; a young person's name is never an attribute.
///
/// **Determinism.** Nodes in output order, edges sorted by their node pair in that order,
/// attributes in ``nodeColumns`` order: the same log, actors file and pseudonym key give the
/// same bytes.
///
/// **Memory.** Neither the nodes' values nor the edges are stored: ``nodes`` and ``edges``
/// compute each as a format writes it, so an export holds one node or edge beside the
/// analysis (issue 28).
public struct ExportGraph: Sendable {
    /// The type of an attribute, as declared in GraphML (`<key attr.type>`) and GEXF.
    public enum ValueType: String, Sendable {
        case double, int, boolean, string
        /// The GEXF 1.3 name of the type.
        public var gexf: String { self == .int ? "integer" : rawValue }
    }

    /// One attribute value; `nil` in a row means undefined (NaN or infinite, or a missing text), left out.
    public enum Value: Sendable, Equatable {
        case double(Double), int(Int), boolean(Bool), string(String)
    }

    /// A named, typed attribute.
    public struct Column: Sendable, Equatable {
        public var name: String
        public var type: ValueType
    }

    /// One node: its export id and its values in ``nodeColumns`` order.
    public struct Node: Sendable {
        public var id: String
        public var values: [Value?]
    }

    /// One undirected edge between node indices `u < v`.
    public struct Edge: Sendable {
        public var u: Int, v: Int
        /// The tie's id in the ecosystem's graph: its index in `graph.edges`,
        /// ``Wijknet/Ecosystem/edgeInfo`` and ``Wijknet/ContactDays``.
        public var id: Int
        public var weight: Double
        public var contacts: Int
        /// First and last contact day (ISO `YYYY-MM-DD`); empty (left out) when the log has no dates.
        public var first: String, last: String
        /// Contact types, sorted by their index in the log, `;`-joined (empty when none).
        public var types: String
    }

    /// Node attributes, in output order (the id is not one of them).
    public static let nodeColumns: [Column] = {
        var c: [Column] = [
            .init(name: "label", type: .string), .init(name: "kind", type: .string), .init(name: "domain", type: .string),
            .init(name: "organisation", type: .string), .init(name: "neighbourhood", type: .string),
            .init(name: "ordinary", type: .boolean),
            .init(name: "degree", type: .int),
        ]
        for name in ["strength", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "constraint",
                     "effective_size", "efficiency", "hierarchy"] { c.append(.init(name: name, type: .double)) }
        for name in ["core", "component", "community"] { c.append(.init(name: name, type: .int)) }
        c.append(.init(name: "articulation", type: .boolean))
        for name in brokerageRoles + ["brokerage_total"] { c.append(.init(name: name, type: .int)) }
        c.append(.init(name: "ei", type: .double))
        for name in brokerageRoles { c.append(.init(name: "\(name)_z", type: .double)) }
        for name in AnalysisResult.methodColumns { c.append(.init(name: name, type: .string)) }
        return c
    }()

    /// Edge attributes besides the endpoints, in output order.
    public static let edgeColumns: [Column] = [
        .init(name: "weight", type: .double), .init(name: "contacts", type: .int),
        .init(name: "first", type: .string), .init(name: "last", type: .string), .init(name: "types", type: .string),
    ]

    static let brokerageRoles = ["coordinator", "consultant", "representative", "gatekeeper", "liaison"]

    /// The nodes in output order, each computed when it is read (``Nodes``).
    public let nodes: Nodes
    /// The edges in output order, each made when it is reached (``Edges``).
    public let edges: Edges
    /// Graph attributes: how the all-pairs figures were computed (`betweenness_method`,
    /// `closeness_method`: ``Wijknet/AnalysisResult/betweennessMethod``), so an export of a
    /// graph above the exact limit says in the file that its figures are estimates. GraphML
    /// writes them as `<data>` of the `<graph>`, node-link JSON under `"graph"`, GEXF in its
    /// `<description>`; every format also has them as node attributes (the CSV has no graph).
    public let graphAttributes: [(name: String, value: String)]

    /// The export of `eco` with the node metrics of `analysis` (computed on the same ecosystem).
    ///
    /// Nodes in ``Wijknet/Ecosystem/outputOrder(showYouthNames:)`` (the order of
    /// `analysis.actors`): young people last, by pseudonym. Edges are numbered by that order and
    /// sorted by it, so neither list keeps the actors file's order of the young people. A young
    /// person's organisation and neighbourhood are left out.
    ///
    /// Holds no node's values and no edge (issue 28: at a million actors they were 4 GB beside
    /// the analysis's 2): only the output order and the node ids; ``nodes`` and ``edges`` make
    /// each as it is written.
    /// - Complexity: `O(n log n)` time (the output order), `O(n)` memory besides `eco` and `analysis`.
    public init(_ eco: Ecosystem, analysis: AnalysisResult, showYouthNames: Bool = false) {
        precondition(analysis.actors.count == eco.count, "the analysis is of another ecosystem")
        let methods = [analysis.betweennessMethod, analysis.closenessMethod]
        graphAttributes = zip(AnalysisResult.methodColumns, methods).map { (name: $0, value: $1) }
        let order = eco.outputOrder(showYouthNames: showYouthNames)
        let ids = order.map { eco.exportID(of: $0, showYouthNames: showYouthNames) }
        nodes = Nodes(eco: eco, analysis: analysis, order: order, ids: ids, showYouthNames: showYouthNames)
        edges = Edges(eco: eco, ties: eco.tiesInOutputOrder(order))
    }

    /// The export id of the node at output position `k` (an edge's `u` or `v`).
    public func id(ofNode k: Int) -> String { nodes.ids[k] }
}

extension ExportGraph {
    /// The nodes in output order; node `k`'s values are computed from the ecosystem and the
    /// analysis's row `k` when it is read, so at most one node's values exist at a time.
    public struct Nodes: RandomAccessCollection, Sendable {
        let eco: Ecosystem
        let analysis: AnalysisResult
        /// The node (in `eco`) at each output position.
        let order: [Int]
        /// The export id at each output position.
        let ids: [String]
        let showYouthNames: Bool

        public var startIndex: Int { 0 }
        public var endIndex: Int { order.count }

        /// Node `k` in output order, its values in ``ExportGraph/nodeColumns`` order.
        public subscript(k: Int) -> Node {
            func d(_ x: Double) -> Value? { x.isFinite ? .double(x) : nil }
            func s(_ x: String?) -> Value? { x.flatMap { $0.isEmpty ? nil : .string($0) } }
            let v = order[k]
            let a = eco.actors[v], m = analysis.actors[k]
            let youth = a.kind == .youth
            var values: [Value?] = [
                .string(eco.label(of: v, showYouthNames: showYouthNames)), .string(a.kind.rawValue),
                a.kind == .partner ? .string(a.domain.rawValue) : nil,
                youth ? nil : s(a.organisation), youth ? nil : s(a.neighbourhood), .boolean(a.ordinary),
                .int(m.degree),
            ]
            values.reserveCapacity(ExportGraph.nodeColumns.count)
            values += [m.strength, m.betweenness, m.closeness, m.harmonic, m.eigenvector, m.pagerank, m.constraint,
                       m.effectiveSize, m.efficiency, m.hierarchy].map(d)
            values += [.int(m.core), .int(m.component), .int(m.community), .boolean(m.articulation)]
            values += [m.coordinator, m.consultant, m.representative, m.gatekeeper, m.liaison, m.brokerageTotal].map { .int($0) }
            values.append(d(m.ei))
            values += (0..<5).map { $0 < m.brokerageZ.count ? d(m.brokerageZ[$0]) : nil }
            values += [analysis.betweennessMethod, analysis.closenessMethod].map { .string($0) }
            return Node(id: ids[k], values: values)
        }
    }

    /// The edges in output order (``Wijknet/TiesInOutputOrder``: by the output positions of
    /// their ends, `u < v`), each made from the ecosystem's ``Wijknet/Ecosystem/edgeInfo`` when
    /// it is reached, so at most one edge exists at a time.
    public struct Edges: Sequence, Sendable {
        let eco: Ecosystem
        let ties: TiesInOutputOrder

        /// The number of edges.
        public var count: Int { ties.count }
        public var underestimatedCount: Int { ties.count }

        public func makeIterator() -> Iterator {
            Iterator(eco: eco, ties: ties.makeIterator(), typeNames: eco.log.contactTypes, undated: eco.log.undated)
        }

        /// Makes each edge from its tie.
        public struct Iterator: IteratorProtocol {
            let eco: Ecosystem
            var ties: TiesInOutputOrder.Iterator
            let typeNames: [String]
            /// An imported graph: no first or last date.
            let undated: Bool

            public mutating func next() -> Edge? {
                guard let t = ties.next() else { return nil }
                let info = eco.edgeInfo[t.edge]
                return Edge(u: t.u, v: t.v, id: t.edge, weight: eco.graph.edges[t.edge].weight, contacts: Int(info.contacts),
                            first: undated ? "" : Calendar.isoDate(Int(info.firstDay)), last: undated ? "" : Calendar.isoDate(Int(info.lastDay)),
                            types: eco.types(ofEdge: t.edge).map { typeNames[$0] }.joined(separator: ";"))
            }
        }
    }
}

extension ExportGraph.Value {
    /// The value as text: shortest round-trip decimal for doubles, `true`/`false` for booleans.
    public var text: String {
        switch self {
        case .double(let x): "\(x)"
        case .int(let n): String(n)
        case .boolean(let b): b ? "true" : "false"
        case .string(let s): s
        }
    }
}
