import Foundation
import WijknetTestScratch
import Testing
import WijknetGraph
@testable import Wijknet

/// `AnalysisOptions.leidenIterations` (`analyse --leiden-iterations`): exactly that many Leiden
/// iterations, as leidenalg's `n_iterations` and networkit's `iterations`; without it, the
/// default stop rule. The community column and the modularity are Leiden's own for those
/// settings, whichever path ran it (beside the stages from 10,000 actors, in the structure
/// stage below).
@Suite("analyse: the number of Leiden iterations")
struct LeidenIterationsOptionTests {
    /// The community of each row of `result` (rows in `eco`'s output order) as node ids.
    private func communityByNode(_ result: AnalysisResult, _ eco: Ecosystem) -> [Int] {
        var byNode = [Int](repeating: -1, count: eco.count)
        for (row, v) in eco.outputOrder().enumerated() { byNode[v] = result.actors[row].community }
        return byNode
    }

    @Test func iterationsAsAskedAndTheDefaultRule() throws {
        let dir = TestScratch.root.appendingPathComponent("wijknet-leiden-it-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let files = try SyntheticNeighbourhood(.init(actors: 3_000, rows: 12_000, seed: 5)).write(to: dir, style: .plain)
        let eco = Ecosystem(log: try ContactLogReader().read(logPath: files.log, actorsPath: files.actors), pseudonyms: testKey)
        let g = eco.graph
        var modularities: [Double] = []
        for k in [1, 2] {
            let result = try AnalysisResult(eco, options: AnalysisOptions(exactLimit: 0, leidenIterations: k))
            let leiden = Communities(leiden: g, seed: 1, maxIterations: k, minimumGain: 0)
            #expect(communityByNode(result, eco) == leiden.membership, "k = \(k)")
            #expect(result.graph.modularity == leiden.modularity && result.graph.communities == Set(leiden.membership).count)
            modularities.append(leiden.modularity)
        }
        let standard = try AnalysisResult(eco, options: AnalysisOptions(exactLimit: 0))
        let leiden = Communities(leiden: g, seed: 1)
        #expect(communityByNode(standard, eco) == leiden.membership && standard.graph.modularity == leiden.modularity)
        // The second iteration changes the partition here, so the option is not a no-op.
        #expect(modularities[1] > modularities[0])
        #expect(standard.options.leidenIterations == nil)
    }
}
