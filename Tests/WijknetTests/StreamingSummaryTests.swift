import Foundation
import WijknetTestScratch
import Testing
@testable import Wijknet

/// `wijknet summary` folds the rows as they are read (``StreamingSummary``): the same summary
/// as from the whole ``Ecosystem``, field for field, on the samples, with a period, and on a
/// log with undeclared, repeated and out-of-period actors.
@Suite("Streaming summary")
struct StreamingSummaryTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Both summaries of `log` (with `actors`) over `period`; the streamed log keeps no rows.
    func both(_ log: String, _ actors: String?, _ period: Period = .all) throws -> (whole: EcosystemSummary, streamed: EcosystemSummary) {
        let reader = ContactLogReader(policy: .skipInvalid)
        let kept = try reader.read(logPath: log, actorsPath: actors)
        let whole = EcosystemSummary(Ecosystem(log: kept, period: period, pseudonyms: testKey))
        var fold = StreamingSummary(period: period)
        let streamedLog = try reader.read(logPath: log, actorsPath: actors, eachRow: { fold.add($0) }, startOver: { fold = StreamingSummary(period: period) })
        #expect(streamedLog.count == 0 && streamedLog.stats == kept.stats)
        #expect(streamedLog.actors.map(\.id) == kept.actors.map(\.id) && streamedLog.warnings == kept.warnings)
        return (whole, fold.summary(of: streamedLog, pseudonyms: testKey))
    }

    func path(_ p: String) -> String { Self.root.appendingPathComponent(p).path }

    @Test("the samples, whole and in a period", arguments: ["zuiderhof", "regio"])
    func samples(_ name: String) throws {
        let log = path("samples/\(name)/contacts.csv"), actors = path("samples/\(name)/actors.csv")
        let all = try both(log, actors)
        #expect(all.streamed == all.whole)
        #expect(all.whole.edges > 100 && all.whole.contactsInPeriod > 200)   // a real graph, not two empty ones
        let spring = Period(from: Calendar.dayNumber(year: 2025, month: 3, day: 1), to: Calendar.dayNumber(year: 2025, month: 5, day: 31))
        let part = try both(log, actors, spring)
        #expect(part.streamed == part.whole)
        #expect(part.whole.contactsInPeriod < all.whole.contactsInPeriod && (part.whole.firstDate ?? "") >= "2025-03-01" && (part.whole.lastDate ?? "9") <= "2025-05-31")
        // The JSON of `wijknet summary --format json` is this struct: the same bytes.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(try encoder.encode(part.streamed) == encoder.encode(part.whole))
    }

    /// Undeclared ids (kinds inferred at the end), a repeated id in one row, a row outside the
    /// period whose actor is then not a node, a type first seen outside the period, fractional
    /// weights summed in file order, and a bad row skipped.
    @Test func handMadeLog() throws {
        let dir = TestScratch.root.appendingPathComponent("wijknet-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let log = dir.appendingPathComponent("log.csv").path, actors = dir.appendingPathComponent("actors.csv").path
        try """
        date,source,target,about,place,type,weight
        2024-12-31,p-old,p-a,,,oud,1
        2025-01-02,p-a,p-b,j-1,plek-1,overleg,0.1
        2025-01-03,p-a,p-a,j-1,,Overleg,0.2
        2025-01-04,p-b,,j-2,plek-1,,0.3
        2025-01-05,p-c,p-a,,,signaal,0.7
        not a date,p-a,p-b,,,,
        2025-02-01,p-b,p-a,j-1,plek-1,overleg,2.5

        """.write(toFile: log, atomically: true, encoding: .utf8)
        try "id,name,kind,domain\np-a,A,partner,care\np-z,Z,partner,social\n".write(toFile: actors, atomically: true, encoding: .utf8)
        let period = Period(from: Calendar.dayNumber(year: 2025, month: 1, day: 1))
        let s = try both(log, actors, period)
        #expect(s.streamed == s.whole)
        // By hand: nodes p-a, p-z (declared), p-b, j-1, plek-1, j-2, p-c; p-old only before the period.
        #expect(s.streamed.actors == 7 && s.streamed.contactsInPeriod == 5 && s.streamed.rows.skipped == 1)
        // Ties: row 2 six pairs; row 3 p-a–j-1 (there); row 4 p-b–j-2 and j-2–plek-1 (p-b–plek-1 is
        // there); row 5 p-c–p-a; row 7 six that are all there: 6 + 2 + 1 = 9.
        #expect(s.streamed.edges == 9 && s.streamed.isolates == 1)   // p-z
        let noPeriod = try both(log, actors)
        #expect(noPeriod.streamed == noPeriod.whole && noPeriod.streamed.actors == 8)
    }
}
