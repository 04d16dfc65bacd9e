import Foundation
import Testing
@testable import Wijknet
import WijknetIngest

/// The formats' errors (WijknetIngest) in the domain's words: each kind becomes its problem of the
/// same name, placed where the format placed it, so what users read did not change when the
/// formats moved to their own target.
@Suite("Format problems in the domain's words")
struct FormatProblemsTests {
    @Test func everyCSVProblemHasItsCase() {
        let pairs: [(CSVProblem, InputProblem)] = [
            (.utf16Text, .utf16Text), (.zipArchive, .zipArchive), (.emptyFile, .emptyFile),
            (.quoteSpansFields(lines: 3, fields: 2, expected: 4), .quoteSpansFields(lines: 3, fields: 2, expected: 4)),
            (.quoteStillOpen(lines: 501), .quoteStillOpen(lines: 501)), (.quoteRunsTo(line: 9), .quoteRunsTo(line: 9)),
            (.textAfterClosingQuote, .textAfterClosingQuote), (.quoteNeverClosed, .quoteNeverClosed), (.nulByte, .nulByte),
        ]
        for (format, domain) in pairs { #expect(format.inputProblem == domain) }
        let issue = CSVIssue(file: "log.csv", line: 7, column: 3, problem: .nulByte).inputIssue
        #expect(issue.file == "log.csv" && issue.line == 7 && issue.column == 3 && issue.problem == .nulByte)
        #expect(issue.message(.nl) == InputIssue(file: "x", line: 1, column: 1, problem: .nulByte).message(.nl))
    }

    @Test func readFailuresKeepTheirWords() {
        let error = CSVError.io(path: "log.csv", .cannotOpen(errno: ENOENT)).wijknetError
        #expect(error.description == "log.csv: error: cannot open the file: No such file or directory. Check the path and that you may read it.")
        // Issue 23: one catalogue (``IOFailure``) words the CSV reader's and the workbook reader's alike, in either language.
        #expect(XLSXError.io(.cannotOpen(errno: EACCES)).wijknetError(file: "boek.xlsx").description == "boek.xlsx: error: cannot open the file: Permission denied. Check the path and that you may read it.")
        #expect(XLSXError.io(.cannotOpen(errno: ENOENT)).wijknetError(file: "boek.xlsx").description == "boek.xlsx: error: cannot open the file: No such file or directory. Check the path and that you may read it.")
        #expect(XLSXError.io(.cannotOpen(errno: ENOENT)).wijknetError(file: "boek.xlsx").description(.nl) == "boek.xlsx: fout: het bestand kan niet worden geopend: het bestand bestaat niet. Controleer het pad en of u het mag lezen.")
        #expect(error.description(.nl) == "log.csv: fout: het bestand kan niet worden geopend: het bestand bestaat niet. Controleer het pad en of u het mag lezen.")
    }

    /// A workbook's cell problem names the cell on its sheet; a part's problem the whole file.
    @Test func workbookProblemsArePlaced() {
        let cell = XLSXError.missingSharedString(7, sheet: "Blad1", row: 3, column: 2).wijknetError(file: "boek.xlsx").issues.first
        #expect(cell?.problem == .missingSharedString(7) && cell?.sheet == "Blad1" && cell?.line == 3 && cell?.column == 2)
        #expect(cell?.description.hasPrefix("boek.xlsx:Blad1!B3: error:") == true, "\(cell?.description ?? "")")
        let part = XLSXError.partRefused("xl/styles.xml", .tooBig(768 << 20)).wijknetError(file: "boek.xlsx").issues.first
        #expect(part?.problem == .workbookPartTooBig("xl/styles.xml", mebibytes: 768, limit: 512) && part?.line == 0)
        let xml = XMLFormatError.malformed(line: 4, column: 2, cutOff: true).wijknetError(file: "g.graphml", format: "GraphML").issues.first
        #expect(xml?.problem == .notXML(format: "GraphML", cutOff: true) && xml?.line == 4 && xml?.column == 2)
    }
}
