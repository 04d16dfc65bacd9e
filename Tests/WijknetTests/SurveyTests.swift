import Foundation
import Testing
@testable import Wijknet

/// The partner survey: reading, the tie rule, scores, reciprocity, intensity per domain pair,
/// non-response — on the sample survey (`samples/enquete/`), derived by hand below.
///
/// Partners in file order: jw (sociaal), wt (sociaal), jgz (zorg), wa (veiligheid), sc (sociaal,
/// voorveld). sc has no row: it did not respond. The row wa → sc is empty: not an answer.
///
/// **Ties** (frequentie > 0 or intensiteit above geen): jw → wt, jgz, wa, sc; wt → jw, jgz, wa;
/// jgz → jw, wt; wa → jw, wt, jgz: 12. Out-degree 4, 3, 2, 3, 0; in-degree jw 3 (wt, jgz, wa),
/// wt 3, jgz 3 (jw, wt, wa), wa 2, sc 1. Named both ways: jw–wt, jw–jgz, jw–wa, wt–jgz, wt–wa
/// (10 ties); one-sided: jw → sc (sc did not respond) and wa → jgz (jgz did). Reciprocity
/// 10/12; among respondents (leaving out jw → sc) 10/11. Density 12 / (5 · 4) = 0.6.
///
/// **Trust** of one rating = mean of its answered items: jw→wt 11/3, jw→jgz 3, jw→wa 2 (two
/// items), jw→sc 11/3, wt→jw 4, wt→jgz 10/3, wt→wa 7/3, jgz→jw 3, jgz→wt 11/3, wa→jw 2,
/// wa→wt 3, wa→jgz 8/3. Per partner: jw (4 + 3 + 2)/3 = 3 (3 raters, 75%); wt (11/3 + 11/3 +
/// 3)/3 = 31/9; jgz (3 + 10/3 + 8/3)/3 = 3; wa (2 + 7/3)/2 = 13/6; sc 11/3 over 1 rater
/// (marked). Network: (11+9+6+11+12+10+7+9+11+6+9+8)/3 / 12 = 109/36.
///
/// **Value**: jw→wt 11/3, jw→jgz 8/3, jw→wa 2, jw→sc 4, wt→jw 4, wt→jgz 3, wt→wa 3, jgz→jw 2,
/// jgz→wt 11/3, wa→jw 3, wa→wt 3, wa→jgz 2. Per partner: jw (4 + 2 + 3)/3 = 3; wt 31/9;
/// jgz (8/3 + 3 + 2)/3 = 23/9; wa (2 + 3)/2 = 2.5; sc 4 (1 rater). Network 108/3 / 12 = 3.
///
/// **Intensity per domain pair** [geen, bekend, samenwerking, afstemming, integratie], both
/// directions pooled: sociaal–sociaal jw→wt afst., jw→sc samenw., wt→jw integr., wt→sc geen
/// = [1,0,1,1,1]; sociaal–zorg jw→jgz samenw., wt→jgz afst., jgz→jw bekend, jgz→wt afst.,
/// jgz→sc geen = [1,1,1,2,0]; sociaal–veiligheid jw→wa bekend, wt→wa samenw., wa→jw samenw.,
/// wa→wt bekend = [0,2,2,0,0]; zorg–veiligheid jgz→wa geen, wa→jgz bekend = [1,1,0,0,0]
/// (15 answers: 16 rows less the empty one). Trust per pair: sociaal–sociaal (11/3 + 11/3 + 4)/3
/// = 34/9; sociaal–zorg (3 + 10/3 + 3 + 11/3)/4 = 13/4; sociaal–veiligheid (2 + 7/3 + 2 + 3)/4
/// = 7/3; zorg–veiligheid 8/3 (1 pair).
///
/// **Unrated**: every partner is rated by someone; 4 respondents × 4 others = 16 ordered pairs,
/// 12 rated, so 4 unrated (wt→sc, jgz→wa, jgz→sc, wa→sc).
@Suite("Partner survey")
struct SurveyTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func sample(_ name: String) -> String { root.appendingPathComponent("samples/enquete/\(name)").path }

    static func readSample() throws -> Survey {
        try SurveyReader().read(surveyPath: sample("enquete.csv"), actorsPath: sample("actoren.csv"))
    }

    func close(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) < 1e-12 } ?? false }

    @Test func readsTheSample() throws {
        let s = try Self.readSample()
        #expect(s.partners.map(\.id) == ["jw", "wt", "jgz", "wa", "sc"])
        #expect(s.answers.count == 16)
        #expect(s.respondents == [0, 1, 2, 3])
        #expect(s.asksTrust && s.asksValue)
        let jwWa = s.answers.first { $0.respondent == 0 && $0.partner == 3 }!
        #expect(jwWa.trust == [2, 2, nil] && jwWa.intensity == .awareness && jwWa.frequency == .yearly)
        #expect(!s.answers.first { $0.respondent == 3 && $0.partner == 4 }!.isAnswered)
    }

    @Test func tiesAndReciprocity() throws {
        let a = SurveyAnalysis(try Self.readSample())
        #expect(a.ties == 12)
        #expect(a.partners.map(\.outDegree) == [4, 3, 2, 3, 0])
        #expect(a.partners.map(\.inDegree) == [3, 3, 3, 2, 1])
        #expect(close(a.reciprocity, 10.0 / 12))
        #expect(close(a.reciprocityAmongRespondents, 10.0 / 11))
        #expect(a.density == 0.6)
        #expect(a.oneSided.map { "\($0.from)>\($0.to):\($0.toResponded)" } == ["jw>sc:false", "wa>jgz:true"])
        #expect(close(a.partners[0].betweenness, 3.5 / 12) && close(a.partners[1].betweenness, 0.5 / 12))
    }

    @Test func trustAndValueScores() throws {
        let a = SurveyAnalysis(try Self.readSample())
        let trust = a.partners.map(\.trust), value = a.partners.map(\.value)
        for (i, want) in [3, 31.0 / 9, 3, 13.0 / 6, 11.0 / 3].enumerated() { #expect(close(trust[i]?.mean, want), "trust \(i)") }
        for (i, want) in [3, 31.0 / 9, 23.0 / 9, 2.5, 4].enumerated() { #expect(close(value[i]?.mean, want), "value \(i)") }
        #expect(trust.map { $0?.raters } == [3, 3, 3, 2, 1])
        #expect(trust.map { $0?.isThin } == [false, false, false, false, true])
        #expect(value[4]?.isThin == true && value[3]?.isThin == false)
        #expect(close(trust[0]?.percent, 75) && close(value[4]?.percent, 100))
        #expect(close(a.trust?.mean, 109.0 / 36) && a.trust?.raters == 12)
        #expect(close(a.value?.mean, 3) && a.value?.raters == 12)
    }

    @Test func intensityPerDomainPair() throws {
        let pairs = SurveyAnalysis(try Self.readSample()).domainPairs
        #expect(pairs.map { "\($0.a.rawValue)-\($0.b.rawValue)" } == ["social-social", "social-care", "social-safety", "care-safety"])
        #expect(pairs.map(\.intensity) == [[1, 0, 1, 1, 1], [1, 1, 1, 2, 0], [0, 2, 2, 0, 0], [1, 1, 0, 0, 0]])
        #expect(pairs.map(\.answered).reduce(0, +) == 15)
        for (i, want) in [34.0 / 9, 13.0 / 4, 7.0 / 3, 8.0 / 3].enumerated() { #expect(close(pairs[i].trust?.mean, want), "pair \(i)") }
        #expect(pairs[3].trust?.isThin == true)
    }

    @Test func nonResponseAndUnrated() throws {
        let a = SurveyAnalysis(try Self.readSample())
        #expect(a.respondents == 4)
        #expect(a.nonRespondents == ["sc"])
        #expect(a.unratedPartners.isEmpty)
        #expect(a.unratedPairs == 4)
        #expect(a.partners.map(\.responded) == [true, true, true, true, false])
    }
}

/// Two rounds: `enquete.csv` then `enquete-ronde2.csv`, where wa did not answer and sc did.
///
/// By hand: respondents before jw, wt, jgz, wa; after jw, wt, jgz, sc — so ties are compared for
/// jw, wt and jgz only. Their ties before: jw → wt, jgz, wa, sc; wt → jw, jgz, wa; jgz → jw, wt.
/// After: jw → wt, jgz, wa, sc; wt → jw, jgz, sc; jgz → jw, wt, wa. Added wt → sc and jgz → wa;
/// lost wt → wa (wt answered 0/geen). After, 12 ties of which 10 named both ways (jw–wt, jw–jgz,
/// jw–sc, wt–jgz, wt–sc; jw → wa and jgz → wa one-sided as wa did not answer). Trust of wa after:
/// jw 3, jgz 3 → 3 (wt no longer rates it); of sc: jw 4, wt 3 → 3.5 over 2 raters (no longer
/// marked). Network trust after: (12+10+9+12+12+10+9+9+12+9+12+9)/3 / 12 = 125/36.
extension SurveyTests {
    @Test func twoRounds() throws {
        let second = try SurveyReader().read(surveyPath: Self.sample("enquete-ronde2.csv"), actorsPath: Self.sample("actoren.csv"))
        let c = SurveyComparison(before: try Self.readSample(), after: second)
        #expect(c.comparable == ["jw", "wt", "jgz"] && c.onlyBefore == ["wa"] && c.onlyAfter == ["sc"])
        #expect(c.tiesAdded.map { "\($0.from)>\($0.to)" } == ["wt>sc", "jgz>wa"])
        #expect(c.tiesLost.map { "\($0.from)>\($0.to)" } == ["wt>wa"])
        #expect(c.after.ties == 12 && close(c.after.reciprocity, 10.0 / 12))
        #expect(close(c.after.partners[3].trust?.mean, 3) && close(c.after.partners[4].trust?.mean, 3.5))
        #expect(c.after.partners[4].trust?.isThin == false && c.before.partners[4].trust?.isThin == true)
        #expect(close(c.after.trust?.mean, 125.0 / 36))
    }
}

extension SurveyTests {
    /// Closeness on the symmetrised sample (networkx `closeness_centrality` of the undirected
    /// graph agrees): jw is tied to all four (1); wt, jgz and wa to three, sc at 2 steps
    /// (4 / 5 = 0.8); sc only to jw, the rest at 2 steps (4 / 7).
    @Test func closenessOnTheSymmetrisedGraph() throws {
        let a = SurveyAnalysis(try Self.readSample())
        for (i, want) in [1, 0.8, 0.8, 0.8, 4.0 / 7].enumerated() { #expect(close(a.partners[i].closeness, want), "\(i)") }
    }
}
