import Foundation
import Testing
import WijknetGraph
@testable import Wijknet

/// Issue 28 interns ids that are plain decimal numbers through a direct table, not the hash
/// (``DecimalIndex``). These read an edge list of tricky numeric ids twice — as written, and
/// with every digit spelt as a capital letter (`007` → `AAH`: the same ids, the same lengths
/// and columns, but none decimal, so all hashed as before) — and require the same actors in
/// the same order, the same rows, problems at the same lines and columns, and the same graph.
@Suite("Reading decimal ids")
struct DecimalIdsReadingTests {
    /// Source, target and weight per row: `7`, `07` and `007` are three actors; signs, a point,
    /// letters among digits and numbers past the direct table's limit are ordinary ids; the
    /// first-seen order is not numeric; a tie is repeated either way round; line 13 has a weight
    /// that cannot be read.
    static let rows: [(String, String, String)] = [
        ("500000", "3", ""), ("3", "007", ""), ("7", "007", "2"), ("007", "7", "1.5"), ("0", "00", ""), ("-1", "1", ""),
        ("67108864", "67108863", ""), ("12a", "a12", ""), ("7", "007", "2"), ("99999999", "0", ""), ("07", "7", "3"),
        ("5", "6", "abc"), ("1.0", "+1", ""), ("500000", "0", ""),
    ]

    /// Digits spelt as capitals, everything else kept.
    static func spelt(_ id: String) -> String {
        String(id.unicodeScalars.map { s in (48...57).contains(s.value) ? Character(Unicode.Scalar(s.value + 17)!) : Character(s) })
    }

    static func text(_ id: (String) -> String) -> String {
        "source,target,weight\n" + rows.map { "\(id($0.0)),\(id($0.1)),\($0.2)" }.joined(separator: "\n") + "\n"
    }

    @Test func numericIdsReadAsTheirSpeltTwins() throws {
        let numeric = try readLog(Self.text { $0 }, policy: .skipInvalid)
        let letters = try readLog(Self.text(Self.spelt), policy: .skipInvalid)
        #expect(numeric.actors.map(\.id) == ["500000", "3", "007", "7", "0", "00", "-1", "1", "67108864", "67108863", "12a", "a12",
                                             "99999999", "07", "1.0", "+1"])
        #expect(numeric.actors.map { Self.spelt($0.id) } == letters.actors.map(\.id))
        #expect(numeric.actors.map(\.kind) == letters.actors.map(\.kind))
        for (i, a) in numeric.actors.enumerated() { #expect(numeric.actorIndex[a.id] == i) }
        #expect(numeric.source == letters.source && numeric.target == letters.target)
        #expect(numeric.weight == letters.weight && numeric.line == letters.line)
        let issues = numeric.stats.issues.map { [$0.line, $0.column] }
        #expect(issues == [[13, 5]] && issues == letters.stats.issues.map { [$0.line, $0.column] })
        #expect(numeric.stats.issues.map(\.message) == letters.stats.issues.map(\.message))

        let a = Ecosystem(log: numeric, pseudonyms: testKey), b = Ecosystem(log: letters, pseudonyms: testKey)
        #expect(a.graph.edges == b.graph.edges && a.edgeInfo == b.edgeInfo)
        // 7–007 three times (2 + 1.5 + 2), 07–7 once: distinct ties.
        let seven = numeric.actorIndex["7"]!, zeros = numeric.actorIndex["007"]!, one = numeric.actorIndex["07"]!
        #expect(a.graph.weight(a.nodeOfActor[seven], a.nodeOfActor[zeros]) == 5.5)
        #expect(a.graph.weight(a.nodeOfActor[seven], a.nodeOfActor[one]) == 3)
    }

    /// Under the default policy the bad weight stops the read with the same problem, same place.
    @Test func theBadWeightIsReportedWhereItIs() {
        let numeric = firstIssue(Self.text { $0 }), letters = firstIssue(Self.text(Self.spelt))
        #expect(numeric?.line == 13 && numeric?.column == 5)
        #expect(numeric?.message == letters?.message && numeric?.column == letters?.column)
    }
}
