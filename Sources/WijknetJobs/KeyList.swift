import Foundation
import Wijknet
import WijknetReport

/// The key list: for each young person of a log, the pseudonym the outputs show, the id and the
/// name. For whoever holds the pseudonym key (the coordinator who knows these young people) and
/// no one else: it is the one way back from "casusoverleg voor J-3a04bccc" to a person. The
/// list is never part of a report; `wijknet keylist` writes it to a file of mode 0600, and the
/// page of `wijknet serve` answers one pseudonym at a time from it (``lookup(_:)``).
///
/// The pseudonyms are those of every output of the same log and key: `pseudonyms` resolved over
/// all young people of the log (``Pseudonymizer/resolvingCollisions(for:)``), as the commands
/// and the server resolve them, so a lengthened pseudonym after a collision is listed as shown.
/// - Complexity: `O(k log k)` for `k` young people (one sort).
public struct KeyList: Sendable {
    public struct Entry: Sendable, Equatable {
        public var pseudonym: String
        public var id: String
        /// The actors file's name, `nil` when it gives none (or there is no actors file).
        public var name: String?
    }

    /// One entry per young person, ordered by pseudonym (then id).
    public let entries: [Entry]

    public init(_ log: ContactLog, pseudonyms: Pseudonymizer) {
        entries = log.actors.filter { $0.kind == .youth }
            .map { Entry(pseudonym: pseudonyms.pseudonym(for: $0.id), id: $0.id, name: $0.name) }
            .sorted { ($0.pseudonym, $0.id) < ($1.pseudonym, $1.id) }
    }

    /// The entry of `pseudonym` (case and surrounding spaces ignored; `j-3a04bccc` finds
    /// `J-3a04bccc`), or `nil`.
    public func lookup(_ pseudonym: String) -> Entry? {
        let wanted = pseudonym.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return entries.first { $0.pseudonym.lowercased() == wanted }
    }

    /// The list as CSV, headers in `lang`: `pseudoniem,id,naam` or `pseudonym,id,name`; every
    /// cell through ``csvEscape(_:)`` (a name starting with `=` is no formula).
    public func csv(_ lang: Language) -> String {
        var out = lang == .nl ? "pseudoniem,id,naam\n" : "pseudonym,id,name\n"
        for e in entries {
            out += csvEscape(e.pseudonym) + "," + csvEscape(e.id) + "," + csvEscape(e.name ?? "") + "\n"
        }
        return out
    }
}
