import Foundation
import Testing
import WijknetTestScratch

/// The tests' own temporary directory (`WijknetTestScratch`): one per process, and what a dead
/// process left is removed.
@Suite("Test scratch directory")
struct TestScratchTests {
    @Test func oneDirectoryPerProcessInsideTheTemporaryDirectory() {
        let root = TestScratch.root
        #expect(root.lastPathComponent == "wijknet-test-run.\(getpid())")
        #expect(root.deletingLastPathComponent().standardizedFileURL == FileManager.default.temporaryDirectory.standardizedFileURL)
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) && isDirectory.boolValue)
        #expect(TestScratch.childEnvironment["TMPDIR"] == root.path)
    }

    /// In a directory of its own: a run of a process that is gone (pid 2³¹ − 1 is above any
    /// Linux pid_max) is removed, this process's and a living one's (pid 1) are kept, and
    /// other names are not touched.
    @Test func aDeadRunIsRemovedALivingOneKept() throws {
        let dir = TestScratch.root.appendingPathComponent("dead-runs-\(UUID().uuidString)")
        let names = ["wijknet-test-run.2147483647", "wijknet-test-run.\(getpid())", "wijknet-test-run.1",
                     "wijknet-test-run.x", "wijknet-cli-keep"]
        for name in names {
            try FileManager.default.createDirectory(at: dir.appendingPathComponent(name + "/sub"), withIntermediateDirectories: true)
        }
        #expect(TestScratch.removeDeadRuns(in: dir) == ["wijknet-test-run.2147483647"])
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(left == ["wijknet-cli-keep", "wijknet-test-run.1", "wijknet-test-run.\(getpid())", "wijknet-test-run.x"].sorted())
    }
}
