import Wijknet
import WijknetGraph
import WijknetReport

/// A partner survey to read: the reader (its column mappings and sheets), the answers and the
/// actors file listing the partners.
public struct SurveySource {
    public var reader: SurveyReader
    public var path: String
    public var actors: String

    public init(reader: SurveyReader, path: String, actors: String) { (self.reader, self.path, self.actors) = (reader, path, actors) }

    /// The survey read, its warnings told in `lang`.
    public func read(say: Say, lang: Language = .en) throws -> Survey {
        let survey = try reader.read(surveyPath: path, actorsPath: actors)
        for w in survey.readingWarnings { say(warningLine(w.text(lang), lang)) }
        return survey
    }

    /// The same reader and actors file for another round.
    public func round(_ path: String) -> SurveySource { SurveySource(reader: reader, path: path, actors: actors) }
}

/// `wijknet survey`: a partner survey's figures (``SurveyAnalysis``), or with ``earlier`` two
/// rounds compared (``SurveyComparison``) — also `compare --survey OLD --survey NEW`.
public struct SurveyJob {
    public var survey: SurveySource
    /// An earlier round of the same survey.
    public var earlier: String?
    /// Whether ``earlier`` is read (and its warnings told) first: `compare --survey OLD --survey
    /// NEW` reads in the order given, `survey NEW --earlier OLD` the named survey first.
    public var readsEarlierFirst = false
    public var style: TableStyle

    public init(survey: SurveySource, style: TableStyle) { (self.survey, self.style) = (survey, style) }

    public func run(say: Say) throws -> JobOutput {
        if let earlier {
            let old = readsEarlierFirst ? try survey.round(earlier).read(say: say, lang: style.lang) : nil
            let new = try survey.read(say: say, lang: style.lang)
            let comparison = SurveyComparison(before: try old ?? survey.round(earlier).read(say: say, lang: style.lang), after: new)
            return try style.render(text: comparison.text, csv: comparison.csv, json: { try encodeJSON(comparison) })
        }
        let analysis = SurveyAnalysis(try survey.read(say: say, lang: style.lang))
        return try style.render(text: analysis.text, csv: analysis.csv, json: { try encodeJSON(analysis) })
    }
}

/// `wijknet analyse --survey`: the network measures of a partner survey's tie graph
/// (``SurveyNetworkAnalysis``).
public struct SurveyNetworkJob {
    public var survey: SurveySource
    public var options: AnalysisOptions
    public var style: TableStyle

    public init(survey: SurveySource, options: AnalysisOptions, style: TableStyle) { (self.survey, self.options, self.style) = (survey, options, style) }

    public func run(say: Say) throws -> JobOutput {
        let result = try SurveyNetworkAnalysis(try survey.read(say: say, lang: style.lang), options: options)
        for note in result.symmetrised.noteValues { say(noteLine(note.text(style.lang), style.lang)) }
        return try style.render(text: result.text, csv: result.csv, json: { try encodeJSON(result) })
    }
}
