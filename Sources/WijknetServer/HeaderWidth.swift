/// The width of a CSV upload's header row, counted while the upload arrives, so that a header
/// row of millions of columns is refused at once with a message instead of being read.
///
/// Such a row (2.6 million columns in 10 MB) kept the reader busy for more than 35 s and
/// 870 MB, with the workspace locked all that time. Wijknet's files have 7 (log) and 8
/// (actors) columns; an export with others beside them has a few dozen. ``maximum`` is far
/// above that and far below harm.
///
/// Counted without regard to quotes: a stray `"` must not hide the delimiters that follow it.
/// A quoted header cell with a delimiter in it counts one column too many, which matters only
/// near the maximum. Like the reader, it takes the most frequent of `,`, `;` and tab as the
/// delimiter, and the line after an Excel `sep=` line as the header.
struct HeaderWidth {
    /// The most columns a header row may have.
    static let maximum = 1_000

    private var counts = [0, 0, 0]
    /// The first bytes of the current line (enough to tell a `sep=` line).
    private var line: [UInt8] = []
    private var sawSepLine = false
    /// The header row has ended (within the maximum).
    private(set) var complete = false

    /// The columns counted so far: the most frequent delimiter's count plus one.
    var columns: Int { (counts.max() ?? 0) + 1 }

    /// Counts `bytes`, the upload's next part. Returns `false` once the header row has more
    /// than ``maximum`` columns.
    mutating func feed(_ bytes: UnsafeRawBufferPointer) -> Bool {
        if complete { return true }
        for b in bytes {
            switch b {
            case 0x0A, 0x0D:
                endLine()
                if complete { return true }
                continue
            case 0x2C: counts[0] += 1
            case 0x3B: counts[1] += 1
            case 0x09: counts[2] += 1
            default: break
            }
            if line.count < 8 { line.append(b) }
            if columns > Self.maximum { return false }
        }
        return true
    }

    /// A line end: the header row is complete, unless the line was blank (the reader skips
    /// those) or Excel's `sep=` line before the header.
    private mutating func endLine() {
        if line.isEmpty { return }
        if !sawSepLine && line.starts(with: Array("sep=".utf8)) && counts.reduce(0, +) <= 1 {
            sawSepLine = true
            counts = [0, 0, 0]
            line = []
            return
        }
        complete = true
    }
}
