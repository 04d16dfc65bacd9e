import Foundation
import Testing
@testable import WijknetCLI

extension InProcess {
/// Issue 24: without an actors file nothing about domains or the voorveld is stated as a fact;
/// the report and `gaps` say what could not be determined and what to add.
@Suite("No artefact findings without their inputs")
struct FindingInputsCLITests {
    @Test func withoutActorsTheSampleSaysWhatItCouldNotDetermine() {
        let text = captured(["gaps", sampleLog, "--lang", "nl", "--pseudonym-key-file", sampleKey])
        #expect(text.exit == 0)
        #expect(text.stdout.contains("Wat we niet konden bepalen:") && text.stdout.contains("de kolom voorveld"))
        #expect(!text.stdout.contains("verbonden met een gewone voorziening") && !text.stdout.contains("opgepakt"), "no 0% of an unmeasured figure")
        #expect(!text.stdout.contains("0 domeinen"))
        let out = outPath("no-actors.html")
        #expect(captured(["report", sampleLog, "--lang", "nl", "--pseudonym-key-file", sampleKey, "-o", out]).exit == 0)
        let html = read(out)
        #expect(html.contains("<div id=\"unmeasured\">") && html.contains("de kolom domein"))
        let csv = captured(["gaps", sampleLog, "--format", "csv", "--pseudonym-key-file", sampleKey]).stdout
        #expect(csv.contains("ordinary_life,youth,with_ordinary,,") && csv.contains("unmeasured,domains,missing_input,1,"))
        // With the actors file the sample measures both, and says nothing is missing.
        let full = captured(["gaps", sampleLog, "--actors", sampleActors, "--lang", "nl", "--pseudonym-key-file", sampleKey]).stdout
        #expect(!full.contains("Wat we niet konden bepalen") && full.contains("opgepakt"))
    }

    /// An E-I that could not be computed gets no verdict against chance (it once read "about as
    /// many ties across groups as chance would give").
    @Test func anUndefinedEIHasNoVerdict() {
        let text = captured(["analyse", sampleLog, "--lang", "en", "--pseudonym-key-file", sampleKey]).stdout
        #expect(text.contains("not defined: there are no ties between partners of two groups"), "\(text.suffix(600))")
        #expect(!text.contains("as chance would give"))
    }

    /// The sample's log names one partner its actors file does not list (`p-onbekend`): the
    /// first finding says so, by id, in Dutch; no young person is ever named there.
    @Test func theSamplesStrayIdIsTheFirstFinding() {
        let text = captured(["gaps", sampleLog, "--actors", sampleActors, "--lang", "nl", "--pseudonym-key-file", sampleKey]).stdout
        let first = text.split(separator: "\n").first { $0.hasPrefix("1. ") } ?? ""
        #expect(first.contains("Ids in het logboek die niet in het actorenbestand staan: 1 als van/naar (p-onbekend)"), "\(first)")
        let csv = captured(["gaps", sampleLog, "--actors", sampleActors, "--format", "csv", "--pseudonym-key-file", sampleKey]).stdout
        #expect(csv.contains("not_in_actors_file,p-onbekend,kind,partner,p-onbekend"))
    }
}
}
