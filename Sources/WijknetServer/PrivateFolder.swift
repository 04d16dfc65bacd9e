import Foundation
import Wijknet
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one place uploads are written: a folder only this user can read (`mkdtemp`, mode 0700),
/// removed when the server stops — at a normal end, and on SIGINT/SIGTERM/SIGHUP/SIGQUIT (see
/// ``ShutdownSignals``). The readers of Wijknet read files by path, so uploads go here rather
/// than staying in memory. It records the server's process id in ``pidFileName``, so that a
/// later start can tell a folder left by a dead server from one in use
/// (``removeStale(in:)``).
///
/// With `--workspace` the folder is the workspace instead (``init(keeping:)``): it stays when the
/// server stops, so the page finds its files again after a reload or a restart, and only
/// ``empty()`` (the page's *Verwijderen*) takes them out.
public final class PrivateFolder: Sendable {
    public let path: String
    /// `true` for a workspace (``init(keeping:)``): ``remove()`` leaves the files of the page.
    public let keeps: Bool
    /// The descriptor holding the workspace's lock (`flock`), for as long as the server runs.
    private let lockDescriptor: Int32
    /// `wijknet-serve-XXXXXX`: what ``removeStale(in:)`` looks for.
    static let prefix = "wijknet-serve-"
    static let pidFileName = "pid"

    /// - Throws: ``ServeError`` when the system cannot make the folder.
    public init(parent: String = NSTemporaryDirectory()) throws {
        var template = Array((parent.hasSuffix("/") ? parent : parent + "/").utf8CString.dropLast()) + Array((Self.prefix + "XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw ServeError.cannotMakeTemporaryFolder(parent: parent, .current)
        }
        path = String(cString: made)
        keeps = false
        lockDescriptor = -1
        chmod(path, 0o700)
        try? writePrivateFile(path + "/" + Self.pidFileName, "\(getpid())\n")
    }

    /// The workspace at `path`: made (with its parents) when missing, mode 0700, and locked
    /// (`flock` on its `lock` file) so that a second server cannot use it at the same time.
    /// Uploads broken off by an earlier stop (`incoming-*`) and its launcher are removed.
    /// - Throws: ``ServeError`` when it cannot be made, is a link or another user's, or
    ///   ``WorkspaceInUse`` when another server holds it.
    public init(keeping path: String) throws {
        let standard = URL(fileURLWithPath: path).standardizedFileURL.path
        do {
            try FileManager.default.createDirectory(atPath: standard, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw ServeError.cannotMakeWorkspace(standard, SystemError(error))
        }
        guard Self.isOwnDirectory(standard) else {
            throw ServeError.workspaceNotYours(standard)
        }
        chmod(standard, 0o700)
        let fd = open(standard + "/lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw ServeError.cannotLockWorkspace(standard, .current) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw WorkspaceInUse(path: standard)
        }
        (self.path, keeps, lockDescriptor) = (standard, true, fd)
        removeTransient()
    }

    deinit { if lockDescriptor >= 0 { close(lockDescriptor) } }

    /// The files that never outlive a start: uploads on their way in, the launcher.
    func removeTransient() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for name in names where name.hasPrefix("incoming-") || name == Launcher.fileName || name.hasPrefix(".state.json.") {
            try? FileManager.default.removeItem(atPath: path + "/" + name)
        }
    }

    /// Takes every file of the page out of the folder (the page's *Verwijderen*): the uploads,
    /// the mapping, the goals. The lock and `keep` (the pseudonym key, see ``WorkspaceKey``) stay.
    func empty(keeping kept: Set<String>) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for name in names where name != "lock" && name != Launcher.fileName && !kept.contains(name) {
            try? FileManager.default.removeItem(atPath: path + "/" + name)
        }
    }

    /// The path for an upload of `slot` named `fileName` (its last path component only).
    func file(slot: String, fileName: String) -> String {
        let dir = path + "/" + slot
        try? FileManager.default.removeItem(atPath: dir)
        mkdir(dir, 0o700)
        return dir + "/" + fileName
    }

    /// A new file for an upload on its way in (`O_EXCL`, mode 0600), inside the folder; once
    /// complete it is moved to the slot's place with ``adopt(_:slot:fileName:)``, else removed.
    func partialUpload() throws -> UploadFile {
        try UploadFile(path: path + "/incoming-" + UUID().uuidString)
    }

    /// Moves the complete upload at `incoming` to the place of `slot` (the one before goes).
    func adopt(_ incoming: String, slot: String, fileName: String) throws -> String {
        let target = file(slot: slot, fileName: fileName)
        guard rename(incoming, target) == 0 else {
            unlink(incoming)
            throw ServeError.cannotKeepUpload(.current)
        }
        return target
    }

    /// Removes the folder and everything in it; a workspace (``keeps``) loses only what never
    /// outlives a start (``removeTransient()``).
    public func remove() {
        if keeps { removeTransient() } else { try? FileManager.default.removeItem(atPath: path) }
    }
}

/// Another `wijknet serve` holds the workspace.
public struct WorkspaceInUse: Error, CustomStringConvertible, Sendable {
    public var path: String
    /// The launcher (``Launcher``) of the server that holds it, when it wrote one (`--open`).
    public var launcher: String? {
        let file = path + "/" + Launcher.fileName
        return FileManager.default.fileExists(atPath: file) ? file : nil
    }
    public var description: String {
        "the workspace \(path) is in use by another wijknet serve; use that one (its link), stop it first, or give another --workspace."
    }
}

/// A problem starting or running the server, said in words.
public enum ServeError: Error, CustomStringConvertible, Sendable, Equatable {
    /// No private temporary folder could be made in `parent`.
    case cannotMakeTemporaryFolder(parent: String, SystemError)
    /// The workspace folder could not be made.
    case cannotMakeWorkspace(String, SystemError)
    /// The workspace is a link, or another user's folder.
    case workspaceNotYours(String)
    /// The workspace's lock file could not be opened.
    case cannotLockWorkspace(String, SystemError)
    /// An upload could not be kept in the private folder.
    case cannotKeepUpload(SystemError)
    /// A file of the private folder (`name`) could not be written.
    case cannotWrite(name: String, SystemError)
    /// The page's state could not be kept in the workspace.
    case cannotKeepState(SystemError)

    /// The sentence in `lang` (the system's reason worded by ``SystemError/text(_:)``).
    public func text(_ lang: Language) -> String {
        let nl = lang == .nl
        switch self {
        case let .cannotMakeTemporaryFolder(parent, e):
            return nl ? "kan geen privé tijdelijke map maken in \(parent): \(e.text(lang))." : "cannot make a private temporary folder in \(parent): \(e.text(lang))."
        case let .cannotMakeWorkspace(folder, e):
            return nl ? "kan de werkmap \(folder) niet maken: \(e.text(lang))." : "cannot make the workspace \(folder): \(e.text(lang))."
        case let .workspaceNotYours(folder):
            return nl ? "de werkmap \(folder) is geen map van u (een koppeling, of van een andere gebruiker); kies een andere werkmap."
                : "the workspace \(folder) is not a folder of yours (a link, or another user's); choose another workspace."
        case let .cannotLockWorkspace(folder, e):
            return nl ? "kan de werkmap \(folder) niet vergrendelen: \(e.text(lang))." : "cannot lock the workspace \(folder): \(e.text(lang))."
        case let .cannotKeepUpload(e):
            return nl ? "kan het geüploade bestand niet bewaren in de privémap: \(e.text(lang))." : "cannot keep the upload in the private folder: \(e.text(lang))."
        case let .cannotWrite(name, e):
            return nl ? "kan \(name) niet schrijven in de privémap: \(e.text(lang))." : "cannot write \(name) in the private folder: \(e.text(lang))."
        case let .cannotKeepState(e):
            return nl ? "kan de stand van de pagina niet bewaren in de werkmap: \(e.text(lang))." : "cannot keep the page's state in the workspace: \(e.text(lang))."
        }
    }

    public var description: String { text(.en) }
}

/// An upload written to disk as its chunks arrive, so a 200 MB body is never held in memory.
final class UploadFile {
    let path: String
    private var fd: Int32
    private(set) var bytes = 0
    /// The first bytes, for the header names of the column mapping form.
    private(set) var head: [UInt8] = []
    static let headLength = 65_536

    init(path: String) throws {
        self.path = path
        fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        if fd < 0 { throw ServeError.cannotKeepUpload(.current) }
    }

    deinit { if fd >= 0 { close(fd) } }

    /// Appends `chunk`.
    func write(_ chunk: UnsafeRawBufferPointer) throws {
        if head.count < Self.headLength { head += chunk.prefix(Self.headLength - head.count) }
        var done = 0
        while done < chunk.count {
            let n = systemWrite(fd, chunk.baseAddress! + done, chunk.count - done)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { throw ServeError.cannotKeepUpload(.current) }
            done += n
        }
        bytes += chunk.count
    }

    /// Closes the file: every byte is in.
    func finish() throws {
        let status = close(fd)
        fd = -1
        if status != 0 { throw ServeError.cannotKeepUpload(.current) }
    }

    /// Closes and removes the file (an upload past the limit, or broken off).
    func discard() {
        if fd >= 0 { close(fd); fd = -1 }
        unlink(path)
    }
}

/// Writes `text` to a new file at `path` (`O_EXCL`: never through a link put there), mode 0600.
/// - Throws: ``ServeError`` naming the file's last component.
func writePrivateFile(_ path: String, _ text: String) throws {
    let bytes = Array(text.utf8)
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
    let written = fd < 0 ? -1 : bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress!, $0.count) }
    let why = SystemError.current
    if fd >= 0 { close(fd) }
    guard written == bytes.count else {
        if fd >= 0 { unlink(path) }
        throw ServeError.cannotWrite(name: String(path.split(separator: "/").last ?? ""), why)
    }
}

/// `write(2)` (the name is taken by ``UploadFile/write(_:)`` inside the class).
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, bytes, count)
}
