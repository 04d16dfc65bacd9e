import Benchmark
import Foundation
import Wijknet
import WijknetGraph
import WijknetDiagrams
import WijknetGraphviz

/// Seeded synthetic ecosystems at three sizes, written once per run to a temporary folder.
/// Each benchmark measures one stage; sizes follow the issues: 2k (a neighbourhood), 20k
/// (a city), 200k (a region; ingest only by default, the metric runs are long).
enum Fixture {
    static let sizes: [(name: String, actors: Int, rows: Int)] = [
        ("2k", 2_000, 20_000), ("20k", 20_000, 200_000), ("200k", 200_000, 2_000_000),
    ]
    nonisolated(unsafe) static var paths: [String: (log: String, actors: String)] = [:]

    static func files(_ name: String) -> (log: String, actors: String) {
        if let p = paths[name] { return p }
        let spec = sizes.first { $0.name == name }!
        let dir = NSTemporaryDirectory() + "wijknet-bench-\(name)"
        let n = SyntheticNeighbourhood(.init(actors: spec.actors, rows: spec.rows, seed: 42))
        let p = try! n.write(to: dir, style: .plain)
        paths[name] = p
        return p
    }

    static func ecosystem(_ name: String) -> Ecosystem {
        let f = files(name)
        let log = try! ContactLogReader().read(logPath: f.log, actorsPath: f.actors)
        return Ecosystem(log: log, pseudonyms: Pseudonymizer(key: Array("bench".utf8)))
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(20), maxIterations: 5)

    for size in Fixture.sizes {
        Benchmark("ingest+graph \(size.name) actors / \(size.rows) rows") { benchmark in
            let f = Fixture.files(size.name)
            benchmark.startMeasurement()
            let log = try ContactLogReader().read(logPath: f.log, actorsPath: f.actors)
            let eco = Ecosystem(log: log, pseudonyms: Pseudonymizer(key: Array("bench".utf8)))
            blackHole(eco.graph.edgeCount)
        }
    }

    // The full analysis (every metric of `wijknet analyse`): 2k and 20k exact, 200k sampled.
    for size in Fixture.sizes {
        Benchmark("analyse \(size.name)", configuration: .init(maxDuration: .seconds(120), maxIterations: size.name == "2k" ? 5 : 1)) { benchmark in
            let eco = Fixture.ecosystem(size.name)
            benchmark.startMeasurement()
            blackHole(try AnalysisResult(eco, options: AnalysisOptions()))
        }
    }

    // Exact all-pairs pass alone, one worker vs two (the parallel speed-up).
    for workers in [1, 2] {
        Benchmark("betweenness+closeness+harmonic 2k, \(workers) worker(s)") { benchmark in
            let g = Fixture.ecosystem("2k").graph
            benchmark.startMeasurement()
            blackHole(PathCentrality.exact(g, workers: workers))
        }
    }

    // Leiden alone (in `analyse` it runs beside the other stages), on the free cores: refinement
    // and aggregation at every size, fast moving from 65,536 nodes (200k: in batches) (issue 28).
    for size in Fixture.sizes {
        Benchmark("leiden \(size.name)", configuration: .init(maxDuration: .seconds(60), maxIterations: 3)) { benchmark in
            let g = Fixture.ecosystem(size.name).graph
            benchmark.startMeasurement()
            blackHole(Communities(leiden: g, seed: 1))
        }
    }

    // Diagrams of the 2k neighbourhood through libgvc (layout + SVG).
    for view in [View.domains, .partners, .ecosystem] {
        Benchmark("render \(view.fileStem) 2k") { benchmark in
            let eco = Fixture.ecosystem("2k")
            benchmark.startMeasurement()
            blackHole(try Graphviz.render(try Diagram.view(eco, ViewOptions(view: view))))
        }
    }
}
