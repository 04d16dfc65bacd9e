import Foundation
import Wijknet
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a workspace (`wijknet serve --workspace`) keeps beside the uploaded files, so that the
/// page finds everything again after a reload or a restart: which file is in which slot (its
/// name on the user's machine, size, the header cells the mapping form offers, the mapping the
/// server suggested) and the column mapping the page last applied. `state.json` in the folder,
/// mode 0600, replaced whole (written beside it, then renamed) at every change. No young
/// person's id or name is in it: header cells are only those ``UploadHeaders`` shows.
struct WorkspaceState: Codable, Equatable, Sendable {
    struct Upload: Codable, Equatable, Sendable {
        var name: String
        var bytes: Int
        var headers: [String]
        /// Wijknet name → the file's header, when the server worked the mapping out (``UploadHeaders/suggestion(_:slot:)``).
        var suggested: [String: String]
    }

    var uploads: [String: Upload] = [:]
    /// The page's mapping, as the query's `columns` and `actorColumns` carry it.
    var columns: String?
    var actorColumns: String?
    /// The goals editor's list (the page's JSON) behind the goals file it wrote, so that the
    /// editor shows them again; `nil` once another goals file is dropped in.
    var editorGoals: String?

    static let fileName = "state.json"

    /// The state kept in `folder`; empty when there is none or it cannot be read. A slot whose
    /// file is no longer there is left out.
    static func load(from folder: String) -> WorkspaceState {
        guard let data = FileManager.default.contents(atPath: folder + "/" + fileName),
              var state = try? JSONDecoder().decode(WorkspaceState.self, from: data) else { return WorkspaceState() }
        state.uploads = state.uploads.filter { slot, u in
            Workspace.slots.contains(slot) && safeFileName(u.name) == u.name
                && FileManager.default.fileExists(atPath: storedPath(in: folder, slot: slot, name: u.name))
        }
        return state
    }

    /// Where the upload of `slot` named `name` lies in `folder` (``PrivateFolder/file(slot:fileName:)``).
    static func storedPath(in folder: String, slot: String, name: String) -> String {
        folder + "/" + slot + "/" + name
    }

    /// Writes the state into `folder` (a temporary file of mode 0600, then renamed over it).
    /// - Throws: ``ServeError`` when it cannot be written.
    func save(to folder: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
        let temporary = folder + "/." + Self.fileName + "." + UUID().uuidString
        try writePrivateFile(temporary, text)
        guard rename(temporary, folder + "/" + Self.fileName) == 0 else {
            unlink(temporary)
            throw ServeError.cannotKeepState(.current)
        }
    }
}

/// The pseudonym key of a workspace: `pseudonym.key`, made once (32 random bytes as hex, mode
/// 0600) and used at every start, so that a young person keeps the same pseudonym across
/// restarts — and the key list of the page (``KeyList``) matches the reports made before.
enum WorkspaceKey {
    static let fileName = "pseudonym.key"

    /// The key file in `folder`, made when missing.
    /// - Throws: ``ServeError`` when it cannot be made.
    static func path(in folder: String) throws -> String {
        let path = folder + "/" + fileName
        if FileManager.default.fileExists(atPath: path) { return path }
        var random = SystemRandomNumberGenerator()
        let hex = (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &random)) }.joined()
        try writePrivateFile(path, hex + "\n")
        return path
    }
}
