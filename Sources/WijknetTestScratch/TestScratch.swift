import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the tests write their files: one directory per test process,
/// `wijknet-test-run.<pid>` in the system's temporary directory, removed when the process exits.
/// A directory left by a process that died (a crash, a kill) is removed by the next test process.
///
/// Before it, every test made its own `wijknet-…-<UUID>` entry there and left it: about 1,500
/// entries a `make test`, so a developer's or a CI machine's temporary directory kept growing.
public enum TestScratch {
    /// This process's directory, made on first use.
    public static var root: URL { Root.shared.url }

    /// This process's environment with `TMPDIR` set to ``root``, for the programs a test starts
    /// (Python's `tempfile` and Chromium make their temporary directories there).
    public static var childEnvironment: [String: String] {
        ProcessInfo.processInfo.environment.merging(["TMPDIR": root.path]) { $1 }
    }

    /// The prefix of every run's directory.
    public static let runPrefix = "wijknet-test-run."

    /// Removes the run directories in `temporary` whose process is gone; returns their names.
    @discardableResult
    public static func removeDeadRuns(in temporary: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []
        var removed: [String] = []
        for name in names.sorted() where name.hasPrefix(runPrefix) {
            guard let pid = pid_t(name.dropFirst(runPrefix.count)), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) == -1 && errno == ESRCH,
               (try? FileManager.default.removeItem(at: temporary.appendingPathComponent(name))) != nil {
                removed.append(name)
            }
        }
        return removed
    }
}

/// The directory's path for `atexit`, which takes a C function: no captures.
nonisolated(unsafe) private var rootPathForExit: UnsafeMutablePointer<CChar>? = nil

private final class Root: Sendable {
    static let shared = Root()
    let url: URL

    private init() {
        let temporary = FileManager.default.temporaryDirectory
        TestScratch.removeDeadRuns(in: temporary)
        url = temporary.appendingPathComponent(TestScratch.runPrefix + String(getpid()))
        try? FileManager.default.removeItem(at: url)   // a dead run's, with this process's pid
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        rootPathForExit = strdup(url.path)
        atexit {
            guard let path = rootPathForExit else { return }
            try? FileManager.default.removeItem(atPath: String(cString: path))
        }
    }
}
