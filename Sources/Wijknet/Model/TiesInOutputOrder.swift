import WijknetGraph

/// The ties of a graph in output order, produced one at a time from the graph's rows: each tie
/// once, its ends as output positions `u < v`, sorted by `(u, v)` — without building or sorting
/// an array of all ties (issue 28: 12,172,422 ties at a million actors). Every output that lists
/// ties (the exports, the diagrams' edges) takes them in this order, so it keeps nothing of the
/// actors file's order of the young people.
///
/// Walks the nodes in output order; for the node at position `u` it takes the neighbours at a
/// position above `u` from its row, sorts them by position and hands them out. Each tie comes
/// once, from its end with the lower position.
///
/// - Complexity: `O(n + m log Δ)` time for a full pass (`Δ` the largest degree), `O(Δ)` memory
///   besides the graph and the two permutations.
public struct TiesInOutputOrder: Sequence, Sendable {
    /// One tie: its ends as output positions, `u < v`, and its id in the graph (an index into
    /// `graph.edges`, ``Ecosystem/edgeInfo`` and ``ContactDays``).
    public struct Tie: Sendable, Equatable {
        public var u: Int, v: Int
        public var edge: Int
        public init(u: Int, v: Int, edge: Int) { self.u = u; self.v = v; self.edge = edge }
    }

    let graph: Graph
    let order: [Int]
    let position: [Int]

    /// The ties of `graph` with its nodes listed in `order` (node at each position) and
    /// `position` its inverse (``Ecosystem/outputPosition(of:)``).
    public init(_ graph: Graph, order: [Int], position: [Int]) {
        precondition(order.count == graph.nodeCount && position.count == graph.nodeCount, "the order is of another graph")
        self.graph = graph
        self.order = order
        self.position = position
    }

    /// The number of ties, `m`.
    public var count: Int { graph.edgeCount }
    public var underestimatedCount: Int { graph.edgeCount }

    public func makeIterator() -> Iterator { Iterator(ties: self) }

    /// Hands out the ties of one row at a time.
    public struct Iterator: IteratorProtocol {
        let ties: TiesInOutputOrder
        /// The position whose row is being handed out (`-1` before the first).
        var u = -1
        /// Its ties to higher positions, sorted by position: (position, edge id).
        var row: [(v: Int32, edge: Int32)] = []
        var index = 0

        public mutating func next() -> Tie? {
            while index == row.count {
                u += 1
                guard u < ties.order.count else { return nil }
                fillRow()
            }
            defer { index += 1 }
            return Tie(u: u, v: Int(row[index].v), edge: Int(row[index].edge))
        }

        /// The ties of the node at position `u` to higher positions, sorted.
        private mutating func fillRow() {
            let g = ties.graph
            row.removeAll(keepingCapacity: true)
            for s in g.slots(ties.order[u]) {
                let p = ties.position[Int(g.targets[s])]
                if p > u { row.append((Int32(p), g.edgeIDs[s])) }
            }
            row.sort { $0.v < $1.v }
            index = 0
        }
    }
}

extension Ecosystem {
    /// The ties of ``graph`` in the output order `order` (``outputOrder(showYouthNames:)``), one
    /// at a time: ``TiesInOutputOrder``.
    public func tiesInOutputOrder(_ order: [Int]) -> TiesInOutputOrder {
        TiesInOutputOrder(graph, order: order, position: outputPosition(of: order))
    }
}
