import Foundation
import Testing
import Wijknet

/// Issue 23: a figure shown twice is shown equal. A report once said that 2 young people lose
/// their only line to the social domain if Karim Jansen leaves (key players, from `whatif`) and
/// 0 in the single-points table (from `gaps`, then counting paths, not ties).
@Suite("One figure, one value, wherever it is shown")
struct ConsistencyTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func sample(_ name: String) throws -> Ecosystem {
        let dir = root.appendingPathComponent("samples/" + name)
        let log = try ContactLogReader().read(logPath: dir.appendingPathComponent("contacts.csv").path,
                                              actorsPath: dir.appendingPathComponent("actors.csv").path)
        return Ecosystem(log: log, pseudonyms: testKey)
    }

    @Test("whatif and the single points of gaps agree on every cut partner", arguments: ["zuiderhof", "regio"])
    func singlePointsAgreeWithWhatIf(_ name: String) throws {
        let eco = try Self.sample(name)
        var options = GapsOptions()
        options.top = 1_000
        let gaps = GapsAnalysis(eco, options: options)
        #expect(!gaps.singlePoints.partners.isEmpty)
        var someoneLoses = false
        for cut in gaps.singlePoints.partners {
            let whatIf = try WhatIfAnalysis(eco, remove: [cut.partner], add: [])
            let youth = Set(whatIf.youthLosingDomainPseudonyms.values.joined())
            #expect(youth.count == cut.youthLosingADomain, "\(cut.partner): whatif \(youth.count), gaps \(cut.youthLosingADomain)")
            someoneLoses = someoneLoses || !youth.isEmpty
        }
        #expect(someoneLoses, "the comparison compares something")
    }

    /// The boundary spanners of `gaps` (its findings) and the partners table of the report (from
    /// `analyse`) count brokerage across domains the same way: they said 522 and 480 once.
    @Test("brokerage across domains: one count in gaps and analyse", arguments: ["zuiderhof", "regio"])
    func brokerageAcrossAgrees(_ name: String) throws {
        let eco = try Self.sample(name)
        var options = GapsOptions()
        options.top = 1_000
        let spanners = GapsAnalysis(eco, options: options).boundarySpanners
        let metrics = Dictionary(uniqueKeysWithValues: try AnalysisResult(eco, options: AnalysisOptions()).actors.map { ($0.id, $0) })
        #expect(spanners.count > 3)
        for s in spanners {
            let m = try #require(metrics[s.partner])
            #expect(s.across == m.brokerageAcross && s.consultant == m.consultant && s.liaison == m.liaison, "\(s.partner): gaps \(s.across), analyse \(m.brokerageAcross)")
        }
    }
}
