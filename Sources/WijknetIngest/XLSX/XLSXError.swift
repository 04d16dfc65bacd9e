/// Why an `.xlsx` workbook could not be read (``XLSXReader``): what is wrong, and where — the
/// part of the archive (`xl/workbook.xml`) or the cell (sheet, row, column).
///
/// **No text.** It names parts and sheets, never a cell's value: whether a message may quote a
/// cell is for the reader of the rows to decide, not for the format.
public enum XLSXError: Error, Sendable, Hashable {
    /// The file cannot be read (``FileFailure/cannotOpen(errno:)``: `ENOENT` when it is not there,
    /// `EACCES` when it may not be read).
    case io(FileFailure)
    /// Not a ZIP archive.
    case notAWorkbook
    /// A part the workbook needs is not in the archive.
    case partMissing(String)
    /// A part that cannot be unpacked within bounds (``ZIPPartReader/Refusal`` says why).
    case partRefused(String, ZIPPartReader.Refusal)
    /// A part that is not UTF-8.
    case partNotUTF8(String)
    /// A part that is not well-formed XML.
    case partNotXML(String)
    /// `xl/workbook.xml` lists no sheet.
    case withoutSheets
    /// No sheet of that name; `sheets` those there are, in order.
    case noSuchSheet(String, sheets: [String])
    /// The sheet's relationship leads to no part.
    case sheetNotLocated(String)
    /// A cell (`sheet`, `row`, `column`: 1-based) refers to shared string `index`, which the
    /// table does not have.
    case missingSharedString(Int, sheet: String, row: Int, column: Int)
}
