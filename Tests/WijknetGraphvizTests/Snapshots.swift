import Foundation
import Testing

/// Golden files in `Tests/WijknetGraphvizTests/Snapshots/`.
///
/// `assertSnapshot` compares `actual` with `Snapshots/<name>`; with the environment variable
/// `WIJKNET_RECORD_SNAPSHOTS=1` it first (re)writes the file, so recording is always on purpose:
/// `WIJKNET_RECORD_SNAPSHOTS=1 swift test --filter WijknetGraphvizTests`, then review the diff.
/// The files are read from the source tree (this file's directory), so a re-recorded file is
/// compared at once, without a rebuild copying the `Snapshots` resource.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    static var recording: Bool { ProcessInfo.processInfo.environment["WIJKNET_RECORD_SNAPSHOTS"] == "1" }

    static func assertSnapshot(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if recording { try actual.write(to: url, atomically: true, encoding: .utf8) }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no snapshot \(name); record it with WIJKNET_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
            let got = line < a.count ? String(a[line]) : "<end>"
            let want = line < e.count ? String(e[line]) : "<end>"
            Issue.record("snapshot \(name) differs at line \(line + 1):\n  got:      \(got)\n  expected: \(want)\nre-record with WIJKNET_RECORD_SNAPSHOTS=1 if the change is intended",
                         sourceLocation: sourceLocation)
        }
    }
}
