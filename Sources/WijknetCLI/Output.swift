#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Wijknet
import WijknetReport

/// Writing results: atomically to files, carefully to standard output.
///
/// **Files.** ``writeAtomically(_:to:)`` writes to a temporary file in the target's folder,
/// `fsync`s it, and renames it over the target only after a successful close. A run that is
/// killed (SIGKILL, SIGTERM), or whose write fails half-way (disk full, `ulimit -f`), leaves the
/// previous file as it was. SIGTERM and SIGINT remove the temporary file before the process
/// ends; after SIGKILL a `.name.wijknet-tmp-…` file may remain beside the target, never the
/// target itself half-written. A missing folder is created, for every command alike.
///
/// **Standard output.** ``writeStandardOutput(_:)`` loops over `write(2)`: a reader that
/// closed the pipe (`wijknet analyse … | head -1`) ends the run quietly; any other failure
/// (`> /dev/full`) is an ``OutputError``, reported with exit code 74 (EX_IOERR).
struct OutputError: Error, CustomStringConvertible {
    /// The file, or `nil` for standard output.
    var path: String?
    var reason: Reason

    /// Why the output could not be written: the system's error, or that of creating its folder.
    enum Reason: Equatable {
        case system(SystemError)
        case folder(String, SystemError)
    }

    init(path: String?, reason: Reason) { (self.path, self.reason) = (path, reason) }
    /// The current `errno` as the reason.
    init(path: String?) { self.init(path: path, reason: .system(.current)) }

    /// `file: fout: kan niet schrijven: …` / `file: error: cannot write: …`.
    func text(_ lang: Language) -> String {
        let nl = lang == .nl
        let name = path ?? (nl ? "standaarduitvoer" : "standard output")
        let why = switch reason {
        case .system(let e): e.text(lang)
        case let .folder(folder, e): nl ? "de map \(folder) kan niet worden gemaakt: \(e.text(lang))" : "cannot create the folder \(folder): \(e.text(lang))"
        }
        return nl ? "\(name): fout: kan niet schrijven: \(why)" : "\(name): error: cannot write: \(why)"
    }

    var description: String { text(.en) }
}

/// The temporary file being written, for the signal handler (a C string, set and cleared
/// around each write; only read by the handler).
nonisolated(unsafe) private var pendingTemporary: UnsafeMutablePointer<CChar>? = nil

/// Installs the process-wide signal dispositions the writers rely on: SIGTERM/SIGINT remove a
/// pending temporary file and end the process; SIGXFSZ (`ulimit -f`) is ignored so that an
/// oversized write fails with `EFBIG` and is reported instead of killing the run.
func installSignalHandlers() {
    signal(SIGXFSZ, SIG_IGN)
    let handler: @convention(c) (Int32) -> Void = { sig in
        if let p = pendingTemporary { unlink(p) }
        signal(sig, SIG_DFL)
        raise(sig)
    }
    signal(SIGTERM, handler)
    signal(SIGINT, handler)
}

/// Writes `data` to `path` atomically (see ``OutputError`` for the guarantees). A file that
/// exists keeps its mode, a new one gets 0644; with `mode` the file gets exactly that mode
/// either way (0600 for the key list, which holds names), from its first byte on.
/// - Throws: ``OutputError`` naming the path and the system's reason.
func writeAtomically(_ data: Data, to path: String, mode: mode_t? = nil) throws {
    try writeAtomically(to: path, mode: mode) { fd in
        if let problem = writeAll(fd, data) { throw OutputError(path: path, reason: .system(problem)) }
    }
}

/// Writes `text`'s chunks (``ChunkedText``, an export of a million actors) to `path` atomically
/// as they come, so the file is never one string in memory; same guarantees as
/// ``writeAtomically(_:to:mode:)``. `write` fills the text; it is finished here.
func writeAtomically(chunksTo path: String, _ write: (inout ChunkedText) throws -> Void) throws {
    try writeAtomically(to: path) { fd in
        var text = ChunkedText { chunk in if let problem = writeAll(fd, chunk) { throw OutputError(path: path, reason: .system(problem)) } }
        try write(&text)
        try text.finish()
    }
}

/// Writes `text`'s chunks to standard output as they come (a closed pipe ends the run quietly).
func writeStandardOutput(chunks write: (inout ChunkedText) throws -> Void) throws {
    var text = ChunkedText { chunk in
        if let problem = writeAll(STDOUT_FILENO, chunk) {
            if problem.code == EPIPE { exit(0) }
            throw OutputError(path: nil, reason: .system(problem))
        }
    }
    try write(&text)
    try text.finish()
}

/// The temporary file beside `path`, filled by `write(fd)`, then synced and renamed over `path`;
/// removed when `write` throws (its error is passed on) or anything fails.
private func writeAtomically(to path: String, mode: mode_t? = nil, _ write: (Int32) throws -> Void) throws {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
        throw OutputError(path: path, reason: .folder(folder.path, SystemError(error)))
    }
    let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).wijknet-tmp-\(getpid())").path
    unlink(temporary)
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode ?? 0o644)
    guard fd >= 0 else { throw OutputError(path: path) }
    pendingTemporary = strdup(temporary)
    defer {
        let p = pendingTemporary
        pendingTemporary = nil
        free(p)
    }
    var existing = stat()
    if let mode { fchmod(fd, mode) } else if stat(path, &existing) == 0 { fchmod(fd, existing.st_mode & 0o7777) }
    do { try write(fd) } catch {
        close(fd)
        unlink(temporary)
        throw error
    }
    if fsync(fd) != 0 {
        let problem = SystemError.current
        close(fd)
        unlink(temporary)
        throw OutputError(path: path, reason: .system(problem))
    }
    if close(fd) != 0 || rename(temporary, path) != 0 {
        let problem = SystemError.current
        unlink(temporary)
        throw OutputError(path: path, reason: .system(problem))
    }
}

/// Writes `data` to standard output. A closed pipe ends the process quietly (exit 0).
/// - Throws: ``OutputError`` for any other failure.
func writeStandardOutput(_ data: Data) throws {
    if let problem = writeAll(STDOUT_FILENO, data) {
        if problem.code == EPIPE { exit(0) }
        throw OutputError(path: nil, reason: .system(problem))
    }
}

/// Writes all of `text`'s UTF-8 bytes to `fd` (``writeAll(_:_:)-(Int32,Data)``).
private func writeAll(_ fd: Int32, _ text: String) -> SystemError? {
    var text = text
    return text.withUTF8 { writeAll(fd, UnsafeRawBufferPointer($0)) }
}

/// Writes all of `data` to `fd`; `nil` on success, else the system's error.
private func writeAll(_ fd: Int32, _ data: Data) -> SystemError? {
    data.withUnsafeBytes { writeAll(fd, $0) }
}

/// Writes all of `raw` to `fd`; `nil` on success, else the system's error.
private func writeAll(_ fd: Int32, _ raw: UnsafeRawBufferPointer) -> SystemError? {
    var offset = 0
    while offset < raw.count {
        let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
        if n < 0 {
            if errno == EINTR { continue }
            return .current
        }
        offset += n
    }
    return nil
}
