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

    /// Issue 24: the verdict's "partners keep to their own domain" and the report's domains
    /// section (`analyse`'s mixing by domain) are one E-I index against one baseline.
    @Test("the E-I index of the findings and of analyse agree", arguments: ["zuiderhof", "regio"])
    func mixingAgrees(_ name: String) throws {
        let eco = try Self.sample(name)
        let d = GapsAnalysis(eco).domainGaps
        let m = try AnalysisResult(eco, options: AnalysisOptions()).graph.mixing
        #expect(abs((2 * d.crossShare - 1) - m.ei) < 1e-12 && abs((2 * d.crossShareExpected - 1) - m.eiExpected) < 1e-12,
                "gaps \(2 * d.crossShare - 1) / \(2 * d.crossShareExpected - 1), analyse \(m.ei) / \(m.eiExpected)")
    }

    /// Issue 24: one id missing from the actors file (a typo in the log, one tie) is not a
    /// partner the team knows, and must not make the pairs headline of whatif or the key players.
    @Test func aStrayIdIsLeftOutOfThePairs() throws {
        let log = """
            date,source,target
            2025-01-01,a,hub
            2025-01-02,b,hub
            2025-01-03,c,hub
            2025-01-04,hub,p-onbekend
            """
        let actors = "id,kind,domain\na,partner,social\nb,partner,care\nc,partner,safety\nhub,partner,social\n"
        let eco = Ecosystem(log: try readLog(log, actors: actors), pseudonyms: testKey)
        let w = try WhatIfAnalysis(eco, remove: ["hub"], add: [])
        // Pairs among a, b, c: 3, all cut. With the stray id: 6 pairs, 6 cut.
        #expect(w.partnerPairs == 3 && w.partnerPairsCut == 3 && w.partnersNotInActorsFile == 1)
        let noActors = try WhatIfAnalysis(Ecosystem(log: try readLog(log), pseudonyms: testKey), remove: ["hub"], add: [])
        #expect(noActors.partnerPairs == 6 && noActors.partnersNotInActorsFile == 0, "without an actors file every partner counts")
    }

    /// A part that falls off and holds only ids the actors file does not list (a typo in the
    /// log) is counted apart, the same in `gaps` and `whatif`. By hand: without hub the log
    /// falls into {a}, {b}, {d} and {p-onbekend, p-typo}: four parts, the last of unlisted ids
    /// only (d is listed, so {d} is not); before, everything was one part. Without an actors
    /// file no id is unlisted.
    @Test func aPartOfUnlistedIdsIsCountedApart() throws {
        let log = """
            date,source,target
            2025-01-01,a,hub
            2025-01-02,b,hub
            2025-01-03,hub,p-onbekend
            2025-01-04,p-onbekend,p-typo
            2025-01-05,hub,d
            """
        let actors = "id,kind,domain\na,partner,social\nb,partner,care\nd,partner,safety\nhub,partner,social\n"
        let eco = Ecosystem(log: try readLog(log, actors: actors), pseudonyms: testKey)
        #expect(eco.unlistedIDs().enumerated().filter(\.element).map { eco.actors[$0.offset].id }.sorted() == ["p-onbekend", "p-typo"])
        let cut = try #require(GapsAnalysis(eco).singlePoints.partners.first { $0.partner == "hub" })
        #expect(cut.pieces.count == 4 && cut.piecesOfUnlistedIDsOnly == 1)
        // p-onbekend is a cut point too: without it p-typo (unlisted) falls off alone.
        let stray = GapsAnalysis(eco).singlePoints.partners.first { $0.partner == "p-onbekend" }
        #expect(stray.map { $0.pieces.count == 2 && $0.piecesOfUnlistedIDsOnly == 1 } ?? true)
        let w = try WhatIfAnalysis(eco, remove: ["hub"], add: [])
        #expect(w.componentsBefore == [6] && w.componentsAfter == [2, 1, 1, 1])
        #expect(w.componentsOfUnlistedIDsOnlyBefore == 0 && w.componentsOfUnlistedIDsOnlyAfter == 1)
        let bare = Ecosystem(log: try readLog(log), pseudonyms: testKey)
        let bareCut = try #require(GapsAnalysis(bare).singlePoints.partners.first { $0.partner == "hub" })
        #expect(bareCut.pieces.count == 4 && bareCut.piecesOfUnlistedIDsOnly == 0, "without an actors file no id is unlisted")
        #expect(try WhatIfAnalysis(bare, remove: ["hub"], add: []).componentsOfUnlistedIDsOnlyAfter == 0)
    }

    /// A diagram sized by a measure draws the figure `analyse` reports for each actor: the
    /// job computes the sizes with ``NodeMeasure``, from the same stages and policy.
    @Test("node sizes are analyse's figures", arguments: ["zuiderhof", "regio"])
    func nodeSizesAreAnalysesFigures(_ name: String) throws {
        let eco = try Self.sample(name)
        let result = try AnalysisResult(eco, options: AnalysisOptions())
        let values = Dictionary(uniqueKeysWithValues: NodeMeasure.allCases.map { ($0, $0.values(eco.graph)) })
        var compared = 0
        for row in result.actors {
            guard let v = eco.node(forID: row.id) else { continue }   // young people are listed by pseudonym
            let reported: [NodeMeasure: Double] = [.degree: Double(row.degree), .strength: row.strength, .betweenness: row.betweenness,
                                                   .closeness: row.closeness, .harmonic: row.harmonic, .pagerank: row.pagerank, .eigenvector: row.eigenvector]
            for (measure, figure) in reported { #expect(values[measure]![v] == figure, "\(row.id) \(measure)") }
            compared += 1
        }
        #expect(compared > 40)
    }
}
