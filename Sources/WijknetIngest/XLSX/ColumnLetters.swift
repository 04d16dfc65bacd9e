/// A spreadsheet column's letters, as a cell reference writes them: 1 → `A`, 26 → `Z`,
/// 27 → `AA`, 16384 → `XFD` (bijective base 26).
/// - Complexity: `O(log column)`.
/// - Reference: ECMA-376 Part 1, §18.3.1.4 (cell references, `ST_CellRef`).
public func columnLetters(_ column: Int) -> String {
    var n = column, out: [Character] = []
    while n > 0 {
        let r = (n - 1) % 26
        out.append(Character(Unicode.Scalar(UInt8(65 + r))))
        n = (n - 1) / 26
    }
    return String(out.reversed())
}
