import Foundation
import Testing

/// Golden files in a test target's `Snapshots/` folder (`Tests/WijknetGraphvizTests/Snapshots/`,
/// `Tests/WijknetDiagramsTests/Snapshots/`).
///
/// `assertSnapshot` compares `actual` with `Snapshots/<name>`; with the environment variable
/// `WIJKNET_RECORD_SNAPSHOTS=1` it first (re)writes the file, so recording is always on purpose:
/// `WIJKNET_RECORD_SNAPSHOTS=1 swift test --filter WijknetDiagramsTests`, then review the diff.
/// The files are read from the source tree (each target names its folder from `#filePath`), so a
/// re-recorded file is compared at once, without a rebuild copying the `Snapshots` resource.
public struct SnapshotFolder: Sendable {
    public let directory: URL
    public var recording: Bool { ProcessInfo.processInfo.environment["WIJKNET_RECORD_SNAPSHOTS"] == "1" }

    /// The folder `Snapshots` next to the file `filePath` (pass `#filePath`).
    public init(nextTo filePath: String) {
        directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    }

    /// - Parameter numbersWithin: `nil` compares byte for byte. A tolerance compares a laid-out
    ///   drawing: the text between numbers must be equal, and each number `x` may differ from
    ///   the recorded `y` by at most `tolerance.absolute + tolerance.relative·max(|x|, |y|)`.
    ///   Positions and sizes come from text widths, and those move by about 1 % between
    ///   machines with the same face, Pango and Graphviz (a bold 20-point title measured
    ///   2.22 in on one CI machine and 2.24 in on another): rasterisation settings, not
    ///   Wijknet. Same-machine determinism is tested byte for byte elsewhere.
    public func assertSnapshot(_ actual: String, named name: String, numbersWithin: (absolute: Double, relative: Double)? = nil,
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if recording { try actual.write(to: url, atomically: true, encoding: .utf8) }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no snapshot \(name); record it with WIJKNET_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let same: (Substring, Substring) -> Bool = numbersWithin.map { tolerance in { layoutLinesAgree($0, $1, tolerance) } } ?? { $0 == $1 }
        // The first line that differs; past the shorter file when one is a prefix of the other.
        let firstDifference = (0..<min(a.count, e.count)).first { !same(a[$0], e[$0]) }
        if let line = firstDifference ?? (a.count == e.count ? nil : min(a.count, e.count)) {
            let got = line < a.count ? String(a[line]) : "<end>"
            let want = line < e.count ? String(e[line]) : "<end>"
            Issue.record("snapshot \(name) differs at line \(line + 1):\n  got:      \(got)\n  expected: \(want)\nre-record with WIJKNET_RECORD_SNAPSHOTS=1 if the change is intended",
                         sourceLocation: sourceLocation)
        }
    }

    /// Whether two lines of a laid-out DOT file agree: equal text between the numbers, and
    /// numbers within the tolerance (see ``assertSnapshot(_:named:numbersWithin:sourceLocation:)``).
    public func layoutLinesAgree(_ a: Substring, _ b: Substring, _ tolerance: (absolute: Double, relative: Double)) -> Bool {
        let x = splitNumbers(a), y = splitNumbers(b)
        guard x.text == y.text, x.numbers.count == y.numbers.count else { return false }
        return zip(x.numbers, y.numbers).allSatisfy { abs($0 - $1) <= tolerance.absolute + tolerance.relative * max(abs($0), abs($1)) }
    }

    /// A line as its text with every decimal number replaced by `#`, and the numbers in order.
    public func splitNumbers(_ line: Substring) -> (text: String, numbers: [Double]) {
        var text = "", numbers: [Double] = [], current = ""
        func flush() {
            guard !current.isEmpty else { return }
            if let v = Double(current) { numbers.append(v); text += "#" } else { text += current }
            current = ""
        }
        for ch in line {
            if ch.isASCII && (ch.isNumber || ch == "." || (ch == "-" && current.isEmpty)) { current.append(ch) } else { flush(); text.append(ch) }
        }
        flush()
        return (text, numbers)
    }
}
