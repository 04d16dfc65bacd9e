import Wijknet

/// `wijknet validate`: reads the log (and actors file) as an analysis would, going on after a
/// problem, and lists them all (``ValidationSummary``). ``JobOutput/passed`` is `false` when
/// there is a problem or no usable contact.
public struct ValidateJob {
    /// The reader: its policy is always ``ErrorPolicy/skipInvalid``.
    public var reader: ContactLogReader
    public var path: String
    public var actors: String?

    public init(reader: ContactLogReader, path: String, actors: String?) {
        (self.reader, self.path, self.actors) = (reader, path, actors)
        self.reader.policy = .skipInvalid
    }

    public func run() throws -> JobOutput {
        let summary = ValidationSummary(try reader.read(logPath: path, actorsPath: actors), logName: path)
        return JobOutput(summary.lines.joined(separator: "\n") + "\n", passed: !summary.failed)
    }
}

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
            throw WijknetError.invalidRequest("keylist needs the key the reports were made with: give --pseudonym-key-file FILE or set \(Pseudonymizer.environmentVariable); with a random key no pseudonym would match a report.")
        }
        let log = try source.reader.read(logPath: source.path, actorsPath: source.actors)
        let list = KeyList(log, pseudonyms: key.resolving(for: [log]))
        return (JobOutput(list.csv(lang)), list.entries.count)
    }
}
