import Foundation
import Wijknet
import WijknetGraph
import WijknetReport

/// `wijknet analyse`: every node and graph metric of a log (``AnalysisResult``), per period
/// with ``period`` (``AnalysisSeries``), per unit with ``by`` (``UnitsJob``).
public struct AnalyseJob {
    public var options: AnalysisOptions
    public var style: TableStyle
    /// How many partners the text lists.
    public var top = 10
    /// `--period`: the analysis of every calendar period, as a time series.
    public var period: PeriodUnit?
    /// `--by`: the figures per unit side by side.
    public var by: UnitLevel?
    /// `--timings`: the wall and processor time of each stage, told after the result.
    public var timings = false
    /// `--timings-alone`: every stage alone on all cores (``AnalysisResult/StageTimings/alone``).
    public var stagesAlone = false

    public init(options: AnalysisOptions, style: TableStyle) { (self.options, self.style) = (options, style) }

    /// Reads `source` (telling its report) and analyses it.
    /// - Complexity: that of ``AnalysisResult`` (all-pairs shortest paths: `O(n·m)` exact).
    public func run(_ source: LogSource, say: Say) throws -> JobOutput {
        let start = DispatchTime.now().uptimeNanoseconds
        if let by { return try UnitsJob(level: by, style: style, analysis: options).run(source, say: say) }
        if let period {
            let output = try series(period, source, say: say)
            if timings { say("timing: total \(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)") }
            return output
        }
        // Neither the rows once the graph is built nor the ties' details are needed (issue 28:
        // 480 and 292 MB at a million actors): the read, and with it the rows, ends with this block.
        let eco: Ecosystem
        do {
            let read = try source.read()
            eco = read.figuresEcosystem
            read.tell(say)
        }
        let loaded = DispatchTime.now().uptimeNanoseconds
        let loadedCPU = AnalysisResult.StageTimings.processCPU()
        var stages = AnalysisResult.StageTimings()
        stages.alone = stagesAlone
        let result = try AnalysisResult(eco, options: options, showYouthNames: source.showYouthNames, timings: &stages)
        for note in result.noteValues { say(noteLine(note.text(style.lang), style.lang)) }
        let output = try style.render(text: { result.text($0, top: top) }, csv: result.csv, json: { try encodeJSON(result) })
        if timings {
            say("timing: read+graph \(Double(loaded - start) / 1e9)")
            for s in stages.stages { say("timing: \(s.name) \(s.seconds)") }
            for s in stages.beside { say("timing: \(s.name) (own time, beside the stages) \(s.seconds)") }
            say("cpu: read+graph \(loadedCPU)")
            for (s, cpu) in zip(stages.stages, stages.cpuSeconds) { say("cpu: \(s.name) \(cpu)") }
            say("cpu: total \(AnalysisResult.StageTimings.processCPU())")
            say("timing: total \(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)")
        }
        return output
    }

    /// `--period`: the analysis of every period, rendered as a time series; the notes of all
    /// periods told once each.
    private func series(_ unit: PeriodUnit, _ source: LogSource, say: Say) throws -> JobOutput {
        let read = try source.read(say: say)
        var notes: [AnalysisNote] = []
        try requireDates(read.log, for: .period)
        let series: AnalysisSeries = try read.log.timeSeries(unit, within: read.period, pseudonyms: read.pseudonyms) { eco in
            let result = try AnalysisResult(eco, options: options, showYouthNames: source.showYouthNames)
            for n in result.noteValues where !notes.contains(n) { notes.append(n) }
            return PeriodResult(full: result, figures: AnalysisFigures(result))
        }
        for note in notes { say(noteLine(note.text(style.lang), style.lang)) }
        return try style.render(text: { series.text($0, top: top) }, csv: series.csv, json: series.json)
    }
}
