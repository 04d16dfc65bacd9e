import Foundation
import WijknetTestScratch
import Testing
import Wijknet
import WijknetGraph
import WijknetReport
import WijknetJobs

/// Issue 28: an export makes its nodes and edges as it writes them. The ties come from the
/// graph's rows in output order (checked against sorting all of them), each edge carries its own
/// tie's facts, and an ``ExportGraph`` stores nothing with one entry per tie.
@Suite struct ExportStreamingTests {
    /// A generated neighbourhood (young people interleaved with partners in node order, so the
    /// output order is not the node order) with a small key.
    static let eco: Ecosystem = {
        let dir = TestScratch.root.appendingPathComponent("wijknet-streaming-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let files = try! SyntheticNeighbourhood(SyntheticNeighbourhood.Parameters(actors: 600, rows: 3_000, seed: 5)).write(to: dir, style: .plain)
        return Ecosystem(log: try! ContactLogReader().read(logPath: files.log, actorsPath: files.actors), pseudonyms: Pseudonymizer(key: Array("k".utf8)))
    }()

    @Test("the ties in output order are the ties sorted by their ends' output positions, each once, from the right edge id")
    func tiesInOutputOrderAreTheSortedTies() {
        let eco = Self.eco
        let order = eco.outputOrder()
        let position = eco.outputPosition(of: order)
        let streamed = Array(eco.tiesInOutputOrder(order))
        func key(_ e: Graph.Edge) -> (Int, Int) { (min(position[e.u], position[e.v]), max(position[e.u], position[e.v])) }
        let sorted = eco.graph.edges.sorted { key($0) < key($1) }.map { e in
            TiesInOutputOrder.Tie(u: min(position[e.u], position[e.v]), v: max(position[e.u], position[e.v]),
                                  edge: Int(eco.graph.edgeIDs[eco.graph.slot(e.u, e.v)!]))
        }
        #expect(streamed.count == eco.graph.edgeCount && eco.tiesInOutputOrder(order).count == eco.graph.edgeCount)
        #expect(streamed == sorted)
        #expect(Set(streamed.map(\.edge)).count == eco.graph.edgeCount)
        // Not trivially the graph's own order: some tie is listed at another index than its id.
        #expect(streamed.enumerated().contains { $0.offset != $0.element.edge })
        #expect(order != Array(0..<eco.count))
    }

    @Test("every exported edge is its own tie: ends, weight, contacts, first and last day, types")
    func exportedEdgesAreTheirTies() {
        let eco = Self.eco
        let export = ExportGraph(eco, analysis: Self.analysis(eco))
        var seen = 0
        for e in export.edges {
            let info = eco.edgeInfo[e.id], tie = eco.graph.edges[e.id]
            let ends = Set([eco.exportID(of: tie.u), eco.exportID(of: tie.v)])
            #expect(ends == [export.id(ofNode: e.u), export.id(ofNode: e.v)] && e.u < e.v)
            #expect(e.weight == tie.weight && e.contacts == Int(info.contacts))
            #expect(e.first == Calendar.isoDate(Int(info.firstDay)) && e.last == Calendar.isoDate(Int(info.lastDay)))
            #expect(e.types == eco.types(ofEdge: e.id).map { eco.log.contactTypes[$0] }.joined(separator: ";"))
            seen += 1
        }
        #expect(seen == eco.graph.edgeCount && export.edges.count == seen)
        #expect(export.nodes.count == eco.count && export.nodes.map(\.id) == eco.outputOrder().map { eco.exportID(of: $0) })
    }

    @Test("an ExportGraph stores nothing with an entry per tie or a value per node attribute: only the output order and the ids")
    func exportGraphHoldsNoTieList() {
        let eco = Self.eco
        #expect(eco.graph.edgeCount > 2 * eco.count, "the test needs more ties than nodes")
        let export = ExportGraph(eco, analysis: Self.analysis(eco))
        var found: [String] = []
        Self.collections(in: export, path: "export", into: &found, edgeCount: eco.graph.edgeCount, nodeCount: eco.count)
        #expect(found.isEmpty, "\(found)")
    }

    /// Walks `value`'s stored properties (not into the ecosystem, its graph and the analysis it
    /// was made from: those are the analysis's own memory, shared, not copied) and notes every collection with at least
    /// `edgeCount` entries, or `nodeCount` entries of nodes or of attribute values.
    static func collections(in value: Any, path: String, into found: inout [String], edgeCount: Int, nodeCount: Int, depth: Int = 0) {
        if value is Ecosystem || value is Graph || value is AnalysisResult || depth > 6 { return }
        let m = Mirror(reflecting: value)
        if m.displayStyle == .collection || m.displayStyle == .set || m.displayStyle == .dictionary {
            let n = m.children.count
            let element = m.children.first.map { "\(type(of: $0.value))" } ?? ""
            if n >= edgeCount || (n >= nodeCount && (element.contains("Node") || element.contains("Value") || element.contains("Edge"))) {
                found.append("\(path): \(type(of: value)) of \(n)")
            }
            return
        }
        for (k, child) in m.children.enumerated() {
            collections(in: child.value, path: path + "." + (child.label ?? "\(k)"), into: &found, edgeCount: edgeCount, nodeCount: nodeCount, depth: depth + 1)
        }
    }

    static func analysis(_ eco: Ecosystem) -> AnalysisResult {
        try! AnalysisResult(eco, options: AnalysisOptions(), showYouthNames: false)
    }
}
