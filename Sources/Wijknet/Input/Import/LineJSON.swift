/// A JSON value with the line it starts on: what the node-link import needs to name the line of
/// a node or edge in a message (Foundation's `JSONSerialization` keeps no positions).
///
/// RFC 8259, strictly: objects keep their keys in file order (the last of a repeated key wins
/// on lookup); numbers are kept as written (an id `7` stays the text `7`, a weight `1.50` is
/// read by the log's weight rules); nesting deeper than ``maxDepth`` is refused, so a hostile
/// file cannot exhaust the stack.
/// - Complexity: `O(bytes)`.
indirect enum LineJSON {
    case object([(key: String, value: LineJSON)], line: Int)
    case array([LineJSON], line: Int)
    case string(String, line: Int)
    case number(String, line: Int)
    case bool(Bool, line: Int)
    case null(line: Int)

    static let maxDepth = 256

    var line: Int {
        switch self {
        case .object(_, let l), .array(_, let l), .string(_, let l), .number(_, let l), .bool(_, let l), .null(let l): l
        }
    }

    /// The value of `key` in an object.
    subscript(key: String) -> LineJSON? {
        guard case .object(let members, _) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    /// A scalar as text: a string as is, a number as written, `true`/`false`; `nil` for null,
    /// objects and arrays.
    var scalarText: String? {
        switch self {
        case .string(let s, _), .number(let s, _): s
        case .bool(let b, _): b ? "true" : "false"
        default: nil
        }
    }

    /// Where parsing stopped, and why.
    struct SyntaxError: Error {
        var line: Int, column: Int, reason: JSONSyntax
    }

    /// Parses `bytes` as one JSON text (a leading byte-order mark is skipped).
    static func parse(_ bytes: [UInt8]) throws -> LineJSON {
        var p = Parser(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { p.i = 3 }
        let v = try p.value(depth: 0)
        p.space()
        guard p.i == bytes.count else { throw p.error(.trailingText) }
        return v
    }

    private struct Parser {
        let bytes: [UInt8]
        var i = 0, line = 1, lineStart = 0

        func error(_ reason: JSONSyntax) -> SyntaxError { SyntaxError(line: line, column: i - lineStart + 1, reason: reason) }

        mutating func space() {
            while i < bytes.count {
                switch bytes[i] {
                case 0x20, 0x09, 0x0D: i += 1
                case 0x0A: i += 1; line += 1; lineStart = i
                default: return
                }
            }
        }

        mutating func literal(_ word: String) throws {
            let w = Array(word.utf8)
            guard i + w.count <= bytes.count, Array(bytes[i..<(i + w.count)]) == w else { throw error(.unknownWord) }
            i += w.count
        }

        mutating func value(depth: Int) throws -> LineJSON {
            guard depth < LineJSON.maxDepth else { throw error(.tooDeep(LineJSON.maxDepth)) }
            space()
            guard i < bytes.count else { throw error(.endsBeforeValue) }
            let at = line
            switch bytes[i] {
            case UInt8(ascii: "{"):
                i += 1
                var members: [(key: String, value: LineJSON)] = []
                space()
                if i < bytes.count && bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members, line: at) }
                while true {
                    space()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw error(.keyExpected) }
                    let key = try string()
                    space()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw error(.colonExpected) }
                    i += 1
                    members.append((key, try value(depth: depth + 1)))
                    space()
                    guard i < bytes.count else { throw error(.endsInObject) }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members, line: at) }
                    throw error(.commaOrBraceExpected)
                }
            case UInt8(ascii: "["):
                i += 1
                var items: [LineJSON] = []
                space()
                if i < bytes.count && bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items, line: at) }
                while true {
                    items.append(try value(depth: depth + 1))
                    space()
                    guard i < bytes.count else { throw error(.endsInList) }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items, line: at) }
                    throw error(.commaOrBracketExpected)
                }
            case UInt8(ascii: "\""): return .string(try string(), line: at)
            case UInt8(ascii: "t"): try literal("true"); return .bool(true, line: at)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false, line: at)
            case UInt8(ascii: "n"): try literal("null"); return .null(line: at)
            default: return .number(try number(), line: at)
            }
        }

        mutating func number() throws -> String {
            let start = i
            func digits() -> Int { let s = i; while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }; return i - s }
            if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { i = start; throw error(.valueExpected) }
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") { i += 1; guard digits() > 0 else { throw error(.digitsAfterDot) } }
            if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                guard digits() > 0 else { throw error(.digitsInExponent) }
            }
            return String(decoding: bytes[start..<i], as: UTF8.self)
        }

        mutating func hex4() throws -> UInt32 {
            guard i + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[i..<(i + 4)], as: UTF8.self), radix: 16) else {
                throw error(.badUnicodeEscape)
            }
            i += 4
            return v
        }

        mutating func string() throws -> String {
            i += 1   // the opening quote
            var out: [UInt8] = []
            while true {
                guard i < bytes.count else { throw error(.textNotClosed) }
                let b = bytes[i]
                if b == UInt8(ascii: "\"") { i += 1; break }
                if b < 0x20 { throw error(.controlInText) }
                if b != UInt8(ascii: "\\") { out.append(b); i += 1; continue }
                i += 1
                guard i < bytes.count else { throw error(.endsAfterBackslash) }
                let e = bytes[i]; i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar), i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                        i += 2
                        let low = try hex4()
                        scalar = (0xDC00..<0xE000).contains(low) ? 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD
                    }
                    out.append(contentsOf: Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8))
                default: throw error(.unknownEscape(String(Character(Unicode.Scalar(e)))))
                }
            }
            guard let s = String(validating: out, as: UTF8.self) else { throw error(.notUTF8) }
            return s
        }
    }
}
