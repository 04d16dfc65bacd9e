import Foundation
import WijknetIngest

// The file formats' own errors (WijknetIngest: a position and a kind, never a cell's text) in
// the domain's words: each becomes the ``InputProblem`` that ``InputProblem/words(_:_:)`` words
// in Dutch and English, placed as the format placed it. The format decides nothing about
// privacy: none of its errors carries a cell, so none can quote one.

extension CSVIssue {
    /// This issue as the domain words it.
    var inputIssue: InputIssue {
        InputIssue(file: file, line: line, column: column, problem: problem.inputProblem)
    }
}

extension CSVProblem {
    /// The same problem in the domain's catalogue.
    var inputProblem: InputProblem {
        switch self {
        case .utf16Text: .utf16Text
        case .zipArchive: .zipArchive
        case .emptyFile: .emptyFile
        case .quoteSpansFields(let lines, let fields, let expected): .quoteSpansFields(lines: lines, fields: fields, expected: expected)
        case .quoteStillOpen(let lines): .quoteStillOpen(lines: lines)
        case .quoteRunsTo(let line): .quoteRunsTo(line: line)
        case .textAfterClosingQuote: .textAfterClosingQuote
        case .quoteNeverClosed: .quoteNeverClosed
        case .nulByte: .nulByte
        }
    }
}

extension CSVError {
    /// The error the library throws for it.
    var wijknetError: WijknetError {
        switch self {
        case .input(let issue):
            .input(issue.inputIssue)
        case .io(let path, .cannotOpen(let code)):
            .io(path: path, reason: .cannotOpen(SystemError(code)))
        case .io(let path, .readFailed(let code)):
            .io(path: path, reason: .readFailed(SystemError(code)))
        }
    }
}

extension XLSXError {
    /// The error the library throws for it, about the workbook named `file` in messages.
    func wijknetError(file: String) -> WijknetError {
        func whole(_ problem: InputProblem) -> WijknetError {
            .input(InputIssue(file: file, line: 0, column: 0, problem: problem))
        }
        switch self {
        case .io(.cannotOpen(let code)):
            return .io(path: file, reason: .cannotOpen(SystemError(code)))
        case .io(.readFailed(let code)):
            return .io(path: file, reason: .readFailed(SystemError(code)))
        case .notAWorkbook: return whole(.notAWorkbook)
        case .partMissing(let part): return whole(.workbookPartMissing(part))
        case .partRefused(let part, let refusal): return whole(refusal.problem(part: part))
        case .partNotUTF8(let part): return whole(.workbookPartNotUTF8(part))
        case .partNotXML(let part): return whole(.workbookPartNotXML(part))
        case .withoutSheets: return whole(.workbookWithoutSheets)
        case .noSuchSheet(let sheet, let sheets): return whole(.noSuchSheet(sheet, sheets: sheets))
        case .sheetNotLocated(let sheet): return whole(.sheetNotLocated(sheet))
        case .missingSharedString(let index, let sheet, let row, let column):
            return .input(InputIssue(file: file, line: row, column: column, problem: .missingSharedString(index)).onSheet(sheet))
        }
    }
}

extension ZIPPartReader.Refusal {
    /// The problem of the part `name` (``InputProblem/words(_:_:)`` words it).
    func problem(part name: String) -> InputProblem {
        switch self {
        case .tooBig(let declared):
            .workbookPartTooBig(name, mebibytes: Int(declared / (1 << 20)), limit: Int(ZIPPartReader.maximumSize >> 20))
        case .endless: .workbookPartDamaged(name, why: .endless)
        case .wrongSize: .workbookPartDamaged(name, why: .wrongSize)
        case .wrongChecksum: .workbookPartDamaged(name, why: .wrongChecksum)
        case .damaged: .workbookPartDamaged(name, why: .unreadable)
        }
    }
}

extension XMLFormatError {
    /// The error the library throws for it, about the file named `file` read as `format`
    /// (`GraphML`, `GEXF`).
    func wijknetError(file: String, format: String) -> WijknetError {
        switch self {
        case .notUTF8:
            .input(InputIssue(file: file, line: 0, column: 0, problem: .xmlNotUTF8(format: format)))
        case .malformed(let line, let column, let cutOff):
            .input(InputIssue(file: file, line: line, column: column, problem: .notXML(format: format, cutOff: cutOff)))
        }
    }
}
