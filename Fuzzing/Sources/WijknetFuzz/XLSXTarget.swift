import Foundation
import Wijknet
import ZIPFoundation

/// `xlsx`: the `.xlsx` reader, as a contact log (`--skip-invalid`).
///
/// Random bytes are almost never a ZIP archive, so the input is the workbook's XML, packed into a
/// real archive per input: parts separated by NUL bytes — the sheet, then optionally the shared
/// strings, the styles and the workbook part (a one-sheet workbook when absent). An input that
/// starts with a ZIP signature is used as the file itself (archive-level bugs).
///
/// Properties: those of ``checkLog(_:what:)``.
private let workbookFile = ScratchFile("contacts.xlsx")
private let epoch = Date(timeIntervalSince1970: 1_700_000_000)   // fixed entry dates: deterministic files

let defaultWorkbook = #"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>"#
let relationships = #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#

func fuzzXLSX(_ data: UnsafeBufferPointer<UInt8>) {
    if data.count >= 4 && data[0] == 0x50 && data[1] == 0x4B && data[2] == 0x03 && data[3] == 0x04 {
        workbookFile.write(data)
    } else {
        let parts = data.split(separator: 0, maxSplits: 3, omittingEmptySubsequences: false).map { Data($0) }
        var entries: [(String, Data)] = [
            ("xl/workbook.xml", parts.count > 3 ? parts[3] : Data(defaultWorkbook.utf8)),
            ("xl/_rels/workbook.xml.rels", Data(relationships.utf8)),
            ("xl/worksheets/sheet1.xml", parts[0]),
        ]
        if parts.count > 1 { entries.append(("xl/sharedStrings.xml", parts[1])) }
        if parts.count > 2 { entries.append(("xl/styles.xml", parts[2])) }
        guard let archive = try? Archive(data: Data(), accessMode: .create) else { check(false, "cannot create an archive"); return }
        for (path, bytes) in entries {
            do {
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: epoch,
                                     compressionMethod: .none) { position, size in bytes.subdata(in: Int(position)..<Int(position) + size) }
            } catch { check(false, "cannot add \(path) to the archive: \(error)") }
        }
        let zip = archive.data!
        zip.withUnsafeBytes { workbookFile.write($0.bindMemory(to: UInt8.self)) }
    }
    guard let log = readLog(workbookFile.path, actors: nil) else { return }
    checkLog(log, what: ".xlsx log", isSheet: true)
}
