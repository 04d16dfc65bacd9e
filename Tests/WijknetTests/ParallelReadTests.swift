import Foundation
import Testing
@testable import Wijknet

/// The parallel read of a CSV log (issue 28, ``ParallelRead``) gives exactly what the
/// one-thread reader gives — actors and their ids, types, rows, counts, problems with their
/// lines and columns in order, warnings, notes, the error thrown — wherever the file is cut:
/// every test below cuts a small log at every byte and compares with the one-thread read.
@Suite("Parallel read")
struct ParallelReadTests {
    /// Everything a read gives that an output can show, or the error it threw.
    struct Outcome: Equatable {
        var actors: [Actor] = [], actorIndex: [String: Int] = [:], types: [String] = []
        var time: [Int64] = [], source: [Int32] = [], target: [Int32] = [], about: [Int32] = [], place: [Int32] = []
        var type: [Int32] = [], weight: [Double] = [], line: [Int32] = []
        var stats = IngestStats(), warnings: [ReadingWarning] = [], notes: [ReadingNote] = []
        var undated = false
        var error: String? = nil
    }

    /// The outcome of reading `log` (and `actors`), on one thread or cut near byte `near`;
    /// `halves`: whether the two halves were joined.
    func read(_ log: String, actors: String?, policy: ErrorPolicy, near: Int?) -> (Outcome, halves: Bool) {
        var reader = ContactLogReader(policy: policy)
        reader.parallelRead = near.map { ParallelRead(from: 0, near: $0) } ?? ParallelRead(from: .max)
        var o = Outcome()
        do {
            let l = try reader.read(logPath: log, actorsPath: actors)
            o.actors = l.actors; o.actorIndex = l.actorIndex; o.types = l.contactTypes
            o.time = l.time; o.source = l.source; o.target = l.target; o.about = l.about; o.place = l.place
            o.type = l.type; o.weight = l.weight; o.line = l.line
            o.stats = l.stats; o.warnings = l.readingWarnings; o.notes = l.readingNotes; o.undated = l.undated
            return (o, l.readInHalves)
        } catch {
            o.error = String(describing: error)
            return (o, false)
        }
    }

    /// Reads `text` cut at every byte under both policies and compares with the one-thread
    /// read; returns how many cuts were joined (so a test can tell the parallel path ran).
    @discardableResult
    func sameAtEveryCut(_ text: [UInt8], actors: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) -> (joined: Int, strictJoined: Int) {
        let log = tempFile(text)
        let actorsPath = actors.map { tempFile($0, name: "actors.csv") }
        var joined = (0, 0)
        for policy in [ErrorPolicy.skipInvalid, .stopAtFirst] {
            let (one, _) = read(log, actors: actorsPath, policy: policy, near: nil)
            for near in 1..<text.count {
                let (two, halves) = read(log, actors: actorsPath, policy: policy, near: near)
                #expect(two == one, "cut near byte \(near), \(policy)", sourceLocation: sourceLocation)
                if two != one { return joined }
                if halves { if policy == .skipInvalid { joined.0 += 1 } else { joined.1 += 1 } }
            }
        }
        return joined
    }

    static let actors = "id,kind,domain\np-school,partner,social\nj-07,youth,\nplek-1,place,\n"

    @Test func plainLogWithIdsFirstSeenInTheSecondHalf() {
        let text = """
        date,source,target,about,place,type,weight
        2025-01-01,p-school,p-02,j-07,plek-1,Overleg,
        2025-01-02,p-02,p-03,,,signaal,2
        2025-01-03,p-03,p-school,j-08,,OVERLEG,1.5
        2025-01-04,p-04,p-05,j-09,plek-2,casus,
        2025-01-05,p-05,p-04,j-07,,Signaal,3
        2025-01-06,p-06,p-06,j-10,,nieuw,
        2025-01-07,p-school,p-07,,plek-3,casus,

        """
        let joined = sameAtEveryCut(Array(text.utf8), actors: Self.actors)
        #expect(joined.joined > 0 && joined.strictJoined > 0)
    }

    @Test func crlfBomAndBadRowsInTheSecondHalf() {
        let rows = [
            "\u{FEFF}datum;van;naar;over;soort;gewicht",
            "01-02-2025;p-a;p-b;j-1;overleg;1",
            "02-02-2025;p-b;p-c;;signaal;2",
            "03-02-2025;p-c;p-a;j-2;overleg;1",
            "niet-een-datum;p-d;p-e;j-geheim;overleg;1",
            "05-02-2025;p-d;p-d;;overleg;1",
            "06-02-2025;p-e;p-f;j-3;overleg;-4",
            "07-02-2025;p-f;;j-4;café;1",
            "08-02-2025;p-g;p-h;j-5;Café;2,5",
        ]
        let joined = sameAtEveryCut(Array(rows.joined(separator: "\r\n").utf8))
        #expect(joined.joined > 0)
    }

    /// An edge list of decimal ids (the direct table of ``DecimalIndex``) beside ids that only
    /// look numeric (`007`, `-1`, past the table's limit), some first seen in the second half,
    /// bad weights in either half, and the same without them: joined, it is what the one-thread
    /// read gives.
    @Test func decimalIdsOfAnEdgeListInEitherHalf() {
        let text = """
        source,target,weight
        10,7,1
        007,7,2
        0,00,
        7,007,x
        67108864,67108863,1
        -1,1,
        500000,3,2.5
        7,10,1
        3,0007,0

        """
        #expect(sameAtEveryCut(Array(text.utf8)).joined > 0)
        // Without the bad weights a strict read is joined too.
        let clean = text.split(separator: "\n").filter { !$0.hasSuffix(",x") && !$0.hasSuffix(",0") }.joined(separator: "\n") + "\n"
        #expect(sameAtEveryCut(Array(clean.utf8)).strictJoined > 0)
    }

    @Test func quotedLineEndsAcrossTheCut() {
        let text = #"""
        date,source,target,about,type
        2025-01-01,p-a,p-b,j-1,"over
        twee regels"
        2025-01-02,"p-b","p-c",,"een ""quote"""
        2025-01-03,p-c,p-d,j-2,"drie
        regels
        lang"
        2025-01-04,p-d,p-a,j-3,gewoon

        """#
        let joined = sameAtEveryCut(Array(text.utf8))
        #expect(joined.joined > 0)
    }

    @Test func strayQuoteAndLoneCarriageReturns() {
        let text = "date,source,target,about\r2025-01-01,p-a,p-b,j-1\r2025-01-02,\"p-b,p-c,j-2\r2025-01-03,p-c,p-d,\r"
            + "2025-01-04,p-d,p-e,j-3\r2025-01-05,p-e,p-a,j-4\r"
        sameAtEveryCut(Array(text.utf8))
    }

    @Test func repeatedHeaderInEitherHalf() {
        let text = """
        date,source,target,about
        2025-01-01,p-a,p-b,j-1
        2025-01-02,p-b,p-c,j-2
        source,date,about,target
        p-c,2025-01-03,j-3,p-d
        p-d,2025-01-04,,p-e
        date,source,target,about
        2025-01-05,p-e,p-f,j-4

        """
        sameAtEveryCut(Array(text.utf8))
    }

    @Test func monthFirstDatesDecidedInTheSecondHalf() {
        let text = """
        date,source,target,about
        01/02/2025,p-a,p-b,j-1
        03/04/2025,p-b,p-c,j-2
        05/06/2025,p-c,p-d,j-3
        02/13/2025,p-d,p-e,j-4
        07/08/2025,p-e,p-a,j-5

        """
        let joined = sameAtEveryCut(Array(text.utf8))
        #expect(joined.joined > 0)
    }

    @Test func decimalCommaThenDotThousands() {
        let text = """
        date,source,target,weight
        2025-01-01,p-a,p-b,"1,5"
        2025-01-02,p-b,p-c,2
        2025-01-03,p-c,p-d,1.000
        2025-01-04,p-d,p-a,3
        2025-01-05,p-a,p-c,12.500

        """
        sameAtEveryCut(Array(text.utf8))
        let dotFirst = """
        date,source,target,weight
        2025-01-01,p-a,p-b,1.000
        2025-01-02,p-b,p-c,2
        2025-01-03,p-c,p-d,"2,5"
        2025-01-04,p-d,p-a,3

        """
        sameAtEveryCut(Array(dotFirst.utf8))
    }

    @Test func windows1252AndUnicodeFormsOfOneId() {
        // `é` as NFC (C3 A9), as NFD (e + CC 81) and as Windows-1252 (E9): one actor.
        var bytes = Array("date,source,target\n2025-01-01,p-a,caf".utf8) + [0xC3, 0xA9] + Array("\n2025-01-02,p-b,p-c\n".utf8)
        bytes += Array("2025-01-03,p-c,cafe".utf8) + [0xCC, 0x81] + Array("\n2025-01-04,caf".utf8) + [0xE9] + Array(",p-d\n".utf8)
        let joined = sameAtEveryCut(bytes)
        #expect(joined.joined > 0)
    }

    @Test func theCutIsTheFirstLineStartAfterTheByte() throws {
        let path = tempFile("date,source\n2025-01-01,a\n2025-01-02,b\n")
        #expect(ParallelRead(from: 0, near: 3).cut(path: path) == 12)
        #expect(ParallelRead(from: 0, near: 12).cut(path: path) == 25)
        #expect(ParallelRead(from: 0, near: 30).cut(path: path) == nil)   // no line after it
        #expect(ParallelRead(from: 1 << 20).cut(path: path) == nil)          // too small to cut
    }
}
