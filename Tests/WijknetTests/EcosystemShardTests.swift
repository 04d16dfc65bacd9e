import Foundation
import WijknetTestScratch
import Testing
import WijknetGraph
@testable import Wijknet

/// From `PairSums.twoThreadsFrom` rows on, two threads file and sum the pairs (each half the
/// rows, then half the nodes): every tie's totals must still be exactly the sums over its rows,
/// which this recomputes per pair with a plain dictionary, in row order, and compares field by
/// field.
@Suite("The ecosystem graph: pairs summed in two shards")
struct EcosystemShardTests {
    struct Totals: Equatable { var weight = 0.0, contacts: Int32 = 0, first = Int32.max, last = Int32.min, types: UInt64 = 0 }

    @Test func shardedTotalsEqualBruteForce() throws {
        let dir = TestScratch.root.appendingPathComponent("wijknet-shards-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let rows = PairSums.twoThreadsFrom + 5_000
        let files = try SyntheticNeighbourhood(.init(actors: 3_000, rows: rows, seed: 11)).write(to: dir, style: .plain)
        let log = try ContactLogReader().read(logPath: files.log, actorsPath: files.actors)
        #expect(log.count >= PairSums.twoThreadsFrom)
        let eco = Ecosystem(log: log, pseudonyms: testKey)

        var expected: [[Int]: Totals] = [:]
        for r in 0..<log.count {
            let nodes = Set([log.source[r], log.target[r], log.about[r], log.place[r]].filter { $0 >= 0 }.map { eco.nodeOfActor[Int($0)] }).sorted()
            let day = Int32(Calendar.day(ofTimestamp: log.time[r]))
            for i in nodes.indices { for j in nodes.indices where j > i {
                var t = expected[[nodes[i], nodes[j]], default: Totals()]
                t.weight += log.weight[r]; t.contacts += 1
                t.first = min(t.first, day); t.last = max(t.last, day)
                if log.type[r] >= 0 { t.types |= 1 << UInt64(log.type[r]) }
                expected[[nodes[i], nodes[j]]] = t
            } }
        }
        #expect(eco.graph.edgeCount == expected.count)
        var mismatches = 0
        for (id, e) in eco.graph.edges.enumerated() {
            let info = eco.edgeInfo[id]
            let got = Totals(weight: e.weight, contacts: info.contacts, first: info.firstDay, last: info.lastDay, types: info.typeMask)
            if got != expected[[e.u, e.v]] { mismatches += 1 }
        }
        #expect(mismatches == 0)
    }

    /// Contact types past the 64 of a tie's mask are kept per tie apart (`extraTypes`): each
    /// tie of a log with 70 types, some pairs repeated with several types either way round, has
    /// exactly the types of its rows.
    @Test func typesBeyondTheMask() throws {
        var rows = ["date,source,target,type"]
        for k in 0..<400 { rows.append("2025-01-\(String(format: "%02d", k % 28 + 1)),p\(k % 9),p\((k * 7 + 3) % 11),t\(k % 70)") }
        let log = try readLog(rows.joined(separator: "\n") + "\n", policy: .skipInvalid)
        #expect(log.contactTypes.count == 70)
        let eco = Ecosystem(log: log, pseudonyms: testKey)
        var expected: [[Int]: Set<Int>] = [:]
        for r in 0..<log.count where log.source[r] != log.target[r] {
            let u = eco.nodeOfActor[Int(log.source[r])], v = eco.nodeOfActor[Int(log.target[r])]
            expected[[min(u, v), max(u, v)], default: []].insert(Int(log.type[r]))
        }
        #expect(eco.graph.edgeCount == expected.count)
        #expect(eco.graph.edges.indices.contains { eco.types(ofEdge: $0).contains { $0 >= 64 } })
        for (id, e) in eco.graph.edges.enumerated() { #expect(eco.types(ofEdge: id) == expected[[e.u, e.v]]!.sorted(), "tie \(e.u)-\(e.v)") }
    }

    /// Without tie details (`analyse`) the ties are summed on the weights alone: the graph is
    /// the same array for array — on two threads (a log above `twoThreadsFrom`) and on one —
    /// no detail is kept, ecosystems derived from it carry none, and the analysis is the same.
    @Test func withoutTieDetailsTheGraphAndTheFiguresAreTheSame() throws {
        let dir = TestScratch.root.appendingPathComponent("wijknet-nodetails-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let files = try SyntheticNeighbourhood(.init(actors: 3_000, rows: PairSums.twoThreadsFrom + 5_000, seed: 12)).write(to: dir, style: .plain)
        let big = try ContactLogReader().read(logPath: files.log, actorsPath: files.actors)
        let small = try readLog("date,source,target,about,weight\n2025-01-02,p1,p2,j1,2.5\n2025-01-03,p2,p1,,0.25\n2025-01-04,p3,p1,j1,1\n",
                                policy: .skipInvalid)
        for log in [big, small] {
            let full = Ecosystem(log: log, pseudonyms: testKey)
            let bare = Ecosystem(log: log, period: .all, rowMask: nil, keepingDeclared: { _ in true }, pseudonyms: testKey, tieDetails: false)
            #expect(full.hasTieDetails && !bare.hasTieDetails && bare.edgeInfo.isEmpty)
            #expect(bare.graph.offsets == full.graph.offsets && bare.graph.targets == full.graph.targets)
            #expect(bare.graph.weights == full.graph.weights && bare.graph.edges.map(\.weight) == full.graph.edges.map(\.weight))
            #expect(bare.graph.edgeCount > 0)
            #expect(!bare.filtered { _ in true }.hasTieDetails && bare.filtered { _ in true }.graph.edgeCount == bare.graph.edgeCount)
            let a = try AnalysisResult(full, options: AnalysisOptions()), b = try AnalysisResult(bare, options: AnalysisOptions())
            let json = JSONEncoder()
            json.outputFormatting = .sortedKeys
            json.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
            #expect(try json.encode(a.actors) == json.encode(b.actors))
            #expect(try json.encode(a.graph) == json.encode(b.graph))
        }
    }
}
