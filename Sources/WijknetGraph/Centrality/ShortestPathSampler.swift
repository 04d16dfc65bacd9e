import Dispatch

/// Draws one shortest path, uniformly among all shortest paths, between a given pair of nodes —
/// the single step both sampling estimators of betweenness repeat
/// (``RiondatoKornaropoulos``, ``Kadabra``).
///
/// **Unweighted: balanced bidirectional breadth-first search** (Borassi & Natale 2019, §5,
/// DOI 10.1145/3284359). One ball grows around `s`, one around `t`, a whole level at a time;
/// the side expanded next is the one whose frontier has the smaller sum of degrees (the cheaper
/// level to scan). Each ball keeps distances `d` and path counts `σ` from its root. The first
/// level expansion that finds ties between the balls stops the search: those ties `(x, y)`
/// (`x` on the frontier being expanded, `y` on the other ball's frontier) are exactly the
/// middle ties of the shortest `s`–`t` paths, and `σ_s(x) · σ_t(y)` of the paths cross each.
/// One tie is chosen with probability proportional to that product, then each half is walked
/// back to its root choosing predecessor `p` of `w` with probability `σ(p) / σ(w)`: every
/// shortest path has probability `1 / σ_st`. On small-world graphs the two balls stay around
/// `√m` ties, against `m` for a full search.
///
/// **Weighted** (tie length `1 / weight`, as ``ShortestPathSearch``): Dijkstra's algorithm from
/// `s` that stops when `t` is settled, with networkx's tie arithmetic (an exactly equal candidate
/// adds `σ`), then the same backward walk with predecessors `p` of `w` being the settled
/// neighbours with `d(p) + 1/w(p, w) == d(w)`.
///
/// The internal nodes of the path (not `s`, not `t`) are appended to the caller's buffer, as
/// internal ids of the ``PathGraph``. Scratch memory is allocated once; marks are stamped per
/// search so nothing is cleared between searches.
///
/// Not thread-safe: one sampler per worker.
final class ShortestPathSampler {
    let graph: PathGraph
    /// `mark[v] == stamp`: reached from `s` (weighted: reached) this search; `stamp + 1`: from
    /// `t` (weighted: settled). Below `stamp`: not reached.
    private let mark: UnsafeMutablePointer<UInt32>
    private var stamp: UInt32 = 0
    private let level: UnsafeMutablePointer<Int32>
    private let sigma: UnsafeMutablePointer<Double>
    private let queue: UnsafeMutablePointer<Int32>
    private var meeting: [(Int32, Int32)] = []
    // Weighted only.
    private let dist: UnsafeMutablePointer<Double>
    private let heapKey: UnsafeMutablePointer<Double>
    private let heapNode: UnsafeMutablePointer<Int32>
    private let heapPos: UnsafeMutablePointer<Int32>

    init(_ graph: PathGraph) {
        self.graph = graph
        let n = max(1, graph.nodeCount)
        mark = .allocate(capacity: n); mark.initialize(repeating: 0, count: n)
        level = .allocate(capacity: n); level.initialize(repeating: 0, count: n)
        sigma = .allocate(capacity: n); sigma.initialize(repeating: 0, count: n)
        queue = .allocate(capacity: n); queue.initialize(repeating: 0, count: n)
        let h = graph.weighted ? n : 1
        dist = .allocate(capacity: h); dist.initialize(repeating: .infinity, count: h)
        heapKey = .allocate(capacity: h); heapKey.initialize(repeating: 0, count: h)
        heapNode = .allocate(capacity: h); heapNode.initialize(repeating: 0, count: h)
        heapPos = .allocate(capacity: h); heapPos.initialize(repeating: -1, count: h)
    }

    deinit {
        mark.deallocate(); level.deallocate(); sigma.deallocate(); queue.deallocate()
        dist.deallocate(); heapKey.deallocate(); heapNode.deallocate(); heapPos.deallocate()
    }

    /// A fresh pair of stamps; on wrap-around every mark is cleared once.
    private func nextStamp() {
        if stamp >= UInt32.max - 4 {
            mark.update(repeating: 0, count: max(1, graph.nodeCount))
            stamp = 0
        }
        stamp += 2
    }

    /// Appends the internal nodes of one uniformly random shortest path between the internal
    /// nodes `s ≠ t` to `path`.
    /// - Returns: `false` when `t` is not reachable from `s` (nothing appended).
    func sample(_ s: Int, _ t: Int, rng: inout SeededGenerator, into path: inout [Int32]) -> Bool {
        graph.weighted ? dijkstraPath(s, t, rng: &rng, into: &path) : bidirectionalPath(s, t, rng: &rng, into: &path)
    }

    // MARK: Unweighted

    private func bidirectionalPath(_ s: Int, _ t: Int, rng: inout SeededGenerator, into path: inout [Int32]) -> Bool {
        nextStamp()
        let off = graph.offsets, tgt = graph.targets
        let mark = self.mark, level = self.level, sigma = self.sigma, queue = self.queue
        let a = stamp, b = stamp + 1
        mark[s] = a; mark[t] = b; level[s] = 0; level[t] = 0; sigma[s] = 1; sigma[t] = 1
        queue[0] = Int32(truncatingIfNeeded: s); queue[1] = Int32(truncatingIfNeeded: t)
        var end = 2
        var startA = 0, endA = 1, startB = 1, endB = 2
        var degreeA = Int(off[s + 1] - off[s]), degreeB = Int(off[t + 1] - off[t])
        meeting.removeAll(keepingCapacity: true)
        while true {
            let expandA = degreeA <= degreeB
            let lo = expandA ? startA : startB, hi = expandA ? endA : endB
            let mine = expandA ? a : b, other = expandA ? b : a
            let newStart = end
            var newDegree = 0
            for k in lo..<hi {
                let x = Int(queue[k])
                let next = level[x] &+ 1, sx = sigma[x]
                var i = Int(off[x])
                let rowEnd = Int(off[x + 1])
                while i < rowEnd {
                    let y = Int(tgt[i]); i += 1
                    let my = mark[y]
                    if my == other {
                        meeting.append((Int32(truncatingIfNeeded: x), Int32(truncatingIfNeeded: y)))
                    } else if !meeting.isEmpty {
                        continue   // the balls met: this is the last level, the next one is not needed
                    } else if my < a {
                        mark[y] = mine; level[y] = next; sigma[y] = sx
                        queue[end] = Int32(truncatingIfNeeded: y); end += 1
                        newDegree += Int(off[y + 1] - off[y])
                    } else if level[y] == next {
                        sigma[y] += sx
                    }
                }
            }
            if expandA { startA = newStart; endA = end; degreeA = newDegree } else { startB = newStart; endB = end; degreeB = newDegree }
            if !meeting.isEmpty { break }
            if newStart == end { return false }   // one ball is closed: t is not reachable
        }
        // The middle tie, with probability σ(x) σ(y) / σ_st.
        var total = 0.0
        for (x, y) in meeting { total += sigma[Int(x)] * sigma[Int(y)] }
        let r = rng.unit() * total
        var chosen = meeting[meeting.count - 1]
        var acc = 0.0
        for e in meeting {
            acc += sigma[Int(e.0)] * sigma[Int(e.1)]
            if acc > r { chosen = e; break }
        }
        walkBack(from: Int(chosen.0), rng: &rng, into: &path)
        walkBack(from: Int(chosen.1), rng: &rng, into: &path)
        return true
    }

    /// From `w` to the root of its ball (excluded), predecessor `p` with probability `σ(p)/σ(w)`.
    private func walkBack(from start: Int, rng: inout SeededGenerator, into path: inout [Int32]) {
        let off = graph.offsets, tgt = graph.targets
        let mark = self.mark, level = self.level, sigma = self.sigma
        var w = start
        while level[w] > 0 {
            path.append(Int32(truncatingIfNeeded: w))
            let side = mark[w], up = level[w] - 1
            let r = rng.unit() * sigma[w]
            var acc = 0.0
            var pick = -1
            for i in Int(off[w])..<Int(off[w + 1]) {
                let p = Int(tgt[i])
                guard mark[p] == side, level[p] == up else { continue }
                pick = p
                acc += sigma[p]
                if acc > r { break }
            }
            w = pick
        }
    }

    // MARK: Weighted

    private func dijkstraPath(_ s: Int, _ t: Int, rng: inout SeededGenerator, into path: inout [Int32]) -> Bool {
        nextStamp()
        let off = graph.offsets, tgt = graph.targets, len = graph.slotDistance
        let mark = self.mark, sigma = self.sigma, dist = self.dist, pos = self.heapPos, touched = self.queue
        let reached = stamp, settled = stamp + 1
        var heap = Heap4(key: heapKey, node: heapNode, pos: pos)
        var touchedCount = 1
        touched[0] = Int32(truncatingIfNeeded: s)
        mark[s] = reached; dist[s] = 0; sigma[s] = 1
        heap.insert(Int32(truncatingIfNeeded: s), key: 0)
        var found = false
        while heap.count > 0 {
            let v = Int(heap.popMin())
            pos[v] = -1
            mark[v] = settled
            if v == t { found = true; break }
            let dv = dist[v], sv = sigma[v]
            for i in Int(off[v])..<Int(off[v + 1]) {
                let w = Int(tgt[i])
                let candidate = dv + len[i]
                if mark[w] < reached {
                    mark[w] = reached; dist[w] = candidate; sigma[w] = sv
                    touched[touchedCount] = Int32(truncatingIfNeeded: w); touchedCount += 1
                    heap.insert(Int32(truncatingIfNeeded: w), key: candidate)
                } else if mark[w] == reached {
                    if candidate < dist[w] {
                        dist[w] = candidate; sigma[w] = sv
                        heap.decrease(at: Int(pos[w]), to: candidate)
                    } else if candidate == dist[w] {
                        sigma[w] += sv
                    }
                }
            }
        }
        // Leave the heap's positions at -1 for the next search.
        for i in 0..<heap.count { pos[Int(heapNode[i])] = -1 }
        defer { for k in 0..<touchedCount { dist[Int(touched[k])] = .infinity } }
        guard found else { return false }
        var w = t
        var first = true
        while w != s {
            if !first { path.append(Int32(truncatingIfNeeded: w)) }
            first = false
            let r = rng.unit() * sigma[w]
            var acc = 0.0
            var pick = -1
            let dw = dist[w]
            for i in Int(off[w])..<Int(off[w + 1]) {
                let p = Int(tgt[i])
                guard mark[p] == settled, dist[p] + len[i] == dw else { continue }
                pick = p
                acc += sigma[p]
                if acc > r { break }
            }
            w = pick
        }
        return true
    }
}

/// Runs numbered path samples on all cores and counts, per node, the sampled paths it is
/// internal to. Sample `i` draws its pair and its path from its own generator,
/// ``stream(_:_:)`` of `(seed, i)`, and counts are integers: so the counts after samples
/// `0..<k` are the same whatever the number of workers or the order they ran in.
///
/// A pair is `s` uniform in `0..<n`, `t` uniform among the other `n − 1` nodes (internal ids; the
/// relabelling is a bijection, so the pair is uniform over node ids too). Pairs in different
/// components are a sample with no path (it counts, and adds nothing).
final class PathSampleRunner {
    let graph: PathGraph
    let workers: Int
    let seed: UInt64
    /// Per internal node: the number of counted samples whose path it is internal to.
    private(set) var counts: [UInt32]
    /// Samples run so far.
    private(set) var samples = 0
    private let component: [Int32]
    private let samplers: [ShortestPathSampler]

    /// - Parameter component: the component of every node id (as ``Components/id``).
    init(_ g: Graph, weighted: Bool, component: [Int], seed: UInt64, workers: Int) {
        let pg = PathGraph(g, weighted: weighted, relabel: true)
        graph = pg
        self.seed = seed
        self.workers = max(1, workers)
        counts = [UInt32](repeating: 0, count: g.nodeCount)
        var inside = [Int32](repeating: 0, count: g.nodeCount)
        for v in 0..<g.nodeCount { inside[pg.toInternal(v)] = Int32(truncatingIfNeeded: component[v]) }
        self.component = inside
        samplers = (0..<self.workers).map { _ in ShortestPathSampler(pg) }
    }

    /// The generator of sample `index`: SplitMix64 counters `seed + (4·index + j)·γ`, `j = 1…4`,
    /// so different samples never share a seeding counter.
    static func stream(_ seed: UInt64, _ index: Int) -> SeededGenerator {
        SeededGenerator(seed: seed &+ UInt64(truncatingIfNeeded: index) &* 4 &* 0x9E37_79B9_7F4A_7C15)
    }

    /// Runs samples `samples ..< samples + count` and adds them to ``counts``.
    func run(_ count: Int) {
        let n = graph.nodeCount
        guard count > 0 else { return }
        guard n >= 2 else { samples += count; return }
        let first = samples
        let chunk = 32
        let chunks = (count + chunk - 1) / chunk
        let next = ChunkCounter(chunks)
        var buffers = [[Int32]](repeating: [], count: workers)
        buffers.withUnsafeMutableBufferPointer { bufs in
            component.withUnsafeBufferPointer { comp in
                parallelFor(min(workers, chunks)) { w in
                    let sampler = samplers[w]
                    var path = bufs[w]
                    while let c = next.take(participant: w) {
                        for i in (first + c * chunk)..<min(first + count, first + (c + 1) * chunk) {
                            var rng = Self.stream(seed, i)
                            let s = rng.below(n)
                            var t = rng.below(n - 1)
                            if t >= s { t += 1 }
                            guard comp[s] == comp[t] else { continue }
                            _ = sampler.sample(s, t, rng: &rng, into: &path)
                        }
                    }
                    bufs[w] = path
                }
            }
        }
        for b in buffers { for v in b { counts[Int(v)] &+= 1 } }
        samples += count
    }

    /// ``counts`` by node id.
    func countsByNode() -> [UInt32] {
        (0..<graph.nodeCount).map { counts[graph.toInternal($0)] }
    }

    /// Forgets every count (the sample numbering goes on: later samples are fresh).
    func resetCounts() {
        counts = [UInt32](repeating: 0, count: graph.nodeCount)
    }
}
