import Foundation
import Wijknet

/// Reads and parses the team's goals file (TOML) against `log`.
/// - Throws: ``WijknetError/io(path:reason:)`` when it cannot be read; the parser's
///   file:line errors otherwise. `fileName` names it in messages (default: the path).
public func readGoals(_ path: String, log: ContactLog, fileName: String? = nil) throws -> [Goal] {
    let text: String
    do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
        throw WijknetError.io(path: fileName ?? path, reason: .goalsUnreadable(SystemError(error)))
    }
    return try GoalsFile.parse(text, fileName: fileName ?? path, log: log)
}
