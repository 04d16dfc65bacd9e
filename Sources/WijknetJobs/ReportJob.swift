import Foundation
import Wijknet

/// `wijknet report`: the files read, then the meeting report (``MeetingReportJob``) with its
/// goals and survey sections when those files are given.
public struct ReportJob {
    public var page: MeetingReportJob
    /// The team's goals file (TOML) for the goals section.
    public var goalsFile: String?
    /// A partner survey for the survey section.
    public var survey: SurveySource?

    public init(page: MeetingReportJob) { self.page = page }

    public func run(_ source: LogSource, say: Say) throws -> JobOutput {
        let read = try source.read()
        read.tell(say)
        var page = page
        page.showYouthNames = source.showYouthNames
        page.goals = try goalsFile.map { try readGoals($0, log: read.log) }
        page.survey = try survey?.read(say: say)
        return JobOutput(try page.html(read.ecosystem, within: read.period))
    }
}
