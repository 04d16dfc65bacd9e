import Foundation
import Testing
import Wijknet

/// Every crash or failed property `make fuzz` found, as a test (the inputs themselves are in
/// `Fuzzing/Regressions/<target>/`, which `make fuzz` replays first). Each test names the target,
/// says what went wrong, and checks the fixed behaviour on the smallest input that shows it.
@Suite("Fuzzing findings")
struct FuzzRegressionTests {
    /// Every record's fields, decoded, as the reader hands them out.
    func records(_ bytes: [UInt8]) throws -> [[String]] {
        var reader = CSVReader(path: tempFile(bytes))
        var out: [[String]] = []
        try reader.forEachRecord { rec in out.append((0..<rec.count).map { rec.string($0) }) }
        return out
    }

    /// `csv`: in a field that is not valid UTF-8 (Windows-1252, as Dutch Excel saves CSV) the
    /// byte 0xA0 is a no-break space, but the reader kept it: `J002<A0>` was not `J002`, and
    /// Wijknet's own CSV of the records read back differently (as UTF-8 the no-break space is trimmed).
    @Test func windows1252NoBreakSpaceIsTrimmed() throws {
        let bytes = Array("id,naam\n".utf8) + [0x4A, 0x30, 0x30, 0x32, 0xA0, 0x2C, 0xA0, 0x20, 0x4A, 0xE9, 0xA0, 0x0A]
        #expect(try records(bytes) == [["id", "naam"], ["J002", "Jé"]])
    }

    /// The same byte inside valid UTF-8 is part of a character (`à` is C3 A0) and stays.
    @Test func utf8EndingInA0IsKept() throws {
        #expect(try records(Array("id,naam\nJà,à\n".utf8)) == [["id", "naam"], ["Jà", "à"]])
    }

    /// In the log: one actor, whichever way the id was typed.
    @Test func windows1252IdWithNoBreakSpaceIsOneActor() throws {
        let text = "datum;van;naar;over\n01-03-2025;wt;jw;J002\n02-03-2025;wt;jw;J002\u{FFFF}\n"
        var bytes = Array(text.utf8)
        // Replace the U+FFFF placeholder (EF BF BF) by the Windows-1252 byte of a no-break space.
        let marker: [UInt8] = [0xEF, 0xBF, 0xBF]
        let at = (0...(bytes.count - 3)).first { Array(bytes[$0..<$0 + 3]) == marker }!
        bytes.replaceSubrange(at..<at + 3, with: [0xA0])
        let log = try ContactLogReader().read(logPath: tempFile(bytes))
        #expect(log.stats.rowsUsed == 2)
        #expect(log.actors.filter { $0.kind == .youth }.map(\.id) == ["J002"])
    }
}
