import Wijknet

/// `wijknet validate`: reads the log (and actors file) as an analysis would, going on after a
/// problem, and lists them all (``ValidationSummary``). ``JobOutput/passed`` is `false` when
/// there is a problem or no usable contact.
public struct ValidateJob {
    /// The reader: its policy is always ``ErrorPolicy/skipInvalid``.
    public var reader: ContactLogReader
    public var path: String
    public var actors: String?
    /// The language of the lines (`--lang`).
    public var lang: Language = .en
    /// How a problem whose fix is a column mapping names it (`wijknet`: its options).
    public var wording: any ProblemWording = PlainWording()

    public init(reader: ContactLogReader, path: String, actors: String?) {
        (self.reader, self.path, self.actors) = (reader, path, actors)
        self.reader.policy = .skipInvalid
    }

    public func run() throws -> JobOutput {
        let summary = ValidationSummary(try reader.read(logPath: path, actorsPath: actors), logName: path, lang: lang, wording: wording)
        return JobOutput(summary.lines.joined(separator: "\n") + "\n", passed: !summary.failed)
    }
}
