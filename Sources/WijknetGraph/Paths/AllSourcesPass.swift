import Dispatch

/// Distance totals of one node over a set of partners (sources or targets).
struct DistanceTotals {
    /// `Σ d`.
    var distance: Double
    /// `Σ 1 / d`.
    var inverseDistance: Double
    /// Number of partners at finite distance (a `Double`: exact up to 2^53).
    var reached: Double

    static let zero = DistanceTotals(distance: 0, inverseDistance: 0, reached: 0)
}

/// What one all-sources pass found.
struct AllSourcesResult {
    /// `Σ_s δ_s(v)` per node `v`: Brandes dependencies summed over the sources (zeros when the
    /// pass ran without them).
    var dependency: [Double]
    /// Per node `s`: the totals of `d(s, t)` over the targets `t ≠ s` it reaches — filled for the
    /// sources only (zeros elsewhere).
    var fromSource: [DistanceTotals]
    /// Per node `v`: the totals of `d(s, v)` over the sources `s ≠ v` reaching it — only when
    /// asked for (`perTarget`), else empty.
    var toTarget: [DistanceTotals]
}

/// Runs one shortest-path search per source, in parallel, and sums per node what every search
/// found — the engine under ``PathCentrality`` and ``averageShortestPathLength(_:weighted:exactLimit:samples:seed:workers:)``.
///
/// Distance totals per source (`fromSource`) are scalars of each search (written once, to the
/// source's own entry). Per-target sums (`toTarget`, needed only to estimate closeness from
/// sampled sources) and the dependencies are summed in chunk buffers.
///
/// **Determinism.** The sources are cut into ``chunkCount`` contiguous chunks (fewer only when
/// there are fewer sources) — a number that does not depend on the worker count. A chunk is
/// summed from zero into its own buffer, sources in order; finished chunks are added to the
/// totals strictly in chunk order. So every floating-point sum is the same expression whatever
/// the number of threads, and 1, 2 or 8 workers give bit-identical results. Workers take chunks
/// dynamically (a busy core does not hold the other back); a small pool of chunk buffers
/// (`workers + 2`) bounds memory, and a finished chunk waits in the pool until the chunks
/// before it are added.
enum AllSourcesPass {
    /// Fixed number of chunks, independent of the worker count (the determinism guarantee).
    static let chunkCount = 64
    /// The step the pass reports to its ``ProgressCallback`` (sources done, per chunk).
    static let progressStep = "shortest paths"

    /// - Parameters:
    ///   - graph: the adjacency, relabelled or not (results are by node id either way).
    ///   - sources: distinct node ids.
    ///   - brandes: also run Brandes' backward pass and sum dependencies.
    ///   - perTarget: also sum distances per target node.
    ///   - workers: threads to use (at least 1).
    ///   - progress: told the sources done after each chunk, then that the step is over.
    static func run(_ graph: PathGraph, sources: [Int], brandes: Bool, perTarget: Bool,
                    workers: Int, progress: ProgressCallback? = nil) -> AllSourcesResult {
        let n = graph.nodeCount
        var dependency = [Double](repeating: 0, count: n)
        var fromSource = [DistanceTotals](repeating: .zero, count: n)
        var toTarget = perTarget ? [DistanceTotals](repeating: .zero, count: n) : []
        if sources.isEmpty || n == 0 {
            return AllSourcesResult(dependency: dependency, fromSource: fromSource, toTarget: toTarget)
        }
        let chunks = min(chunkCount, sources.count)
        let bounds = (0...chunks).map { $0 * sources.count / chunks }
        let workerCount = max(1, min(workers, chunks))
        dependency.withUnsafeMutableBufferPointer { dep in
            toTarget.withUnsafeMutableBufferPointer { tt in
                fromSource.withUnsafeMutableBufferPointer { fs in
                    let sourceTotals = fs.baseAddress!
                    let state = Coordinator(n: n, chunks: chunks, pool: workerCount + 2,
                                            dependency: brandes ? dep.baseAddress : nil,
                                            toTarget: perTarget ? tt.baseAddress : nil,
                                            progress: progress, bounds: bounds)
                    sources.withUnsafeBufferPointer { src in
                        parallelFor(workerCount) { participant in
                            let search = ShortestPathSearch(shared: graph)
                            while let (chunk, buffer) = state.take(participant: participant) {
                                let dsum = buffer.dependency, tsum = buffer.toTarget
                                for k in bounds[chunk]..<bounds[chunk + 1] {
                                    let s = src[k]
                                    search.run(from: s)   // node id; the search maps it
                                    // Each source is run exactly once: its own entry has one writer.
                                    sourceTotals[s] = DistanceTotals(distance: search.totalDistance,
                                                                   inverseDistance: search.totalInverseDistance,
                                                                   reached: Double(search.reachedCount - 1))
                                    switch (brandes, perTarget) {
                                    case (true, false):
                                        search.accumulate { w, dw, _ in dsum[w] += dw }
                                    case (true, true):
                                        search.accumulate { w, dw, d in
                                            dsum[w] += dw
                                            tsum[w].distance += d
                                            tsum[w].inverseDistance += 1 / d
                                            tsum[w].reached += 1
                                        }
                                    case (false, true):
                                        search.forEachReached { v, d in
                                            tsum[v].distance += d
                                            tsum[v].inverseDistance += 1 / d
                                            tsum[v].reached += 1
                                        }
                                    case (false, false):
                                        break
                                    }
                                }
                                state.finish(chunk, buffer)
                            }
                        }
                    }
                    state.progress?.finish(progressStep)
                }
            }
        }
        // Chunk sums are indexed by internal id: back to node ids.
        if !graph.internalID.isEmpty {
            let inside = graph.internalID
            dependency = (0..<n).map { dependency[Int(inside[$0])] }
            if perTarget { toTarget = (0..<n).map { toTarget[Int(inside[$0])] } }
        }
        return AllSourcesResult(dependency: dependency, fromSource: fromSource, toTarget: toTarget)
    }

    /// One chunk's partial sums (only the parts the pass needs are allocated: size 1 otherwise).
    /// Invariant: all zero while in the free pool.
    final class ChunkBuffer {
        let dependency: UnsafeMutablePointer<Double>
        let toTarget: UnsafeMutablePointer<DistanceTotals>
        private let dependencyCount: Int, toTargetCount: Int
        init(n: Int, dependency: Bool, toTarget: Bool) {
            dependencyCount = dependency ? max(1, n) : 1
            toTargetCount = toTarget ? max(1, n) : 1
            self.dependency = .allocate(capacity: dependencyCount)
            self.dependency.initialize(repeating: 0, count: dependencyCount)
            self.toTarget = .allocate(capacity: toTargetCount)
            self.toTarget.initialize(repeating: .zero, count: toTargetCount)
        }
        deinit { dependency.deallocate(); toTarget.deallocate() }
    }

    /// Hands out chunks in increasing order with a free buffer, and adds finished chunks to the
    /// totals in chunk order. All mutable state is guarded by `lock`; `free` counts free buffers.
    final class Coordinator: @unchecked Sendable {
        private let lock = DispatchSemaphore(value: 1)
        private let free: DispatchSemaphore
        private var pool: [ChunkBuffer]
        private var finished: [ChunkBuffer?]
        private var nextChunk = 0
        private var nextToReduce = 0
        private let chunks: Int
        private let n: Int
        private let dependency: UnsafeMutablePointer<Double>?
        private let toTarget: UnsafeMutablePointer<DistanceTotals>?
        let progress: ProgressCallback?
        private let bounds: [Int]
        private var sourcesDone = 0

        init(n: Int, chunks: Int, pool size: Int, dependency: UnsafeMutablePointer<Double>?,
             toTarget: UnsafeMutablePointer<DistanceTotals>?, progress: ProgressCallback? = nil, bounds: [Int] = []) {
            self.progress = progress
            self.bounds = bounds
            self.n = n
            self.chunks = chunks
            self.dependency = dependency
            self.toTarget = toTarget
            pool = (0..<size).map { _ in ChunkBuffer(n: n, dependency: dependency != nil, toTarget: toTarget != nil) }
            free = DispatchSemaphore(value: size)
            finished = [ChunkBuffer?](repeating: nil, count: chunks)
        }

        /// The next chunk and a zeroed buffer for it, or `nil` when every chunk is taken.
        /// Never deadlocks: the lowest chunk not yet added is always running or just finished,
        /// and finishing it returns at least one buffer.
        /// The next chunk and a buffer for its sums, or `nil` when all are taken. A participant
        /// beyond the cores ``CoreShare`` leaves free waits for its turn first.
        func take(participant: Int = 0) -> (Int, ChunkBuffer)? {
            CoreShare.waitForTurn(participant) { isExhausted }
            free.wait()
            lock.wait()
            defer { lock.signal() }
            guard nextChunk < chunks else {
                free.signal()
                return nil
            }
            let chunk = nextChunk
            nextChunk += 1
            return (chunk, pool.removeLast())
        }

        private var isExhausted: Bool {
            lock.wait(); defer { lock.signal() }
            return nextChunk >= chunks
        }

        /// Files `chunk`'s sums and adds every chunk that is now next in order to the totals.
        func finish(_ chunk: Int, _ buffer: ChunkBuffer) {
            lock.wait()
            defer { lock.signal() }
            finished[chunk] = buffer
            if let progress {
                sourcesDone += bounds[chunk + 1] - bounds[chunk]
                progress.update(AllSourcesPass.progressStep, done: sourcesDone, total: bounds[chunks], unit: "sources")
            }
            while nextToReduce < chunks, let b = finished[nextToReduce] {
                if let dep = dependency {
                    for v in 0..<n { dep[v] += b.dependency[v] }
                    b.dependency.update(repeating: 0, count: n)
                }
                if let tt = toTarget {
                    let s = b.toTarget
                    for v in 0..<n {
                        tt[v].distance += s[v].distance
                        tt[v].inverseDistance += s[v].inverseDistance
                        tt[v].reached += s[v].reached
                    }
                    s.update(repeating: .zero, count: n)
                }
                finished[nextToReduce] = nil
                nextToReduce += 1
                pool.append(b)
                free.signal()
            }
        }
    }
}
