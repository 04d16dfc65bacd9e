#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Wijknet
import WijknetProgress

/// Draws what long work reports (``ProgressSink``) as one line on standard error, redrawn in
/// place (`\r`, erase line) and erased when the step ends, so the terminal is left as it was.
///
/// Used only when standard error is a terminal and `--quiet` is not given
/// (``forStandardError(quiet:)``): piped or redirected output never holds a progress line, so
/// it stays byte for byte what it was. A step is drawn only once it has run ``delay`` seconds
/// (quick work stays silent) and at most ten times a second (``interval``); a stage that has
/// begun (``begin(_:stage:of:)``) at once. The clock and the
/// writer are injected so the tests can drive it.
final class ProgressLine: ProgressSink, @unchecked Sendable {
    /// Erases the terminal line: carriage return, then ECMA-48 "erase in line" (whole line).
    static let erase = "\r\u{1B}[2K"
    let delay: Double
    let interval: Double
    private let width: Int
    /// The language of the line (the command's, ``Language/resolved(_:)``).
    let lang: Language
    private let clock: () -> Double
    private let write: (String) -> Void
    private let lock = NSLock()
    // Guarded by `lock`: the step being drawn, when it began, when it was last drawn.
    private var step: String?
    private var started = 0.0
    private var lastDrawn: Double?

    init(width: Int = 80, delay: Double = 1, interval: Double = 0.1, lang: Language = .en,
         clock: @escaping () -> Double = ProgressLine.monotonicSeconds, write: @escaping (String) -> Void) {
        self.width = max(20, width)
        self.lang = lang
        self.delay = delay
        self.interval = interval
        self.clock = clock
        self.write = write
    }

    /// The line for standard error in `lang`, or `nil` when it is not a terminal or with `--quiet`.
    static func forStandardError(quiet: Bool, lang: Language) -> ProgressLine? {
        guard !quiet, isatty(2) != 0 else { return nil }
        return ProgressLine(width: terminalWidth(), lang: lang) { FileHandle.standardError.write(Data($0.utf8)) }
    }

    func update(_ step: String, done: Int, total: Int?, unit: String) {
        lock.lock(); defer { lock.unlock() }
        let now = clock()
        if step != self.step {
            if lastDrawn != nil { write(Self.erase) }
            self.step = step; started = now; lastDrawn = nil
        }
        guard now - started >= delay, lastDrawn.map({ now - $0 >= interval }) ?? true else { return }
        lastDrawn = now
        let text = Self.text(step, done: done, total: total, unit: unit, elapsed: now - started, lang: lang)
        write(Self.erase + String(text.prefix(width - 1)))
    }

    /// A stage that will not report again until it is over is drawn at once (the work is known
    /// to be long: the caller reports only large work), and erased by ``finish(_:)``.
    func begin(_ step: String, stage: Int, of stages: Int) {
        lock.lock(); defer { lock.unlock() }
        self.step = step; started = clock(); lastDrawn = started
        write(Self.erase + String(Self.text(step, stage: stage, of: stages, lang: lang).prefix(width - 1)))
    }

    /// `export: writing (2 of 2)`; a single stage is just its step, `laying out 2,400 nodes`.
    /// In Dutch `export: schrijven (2 van 2)`, `2.400 knopen plaatsen` (``ProgressWords``).
    static func text(_ step: String, stage: Int, of stages: Int, lang: Language = .en) -> String {
        let step = ProgressWords.step(step, lang)
        return stages > 1 ? "\(step) (\(stage) \(lang == .nl ? "van" : "of") \(stages))" : step
    }

    func finish(_ step: String) {
        lock.lock(); defer { lock.unlock() }
        guard step == self.step else { return }
        if lastDrawn != nil { write(Self.erase) }
        self.step = nil; lastDrawn = nil
    }

    /// `shortest paths: 3,200 of 12,000 sources (26%) · 1,600 sources/s · 6 s left`; without a
    /// total (or before any rate) the parts that need it are left out.
    /// In Dutch: `kortste paden: 3.200 van 12.000 startpunten (26%) · 1.600 startpunten/s · nog 6 s`.
    static func text(_ step: String, done: Int, total: Int?, unit: String, elapsed: Double, lang: Language = .en) -> String {
        let nl = lang == .nl
        let (step, unit) = (ProgressWords.step(step, lang), ProgressWords.unit(unit, lang))
        func n(_ k: Int) -> String { nl ? grouped(k).replacingOccurrences(of: ",", with: ".") : grouped(k) }
        var parts = ["\(step): \(n(done))" + (total.map { " \(nl ? "van" : "of") \(n($0)) \(unit) (\(min(100, 100 * done / max(1, $0)))%)" } ?? " \(unit)")]
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        if rate > 0 {
            parts.append("\(n(Int(rate.rounded()))) \(unit)/s")
            if let total {
                let left = duration(Double(max(0, total - done)) / rate, lang: lang)
                parts.append(nl ? "nog \(left)" : "\(left) left")
            }
        }
        return parts.joined(separator: " · ")
    }

    /// `1,234,567`.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// `7 s`, `2 min 05 s`, `1 h 03 min` (in Dutch `1 u 03 min`).
    static func duration(_ seconds: Double, lang: Language = .en) -> String {
        let s = Int(seconds.rounded(.up))
        if s < 60 { return "\(s) s" }
        if s < 3600 { return "\(s / 60) min \(s % 60 < 10 ? "0" : "")\(s % 60) s" }
        let m = (s % 3600) / 60
        return "\(s / 3600) \(lang == .nl ? "u" : "h") \(m < 10 ? "0" : "")\(m) min"
    }

    static func monotonicSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }

    /// The terminal's width (TIOCGWINSZ on standard error), else `$COLUMNS`, else 80.
    static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(2, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 80
    }
}

/// The words of the progress line in the command's language: the steps and units the library's
/// long work reports under (``ProgressSink``) are names, not prose; the CLI words them here.
/// A step it does not know is shown as it came.
enum ProgressWords {
    static func step(_ step: String, _ lang: Language) -> String {
        guard lang == .nl else { return step }
        if let known = steps[step] { return known }
        for (english, dutch) in [("reading ", " lezen"), ("unpacking ", " uitpakken")] where step.hasPrefix(english) {
            return String(step.dropFirst(english.count)) + dutch
        }
        if step.hasPrefix("laying out "), step.hasSuffix(" nodes") {
            let count = step.dropFirst("laying out ".count).dropLast(" nodes".count)
            return "\(count.replacingOccurrences(of: ",", with: ".")) knopen plaatsen"
        }
        return step
    }

    static func unit(_ unit: String, _ lang: Language) -> String {
        guard lang == .nl else { return unit }
        return units[unit] ?? unit
    }

    private static let steps = [
        "shortest paths": "kortste paden", "key players": "sleutelspelers", "key players: exact check": "sleutelspelers: exacte controle",
        "analyse": "analyse", "export: analysis": "export: analyse", "export: writing": "export: schrijven",
    ]
    private static let units = ["sources": "startpunten", "starts": "startposities", "sets": "groepen", "rows": "regels", "stages": "stappen"]
}
