import Wijknet
import WijknetGraph
import WijknetReport

/// `wijknet keyplayers`: the set of `k` partners the ecosystem leans on most (``KeyPlayerAnalysis``).
public struct KeyPlayersJob {
    public var goal: KeyPlayerAnalysis.Goal = .fragment
    public var k = 3
    public var distance = 2
    public var seed: UInt64 = 1
    public var restarts = 2
    public var exactLimit: Int?
    public var style: TableStyle

    public init(style: TableStyle) { self.style = style }

    public func run(_ source: LogSource, say: Say) throws -> JobOutput {
        let read = try source.read(say: say)
        let result = try KeyPlayerAnalysis(read.ecosystem, goal: goal, k: k, distance: distance, seed: seed,
                                           restarts: restarts, exactLimit: exactLimit)
        return try style.render(text: result.text, csv: result.csv, json: { try encodeJSON(result) })
    }
}
