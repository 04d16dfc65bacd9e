import WijknetGraph

/// What the rows add up to per node pair — summed weight, number of contacts, first and last
/// day, contact types — with the pairs in `(u, v)` order: the ties of ``Ecosystem``.
///
/// **By sorting, not hashing (issue 28).** Every pair a row makes (`u < v`) is filed under `u`
/// by a counting sort of the rows, which is stable: the pairs of a node stay in row order. Node
/// by node, they are summed per `v` (a mark per node points at `v`'s running totals while `u`
/// is summed), and the distinct `v` are then sorted and written out. So the ties come sorted
/// by `(u, v)`, as the graph keeps them, and each is summed in row order, as before: every
/// total is bit-identical to that of the hash tally this replaces, whose 40-byte slots in
/// 670 MB of tables cost a cache miss per pair (3.5 s of the national edge list's 10), and
/// whose ties the graph builder then sorted and the ecosystem permuted into edge order (4.5 s).
///
/// **Two threads** from ``twoThreadsFrom`` rows: each counts and files the pairs of its half
/// of the rows (under each node the second half's after the first's, so row order holds), then
/// each sums the pairs of its share of the nodes (split where half the pairs are).
///
/// - Complexity: `O(p + n + m log d)` for `p` pairs made by the rows, `n` nodes, `m` ties and
///   `d` the largest degree. Memory while summing: `8 p` bytes for the pairs (the national
///   log's 32 million: 256 MB, where the tally's two tables took 670 MB) and `8 n` per thread,
///   plus the ties.
struct PairSums {
    /// The ties, `u < v`, sorted by `(u, v)`, each pair once, its weight summed in row order.
    private(set) var edges: [Graph.Edge] = []
    /// Per tie, in the same order: contacts, first and last day, types below 64 (empty when
    /// summed without details).
    private(set) var info: [EdgeInfo] = []
    /// Per tie with a contact type of 64 or more (rare): those types, sorted.
    private(set) var extraTypes: [Int: [Int]] = [:]

    /// Rows from which two threads do the work.
    static let twoThreadsFrom = 100_000

    /// The rows' columns, read in the loops below.
    fileprivate struct Rows {
        let rows: [Int], node: [Int32]
        let source: [Int32], target: [Int32], about: [Int32], place: [Int32]
        let time: [Int64], weight: [Double], type: [Int32]

        /// Calls `body(u, v)` for every pair of distinct nodes of row `r` of the log, `u < v`.
        @inline(__always) func forEachPair(_ r: Int, _ body: (Int32, Int32) -> Void) {
            let row = RowActors(source[r], target[r], about[r], place[r]) { node[Int($0)] }
            for x in 0..<row.count {
                for y in (x + 1)..<row.count {
                    let a = row[x], b = row[y]
                    body(min(a, b), max(a, b))
                }
            }
        }
    }

    /// Sums the pairs of `rows` (row indices of `log`) on the nodes `nodeOfActor` gives the
    /// actors (`nodeCount` of them). Without `details` only the weights are summed: no
    /// ``info`` (24 bytes a tie: 292 MB on the national log) and no day or type is read.
    init(log: ContactLog, rows: [Int], nodeOfActor: [Int], nodeCount n: Int, details: Bool = true) {
        let data = Rows(rows: rows, node: nodeOfActor.map { Int32(truncatingIfNeeded: $0) },
                        source: log.source, target: log.target, about: log.about, place: log.place,
                        time: log.time, weight: log.weight, type: log.type)
        let threads = rows.count >= Self.twoThreadsFrom ? 2 : 1
        var (start, pairNode, pairRow) = Self.fileByNode(data, nodeCount: n, threads: threads)
        let p = start[n]
        // Each thread sums the nodes of one share: split where half the pairs are.
        var split = [0, n]
        if threads == 2 { split = [0, Self.firstIndex(in: start, atLeast: p / 2), n] }
        var tieStart = Self.countTies(start, pairNode, split: split, nodeCount: n)
        let m = tieStart[n]
        var extras = [[Int: [Int]]](repeating: [:], count: split.count - 1)
        var info: [EdgeInfo] = []
        edges = [Graph.Edge](unsafeUninitializedCapacity: m) { edgeBuffer, edgeCount in
            info = [EdgeInfo](unsafeUninitializedCapacity: details ? m : 0) { infoBuffer, infoCount in
                extras.withUnsafeMutableBufferPointer { extra in
                    parallelFor(split.count - 1) { part in
                        var summing = NodeSums(nodeCount: n, details: details)
                        for u in split[part]..<split[part + 1] {
                            summing.sum(u, pairs: start[u]..<start[u + 1], pairNode, pairRow, data,
                                        into: edgeBuffer, infoBuffer, from: tieStart[u])
                        }
                        extra[part] = summing.extraTypes
                    }
                }
                infoCount = details ? m : 0
            }
            edgeCount = m
        }
        self.info = info
        pairNode = []; pairRow = []; start = []; tieStart = []
        for part in extras { extraTypes.merge(part) { a, _ in a } }
    }

    /// The counting sort: `start[u] ..< start[u + 1]` are the pairs `(u, v)` of the rows, in
    /// row order, `pairNode` holding `v` and `pairRow` the row of the log.
    private static func fileByNode(_ data: Rows, nodeCount n: Int, threads: Int) -> (start: [Int], pairNode: [Int32], pairRow: [Int32]) {
        let total = data.rows.count
        func rowsOf(_ t: Int) -> Range<Int> { (t * total / threads)..<((t + 1) * total / threads) }
        var cursor = [Int](repeating: 0, count: threads * n)   // per thread and node: its pairs, then where the next goes
        cursor.withUnsafeMutableBufferPointer { c in
            parallelFor(threads) { t in
                let base = t * n
                for k in rowsOf(t) { data.forEachPair(data.rows[k]) { u, _ in c[base + Int(u)] += 1 } }
            }
        }
        var start = [Int](repeating: 0, count: n + 1)
        for u in 0..<n {
            var s = start[u]
            for t in 0..<threads {
                let pairs = cursor[t * n + u]
                cursor[t * n + u] = s
                s += pairs
            }
            start[u + 1] = s
        }
        let p = start[n]
        precondition(p < Int(Int32.max) && (data.rows.last ?? 0) < Int(Int32.max), "too many pairs of actors in the rows")
        // Every slot is written once below (no pass zeroing fresh pages first: issue 28).
        var pairNode = [Int32].unwritten(p)
        var pairRow = [Int32].unwritten(p)
        cursor.withUnsafeMutableBufferPointer { c in
            pairNode.withUnsafeMutableBufferPointer { pn in
                pairRow.withUnsafeMutableBufferPointer { pr in
                    parallelFor(threads) { t in
                        let base = t * n
                        for k in rowsOf(t) {
                            let r = data.rows[k]
                            data.forEachPair(r) { u, v in
                                let s = c[base + Int(u)]
                                c[base + Int(u)] = s + 1
                                pn[s] = v
                                pr[s] = Int32(truncatingIfNeeded: r)
                            }
                        }
                    }
                }
            }
        }
        return (start, pairNode, pairRow)
    }

    /// Where the ties of each node start in the output (`n + 1` entries, the last is `m`):
    /// the distinct `v` among its pairs, counted per share of `split` on a thread each.
    private static func countTies(_ start: [Int], _ pairNode: [Int32], split: [Int], nodeCount n: Int) -> [Int] {
        var ties = [Int](repeating: 0, count: n + 1)
        ties.withUnsafeMutableBufferPointer { out in
            parallelFor(split.count - 1) { part in
                var seen = [Int32](repeating: -1, count: n)   // per v: the last u that had it
                for u in split[part]..<split[part + 1] {
                    var distinct = 0
                    for s in start[u]..<start[u + 1] {
                        let v = Int(pairNode[s])
                        if seen[v] != Int32(truncatingIfNeeded: u) { seen[v] = Int32(truncatingIfNeeded: u); distinct += 1 }
                    }
                    out[u + 1] = distinct
                }
            }
        }
        for u in 0..<n { ties[u + 1] += ties[u] }
        return ties
    }

    /// Sorts `keys[0 ..< count]` ascending: by insertion up to 32 (a node's distinct
    /// neighbours, mostly a handful), else the standard sort.
    @inline(__always) static func sortSmall(_ keys: inout [UInt64], count: Int) {
        guard count > 1 else { return }
        guard count <= 32 else { keys[0..<count].sort(); return }
        for i in 1..<count {
            let x = keys[i]
            var j = i
            while j > 0 && keys[j - 1] > x { keys[j] = keys[j - 1]; j -= 1 }
            keys[j] = x
        }
    }

    /// The first index of the ascending `values` holding at least `bound` (`count` when none), by bisection.
    static func firstIndex(in values: [Int], atLeast bound: Int) -> Int {
        var lo = 0, hi = values.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if values[mid] >= bound { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}

/// One thread's summing of the pairs of node after node (``PairSums``), with scratch kept from
/// one node to the next.
///
/// A node's pairs are read in chunks: first what each row adds (weight, day, type) is gathered
/// for the whole chunk — loads that do not wait for one another, though each is a cache miss in
/// a column of 10 million rows — then summed per `v`. (Reading them inside the summing loop, or
/// copying them into an array per row beforehand, cost time or 160 MB of peak at a million actors.)
fileprivate struct NodeSums {
    /// Per `v`: `(u + 1) << 32 | place of its running totals`, while `u` is summed.
    private var mark: [UInt64]
    private var distinct = 0
    private var node: [Int32] = [], weight: [Double] = [], totals: [EdgeInfo] = [], order: [UInt64] = []
    /// Types of 64 and more: per place of running totals (this node), then per tie.
    private var extra: [Int: Set<Int32>] = [:]
    private(set) var extraTypes: [Int: [Int]] = [:]
    /// The chunk: per pair, the weight, timestamp and type of its row.
    private var chunkWeight = [Double](repeating: 0, count: Self.chunk)
    private var chunkTime = [Int64](repeating: 0, count: Self.chunk)
    private var chunkType = [Int32](repeating: 0, count: Self.chunk)
    static let chunk = 4096
    /// Whether the contacts, days and types are summed too, or the weights alone.
    private let details: Bool

    init(nodeCount n: Int, details: Bool) {
        mark = [UInt64](repeating: 0, count: n)
        self.details = details
    }

    /// Sums the pairs `pairs` of `u` (`pairNode` their `v`, `pairRow` their row) and writes
    /// the ties of `u`, sorted by `v`, from `first` on.
    mutating func sum(_ u: Int, pairs: Range<Int>, _ pairNode: [Int32], _ pairRow: [Int32], _ data: PairSums.Rows,
                      into edges: UnsafeMutableBufferPointer<Graph.Edge>, _ info: UnsafeMutableBufferPointer<EdgeInfo>, from first: Int) {
        distinct = 0
        let tag = UInt64(u + 1) << 32
        var lo = pairs.lowerBound
        while lo < pairs.upperBound {
            let hi = min(lo + Self.chunk, pairs.upperBound)
            if details {
                for s in lo..<hi {
                    let r = Int(pairRow[s])
                    chunkWeight[s - lo] = data.weight[r]; chunkTime[s - lo] = data.time[r]; chunkType[s - lo] = data.type[r]
                }
                for s in lo..<hi { add(Int(pairNode[s]), tag: tag, weight: chunkWeight[s - lo], time: chunkTime[s - lo], type: chunkType[s - lo]) }
            } else {
                for s in lo..<hi { chunkWeight[s - lo] = data.weight[Int(pairRow[s])] }
                for s in lo..<hi { addWeight(Int(pairNode[s]), tag: tag, weight: chunkWeight[s - lo]) }
            }
            lo = hi
        }
        write(u, into: edges, info, from: first)
    }

    /// Adds one row's contact to the pair `(u, v)` (`tag`: `u`'s).
    @inline(__always) private mutating func add(_ v: Int, tag: UInt64, weight w: Double, time: Int64, type: Int32) {
        let day = Int32(truncatingIfNeeded: Calendar.day(ofTimestamp: time))
        let (i, new) = place(v, tag: tag)
        if new {
            let fresh = EdgeInfo(contacts: 0, firstDay: day, lastDay: day, typeMask: 0)
            if i == totals.count { totals.append(fresh) } else { totals[i] = fresh }
        } else {
            if day < totals[i].firstDay { totals[i].firstDay = day }
            if day > totals[i].lastDay { totals[i].lastDay = day }
        }
        weight[i] += w
        totals[i].contacts += 1
        if type >= 0 {
            if type < 64 { totals[i].typeMask |= 1 << UInt64(type) } else { extra[i, default: []].insert(type) }
        }
    }

    /// ``add(_:tag:weight:time:type:)`` without the details: the weight alone, summed in the
    /// same order, so to the same total.
    @inline(__always) private mutating func addWeight(_ v: Int, tag: UInt64, weight w: Double) {
        weight[place(v, tag: tag).i] += w
    }

    /// The place of `v`'s running totals while the node of `tag` is summed; `new` when `v` is
    /// met for the first time (its weight is then 0).
    @inline(__always) private mutating func place(_ v: Int, tag: UInt64) -> (i: Int, new: Bool) {
        if mark[v] & 0xFFFF_FFFF_0000_0000 == tag { return (Int(mark[v] & 0xFFFF_FFFF), false) }
        let i = distinct
        distinct += 1
        mark[v] = tag | UInt64(i)
        if i == node.count {
            node.append(Int32(truncatingIfNeeded: v)); weight.append(0); order.append(0)
        } else {
            node[i] = Int32(truncatingIfNeeded: v); weight[i] = 0
        }
        return (i, true)
    }

    /// Writes the ties of `u` in ascending `v` from `first` on (their details too, if summed).
    private mutating func write(_ u: Int, into edges: UnsafeMutableBufferPointer<Graph.Edge>, _ info: UnsafeMutableBufferPointer<EdgeInfo>,
                                from first: Int) {
        for i in 0..<distinct { order[i] = UInt64(UInt32(truncatingIfNeeded: node[i])) << 32 | UInt64(i) }
        PairSums.sortSmall(&order, count: distinct)
        for k in 0..<distinct {
            let i = Int(order[k] & 0xFFFF_FFFF), e = first + k
            (edges.baseAddress! + e).initialize(to: Graph.Edge(u: u, v: Int(node[i]), weight: weight[i]))
            guard details else { continue }
            (info.baseAddress! + e).initialize(to: totals[i])
            if !extra.isEmpty, let types = extra[i] { extraTypes[e] = types.map(Int.init).sorted() }
        }
        if !extra.isEmpty { extra.removeAll() }
    }
}
