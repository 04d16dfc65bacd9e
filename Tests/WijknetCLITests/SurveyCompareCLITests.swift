import Foundation
import Testing
@testable import WijknetCLI

extension InProcess {
/// `wijknet compare --survey OLD --survey NEW`: the two-round comparison of `wijknet survey NEW
/// --earlier OLD`, byte for byte in every format.
@Suite("wijknet compare --survey")
struct SurveyCompareCLITests {
    static let round2 = repo.appendingPathComponent("samples/enquete/enquete-ronde2.csv").path

    @Test("the same output as survey --earlier", arguments: ["text", "csv", "json"])
    func sameAsSurveyEarlier(_ format: String) {
        let viaCompare = captured(["compare", "--survey", SurveyCLITests.survey, "--survey", Self.round2,
                                   "--actors", SurveyCLITests.actors, "--format", format, "--lang", "nl"])
        let viaSurvey = captured(["survey", Self.round2, "--actors", SurveyCLITests.actors, "--earlier", SurveyCLITests.survey,
                                  "--format", format, "--lang", "nl"])
        #expect(viaCompare.exit == 0 && viaSurvey.exit == 0, "\(viaCompare.stderr)")
        #expect(!viaCompare.stdout.isEmpty && viaCompare.stdout == viaSurvey.stdout)
    }

    @Test func misuseIsRefused() {
        let one = captured(["compare", "--survey", SurveyCLITests.survey, "--actors", SurveyCLITests.actors], locale: TestLocale.english)
        #expect(one.exit == 64 && one.stderr.contains("--survey takes two rounds"), "\(one.stderr)")
        let withLog = captured(["compare", sampleLog, "--survey", SurveyCLITests.survey, "--survey", Self.round2, "--actors", SurveyCLITests.actors], locale: TestLocale.english)
        #expect(withLog.exit == 64 && withLog.stderr.contains("Give either contact logs or --survey, not both."), "\(withLog.stderr)")
        let dates = captured(["compare", "--survey", SurveyCLITests.survey, "--survey", Self.round2, "--actors", SurveyCLITests.actors,
                              "--before", "..31-12-2025"], locale: TestLocale.english)
        #expect(dates.exit == 64 && dates.stderr.contains("--survey cannot be combined with --before"), "\(dates.stderr)")
    }
}
}
