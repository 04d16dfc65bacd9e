import Foundation

/// Gives every XML processing instruction without data (`<?name?>`) an empty one (`<?name ?>`).
///
/// Why: for `<?name?>` libxml2 hands its SAX handler a NULL data pointer, and Foundation's
/// `XMLParser` on Linux (swift-corelibs-foundation) reads that pointer with `strlen`: the process
/// died reading address 0 — found by fuzzing (`make fuzz`, target `xlsx`, after 323,778
/// executions; `Fuzzing/Regressions/xlsx/processing-instruction-without-data`). With a space after
/// the target libxml2 passes an empty string instead. Nothing a sheet reader sees changes: an
/// instruction is not content, and the parts' delegates ignore instructions.
///
/// The scan is on bytes and does not know comments or CDATA, where `<?` is text: there it may add
/// a space to a comment, which no reader of a workbook uses. Only the (rare) input that has such
/// an instruction is copied.
func withDataInEveryProcessingInstruction(_ data: Data) -> Data {
    let inserts: [Int] = data.withUnsafeBytes { raw in
        let bytes = raw.bindMemory(to: UInt8.self)
        var at: [Int] = []
        var i = 0
        while i + 1 < bytes.count {
            guard bytes[i] == UInt8(ascii: "<"), bytes[i + 1] == UInt8(ascii: "?") else { i += 1; continue }
            var j = i + 2
            while j < bytes.count, !endsTarget(bytes[j]) { j += 1 }
            if j > i + 2, j + 1 < bytes.count, bytes[j] == UInt8(ascii: "?"), bytes[j + 1] == UInt8(ascii: ">") { at.append(j) }
            i = j
        }
        return at
    }
    guard !inserts.isEmpty else { return data }
    var out = Data(capacity: data.count + inserts.count)
    var from = data.startIndex
    for offset in inserts {
        let cut = data.startIndex + offset
        out.append(data[from..<cut])
        out.append(UInt8(ascii: " "))
        from = cut
    }
    out.append(data[from...])
    return out
}

/// A byte that ends an instruction's target as this scan reads it: white space, `?`, `<` or `>`.
/// (libxml2 ends a name at any byte that cannot be in one; ending later only adds a harmless space
/// before a `?>` that libxml2 would have given data anyway.)
private func endsTarget(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == UInt8(ascii: "?") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">")
}
