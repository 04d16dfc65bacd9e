import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one place uploads are written: a folder only this user can read (`mkdtemp`, mode 0700),
/// removed when the server stops — at a normal end, and on SIGINT/SIGTERM (see
/// ``WijknetServer/run()``). The readers of Wijknet read files by path, so uploads go here
/// rather than staying in memory.
public final class PrivateFolder: Sendable {
    public let path: String

    /// - Throws: ``WijknetError``-style message when the system cannot make the folder.
    public init(parent: String = NSTemporaryDirectory()) throws {
        var template = Array((parent.hasSuffix("/") ? parent : parent + "/").utf8CString.dropLast()) + Array("wijknet-serve-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            throw ServeError("cannot make a private temporary folder in \(parent): \(String(cString: strerror(errno))).")
        }
        path = String(cString: made)
        chmod(path, 0o700)
    }

    /// The path for an upload of `slot` named `fileName` (its last path component only).
    func file(slot: String, fileName: String) -> String {
        let dir = path + "/" + slot
        try? FileManager.default.removeItem(atPath: dir)
        mkdir(dir, 0o700)
        return dir + "/" + fileName
    }

    /// Removes the folder and everything in it.
    public func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// A problem starting or running the server, said in words.
public struct ServeError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
