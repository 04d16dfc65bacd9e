import Wijknet

/// `wijknet keylist`: the key list (``KeyList``) of a log as CSV, under the key the reports
/// were made with.
public struct KeyListJob {
    public var lang: Language
    public init(lang: Language) { self.lang = lang }

    /// The list's CSV and how many young people it names.
    /// - Throws: ``WijknetError/invalidRequest(_:)`` without a stable key (a random key matches
    ///   no report); the reader's errors.
    public func run(_ source: LogSource) throws -> (output: JobOutput, count: Int) {
        let key = try Pseudonymizer.fromEnvironment(keyFile: source.keyFile)
        guard key.isStable else {
            throw WijknetError.invalidRequest(.keyListNeedsKey)
        }
        let log = try source.reader.read(logPath: source.path, actorsPath: source.actors)
        let list = KeyList(log, pseudonyms: key.resolving(for: [log]))
        return (JobOutput(list.csv(lang)), list.entries.count)
    }
}
