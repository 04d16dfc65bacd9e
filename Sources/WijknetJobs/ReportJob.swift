import Foundation
import Wijknet

/// `wijknet report`, and the report of `wijknet serve`: the meeting report
/// (``MeetingReportJob``) with its goals and survey sections read from their files.
public struct ReportJob {
    public var page: MeetingReportJob
    /// The team's goals file (TOML) for the goals section.
    public var goalsFile: String?
    /// How to name the goals file in messages (default: its path).
    public var goalsFileName: String?
    /// A partner survey for the survey section.
    public var survey: SurveySource?

    public init(page: MeetingReportJob) { self.page = page }

    /// Reads `source` (telling its report), then makes the page.
    public func run(_ source: LogSource, say: Say) throws -> JobOutput {
        let read = try source.read(say: say)
        var job = self
        job.page.showYouthNames = source.showYouthNames
        return JobOutput(try job.html(read.ecosystem, within: read.period, say: say))
    }

    /// The page for `eco`: the goals file read against its log, the survey read (its warnings
    /// told), then ``MeetingReportJob/html(_:within:)``.
    public func html(_ eco: Ecosystem, within: Period, say: Say) throws -> String {
        var page = page
        page.goals = try goalsFile.map { try readGoals($0, log: eco.log, fileName: goalsFileName) }
        page.survey = try survey?.read(say: say)
        return try page.html(eco, within: within)
    }
}
