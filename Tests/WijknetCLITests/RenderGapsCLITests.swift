import Foundation
import Testing
@testable import WijknetCLI

extension InProcess {
/// `wijknet render --view gaps` and `--missing-links N` on the sample.
@Suite("render --view gaps")
struct RenderGapsCLITests {
    static let input = [sampleLog, "--actors", sampleActors, "--pseudonym-key-file", sampleKey]

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func gapsViewDrawsTheTopTenMissingLinksAndNoYoungPerson() {
        let out = outPath("gaps.svg")
        #expect(wijknet(["render"] + Self.input + ["--view", "gaps", "--lang", "en", "-o", out]) == 0)
        let svg = read(out)
        #expect(Self.count("class=\"edge missing\"", in: svg) == 10)
        #expect(svg.contains("class=\"node partner"))
        #expect(svg.contains("class=\"edge cross\"") && svg.contains("class=\"edge within\""))
        #expect(svg.contains("Gaps between partners") && svg.contains("single point of failure"))
        for secret in sampleYouth() where svg.contains(secret) { Issue.record("gaps view shows a young person: \(secret)"); break }
        let three = outPath("gaps3.svg")
        #expect(wijknet(["render"] + Self.input + ["--view", "gaps", "--missing-links", "3", "--lang", "nl", "-o", three]) == 0)
        #expect(Self.count("class=\"edge missing\"", in: read(three)) == 3)
        #expect(read(three).contains("Gaten tussen partners"))
    }

    @Test func partnersViewTakesMissingLinks() {
        let out = outPath("partners.svg"), plain = outPath("plain.svg")
        #expect(wijknet(["render"] + Self.input + ["--view", "partners", "--missing-links", "3", "--lang", "nl", "-o", out]) == 0)
        #expect(wijknet(["render"] + Self.input + ["--view", "partners", "-o", plain]) == 0)
        #expect(Self.count("stroke-dasharray", in: read(out)) == 3)
        #expect(Self.count("stroke-dasharray", in: read(plain)) == 0)
        #expect(read(out).contains("ontbrekende verbinding"))
    }

    @Test func validationAndHelpNameGaps() {
        let holes = captured(["render"] + Self.input + ["--view", "holes"], locale: TestLocale.english)
        #expect(holes.exit == 64 && holes.stderr.contains("ecosystem, partners, domains, gaps"), "\(holes.stderr)")
        let links = captured(["render"] + Self.input + ["--view", "domains", "--missing-links", "3"], locale: TestLocale.english)
        #expect(links.exit == 64 && links.stderr.contains("--missing-links"), "\(links.stderr)")
        let dutch = captured(["render"] + Self.input + ["--view", "holes"])
        #expect(dutch.stderr == "fout: --view moet ecosystem, partners, domains, gaps, place:ID of ego:ID zijn.\n", "\(dutch.stderr)")
        let help = WijknetCommand.helpMessage(for: RenderCommand.self)
        #expect(help.contains("gaps") && help.contains("--missing-links"))
    }
}
}
