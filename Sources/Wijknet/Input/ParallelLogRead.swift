#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WijknetGraph
import WijknetIngest

/// When a CSV log is read on two threads (issue 28: a million actors, 10 million rows).
///
/// **The read.** The file is cut at the first line start after its middle byte. The calling
/// thread reads the first half exactly as the one-thread reader does (header, rows, problems);
/// as soon as it has read the header, a second thread counts the physical lines before the
/// cut and reads the second half into an ingest of its own — the header's columns, its own
/// actor and type tables (ids in that half's first-seen order), its own rows, problems and
/// counts. When the first thread reaches the cut it takes the second half in
/// (``LogIngest/takeIn(_:parserAtCut:)``): every actor and type of the second half, in that
/// half's order, is interned in the first half's tables (so an actor new to the log gets the id
/// the one-thread reader would have given it: first seen in the first half, else in the order
/// the second half first saw it), the second half's rows are appended with their ids mapped,
/// its problems recorded after the first half's, in order, with their own lines and columns.
///
/// **When the halves cannot be joined** the first thread simply reads on from the cut, alone, as
/// the one-thread reader does; the second thread's work is dropped. That is so when the second
/// half was not read the way the one-thread reader would read it from the cut: the first
/// half's parser is not between records at the cut (a quoted field spans it, a stray quote, a
/// line count that differs), a repeated header changed the columns in the first half, a strict
/// read (``ErrorPolicy/stopAtFirst``) found a problem in the first half (the rest is then only
/// scanned), a weight like `1.000` in the second half after a decimal comma in the first (a
/// problem only then), more problems in the second half than are kept with their text, or
/// the second thread could not read. Output is the same either way, byte for byte.
///
/// Not for a streaming read (`eachRow`), a workbook or an imported graph, nor a file below
/// ``from`` bytes.
/// - Complexity: `O(file size)` over two threads; memory as the one-thread read, plus the
///   second half's actor table until it is joined.
struct ParallelRead: Sendable {
    /// Files of at least this many bytes are read on two threads.
    var from = 16 << 20
    /// Where to look for the cut (the first line start at or after this byte); `nil`: the
    /// middle. Tests put it everywhere in a small file.
    var near: Int? = nil

    /// The cut of the file at `path`: the byte after the first line feed at or after ``near``
    /// (else the middle), when it leaves bytes on both sides; `nil` when the file is smaller
    /// than ``from`` or has no such line feed within 1 MiB.
    func cut(path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(info.st_size)
        guard size >= max(from, 2) else { return nil }
        let start = min(max(near ?? size / 2, 1), size - 1)
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var window = [UInt8](repeating: 0, count: min(1 << 20, size - start))
        let n = window.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(start)) }
        guard n > 0, let lf = window[0..<n].firstIndex(of: 0x0A), start + lf + 1 < size else { return nil }
        return start + lf + 1
    }
}

/// The second half of a parallel read (``ParallelRead``), read on a thread of its own.
final class SecondHalf: @unchecked Sendable {
    let path: String
    let cut: Int
    /// Whether the second thread was started (after the header; not in a strict read that
    /// already has a problem, which only scans the rest).
    private(set) var started = false
    /// The physical line the second half starts on (counted by its thread).
    private(set) var startLine = 0
    /// The header's columns as the second half started with them.
    private(set) var columnOf: [Int] = []
    private(set) var headerCount = 0
    private(set) var ingest: LogIngest? = nil
    /// The first half's parser at the cut, once the first thread got there.
    private(set) var parserAtCut: CSVParser? = nil
    private var work: BackgroundWork<Bool>? = nil

    init(path: String, cut: Int) { (self.path, self.cut) = (path, cut) }

    /// Starts reading from the cut with the columns of `first`, which has just read the header
    /// `header`.
    func start(after first: LogIngest, header: CSVReader.Record) {
        started = true
        columnOf = first.columnOf
        headerCount = first.headerCount
        ingest = first.secondHalf()
        let delimiter = header.delimiter, fields = header.count
        work = BackgroundWork { [self] in read(delimiter: delimiter, headerFields: fields) }
    }

    /// The first thread at the cut (``CSVReader/pause``): it stops there when the second
    /// thread was started.
    func pause(_ parser: CSVParser) -> Bool {
        guard started else { return false }
        parserAtCut = parser
        return true
    }

    /// Ends the first half's read `first`: takes the second half in, or, when it cannot be
    /// joined, reads on from the cut on this thread. Nothing when the second thread never
    /// started; when the first thread never paused (a header past the cut) it read on already.
    /// - Throws: ``WijknetError/io(path:reason:)`` when reading on fails.
    func end(_ first: inout LogIngest) throws {
        guard started, let work else { return }
        self.work = nil
        let read = work.wait()
        guard var parser = parserAtCut else { return }
        if read, first.takeIn(self, parserAtCut: parser) {
            // The second thread's allocations sit in a malloc arena of its own: give the pages
            // it freed back now, or they stay resident under the graph built next (issue 28).
            FreedMemory.giveBack()
            return
        }
        ingest = nil
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw WijknetError.io(path: first.name, reason: .cannotOpen(.current)) }
        defer { close(fd) }
        try Self.parse(fd, from: cut, &parser, &first)
    }

    /// The second half's ingest, handed over (so its rows are freed as they are appended).
    func takeIngest() -> LogIngest? {
        defer { ingest = nil }
        return ingest
    }

    /// Waits for the second thread, if still running, and drops its work (the read failed).
    func abandon() {
        _ = work?.wait()
        work = nil
        ingest = nil
    }

    /// Counts the lines before the cut, then parses from the cut to the end of the file.
    private func read(delimiter: UInt8, headerFields: Int) -> Bool {
        guard var half = takeIngest() else { return false }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        guard let before = Self.lineEnds(fd, upTo: cut) else { return false }
        startLine = before + 1
        var parser = CSVParser(delimiter: delimiter, displayName: half.name)
        parser.line = startLine; parser.recordLine = startLine; parser.headerFields = headerFields
        do { try Self.parse(fd, from: cut, &parser, &half) } catch { return false }
        ingest = half
        return true
    }

    /// Feeds the file from byte `offset` to its end through `parser` into `ingest`, as
    /// ``ContactLogReader`` does after the header, and closes the last record.
    static func parse(_ fd: Int32, from offset: Int, _ parser: inout CSVParser, _ ingest: inout LogIngest) throws {
        var buffer = [UInt8](repeating: 0, count: 4 << 20)
        var offset = offset
        func onMalformed(_ issue: CSVIssue) {
            ingest.log.stats.rowsRead += 1
            ingest.fail(issue.inputIssue)
        }
        while true {
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(offset)) }
            if n < 0 { throw WijknetError.io(path: ingest.name, reason: .readFailed(.current)) }
            if n == 0 { break }
            offset += n
            try buffer.withUnsafeBufferPointer { b in
                try parser.feed(UnsafeBufferPointer(rebasing: b[0..<n]), onMalformed) { try ingest.consume($0) }
            }
        }
        try parser.finish(onMalformed) { try ingest.consume($0) }
    }

    /// Physical line ends in the first `end` bytes: as ``CSVParser`` counts them, a CR, an LF
    /// or a CRLF pair each end one line (inside quotes too). `nil` when the file cannot be read.
    static func lineEnds(_ fd: Int32, upTo end: Int) -> Int? {
        var buffer = [UInt8](repeating: 0, count: 4 << 20)
        var lines = 0, offset = 0
        var afterCR = false
        while offset < end {
            let want = min(buffer.count, end - offset)
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, want, off_t(offset)) }
            if n <= 0 { return nil }
            buffer.withUnsafeBufferPointer { b in
                for i in 0..<n {
                    let x = b[i]
                    if x == 0x0D { lines += 1; afterCR = true } else { if x == 0x0A && !afterCR { lines += 1 }; afterCR = false }
                }
            }
            offset += n
        }
        return lines
    }
}

extension LogIngest {
    /// A fresh ingest for the second half of a parallel read: this one's header (columns,
    /// language, whether undated) and policy, with no actors, types, rows or counts of its own.
    func secondHalf() -> LogIngest {
        var fresh = ContactLog()
        fresh.headerLanguage = log.headerLanguage
        fresh.undated = log.undated
        fresh.fileName = log.fileName
        var half = LogIngest(name: name, log: fresh, interner: ByteInterner(capacity: 1 << 16), mapping: mapping,
                             dates: DateOrderReading(forced: dates.forced), stopAtFirst: stopAtFirst)
        half.columnOf = columnOf
        half.headerCount = headerCount
        half.sawHeader = true
        half.undated = undated
        half.dutchHeaders = dutchHeaders
        half.englishHeaders = englishHeaders
        half.decidedOrderLine = decidedOrderLine
        return half
    }

    /// Whether the second half `half` was read as the one-thread reader would have read on
    /// from the cut, given this first half and its parser there (see ``ParallelRead``).
    func canTakeIn(_ half: SecondHalf, parserAtCut p: CSVParser) -> Bool {
        guard let b = half.ingest else { return false }
        return p.isBetweenRecords
            && p.line == half.startLine
            && !scanOnly && columnOf == half.columnOf && headerCount == half.headerCount
            && !(sawDecimalComma && b.dotThousandsCount > 0)
            && b.log.stats.issues.count == b.log.stats.issueCount
    }

    /// Appends the second half of a parallel read to this first half, as if this ingest had
    /// read on from the cut (``ParallelRead``). `false`, and nothing changed, when it cannot.
    /// - Complexity: `O(rows + actors)` of the second half.
    mutating func takeIn(_ half: SecondHalf, parserAtCut parser: CSVParser) -> Bool {
        guard canTakeIn(half, parserAtCut: parser), var b = half.takeIngest() else { return false }
        let actorOf = takeActors(of: b)
        let typeOf = takeTypes(of: b)
        ambiguousRows.reserveCapacity(ambiguousRows.count + b.ambiguousRows.count)
        for r in b.ambiguousRows { ambiguousRows.append(Int32(log.time.count) + r) }
        log.appendRows(of: &b.log, actorOf: actorOf, typeOf: typeOf)
        log.stats.rowsRead += b.log.stats.rowsRead
        log.stats.rowsUsed += b.log.stats.rowsUsed
        log.stats.rowsSkipped += b.log.stats.rowsSkipped
        log.stats.rowsWithRepeatedActor += b.log.stats.rowsWithRepeatedActor
        log.stats.windows1252Fields += b.log.stats.windows1252Fields
        for issue in b.log.stats.issues { log.stats.record(issue) }
        skippedAbout.formUnion(b.skippedAbout)
        if dotThousandsLine == nil { dotThousandsLine = b.dotThousandsLine }
        dotThousandsCount += b.dotThousandsCount
        sawDecimalComma = sawDecimalComma || b.sawDecimalComma
        repeatedHeaders += b.repeatedHeaders
        columnOf = b.columnOf
        headerCount = b.headerCount
        scanOnly = b.scanOnly
        dates.append(b.dates)
        log.readInHalves = true
        return true
    }

    /// Interns the second half's actors, in its first-seen order, among this half's; returns
    /// the id of each of its actors here.
    private mutating func takeActors(of b: LogIngest) -> [Int32] {
        var actorOf = [Int32](repeating: -1, count: b.log.actors.count)
        for (j, actor) in b.log.actors.enumerated() {
            var key = actor.id
            let (id, inserted) = key.withUTF8 { interner.intern($0) }
            if inserted {
                log.actors.append(actor)
                roles.append(0)
            }
            roles[id] |= b.roles[j]
            actorOf[j] = Int32(id)
        }
        return actorOf
    }

    /// Interns the second half's contact types (lower-cased already) among this half's.
    private mutating func takeTypes(of b: LogIngest) -> [Int32] {
        var typeOf = [Int32](repeating: -1, count: b.log.contactTypes.count)
        for (j, type) in b.log.contactTypes.enumerated() {
            var key = type
            let (id, inserted) = key.withUTF8 { typeInterner.intern($0) }
            if inserted { log.contactTypes.append(type) }
            typeOf[j] = Int32(id)
        }
        return typeOf
    }
}

extension ContactLog {
    /// Appends the rows of `other` (emptied) with actor `a` as `actorOf[a]` and type `t` as
    /// `typeOf[t]`; each column is laid out once at its final size (no doubling slack), four
    /// columns on each of two threads (issue 28: at a million actors the eight columns are
    /// 480 MB of fresh pages, 0.3 s on one thread).
    mutating func appendRows(of other: inout ContactLog, actorOf: [Int32], typeOf: [Int32]) {
        let actor: (Int32) -> Int32 = { $0 < 0 ? $0 : actorOf[Int($0)] }
        let type: (Int32) -> Int32 = { $0 < 0 ? $0 : typeOf[Int($0)] }
        // Each column moved out of both logs, joined by one thread, then moved back.
        var time = [self.time, other.time], weight = [self.weight, other.weight]
        var ints = [[self.source, other.source], [self.target, other.target], [self.about, other.about],
                    [self.place, other.place], [self.type, other.type], [self.line, other.line]]
        func empty(_ log: inout ContactLog) {
            log.time = []; log.weight = []; log.source = []; log.target = []; log.about = []; log.place = []
            log.type = []; log.line = []
        }
        empty(&self)
        empty(&other)
        var joinedTime: [Int64] = [], joinedWeight: [Double] = []
        var joinedInts = [[Int32]](repeating: [], count: 6)
        let maps: [(Int32) -> Int32] = [actor, actor, actor, actor, type, { $0 }]
        time.withUnsafeMutableBufferPointer { time in
        weight.withUnsafeMutableBufferPointer { weight in
        ints.withUnsafeMutableBufferPointer { ints in
        joinedInts.withUnsafeMutableBufferPointer { joinedInts in
            parallelFor(2) { half in
                if half == 0 {   // 8 + 3 × 4 bytes a row
                    joinedTime = Self.joined(&time[0], &time[1]) { $0 }
                    for c in 0..<3 { joinedInts[c] = Self.joined(&ints[c][0], &ints[c][1], maps[c]) }
                } else {         // 8 + 3 × 4 bytes a row
                    joinedWeight = Self.joined(&weight[0], &weight[1]) { $0 }
                    for c in 3..<6 { joinedInts[c] = Self.joined(&ints[c][0], &ints[c][1], maps[c]) }
                }
            }
        }
        }
        }
        }
        self.time = joinedTime; self.weight = joinedWeight
        (self.source, self.target, self.about, self.place, self.type, self.line) =
            (joinedInts[0], joinedInts[1], joinedInts[2], joinedInts[3], joinedInts[4], joinedInts[5])
    }

    /// `mine` then `theirs` mapped, in one array of their size; both are emptied as it is made.
    private static func joined<T: BitwiseCopyable>(_ mine: inout [T], _ theirs: inout [T], _ map: (T) -> T) -> [T] {
        let count = mine.count + theirs.count
        let out = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            mine.withUnsafeBufferPointer { m in
                theirs.withUnsafeBufferPointer { t in
                    for i in m.indices { buffer[i] = m[i] }
                    for i in t.indices { buffer[m.count + i] = map(t[i]) }
                }
            }
            initialized = count
        }
        mine = []
        theirs = []
        return out
    }
}
