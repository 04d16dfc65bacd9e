#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A streaming, byte-level RFC 4180 CSV reader for the inputs Dutch partners actually send.
///
/// Why hand-written: measured on this 2-core machine, SwiftCSV 0.10.0 took 5.8 s and 434 MB
/// for 1M rows and CSV.swift 2.5.2 took 4.5 s and silently accepts an unterminated quote; this
/// reader streams 4 MiB chunks through a byte state machine (about 0.2 s per million rows)
/// and reports every problem with its line and column.
///
/// Accepts: a UTF-8 BOM; CRLF, LF or lone CR line ends; `,`, `;` or tab as the delimiter
/// (detected from the header line: the most frequent of the three outside quotes, `,` on a
/// tie), or Excel's delimiter hint `sep=;` as the first line (then the header is the next
/// line); quoted fields with embedded delimiters, doubled quotes and newlines. A `"` inside an
/// unquoted field is kept literally. Blank lines are skipped.
///
/// **One trimming rule.** Every field, quoted or not, loses leading and trailing white space
/// (space, tab, line ends, vertical tab, form feed, no-break space U+00A0 — in UTF-8 or, in a
/// Windows-1252 field, the byte 0xA0 — and a stray byte order mark U+FEFF), so `" J123"`,
/// `"J123 "` and `J123` are one id everywhere.
///
/// Rejects the whole file with a ``CSVIssue`` (thrown as ``CSVError/input(_:)``): an empty file,
/// UTF-16 text, a ZIP archive.
/// Reports a bad record through `onMalformed` and goes on with the next line: a NUL byte, an
/// unterminated quoted field, text after a closing quote, and a record that spans several
/// lines (a quoted line end) but then has another number of fields than the header — the
/// sign of a stray quote. After such a record the reader **resynchronises**: it reads again
/// from the line after the record's first line, so one stray quote costs one row, not the
/// rest of the file.
///
/// Field bytes are handed out raw (no decoding): callers decode with ``decodeText(_:)``,
/// which falls back to Windows-1252 when a field is not valid UTF-8.
///
/// A format, knowing nothing of what the rows mean: its problems are ``CSVProblem``s at a line
/// and column, never with a field's text; the reader of a contact log words them.
public struct CSVReader {
    /// One record, valid only during the callback that receives it.
    public struct Record {
        /// Physical line (1-based) on which the record starts.
        public let line: Int
        /// The file's delimiter.
        public let delimiter: UInt8
        // `@usableFromInline` with `@inlinable` accessors: the readers of rows live in another
        // module, and a field access per cell must not become a call across it.
        @usableFromInline let bytes: UnsafeBufferPointer<UInt8>
        @usableFromInline let starts: UnsafeBufferPointer<Int>   // field i is bytes[starts[i] ..< ends[i]]
        @usableFromInline let ends: UnsafeBufferPointer<Int>
        @usableFromInline let columns: UnsafeBufferPointer<Int>  // 1-based character column of field i
        @usableFromInline let lines: UnsafeBufferPointer<Int>    // physical line of field i

        /// Number of fields.
        @inlinable public var count: Int { starts.count }
        /// The raw, unescaped bytes of field `i`, with surrounding spaces removed for unquoted fields.
        @inlinable public func field(_ i: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: bytes[starts[i]..<ends[i]])
        }
        /// The 1-based character column on its line where field `i` starts.
        @inlinable public func column(_ i: Int) -> Int { columns[i] }
        /// The physical line where field `i` starts (later than ``line`` after a quoted newline).
        @inlinable public func line(_ i: Int) -> Int { lines[i] }
        /// Field `i` decoded as text (UTF-8, or Windows-1252 when not valid UTF-8).
        @inlinable public func string(_ i: Int) -> String { decodeText(field(i)).text }
        /// `true` when field `i` is empty.
        @inlinable public func isEmpty(_ i: Int) -> Bool { starts[i] == ends[i] }
    }

    public let path: String
    public let displayName: String
    /// The delimiter detected from the header line.
    public private(set) var delimiter: UInt8 = UInt8(ascii: ",")

    private let chunkSize: Int
    /// Called after each chunk with the bytes read so far (for a progress line on huge files).
    public var onChunk: ((_ bytesRead: Int) -> Void)? = nil
    /// Where a parallel read (the domain's contact-log reader, issue 28) may end this one: on
    /// reaching byte `offset` of the file (after the header line), `decide` gets the parser
    /// there; when it returns `true` the read ends at that byte (another thread read the rest),
    /// else it goes on.
    public var pause: (offset: Int, decide: (CSVParser) throws -> Bool)? = nil

    /// - Parameters:
    ///   - path: the file to read.
    ///   - displayName: the name used in messages (defaults to `path`).
    ///   - chunkSize: bytes read per system call (tests use small sizes to cross chunk borders).
    public init(path: String, displayName: String? = nil, chunkSize: Int = 4 << 20) {
        self.path = path
        self.displayName = displayName ?? path
        self.chunkSize = max(1, chunkSize)
    }

    private func issue(_ line: Int, _ column: Int, _ problem: CSVProblem) -> CSVIssue {
        CSVIssue(file: displayName, line: line, column: column, problem: problem)
    }

    /// Reads the whole file, calling `body` once per non-blank record (the header first).
    ///
    /// - Throws: ``CSVError/io(path:_:)`` when the file cannot be read,
    ///   ``CSVError/input(_:)`` for malformed CSV, or whatever `body` throws.
    /// - Complexity: `O(file size)` time; memory is one chunk plus the longest record.
    ///   - onMalformed: called for a record whose quoting is broken (text after a closing quote,
    ///     or a quote never closed before the end of the file). The default throws the issue;
    ///     a handler that returns makes the reader drop that record and go on with the next line.
    public mutating func forEachRecord(onMalformed: (CSVIssue) throws -> Void = { throw CSVError.input($0) },
                                       _ body: (Record) throws -> Void) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw CSVError.io(path: displayName, .cannotOpen(errno: errno))
        }
        defer { close(fd) }
        let chunkSize = Self.chunkSize(for: fd, atMost: self.chunkSize)
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var bytesRead = 0
        var pauseAt = pause.map(\.offset)   // reads stop there; never 0 bytes asked for
        func readChunk() throws -> Int {
            if pauseAt == bytesRead { pauseAt = nil }
            let want = pauseAt.map { min(chunkSize, $0 - bytesRead) } ?? chunkSize
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, want) }
            if n < 0 { throw CSVError.io(path: displayName, .readFailed(errno: errno)) }
            bytesRead += n
            return n
        }

        // 1. Gather the first line (outside quotes) to check the encoding and find the delimiter.
        var head: [UInt8] = []
        var eof = false
        var firstLineEnd: Int? = nil
        while firstLineEnd == nil && !eof && head.count < 1 << 20 {
            let n = try readChunk()
            if n == 0 { eof = true; break }
            head.append(contentsOf: chunk[0..<n])
            var inQ = false
            for (i, b) in head.enumerated() {
                if b == UInt8(ascii: "\"") { inQ.toggle() } else if !inQ && (b == 0x0A || b == 0x0D) { firstLineEnd = i; break }
            }
        }
        if head.count >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)) {
            throw CSVError.input(issue(0, 0, .utf16Text))
        }
        if head.count >= 4 && head[0] == 0x50 && head[1] == 0x4B && head[2] == 0x03 && head[3] == 0x04 {
            throw CSVError.input(issue(0, 0, .zipArchive))
        }
        var skip = 0
        if head.count >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF { skip = 3 }
        if head.count - skip == 0 {
            throw CSVError.input(issue(0, 0, .emptyFile))
        }
        var probe = head[skip..<(firstLineEnd ?? head.count)]
        var firstLine = 1
        var crPending = false
        if let hinted = Self.separatorHint(probe), let end = firstLineEnd {
            // Excel's `sep=;` line: take its delimiter; the header is the next line.
            delimiter = hinted
            skip = end + 1
            if head[end] == 0x0D && skip < head.count && head[skip] == 0x0A { skip += 1 }
            crPending = head[end] == 0x0D && skip == head.count
            firstLine = 2
            probe = head[skip..<head.count]
        } else {
            delimiter = Self.detectDelimiter(probe)
        }

        // 2. Parse: the head, then the rest chunk by chunk.
        var parser = CSVParser(delimiter: delimiter, displayName: displayName)
        parser.line = firstLine; parser.recordLine = firstLine; parser.skipLF = crPending
        try head.withUnsafeBufferPointer { try parser.feed(UnsafeBufferPointer(rebasing: $0[skip...]), onMalformed, body) }
        while !eof {
            onChunk?(bytesRead)
            if let at = pauseAt, at == bytesRead, let pause {
                pauseAt = nil
                if try pause.decide(parser) { return }
            }
            let n = try readChunk()
            if n == 0 { break }
            try chunk.withUnsafeBufferPointer { try parser.feed(UnsafeBufferPointer(rebasing: $0[0..<n]), onMalformed, body) }
        }
        try parser.finish(onMalformed, body)
    }

    /// The chunk to read with: `limit`, or for a smaller regular file its size plus one byte
    /// (so the end of the file is seen in the first read). A 200-byte actors file need not
    /// allocate and clear 4 MiB — measured by the fuzz targets, which read thousands of small
    /// files a second (with AddressSanitizer, the 4 MiB buffer was most of the time per file).
    static func chunkSize(for fd: Int32, atMost limit: Int) -> Int {
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size >= 0, info.st_size < limit - 1 else { return limit }
        return max(4096, Int(info.st_size) + 1)
    }

    /// The delimiter of an Excel hint line `sep=X` (`X` one of `,` `;` tab `|`), or `nil`.
    static func separatorHint(_ line: ArraySlice<UInt8>) -> UInt8? {
        let bytes = Array(line)
        guard bytes.count == 5, bytes[0] | 0x20 == UInt8(ascii: "s"), bytes[1] | 0x20 == UInt8(ascii: "e"),
              bytes[2] | 0x20 == UInt8(ascii: "p"), bytes[3] == UInt8(ascii: "=") else { return nil }
        let d = bytes[4]
        return [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09, UInt8(ascii: "|")].contains(d) ? d : nil
    }

    /// The most frequent of `,` `;` tab outside quotes; `,` on a tie or when none occurs.
    static func detectDelimiter(_ probe: ArraySlice<UInt8>) -> UInt8 {
        var comma = 0, semi = 0, tab = 0
        var inQuotes = false
        for b in probe {
            if b == UInt8(ascii: "\"") { inQuotes.toggle() }
            else if !inQuotes {
                if b == UInt8(ascii: ",") { comma += 1 } else if b == UInt8(ascii: ";") { semi += 1 } else if b == 0x09 { tab += 1 }
            }
        }
        if semi > comma && semi >= tab { return UInt8(ascii: ";") }
        if tab > comma && tab > semi { return 0x09 }
        return UInt8(ascii: ",")
    }
}

/// The CSV state machine. All state lives in stored properties so that the hot loop has no
/// captured variables (which would cost a dynamic exclusivity check per byte).
public struct CSVParser {
    /// `skipLine`: dropping the rest of a malformed record, up to the next line end.
    enum State { case fieldStart, unquoted, quoted, quoteInQuoted, skipLine }
    let delim: UInt8
    let displayName: String
    var state = State.fieldStart
    /// Unescaped bytes of the record being parsed; invariant: `arena[0..<arenaCount]` holds
    /// exactly the fields of the current record, delimited by `starts`/`ends`.
    var arena = [UInt8](repeating: 0, count: 1 << 12)
    var arenaCount = 0
    var starts: [Int] = [], ends: [Int] = [], columns: [Int] = [], lines: [Int] = []
    public var line = 1
    var lineColumn = 0
    public var recordLine = 1
    var quoteLine = 0, quoteColumn = 0
    var fieldQuoted = false
    var skipLF = false
    var recordHasContent = false
    /// Fields of the first record (the header): a multi-line record with another count is a
    /// stray quote. `0` until the first record is emitted.
    public var headerFields = 0

    // Resynchronisation. Invariant: while `spanning` is true the current record has crossed a
    // line end inside quotes, and `replay` + the current buffer from `replayFrom` hold every
    // raw byte from that first line end on — what is read again if the record turns out bad.
    var spanning = false
    var replay: [UInt8] = []
    var replayFrom = 0
    var replayLines = 0
    /// A record still open after this many bytes or lines is taken as a stray quote.
    static let replayByteLimit = 1 << 16
    static let replayLineLimit = 500

    /// Whether the parser stands between two records: no field begun, no quote open, no line
    /// end half seen (a parallel read may join another reader's records here).
    public var isBetweenRecords: Bool {
        state == .fieldStart && starts.isEmpty && !recordHasContent && !spanning && !skipLF
    }

    public init(delimiter: UInt8, displayName: String) {
        self.delim = delimiter
        self.displayName = displayName
        starts.reserveCapacity(16); ends.reserveCapacity(16); columns.reserveCapacity(16); lines.reserveCapacity(16)
    }

    private func issue(_ line: Int, _ column: Int, _ problem: CSVProblem) -> CSVIssue {
        CSVIssue(file: displayName, line: line, column: column, problem: problem)
    }

    @inline(__always) mutating func appendByte(_ b: UInt8) {
        if arenaCount == arena.count { arena.append(contentsOf: repeatElement(0, count: arena.count)) }
        arena[arenaCount] = b
        arenaCount &+= 1
    }

    mutating func beginField() {
        starts.append(arenaCount)
        columns.append(lineColumn + 1)
        lines.append(line)
    }

    /// Closes the current field, trimmed by the one rule of the type docs (quoted or not).
    mutating func endField() {
        var end = arenaCount
        var start = starts[starts.count - 1]
        while true {
            while end > start {
                let w = trailingSpaceWidth(end, floor: start)
                if w == 0 { break }
                end -= w
            }
            while start < end {
                let w = leadingSpaceWidth(start, limit: end)
                if w == 0 { break }
                start += w
            }
            // Trimming a Windows-1252 no-break space can leave a field that is UTF-8 again and
            // starts with a byte order mark or a UTF-8 no-break space: trim again, to the end
            // (found by fuzzing too: `<A0><EF BB BF>datum` kept its U+FEFF).
            guard end > start && (arena[start] == 0xA0 || arena[end - 1] == 0xA0) else { break }
            let before = (start, end)
            trimWindows1252NoBreakSpace(&start, &end)
            if before == (start, end) { break }
        }
        starts[starts.count - 1] = start
        ends.append(end)
        fieldQuoted = false
    }

    /// In a field that is not valid UTF-8 — so ``decodeText(_:)`` reads it as Windows-1252 — the
    /// byte 0xA0 is a no-break space, which the one trimming rule removes too (with the ASCII
    /// white space it uncovers). In valid UTF-8, 0xA0 is part of a character (`à` is C3 A0) and
    /// stays. Found by fuzzing (`make fuzz`, target `csv`): `J002<A0>` in a Windows-1252 export
    /// was another actor than `J002`, and read back differently once Wijknet wrote it as UTF-8.
    mutating func trimWindows1252NoBreakSpace(_ start: inout Int, _ end: inout Int) {
        let valid = arena.withUnsafeBufferPointer { String(validating: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) != nil }
        if valid { return }
        func space(_ b: UInt8) -> Bool { b == 0xA0 || b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        while end > start && space(arena[end - 1]) { end -= 1 }
        while start < end && space(arena[start]) { start += 1 }
    }

    /// Bytes of white space starting at `i` (ASCII space/tab/CR/LF/VT/FF, U+00A0, U+FEFF), or 0.
    @inline(__always) func leadingSpaceWidth(_ i: Int, limit: Int) -> Int {
        let b = arena[i]
        if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return 1 }
        if b == 0xC2 && i + 1 < limit && arena[i + 1] == 0xA0 { return 2 }
        if b == 0xEF && i + 2 < limit && arena[i + 1] == 0xBB && arena[i + 2] == 0xBF { return 3 }
        return 0
    }

    /// Bytes of white space ending just before `end`, or 0.
    @inline(__always) func trailingSpaceWidth(_ end: Int, floor: Int) -> Int {
        let b = arena[end - 1]
        if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return 1 }
        if b == 0xA0 && end - 2 >= floor && arena[end - 2] == 0xC2 { return 2 }
        if b == 0xBF && end - 3 >= floor && arena[end - 2] == 0xBB && arena[end - 3] == 0xEF { return 3 }
        return 0
    }

    /// Emits the finished record, unless it is blank, or a spanning record whose field count
    /// betrays a stray quote (then it is reported and the lines after its first are re-read).
    /// - Returns: `true` when it resynchronised (the bytes up to `i` have then been parsed again).
    @discardableResult
    mutating func emitRecord(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ onMalformed: (CSVIssue) throws -> Void,
                             _ body: (CSVReader.Record) throws -> Void) throws -> Bool {
        if spanning && headerFields > 0 && !fieldCountFits {
            try resynchronise(buf, i, onMalformed, body, issue(quoteLine, quoteColumn,
                .quoteSpansFields(lines: line - recordLine + 1, fields: starts.count, expected: headerFields)))
            return true
        }
        // A record that is a single empty field is a blank (or all-space) line: skip it.
        let blank = starts.count == 1 && starts[0] == ends[0]
        if !blank {
            if headerFields == 0 { headerFields = starts.count }
            let recordLine = self.recordLine, delim = self.delim
            try arena.withUnsafeBufferPointer { a in
                try starts.withUnsafeBufferPointer { s in
                    try ends.withUnsafeBufferPointer { e in
                        try columns.withUnsafeBufferPointer { c in
                            try lines.withUnsafeBufferPointer { l in
                                try body(CSVReader.Record(line: recordLine, delimiter: delim, bytes: a, starts: s, ends: e, columns: c, lines: l))
                            }
                        }
                    }
                }
            }
        }
        dropRecord()
        return false
    }

    /// The record has the header's number of fields, or more with only empty ones beyond it.
    var fieldCountFits: Bool {
        if starts.count < headerFields { return false }
        for k in headerFields..<starts.count where starts[k] != ends[k] { return false }
        return true
    }

    mutating func newLine(after b: UInt8) {
        line += 1; lineColumn = 0; recordLine = line
        skipLF = b == 0x0D
    }

    /// Forgets the record being parsed.
    mutating func dropRecord() {
        arenaCount = 0
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        columns.removeAll(keepingCapacity: true)
        lines.removeAll(keepingCapacity: true)
        recordHasContent = false
        fieldQuoted = false
        spanning = false
        replay.removeAll(keepingCapacity: true)
        replayLines = 0
    }

    /// Reports `problem`, drops the current record and parses again from the line after the
    /// record's first line (the bytes kept in `replay` plus `buf[replayFrom..<i]`). Without a
    /// spanning record it skips to the next line end instead.
    mutating func resynchronise(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ onMalformed: (CSVIssue) throws -> Void,
                                _ body: (CSVReader.Record) throws -> Void, _ problem: CSVIssue) throws {
        try onMalformed(problem)
        guard spanning else {
            dropRecord()
            state = .skipLine
            return
        }
        var again = replay
        if replayFrom < i { again.append(contentsOf: buf[replayFrom..<i]) }
        let first = recordLine
        dropRecord()
        state = .fieldStart
        line = first; lineColumn = 0; recordLine = first
        skipLF = false
        try again.withUnsafeBufferPointer { try feed($0, onMalformed, body) }
        if spanning { replayFrom = i }   // the replayed tail is in `replay`; go on from `i` in `buf`
    }

    /// A line end inside quotes: the record spans lines; start keeping bytes for a replay and
    /// give up on it when it grows past the limits.
    @inline(__always) mutating func lineEndInQuotes(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int,
                                                    _ onMalformed: (CSVIssue) throws -> Void,
                                                    _ body: (CSVReader.Record) throws -> Void) throws -> Bool {
        if !spanning {
            spanning = true
            replayFrom = i - 1
            return false
        }
        replayLines += 1
        if replayLines > Self.replayLineLimit || replay.count + (i - replayFrom) > Self.replayByteLimit {
            try resynchronise(buf, i, onMalformed, body, issue(quoteLine, quoteColumn, .quoteStillOpen(lines: replayLines)))
            return true
        }
        return false
    }

    /// Parses `buf`, calling `body` for each completed record.
    public mutating func feed(_ buf: UnsafeBufferPointer<UInt8>, _ onMalformed: (CSVIssue) throws -> Void,
                       _ body: (CSVReader.Record) throws -> Void) throws {
        var i = 0
        let count = buf.count
        if spanning { replayFrom = 0 }
        defer { if spanning && replayFrom < count { replay.append(contentsOf: buf[replayFrom..<count]); replayFrom = count } }
        while i < count {
            let b = buf[i]
            i += 1
            // The byte after a CR first: an LF there is part of the line end. (Checked after the
            // NUL test, a NUL right after a CR kept `skipLF`, and the LF after the NUL was
            // swallowed, joining two lines; found by fuzzing, target `csv`.)
            if skipLF {
                skipLF = false
                if b == 0x0A { continue }
            }
            if b == 0 && state != .skipLine {
                try resynchronise(buf, i, onMalformed, body, issue(line, lineColumn + 1, .nulByte))
                continue
            }
            // Column counting: continuation bytes of UTF-8 do not start a character.
            let startsCharacter = (b & 0xC0) != 0x80
            switch state {
            case .fieldStart:
                if b == UInt8(ascii: "\"") {
                    beginField()
                    state = .quoted
                    fieldQuoted = true
                    if !spanning { quoteLine = line; quoteColumn = lineColumn + 1 }
                    recordHasContent = true
                    lineColumn += 1
                } else if b == delim {
                    beginField(); endField()
                    recordHasContent = true
                    lineColumn += 1
                } else if b == 0x0A || b == 0x0D {
                    if !starts.isEmpty || recordHasContent { beginField(); endField() }
                    if try starts.isEmpty || !emitRecord(buf, i, onMalformed, body) { newLine(after: b) }
                } else {
                    beginField()
                    appendByte(b)
                    state = .unquoted
                    recordHasContent = true
                    if startsCharacter { lineColumn += 1 }
                    // Fast path: copy the rest of a plain unquoted field in one go.
                    while i < count {
                        let c = buf[i]
                        if c == delim || c == 0x0A || c == 0x0D || c == 0 { break }
                        appendByte(c)
                        if (c & 0xC0) != 0x80 { lineColumn += 1 }
                        i += 1
                    }
                }
            case .unquoted:
                if b == delim {
                    endField()
                    state = .fieldStart
                    lineColumn += 1
                } else if b == 0x0A || b == 0x0D {
                    endField()
                    state = .fieldStart
                    if try !emitRecord(buf, i, onMalformed, body) { newLine(after: b) }
                } else {
                    appendByte(b)
                    if startsCharacter { lineColumn += 1 }
                }
            case .quoted:
                if b == UInt8(ascii: "\"") {
                    state = .quoteInQuoted
                    lineColumn += 1
                } else if b == 0x0A || b == 0x0D {
                    appendByte(0x0A)   // CRLF or CR inside quotes → LF
                    line += 1; lineColumn = 0
                    skipLF = b == 0x0D
                    if try lineEndInQuotes(buf, i, onMalformed, body) { continue }
                } else {
                    appendByte(b)
                    if startsCharacter { lineColumn += 1 }
                }
            case .quoteInQuoted:
                if b == UInt8(ascii: "\"") {
                    appendByte(b)          // doubled quote: a literal "
                    state = .quoted
                    lineColumn += 1
                } else if b == delim {
                    endField()
                    state = .fieldStart
                    lineColumn += 1
                } else if b == 0x0A || b == 0x0D {
                    endField()
                    state = .fieldStart
                    if try !emitRecord(buf, i, onMalformed, body) { newLine(after: b) }
                } else {
                    let problem = spanning
                        ? issue(quoteLine, quoteColumn, .quoteRunsTo(line: line))
                        : issue(line, lineColumn + 1, .textAfterClosingQuote)
                    try resynchronise(buf, i, onMalformed, body, problem)
                }
            case .skipLine:
                if b == 0x0A || b == 0x0D {
                    state = .fieldStart
                    newLine(after: b)
                }
            }
        }
    }

    /// Closes the last field and record at the end of the file.
    public mutating func finish(_ onMalformed: (CSVIssue) throws -> Void, _ body: (CSVReader.Record) throws -> Void) throws {
        let none = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        switch state {
        case .skipLine:
            break
        case .quoted:
            let wasSpanning = spanning
            try resynchronise(none, 0, onMalformed, body, issue(quoteLine, quoteColumn, .quoteNeverClosed))
            if wasSpanning { try finish(onMalformed, body) }
        case .fieldStart:
            if !starts.isEmpty || recordHasContent {
                beginField(); endField()
                if try emitRecord(none, 0, onMalformed, body) { try finish(onMalformed, body) }
            }
        case .unquoted, .quoteInQuoted:
            endField()
            state = .fieldStart
            if try emitRecord(none, 0, onMalformed, body) { try finish(onMalformed, body) }
        }
    }
}

/// Decodes field bytes as UTF-8, or as Windows-1252 when they are not valid UTF-8.
///
/// - Returns: the text and whether the Windows-1252 fallback was used.
/// - Complexity: `O(count)`; ASCII-only fields take a fast path.
@inlinable
public func decodeText(_ bytes: UnsafeBufferPointer<UInt8>) -> (text: String, windows1252: Bool) {
    var ascii = true
    for b in bytes where b >= 0x80 { ascii = false; break }
    if ascii { return (String(decoding: bytes, as: UTF8.self), false) }
    if let s = String(validating: bytes, as: UTF8.self) { return (s, false) }
    var scalars = String.UnicodeScalarView()
    for b in bytes { scalars.append(windows1252Scalar(b)) }
    return (String(scalars), true)
}

/// The Unicode scalar for a Windows-1252 byte. The five undefined bytes (0x81, 0x8D, 0x8F,
/// 0x90, 0x9D) map to the C1 controls of the same value, as Windows' own decoder does.
@usableFromInline
func windows1252Scalar(_ b: UInt8) -> Unicode.Scalar {
    let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
    if b >= 0x80 && b < 0xA0 { return Unicode.Scalar(high[Int(b - 0x80)])! }
    return Unicode.Scalar(b)
}

extension CSVReader.Record {
    /// A record over fields held elsewhere (the `.xlsx` reader's rows): field `i` is
    /// `bytes[starts[i] ..< ends[i]]`, found at `columns[i]` on line `lines[i]`.
    public init(line: Int, delimiter: UInt8, fields bytes: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<Int>,
         ends: UnsafeBufferPointer<Int>, columns: UnsafeBufferPointer<Int>, lines: UnsafeBufferPointer<Int>) {
        self.init(line: line, delimiter: delimiter, bytes: bytes, starts: starts, ends: ends, columns: columns, lines: lines)
    }
}
