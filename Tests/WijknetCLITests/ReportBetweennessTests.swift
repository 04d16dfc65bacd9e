import Foundation
import Testing
import Wijknet
import WijknetJobs
@testable import WijknetCLI

/// Above `MeetingReportJob.exactLimit` actors the report estimates betweenness with the
/// guarantee of `analyse` and says so under the partners table; below it says nothing.
@Suite("Meeting report: how betweenness was computed")
struct ReportBetweennessTests {
    static func sample() throws -> Ecosystem {
        try InputOptions.parse([sampleLog, "--actors", sampleActors, "--pseudonym-key-file", sampleKey]).load()
    }

    @Test func estimatedAboveTheLimitAndSaidSo() throws {
        let eco = try Self.sample()
        var job = MeetingReportJob(lang: .en)
        #expect(job.exactLimit == 10_000)
        #expect(!(try job.html(eco, within: .all)).contains("id=\"betweenness-method\""))   // 331 actors: exact
        job.exactLimit = 100
        let html = try job.html(eco, within: .all)
        let note = try #require(html.range(of: "<p class=\"note\" id=\"betweenness-method\">"))
        let text = html[note.upperBound...].prefix { $0 != "<" }
        #expect(text.hasPrefix("Betweenness estimated (Riondato–Kornaropoulos, "))
        #expect(text.hasSuffix("sampled paths, seed 1): every value is within ±0.01 of the exact one, for all actors at once, with 90% probability."))
        var nl = job
        nl.lang = .nl
        #expect(try nl.html(eco, within: .all).contains("elke waarde ligt met 90% zekerheid binnen ±0,01 van de exacte"))
    }
}
