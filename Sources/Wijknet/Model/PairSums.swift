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
///   `d` the largest degree. Memory while summing: `8 p` bytes for the pairs and 16 per row
///   (the national log's 32 million pairs and 10 million rows: 416 MB, where the tally's tables
///   took 670 MB) and `8 n` per thread, plus the ties.
struct PairSums {
    /// The ties, `u < v`, sorted by `(u, v)`, each pair once, its weight summed in row order.
    private(set) var edges: [Graph.Edge] = []
    /// Per tie, in the same order: contacts, first and last day, types below 64.
    private(set) var info: [EdgeInfo] = []
    /// Per tie with a contact type of 64 or more (rare): those types, sorted.
    private(set) var extraTypes: [Int: [Int]] = [:]

    /// Rows from which two threads do the work.
    static let twoThreadsFrom = 100_000

    /// What one row adds to each of its pairs.
    struct Contact {
        var weight: Double
        var day: Int32
        var type: Int32
    }

    /// The rows' actor columns, and what each adds, read in the loops below.
    private struct Rows {
        let rows: [Int], node: [Int32]
        let source: [Int32], target: [Int32], about: [Int32], place: [Int32]
        /// Per row of ``rows``, in that order: its weight, day and type side by side, so summing
        /// a pair reads one 16-byte entry, not four arrays at random (two of them through
        /// ``rows``): the national edge list's pairs are summed in 0.5 s instead of 2.4.
        let contact: [Contact]

        /// Calls `body(u, v)` for every pair of distinct nodes of row `k` (of ``rows``), `u < v`.
        @inline(__always) func forEachPair(_ k: Int, _ body: (Int32, Int32) -> Void) {
            let r = rows[k]
            let row = RowActors(source[r], target[r], about[r], place[r]) { node[Int($0)] }
            for x in 0..<row.count {
                for y in (x + 1)..<row.count {
                    let a = row[x], b = row[y]
                    body(min(a, b), max(a, b))
                }
            }
        }
    }

    /// Sums the pairs of `rows` (row indices of `log`, `day[k]` the day of `rows[k]`, emptied
    /// once read) on the nodes `nodeOfActor` gives the actors (`nodeCount` of them).
    init(log: ContactLog, rows: [Int], day: inout [Int32], nodeOfActor: [Int], nodeCount n: Int) {
        var contact = [Contact](repeating: Contact(weight: 0, day: 0, type: 0), count: rows.count)
        for (k, r) in rows.enumerated() { contact[k] = Contact(weight: log.weight[r], day: day[k], type: log.type[r]) }
        day = []
        let data = Rows(rows: rows, node: nodeOfActor.map { Int32(truncatingIfNeeded: $0) },
                        source: log.source, target: log.target, about: log.about, place: log.place, contact: contact)
        contact = []
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
            info = [EdgeInfo](unsafeUninitializedCapacity: m) { infoBuffer, infoCount in
                extras.withUnsafeMutableBufferPointer { extra in
                    parallelFor(split.count - 1) { part in
                        extra[part] = Self.sum(data, start, pairNode, pairRow, nodes: split[part]..<split[part + 1], nodeCount: n,
                                               tieStart: tieStart, into: edgeBuffer, infoBuffer)
                    }
                }
                infoCount = m
            }
            edgeCount = m
        }
        self.info = info
        pairNode = []; pairRow = []; start = []; tieStart = []
        for part in extras { extraTypes.merge(part) { a, _ in a } }
    }

    /// The counting sort: `start[u] ..< start[u + 1]` are the pairs `(u, v)` of the rows, in
    /// row order, `pairNode` holding `v` and `pairRow` the row's place in ``Rows/rows``.
    private static func fileByNode(_ data: Rows, nodeCount n: Int, threads: Int) -> (start: [Int], pairNode: [Int32], pairRow: [Int32]) {
        let total = data.rows.count
        func rowsOf(_ t: Int) -> Range<Int> { (t * total / threads)..<((t + 1) * total / threads) }
        var cursor = [Int](repeating: 0, count: threads * n)   // per thread and node: its pairs, then where the next goes
        cursor.withUnsafeMutableBufferPointer { c in
            parallelFor(threads) { t in
                let base = t * n
                for k in rowsOf(t) { data.forEachPair(k) { u, _ in c[base + Int(u)] += 1 } }
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
        precondition(p < Int(Int32.max), "too many pairs of actors in the rows")
        var pairNode = [Int32](repeating: 0, count: p)
        var pairRow = [Int32](repeating: 0, count: p)
        cursor.withUnsafeMutableBufferPointer { c in
            pairNode.withUnsafeMutableBufferPointer { pn in
                pairRow.withUnsafeMutableBufferPointer { pr in
                    parallelFor(threads) { t in
                        let base = t * n
                        for k in rowsOf(t) {
                            data.forEachPair(k) { u, v in
                                let s = c[base + Int(u)]
                                c[base + Int(u)] = s + 1
                                pn[s] = v
                                pr[s] = Int32(truncatingIfNeeded: k)
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

    /// Sums the pairs of `nodes` and writes their ties from `tieStart[u]` on; returns the
    /// types of 64 and more per tie.
    private static func sum(_ data: Rows, _ start: [Int], _ pairNode: [Int32], _ pairRow: [Int32], nodes: Range<Int>, nodeCount n: Int,
                            tieStart: [Int], into edges: UnsafeMutableBufferPointer<Graph.Edge>,
                            _ info: UnsafeMutableBufferPointer<EdgeInfo>) -> [Int: [Int]] {
        var mark = [UInt64](repeating: 0, count: n)   // per v: (u + 1) << 32 | its running totals' place, while u is summed
        var node: [Int32] = [], weight: [Double] = [], totals: [EdgeInfo] = [], order: [UInt64] = []
        var extra: [Int: Set<Int32>] = [:]
        var extraOut: [Int: [Int]] = [:]
        for u in nodes {
            node.removeAll(keepingCapacity: true); weight.removeAll(keepingCapacity: true); totals.removeAll(keepingCapacity: true)
            let tag = UInt64(u + 1) << 32
            for s in start[u]..<start[u + 1] {
                let v = Int(pairNode[s]), c = data.contact[Int(pairRow[s])], day = c.day
                let i: Int
                if mark[v] & 0xFFFF_FFFF_0000_0000 == tag {
                    i = Int(mark[v] & 0xFFFF_FFFF)
                    if day < totals[i].firstDay { totals[i].firstDay = day }
                    if day > totals[i].lastDay { totals[i].lastDay = day }
                } else {
                    i = node.count
                    mark[v] = tag | UInt64(i)
                    node.append(Int32(truncatingIfNeeded: v)); weight.append(0)
                    totals.append(EdgeInfo(contacts: 0, firstDay: day, lastDay: day, typeMask: 0))
                }
                weight[i] += c.weight
                totals[i].contacts += 1
                let type = c.type
                if type >= 0 {
                    if type < 64 { totals[i].typeMask |= 1 << UInt64(type) } else { extra[i, default: []].insert(type) }
                }
            }
            order.removeAll(keepingCapacity: true)
            for i in node.indices { order.append(UInt64(UInt32(truncatingIfNeeded: node[i])) << 32 | UInt64(i)) }
            sortSmall(&order)
            var e = tieStart[u]
            for key in order {
                let i = Int(key & 0xFFFF_FFFF)
                (edges.baseAddress! + e).initialize(to: Graph.Edge(u: u, v: Int(node[i]), weight: weight[i]))
                (info.baseAddress! + e).initialize(to: totals[i])
                if !extra.isEmpty, let types = extra[i] { extraOut[e] = types.map(Int.init).sorted() }
                e += 1
            }
            if !extra.isEmpty { extra.removeAll() }
        }
        return extraOut
    }

    /// Sorts `keys` ascending: by insertion up to 32 (a node's distinct neighbours, mostly a
    /// handful), else the standard sort.
    @inline(__always) static func sortSmall(_ keys: inout [UInt64]) {
        guard keys.count > 1 else { return }
        guard keys.count <= 32 else { keys.sort(); return }
        for i in 1..<keys.count {
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
