/// Finds a table header that toml++ 3 (inside TOMLKit) cannot be given safely.
///
/// toml++'s `parse_table_header` calls `parse_key` after `[` or `[[` and any spaces without
/// checking that a key starts there; `parse_key` *asserts* that it does
/// (`TOML_ASSERT_ASSUME(is_bare_key_character(*cp) || is_string_delimiter(*cp))`), which aborts
/// the process in a build without `NDEBUG` and is undefined behaviour in one with it. So
/// `[[é]]`, `[ [goal]]`, `[!x]` or a `[` alone on its line crashed `wijknet goals` — found by
/// fuzzing (`make fuzz`, target `goals`). Such a header is never valid TOML, so this scan
/// reports it as a syntax error before toml++ sees the text.
///
/// The scan follows just enough of TOML to know where a statement starts: comments, the four
/// kinds of strings (escapes in basic strings) and the nesting of arrays and inline tables, so a
/// `[` that opens an array on a continuation line is not taken for a header.
///
/// It reads Unicode scalars, as toml++ reads the text, not Swift's `Character`s: a `[` followed
/// by a combining mark (`[` + U+0746) is one `Character` that is not `[`, so a scan of
/// characters let `[\u{746}…` through to the assert (found by fuzzing). A line ends at LF or
/// CRLF; a lone CR ends none, as in TOML. A byte order mark at the start is skipped, as toml++
/// skips it.
struct TOMLHeaderCheck {
    /// The first bad header: 1-based line and column (in Unicode scalars) of what follows the
    /// brackets, and that scalar (`nil` at a line end or the end of the text).
    struct Problem: Equatable {
        var line: Int
        var column: Int
        var found: Unicode.Scalar?
        /// A header without a name, or a value that starts with `}`, `,` (or `]` after `=`).
        var isValue = false
    }

    static func firstProblem(in text: String) -> Problem? {
        let chars = Array(text.unicodeScalars)
        // toml++ skips a byte order mark that starts the text, so a header may follow it (a
        // scan that took the mark for the statement let `\u{FEFF}[[[goal]]` reach the assert).
        let start = chars.first == "\u{FEFF}" ? 1 : 0
        var i = start, line = 1, lineStart = start, depth = 0
        var atStatement = true
        // toml++'s `parse_value` also asserts that a value does not start with a terminator
        // (`between = [ }` aborted, found by fuzzing): after `=`, and after `[` or `,` in an
        // array, the next character must not be `}` or `,` (nor `]` right after `=`).
        var containers: [Unicode.Scalar] = []
        var expectValue: Unicode.Scalar? = nil   // "=" or "["
        func at(_ k: Int) -> Unicode.Scalar? { k < chars.count ? chars[k] : nil }
        func isBareKey(_ c: Unicode.Scalar) -> Bool {
            c == "_" || c == "-" || ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c)
        }
        /// A line end at `k`: LF, or the CR of a CRLF.
        func isLineEnd(_ k: Int) -> Bool { at(k) == "\n" || (at(k) == "\r" && at(k + 1) == "\n") }
        while i < chars.count {
            let c = chars[i]
            if c == "\r" && at(i + 1) == "\n" { i += 1; continue }
            if c == "\n" {
                line += 1; i += 1; lineStart = i
                if depth == 0 { atStatement = true }
                continue
            }
            if c == " " || c == "\t" { i += 1; continue }
            if atStatement && depth == 0 && c == "[" {
                var k = i + 1
                if at(k) == "[" { k += 1 }
                while at(k) == " " || at(k) == "\t" { k += 1 }
                let next = at(k)
                if let next, isBareKey(next) || next == "\"" || next == "'" || next == "]" {
                    // A good header: the rest of the line is its name and maybe a comment.
                    while i < chars.count, !isLineEnd(i) { i += 1 }
                    continue
                }
                return Problem(line: line, column: k - lineStart + 1, found: isLineEnd(k) ? nil : next)
            }
            atStatement = false
            if let e = expectValue {
                if c == "}" || c == "," || (c == "]" && e == "=") {
                    return Problem(line: line, column: i - lineStart + 1, found: c, isValue: true)
                }
                expectValue = nil
            }
            switch c {
            case "#":
                while i < chars.count, !isLineEnd(i) { i += 1 }
                continue
            case "\"", "'":
                let multi = at(i + 1) == c && at(i + 2) == c
                i += multi ? 3 : 1
                while let n = at(i) {
                    if c == "\"" && n == "\\" { i += 2; continue }
                    if isLineEnd(i) {
                        if !multi { break }
                        if n == "\r" { i += 1 }
                        line += 1; lineStart = i + 1
                    }
                    if n == c && (!multi || (at(i + 1) == c && at(i + 2) == c)) { i += multi ? 3 : 1; break }
                    i += 1
                }
                continue
            case "[", "{":
                depth += 1
                containers.append(c)
                if c == "[" { expectValue = "[" }
            case "]", "}":
                depth = max(0, depth - 1)
                _ = containers.popLast()
            case "=": expectValue = "="
            case "," where containers.last == "[": expectValue = "["
            default: break
            }
            i += 1
        }
        return nil
    }
}
