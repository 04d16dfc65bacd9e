#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import WijknetTestScratch
import Testing
@testable import WijknetCLI

/// Every suite that runs `wijknet` in this process: they share descriptor 1 and the CLI's
/// `standardErrorDescriptor` (redirected by ``captured(_:)``), so they run one test at a time,
/// all of them together.
@Suite("wijknet in process", .serialized) struct InProcess {}

/// What one in-process run of `wijknet` printed.
struct Run {
    var exit: Int32
    var stdout: String
    var stderr: String
    var messages: String { stdout + stderr }
}

/// The locale a run of `wijknet` sees (issue 23: without `--lang` it decides the language of
/// the outputs and of standard error). Set explicitly for every run, whatever the machine's.
enum TestLocale {
    /// No language (`LANG=C`): Dutch, the default.
    static let unset = ["LANG": "C"]
    static let english = ["LANG": "en_US.UTF-8"]
    static let dutch = ["LANG": "nl_NL.UTF-8"]
}

/// Runs `wijknet ARGS` in process with standard output and standard error sent to temporary
/// files, and returns what it printed. The run sees the locale `locale` (``TestLocale``; by
/// default none, so Dutch unless `--lang`). Suites that use it must be `.serialized`.
func captured(_ args: [String], locale: [String: String] = TestLocale.unset) -> Run {
    captured(locale: locale) { wijknet(args) }
}

/// Parses `wijknet ARGS` (its option checks run, the command does not), as ``captured(_:locale:)``
/// captures a run: the exit code is 0 when the arguments are accepted.
func parsed(_ args: [String], locale: [String: String] = TestLocale.unset) -> Run {
    captured(locale: locale) {
        do { _ = try WijknetCommand.parseAsRoot(args); return 0 } catch {
            let message = WijknetCommand.fullMessage(for: error)
            if !message.isEmpty { printError(message) }
            return WijknetCommand.exitCode(for: error).rawValue
        }
    }
}

/// Runs `body` (`wijknet` in process) with the outputs captured and the locale `locale`.
private func captured(locale: [String: String], _ body: () -> Int32) -> Run {
    let dir = TestScratch.root.appendingPathComponent("wijknet-capture-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let outPath = dir.appendingPathComponent("out").path, errPath = dir.appendingPathComponent("err").path
    fflush(nil)
    // Standard output through descriptor 1 (the test runner does not write there); the
    // messages through `standardErrorDescriptor`, not descriptor 2, where the runner prints its
    // own progress from other suites' threads.
    let savedOut = dup(1)
    let o = open(outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600), e = open(errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    dup2(o, 1); close(o)
    standardErrorDescriptor = e
    localeEnvironment = { locale }
    let code = body()
    fflush(nil)
    localeEnvironment = { ProcessInfo.processInfo.environment }
    standardErrorDescriptor = 2
    close(e)
    dup2(savedOut, 1); close(savedOut)
    return Run(exit: code, stdout: read(outPath), stderr: read(errPath))
}

/// The `wijknet` executable built beside the tests (`swift build` builds it; `make test` does).
func wijknetExecutable() -> String? {
    let candidates = [
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("wijknet").path,
        repo.appendingPathComponent(".build/debug/wijknet").path,
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// The process environment with the locale `locale` alone deciding the language.
func processEnvironment(locale: [String: String]) -> [String: String] {
    var env = ProcessInfo.processInfo.environment
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] { env[name] = nil }
    env.merge(locale) { $1 }
    return env
}

/// Runs a shell command line (`/bin/sh -c`) with the locale `locale` and returns its exit
/// status and standard error.
func shell(_ command: String, locale: [String: String] = TestLocale.unset) -> (status: Int32, stderr: String) {
    let p = Process()
    p.environment = processEnvironment(locale: locale)
    p.executableURL = URL(fileURLWithPath: "/bin/sh")
    p.arguments = ["-c", command]
    let err = Pipe()
    p.standardError = err
    p.standardOutput = FileHandle.nullDevice
    try! p.run()
    let data = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
}
