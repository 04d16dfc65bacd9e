import Foundation

/// Whether this computer can hold the analysis of an uploaded contact log (issue 28): the page
/// refuses a log it cannot analyse instead of starting a report that runs out of memory.
///
/// The report's peak memory grows with the log. On the national benchmark log (`make
/// bench-national`: 502 MB, 10 million rows, a million actors) `analyse` peaks at 2.0 GB, about
/// 4 bytes per byte of log, and the report (the analysis, gaps, bounded diagrams and map) at
/// 2.9 GB (docs/engineering.md, "National scale"): 5.7 bytes per byte. Before the report was
/// bounded it peaked at 7.2 GB (14.3 bytes per byte), and the budget was 16.
/// ``bytesPerLogByte`` is 5.7 rounded up to 8 (the page and a diagram asked meanwhile), plus ``base`` for the
/// server itself. The memory free is Linux's `MemAvailable` (what can be had without swapping);
/// elsewhere it is unknown and nothing is refused.
enum MemoryBudget {
    /// Peak memory per byte of contact log, rounded up from the national benchmark's report.
    static let bytesPerLogByte = 8
    /// The server, its page and a small report, whatever the log.
    static let base = 256 << 20

    /// Memory the report of a log of `logBytes` bytes is estimated to need at its peak.
    static func needed(logBytes: Int) -> Int { base + logBytes * bytesPerLogByte }

    /// The largest log that fits in `available` bytes of memory (0 when not even the server does).
    static func largestLog(available: Int) -> Int { max(0, (available - base) / bytesPerLogByte) }

    /// `MemAvailable` of `/proc/meminfo` in bytes, or `nil` where there is no such file.
    static func available(meminfo path: String = "/proc/meminfo") -> Int? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return parseAvailable(text)
    }

    /// The `MemAvailable:  123456 kB` line of a `/proc/meminfo` text, in bytes.
    static func parseAvailable(_ meminfo: String) -> Int? {
        for line in meminfo.split(separator: "\n") where line.hasPrefix("MemAvailable:") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 2, let kb = Int(fields[1]) else { return nil }
            return kb * 1024
        }
        return nil
    }
}
