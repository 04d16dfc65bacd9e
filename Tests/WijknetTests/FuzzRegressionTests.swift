import Foundation
import Testing
@testable import Wijknet

/// Every crash or failed property `make fuzz` found, as a test (the inputs themselves are in
/// `Fuzzing/Regressions/<target>/`, which `make fuzz` replays first). Each test names the target,
/// says what went wrong, and checks the fixed behaviour on the smallest input that shows it.
@Suite("Fuzzing findings")
struct FuzzRegressionTests {
    // The `csv` findings on the tokenizer alone (the no-break space of Windows-1252, CR NUL LF)
    // are in WijknetIngestTests' `CSV format`; the `xlsx` findings on the format alone in `XLSX
    // format` and `XML events`. Here: what the readers of logs, actors and workbooks make of them.

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
    /// `contactlog` (`Regressions/contactlog/weight-cell-starting-like-a-long-youth-id`): a weight
    /// cell that is not a young person's id but begins with the first 40 characters of one was
    /// quoted cut to those 40: a prefix of the id. Such a cell is now described, not quoted; a
    /// long cell that starts otherwise is still quoted.
    @Test func longCellStartingLikeAYouthIdIsNotQuoted() throws {
        let id = "J" + String(repeating: "U", count: 60)
        let text = "datum;van;naar;over;gewicht\n01-03-2025;wt;jw;\(id);1\n02-03-2025;wt;jw;J9;\(id)x\n03-03-2025;wt;jw;J9;\(String(repeating: "W", count: 50))\n"
        let log = try ContactLogReader(policy: .skipInvalid).read(logPath: tempFile(Array(text.utf8)))
        let messages = log.stats.issues.map(\.description)
        #expect(messages.count == 2)
        #expect(!messages[0].contains("UUUUUUUUUU") && messages[0].contains("the weight"), "\(messages[0])")
        #expect(messages[1].contains("'" + String(repeating: "W", count: 40) + "…'"), "\(messages[1])")
    }

    // MARK: goals

    static let goalsLog = """
    datum,van,naar,over
    06-01-2025,p-0001,p-0002,j-1

    """

    func goalsIssue(_ toml: String) -> InputIssue? {
        let log = try! readLog(Self.goalsLog)
        do { _ = try GoalsFile.parse(toml, fileName: "goals.toml", log: log); return nil } catch let e as WijknetError { return e.issues.first } catch { return nil }
    }

    /// `goals`: toml++ asserted (and aborted the process) on a table header without a name
    /// after its brackets; now each is a TOML error at the character after the brackets.
    @Test("a table header without a name is a syntax error, not an abort",
          arguments: [("[[\u{FFFD}goal]]\n", 1, 3), ("[[goal]]\nname = \"x\"\n[ [goal]]\n", 3, 3), ("# c\n  [!x]\n", 2, 4), ("[\n", 1, 2), ("[[  é]]", 1, 5)])
    func tableHeaderWithoutName(_ toml: String, _ line: Int, _ column: Int) throws {
        let issue = try #require(goalsIssue(toml))
        #expect(issue.line == line && issue.column == column, "\(issue)")
        #expect(issue.message.hasPrefix("this is not valid TOML: a table header needs a name"))
    }

    /// `goals` (`Regressions/goals/crlf-lines-counted-by-the-target`): the target counted a
    /// file's lines by the Character `"\n"`, which a CRLF is not, and took line 40 of a file with
    /// CRLF lines for a line outside it. Wijknet counts a CRLF as one line end and a lone CR as
    /// none (as TOML does); these pin the lines the issue names.
    @Test("lines end at LF and CRLF, not at a lone CR",
          arguments: [("[[goal]]\r\nname = \"x\"\r\n[ [goal]]\r\n", 3, 3), ("a = 1\r\r\n\n[!x]\n", 3, 2)])
    func headerIssueLineCountsCRLF(_ toml: String, _ line: Int, _ column: Int) throws {
        let issue = try #require(goalsIssue(toml))
        #expect(issue.line == line && issue.column == column, "\(issue)")
    }

    /// `goals` (`Regressions/goals/header-bracket-with-combining-mark`): `[` followed by a
    /// combining mark (U+0746) is one Swift `Character` that is not `[`, so the header scan (then
    /// over characters) let it through and toml++ asserted in `parse_key` again; the scan reads
    /// Unicode scalars now. The same for a `}` with a mark where a value begins.
    @Test("a bracket or brace followed by a combining mark is still a bracket or brace")
    func combiningMarkAfterABracket() throws {
        let header = try #require(goalsIssue("[\u{746}x]\nname = \"y\"\n"))
        #expect(header.line == 1 && header.column == 2, "\(header)")
        #expect(header.message.hasPrefix("this is not valid TOML: a table header needs a name"))
        let value = try #require(TOMLHeaderCheck.firstProblem(in: "a = [ }\u{301} ]\n"))
        #expect(value == TOMLHeaderCheck.Problem(line: 1, column: 7, found: "}", isValue: true))
    }

    /// `goals` (`Regressions/goals/header-after-byte-order-mark`): toml++ skips a byte order mark
    /// at the start, the header scan took it for the first statement, and `\u{FEFF}[[[goal]]`
    /// reached toml++'s assert in `parse_key`; the scan skips the mark too. A mark elsewhere is
    /// no statement start.
    @Test func headerAfterAByteOrderMark() throws {
        let issue = try #require(goalsIssue("\u{FEFF}[[[goal]]\nname = \"x\"\n"))
        #expect(issue.line == 1 && issue.column == 3 && issue.message.hasPrefix("this is not valid TOML: a table header needs a name"), "\(issue)")
        #expect(TOMLHeaderCheck.firstProblem(in: "\u{FEFF}[[goal]]\nname = \"x\"\n") == nil)
    }

    /// `goals`: toml++ asserted in `parse_value` on a value that starts with a terminator
    /// (`between = [ }`, found by fuzzing); now a TOML error at that character.
    @Test("a value that starts with } or , is a syntax error, not an abort",
          arguments: [("[[goal]]\nbetween = [ }\n", 2, 13), ("a = }\n", 1, 5), ("a = ,\n", 1, 5), ("a = ]\n", 1, 5),
                      ("a = [1, ,]\n", 1, 9), ("a = { b = }\n", 1, 11)])
    func valueStartingWithATerminator(_ toml: String, _ line: Int, _ column: Int) throws {
        let issue = try #require(goalsIssue(toml))
        #expect(issue.line == line && issue.column == column, "\(issue)")
        #expect(issue.message.hasPrefix("this is not valid TOML: a value is missing before"))
    }

    /// `goals`: a goal named like a young person was quoted in messages about it.
    @Test func goalNamedLikeAYoungPersonIsNotQuoted() throws {
        let issue = try #require(goalsIssue("[[goal]]\nname = \"J-1\"\nmeasure = \"tie\"\nbetween = [\"p-0001\", \"p-0002\"]\nextra = 1\n"))
        #expect(issue.message == "goal 1: unknown key 'extra'.")
    }

    /// The scan knows strings, comments and arrays: these headers and `[` are fine.
    @Test func headerScanLeavesValidTOMLAlone() {
        let valid = #"""
        # [not a header
        [[goal]]
        name = "[x" # ]
        between = [
          ["nested", 'array'],
          [ 1, 2 ],
        ]
        text = """
        [ a multi-line string with \""" inside
        """
        lit = '''
        [[ also one
        '''
        ["quoted key"]
        [ 'literal'.dotted ]
        [[ goal ]]
        empty = [ ]
        trailing = [ 1, 2, ]
        table = { a = 1, b = [ ] }
        none = {}
        eq = "a = }"
        """#
        #expect(TOMLHeaderCheck.firstProblem(in: valid) == nil)
    }

    // MARK: .xlsx

    /// `xlsx`: a workbook part with bytes that are not UTF-8 trapped inside Foundation's
    /// XMLParser (it force-unwraps the UTF-8 of every name and value); now it is a clear error.
    @Test func workbookPartThatIsNotUTF8IsRefused() throws {
        let path = XLSXReaderTests.fixture("not-utf8.xlsx")
        #expect {
            _ = try ContactLogReader().read(logPath: path)
        } throws: { error in
            guard case WijknetError.input(let issue) = error else { return false }
            return issue.message == "the workbook's part 'xl/styles.xml' is not UTF-8 text."
        }
    }

    /// The issue reading the workbook `name` (in the fixtures) raises, or nil.
    func workbookIssue(_ name: String) -> InputIssue? {
        do { _ = try ContactLogReader().read(logPath: XLSXReaderTests.fixture(name)) } catch {
            if case WijknetError.input(let issue) = error { return issue }
        }
        return nil
    }

    /// `xlsx` (`Regressions/xlsx/zip-entry-read-hangs`, the fixture `part-longer-than-declared.xlsx`):
    /// the shared strings' deflate stream goes on past the entry's 285 stored bytes, and
    /// ZIPFoundation's `Archive.extract` read on to the end of the file and then 0 bytes for ever
    /// (with `SWIFT_DETERMINISTIC_HASHING=1` every time): this test did not end. Now the part is
    /// inflated within its own bytes and refused when it gives more than the 1,031 bytes declared.
    @Test(.timeLimit(.minutes(1)))
    func partThatUnpacksPastItsDeclaredSizeIsRefused() throws {
        let issue = try #require(workbookIssue("part-longer-than-declared.xlsx"))
        #expect(issue.message == "the workbook's part 'xl/sharedStrings.xml' cannot be unpacked: it unpacks to another size than the archive says.")
        #expect(issue.file.hasSuffix("part-longer-than-declared.xlsx"))
        #expect(issue.hint.contains("save the workbook again"))
    }

    /// A deflate stream that is cut off (flushed, never finished: `cells.xlsx` repacked so) ends
    /// its stored bytes without ending: refused, not read on into the next entry.
    @Test(.timeLimit(.minutes(1)))
    func deflateStreamThatDoesNotEndIsRefused() throws {
        let issue = try #require(workbookIssue("endless-deflate.xlsx"))
        #expect(issue.message == "the workbook's part 'xl/sharedStrings.xml' cannot be unpacked: its compressed data does not end where the archive says it does.")
    }

    /// A part that declares 768 MiB unpacked is refused before a byte is inflated.
    @Test func partDeclaredBeyondTheCapIsRefused() throws {
        let issue = try #require(workbookIssue("part-too-big.xlsx"))
        #expect(issue.message == "the workbook's part 'xl/sharedStrings.xml' would unpack to 768 MiB, more than the 512 MiB Wijknet reads of one part.")
    }

    /// `xlsx`: a cell reference with 14 or more column letters overflowed `Int` and trapped;
    /// now a reference beyond Excel's last column (XFD) counts as absent: the next column.
    @Test func cellReferenceBeyondExcelsLastColumnTakesTheNextColumn() throws {
        let log = try ContactLogReader().read(logPath: XLSXReaderTests.fixture("huge-column.xlsx"))
        #expect(log.stats.rowsUsed == 1)
        #expect(log.actors.map(\.id) == ["p-1", "p-2"])
    }

    /// `actors` (`Regressions/actors/header-cell-ending-in-quote-and-youth-id`): the warning about
    /// unknown columns quoted a header cell `ÿÿÿÿ'j-3`, which holds the id of young person `j-3`.
    /// A header cell that contains a young person's id or name is now described by its column;
    /// other unknown headers are still quoted.
    @Test func headerCellContainingAYouthIdIsNotQuoted() throws {
        let log = try readLog("date,source,about\n2025-01-01,w,j-3\n",
                              actors: "id,name,kind,notes about j-3,Opmerking\nj-3,Noor Bakker,youth,,\nw,Wijkteam,partner,,\n")
        let warning = try #require(log.warnings.first { $0.contains("does not know") })
        #expect(!warning.contains("j-3") && warning.contains("column 4"), "\(warning)")
        #expect(warning.contains("'opmerking'"), "\(warning)")   // headers are shown lower-cased
        let named = try readLog("date,source,about\n2025-01-01,w,j-3\n",
                                actors: "id,name,kind,over Noor Bakker\nj-3,Noor Bakker,youth,\nw,Wijkteam,partner,\n")
        #expect(named.warnings.allSatisfy { !$0.contains("Noor") })
    }

    /// `contactlog` (`Regressions/contactlog/header-cell-starting-like-a-long-youth-id`): an
    /// unknown header cell that is not a young person's id but begins with the first 40
    /// characters of a long one was quoted cut to those 40. It is now described by its column.
    @Test func headerCellStartingLikeALongYouthIdIsNotQuoted() throws {
        let id = "j0" + String(repeating: "!", count: 60)
        let header = String(id.prefix(50))
        let log = try readLog("date,source,about,\(header)\n2025-01-01,w,\(id),x\n")
        let warning = try #require(log.warnings.first { $0.contains("does not know") })
        #expect(!warning.contains("j0!!!!") && warning.contains("column 4"), "\(warning)")
    }
}
