#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What to do with a row that has a problem.
public enum ErrorPolicy: Sendable {
    /// Stop at the first problem and throw it (the default for analysis commands).
    case stopAtFirst
    /// Skip bad rows, record each problem in ``IngestStats/issues`` and go on
    /// (`--skip-invalid`, and `validate`, which reports them all).
    case skipInvalid
}

/// Reads a contact log CSV (and optionally an actors CSV) into a ``ContactLog``.
///
/// Columns (header names case-insensitive, English or Dutch):
///
/// | column | Dutch | required | meaning |
/// | --- | --- | --- | --- |
/// | date | datum | yes | see ``Calendar/parseTimestamp(_:)-(UnsafeBufferPointer<UInt8>)`` |
/// | source | van | yes | actor id |
/// | target | naar | no | actor id |
/// | about | over | no | the young person the contact was about |
/// | place | plek | no | the place where it happened |
/// | type | soort | no | free text, stored lower-cased |
/// | weight | gewicht | no | positive number, default 1, `,` or `.` as decimal mark |
///
/// A row must name at least two distinct actors; it connects every pair of them (see
/// ``Ecosystem``). An id not in the actors file takes its kind from the column it appears in:
/// `about` → youth, `place` → place, `source`/`target` → partner with domain unknown; when an
/// id appears in several columns, youth wins over place over partner (privacy first).
public struct ContactLogReader {
    public var policy: ErrorPolicy

    public init(policy: ErrorPolicy = .stopAtFirst) {
        self.policy = policy
    }

    enum Column: Int, CaseIterable {
        case date, source, target, about, place, type, weight
        var english: String { ["date", "source", "target", "about", "place", "type", "weight"][rawValue] }
        var dutch: String { ["datum", "van", "naar", "over", "plek", "soort", "gewicht"][rawValue] }
        var required: Bool { self == .date || self == .source }
    }

    /// Reads the log at `path`, after the actors file at `actorsPath` when given.
    ///
    /// - Throws: ``WijknetError/io(path:reason:)``; ``WijknetError/input(_:)`` for the first
    ///   problem under ``ErrorPolicy/stopAtFirst``; a structural problem (empty file, missing
    ///   required column, broken quoting) under either policy, since nothing after it can be trusted.
    /// - Complexity: `O(file size)`; memory about 40 bytes per used row plus the actors.
    public func read(logPath: String, actorsPath: String? = nil) throws -> ContactLog {
        var log = ContactLog()
        var interner = ByteInterner(capacity: 4096)
        if let actorsPath {
            try ActorsFileReader(policy: policy).read(path: actorsPath, into: &log, interner: &interner)
        }
        try readLog(path: logPath, into: &log, interner: &interner)
        return log
    }

    private func readLog(path: String, into log: inout ContactLog, interner: inout ByteInterner) throws {
        let name = displayName(path)
        log.fileName = name
        var reader = CSVReader(path: path, displayName: name)
        var ingest = LogIngest(name: name, policy: policy, log: log, interner: interner)
        try reader.forEachRecord(onMalformed: { issue in
            ingest.log.stats.rowsRead += 1
            try ingest.fail(issue)
        }) { try ingest.consume($0) }
        try ingest.finish()
        log = ingest.log
        interner = ingest.interner
    }
}

/// The per-row work of ``ContactLogReader``, as a struct so the hot path touches stored
/// properties, not captured variables.
private struct LogIngest {
    let name: String
    let policy: ErrorPolicy
    var log: ContactLog
    var interner: ByteInterner
    var columnOf = [Int](repeating: -1, count: ContactLogReader.Column.allCases.count)
    var headerCount = 0
    var sawHeader = false
    var dutchHeaders = 0, englishHeaders = 0
    var roles: [UInt8]                 // per actor: bit 1 partner column, 2 place, 4 about
    let declaredCount: Int
    var typeInterner = ByteInterner(capacity: 64)
    var aboutNonYouthRows = 0
    var lowerBuffer = [UInt8](repeating: 0, count: 256)
    typealias Column = ContactLogReader.Column
    static let actorColumns: [Column] = [.source, .target, .about, .place]

    init(name: String, policy: ErrorPolicy, log: ContactLog, interner: ByteInterner) {
        self.name = name
        self.policy = policy
        self.log = log
        self.interner = interner
        self.declaredCount = log.actors.count
        self.roles = [UInt8](repeating: 0, count: log.actors.count)
        let approxRows = 1 << 16
        self.log.time.reserveCapacity(approxRows)
    }

    mutating func fail(_ issue: InputIssue) throws {
        log.stats.rowsSkipped += 1
        log.stats.record(issue)
        if policy == .stopAtFirst { throw WijknetError.input(issue) }
    }

    func col(_ c: Column) -> Int { columnOf[c.rawValue] }

    mutating func consume(_ rec: CSVReader.Record) throws {
        let name = self.name
        if !sawHeader {
            sawHeader = true
            headerCount = rec.count
            var unknown: [String] = []
            for i in 0..<rec.count {
                let h = rec.string(i).trimmingWhitespace().lowercased()
                if let c = Column.allCases.first(where: { $0.english == h || $0.dutch == h }) {
                    if columnOf[c.rawValue] >= 0 {
                        throw WijknetError.input(InputIssue(file: name, line: rec.line, column: rec.column(i),
                            message: "the column '\(h)' appears twice in the header.",
                            hint: "keep one column named '\(c.english)' or '\(c.dutch)' and rename or remove the other."))
                    }
                    columnOf[c.rawValue] = i
                    if c.dutch == h && c.english != h { dutchHeaders += 1 } else { englishHeaders += 1 }
                } else {
                    unknown.append(h.isEmpty ? "(empty header in column \(i + 1))" : "'\(h)'")
                }
            }
            for c in Column.allCases where c.required && columnOf[c.rawValue] < 0 {
                let found = (0..<rec.count).map { "'\(rec.string($0))'" }.joined(separator: ", ")
                throw WijknetError.input(InputIssue(file: name, line: rec.line, column: 1,
                    message: "the required column '\(c.english)' (Dutch: '\(c.dutch)') is missing from the header; found \(found).",
                    hint: "the first row must name the columns: at least '\(Column.date.english)' and '\(Column.source.english)' (or '\(Column.date.dutch)' and '\(Column.source.dutch)')."))
            }
            if !unknown.isEmpty {
                log.warnings.append("\(name): ignored \(unknown.count) column(s) Wijknet does not know: \(unknown.joined(separator: ", ")). Known columns: date/datum, source/van, target/naar, about/over, place/plek, type/soort, weight/gewicht.")
            }
            log.headerLanguage = dutchHeaders > englishHeaders ? .nl : .en
            return
        }

        log.stats.rowsRead += 1
        if rec.count != headerCount {
            // Trailing empty fields (an Excel habit) are harmless; anything else is not.
            var extraIsEmpty = rec.count > headerCount
            if extraIsEmpty { for i in headerCount..<rec.count where !rec.isEmpty(i) { extraIsEmpty = false; break } }
            if !extraIsEmpty {
                let col = rec.count > headerCount ? rec.column(headerCount) : rec.column(rec.count - 1)
                try fail(InputIssue(file: name, line: rec.line, column: col,
                    message: "this row has \(rec.count) fields but the header has \(headerCount).",
                    hint: rec.count > headerCount
                        ? "quote fields that contain the delimiter '\(Character(Unicode.Scalar(rec.delimiter)))', or remove the extra fields."
                        : "add the missing fields (leave them empty between delimiters if unknown)."))
                return
            }
        }

        // 1. Date.
        let di = col(.date)
        guard let ts = Calendar.parseTimestamp(rec.field(di)) else {
            let text = rec.isEmpty(di) ? "an empty date" : "the date '\(rec.string(di))'"
            try fail(InputIssue(file: name, line: rec.line(di), column: rec.column(di),
                message: "\(text) cannot be read.",
                hint: "write dates as DD-MM-YYYY (15-03-2025) or YYYY-MM-DD (2025-03-15), optionally with a time HH:MM."))
            return
        }
        // 2. Weight.
        var w = 1.0
        if col(.weight) >= 0 && !rec.isEmpty(col(.weight)) {
            let wi = col(.weight)
            guard let parsed = parseWeight(rec.field(wi)), parsed.isFinite, parsed > 0 else {
                try fail(InputIssue(file: name, line: rec.line(wi), column: rec.column(wi),
                    message: "the weight '\(rec.string(wi))' is not a positive number.",
                    hint: "use a number above 0 such as 1, 2 or 1,5 — or leave the field empty for weight 1."))
                return
            }
            w = parsed
        }
        // 3. Actors: at least two distinct among source, target, about, place.
        let actorColumns = Self.actorColumns
        var present: [(Column, Int)] = []
        for c in actorColumns where col(c) >= 0 && !rec.isEmpty(col(c)) { present.append((c, col(c))) }
        var distinct = 0
        var repeated = false
        for (k, (_, fi)) in present.enumerated() {
            var seen = false
            for (_, fj) in present[0..<k] where bytesEqual(rec.field(fi), rec.field(fj)) { seen = true; break }
            if seen { repeated = true } else { distinct += 1 }
        }
        if distinct < 2 {
            let where_ = present.first.map { rec.column($0.1) } ?? rec.column(col(.source))
            let named = present.map { $0.0.english }.joined(separator: ", ")
            try fail(InputIssue(file: name, line: rec.line, column: where_,
                message: present.isEmpty ? "this row names no actor."
                    : repeated ? "this row names only one actor (the same id in \(named)); a contact needs two."
                    : "this row names only one actor (in \(named)); a contact needs two.",
                hint: "fill in at least two of source/van, target/naar, about/over and place/plek with different ids."))
            return
        }
        if repeated { log.stats.rowsWithRepeatedActor += 1 }

        // 4. The row is good: intern actors and type, and store it.
        var ids: [Int32] = [-1, -1, -1, -1]
        for (c, fi) in present {
            var field = rec.field(fi)
            var decodedID: String? = nil
            if field.contains(where: { $0 >= 0x80 }) {
                // Canonical UTF-8 bytes for the id, whatever the file's encoding.
                let d = decodeText(field)
                if d.windows1252 { log.stats.windows1252Fields += 1 }
                decodedID = d.text
            }
            let id: Int
            let inserted: Bool
            if let decodedID {
                var s = decodedID
                (id, inserted) = s.withUTF8 { interner.intern($0) }
            } else {
                (id, inserted) = interner.intern(field)
            }
            if inserted {
                let text = decodedID ?? String(decoding: field, as: UTF8.self)
                log.actors.append(Actor(id: text, kind: .partner, declared: false))
                log.actorIndex[text] = id
                roles.append(0)
            }
            field = UnsafeBufferPointer(start: nil, count: 0)
            let bit: UInt8
            switch c {
            case .about: bit = 4
            case .place: bit = 2
            default: bit = 1
            }
            roles[id] |= bit
            ids[actorColumns.firstIndex(of: c)!] = Int32(id)
            if c == .about && id < declaredCount && log.actors[id].kind != .youth { aboutNonYouthRows += 1 }
        }
        var typeID: Int32 = -1
        if col(.type) >= 0 && !rec.isEmpty(col(.type)) {
            let f = rec.field(col(.type))
            if f.count > lowerBuffer.count { lowerBuffer = [UInt8](repeating: 0, count: f.count) }
            let (tid, inserted): (Int, Bool) = lowerBuffer.withUnsafeMutableBufferPointer { lb in
                for i in 0..<f.count { let b = f[i]; lb[i] = (b >= 65 && b <= 90) ? b + 32 : b }
                return typeInterner.intern(UnsafeBufferPointer(rebasing: lb[0..<f.count]))
            }
            if inserted {
                let d = decodeText(f)
                if d.windows1252 { log.stats.windows1252Fields += 1 }
                log.contactTypes.append(d.text.lowercased())
            }
            typeID = Int32(tid)
        }
        log.time.append(ts)
        log.source.append(ids[0]); log.target.append(ids[1]); log.about.append(ids[2]); log.place.append(ids[3])
        log.type.append(typeID)
        log.weight.append(w)
        log.line.append(Int32(truncatingIfNeeded: rec.line))
        log.stats.rowsUsed += 1
            }

    mutating func finish() throws {
        let name = self.name
        if !sawHeader {
            throw WijknetError.input(InputIssue(file: name, line: 0, column: 0, message: "the file has no header row.",
                                                hint: "the first row must name the columns, e.g. datum;van;naar;over;plek;soort;gewicht."))
        }

        // Infer kinds of undeclared actors; warn with counts (never naming young people).
        var inferred: [ActorKind: Int] = [:]
        var conflicting = 0
        for id in declaredCount..<log.actors.count {
            let r = roles[id]
            let kind: ActorKind = r & 4 != 0 ? .youth : r & 2 != 0 ? .place : .partner
            if r.nonzeroBitCount > 1 { conflicting += 1 }
            log.actors[id].kind = kind
            log.actors[id].domain = kind == .partner ? .unknown : .none
            inferred[kind, default: 0] += 1
        }
        let undeclared = log.actors.count - declaredCount
        if undeclared > 0 {
            let parts = ActorKind.allCases.compactMap { k in inferred[k].map { "\($0) \(k.rawValue)" } }.joined(separator: ", ")
            let base = declaredCount > 0 ? "\(undeclared) id(s) in the log are not in the actors file" : "no actors file given: \(undeclared) id(s)"
            log.warnings.append("\(base); their kind was inferred from the column they appear in (about → youth, place → place, source/target → partner with domain unknown): \(parts).")
        }
        if conflicting > 0 {
            log.warnings.append("\(conflicting) undeclared id(s) appear in more than one kind of column; each was treated as youth if it appears under about, else as place if under place. Declare them in an actors file to be sure.")
        }
        if aboutNonYouthRows > 0 {
            log.warnings.append("\(aboutNonYouthRows) row(s) name an actor that is not a young person in the about/over column.")
        }
        if log.stats.rowsWithRepeatedActor > 0 {
            log.warnings.append("\(log.stats.rowsWithRepeatedActor) row(s) name the same actor in two columns; an actor is not tied to itself, so that pair is not an edge (the other pairs of the row count).")
        }
        if log.stats.windows1252Fields > 0 {
            log.warnings.append("\(log.stats.windows1252Fields) field(s) were not valid UTF-8 and were read as Windows-1252.")
        }
        if log.stats.rowsSkipped > 0 {
            log.warnings.append("\(log.stats.rowsSkipped) invalid row(s) skipped (--skip-invalid).")
        }
    }
}

/// The file name used in messages: the path as given.
func displayName(_ path: String) -> String { path }

func bytesEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    for i in 0..<a.count where a[i] != b[i] { return false }
    return true
}

/// Parses a positive decimal number with `.` or `,` as the decimal mark (one of them, once),
/// optionally in exponent form with `.`. Returns `nil` for anything else.
func parseWeight(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
    guard !b.isEmpty, b.count < 64 else { return nil }
    // Fast path: plain digits.
    var v = 0
    var allDigits = true
    for x in b { if x >= 48 && x <= 57 { v = v &* 10 &+ Int(x - 48) } else { allDigits = false; break } }
    if allDigits && b.count <= 15 { return Double(v) }
    var text = [CChar]()
    text.reserveCapacity(b.count + 1)
    var commas = 0, dots = 0
    for x in b {
        if x == UInt8(ascii: ",") { commas += 1; text.append(CChar(UInt8(ascii: "."))) }
        else {
            if x == UInt8(ascii: ".") { dots += 1 }
            guard (x >= 48 && x <= 57) || x == UInt8(ascii: ".") || x == UInt8(ascii: "e") || x == UInt8(ascii: "E")
                || x == UInt8(ascii: "-") || x == UInt8(ascii: "+") else { return nil }
            text.append(CChar(bitPattern: x))
        }
    }
    guard commas + dots <= 1 else { return nil }
    text.append(0)
    return text.withUnsafeBufferPointer { p -> Double? in
        var end: UnsafeMutablePointer<CChar>? = nil
        let value = strtod(p.baseAddress!, &end)
        guard let end, end == UnsafeMutablePointer(mutating: p.baseAddress! + b.count) else { return nil }
        return value
    }
}
