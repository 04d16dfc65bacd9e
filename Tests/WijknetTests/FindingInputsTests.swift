import Foundation
import Testing
@testable import Wijknet

/// Issue 24: a finding is stated only when its inputs exist. Hand-made logs, each missing one input.
@Suite("Findings know what they need")
struct FindingInputsTests {
    /// Two partners of two domains see Y1 and Y2; a signal about Y1 is followed up by the other
    /// domain a day later. With actors (domains and voorveld) every finding can be measured.
    static let log = """
        date,source,target,about,place,type
        2025-03-01,wt,,Y1,plein,signaal
        2025-03-02,jgz,,Y1,,overleg
        2025-03-03,wt,,Y2,plein,overleg
        2025-03-04,jgz,,Y2,,overleg
        """
    static let actors = """
        id,name,kind,domain,ordinary
        wt,Wijkteam,partner,social,nee
        jgz,JGZ,partner,care,ja
        plein,Het Plein,place,,
        Y1,Sanne,youth,,
        Y2,Mo,youth,,
        """

    func gaps(_ actors: String?) throws -> GapsAnalysis {
        GapsAnalysis(Ecosystem(log: try readLog(Self.log, actors: actors), pseudonyms: testKey))
    }

    @Test func everythingMeasuredWithAFullActorsFile() throws {
        let g = try gaps(Self.actors)
        #expect(g.unmeasured.isEmpty)
        #expect(g.ordinaryLife.withOrdinary == 2 && g.signals.followedUp == 1)
    }

    @Test func withoutActorsNeitherDomainsNorVoorveldAreMeasured() throws {
        let g = try gaps(nil)
        #expect(g.unmeasured == [.domains, .ordinary])
    }

    @Test func withoutTheVoorveldColumnOnlyOrdinaryLifeIsUnmeasured() throws {
        let actors = Self.actors.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).dropLast().joined(separator: ",") }.joined(separator: "\n")
        #expect(try gaps(actors).unmeasured == [.ordinary])
    }

    @Test func oneDomainIsNotEnoughToCompareDomains() throws {
        let actors = Self.actors.replacingOccurrences(of: "jgz,JGZ,partner,care", with: "jgz,JGZ,partner,social")
        #expect(try gaps(actors).unmeasured == [.domains])
    }

    /// Ids the actors file does not list are a finding of their own, by id (partners and places
    /// only); without an actors file nothing is listed, so nothing is missing from it.
    @Test func idsNotInTheActorsFileAreAFindingOfTheirOwn() throws {
        let log = Self.log + "\n2025-03-05,wt,p-onbekend,,,overleg\n2025-03-06,jgz,,Y9,speeltuin,overleg"
        let g = GapsAnalysis(Ecosystem(log: try readLog(log, actors: Self.actors), pseudonyms: testKey))
        #expect(g.notInActorsFile == GapsAnalysis.NotInActorsFile(partners: ["p-onbekend"], places: ["speeltuin"]))
        let none = GapsAnalysis(Ecosystem(log: try readLog(log), pseudonyms: testKey))
        #expect(none.notInActorsFile.partners.isEmpty && none.notInActorsFile.places.isEmpty)
    }
}
