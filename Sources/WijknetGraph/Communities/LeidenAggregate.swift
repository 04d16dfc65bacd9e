extension LeidenLevel {
    /// The graph of the `count` sub-communities in `refined` (tie weights summed, inner ties
    /// dropped, node weights summed) and the community of `partition` each one lies in.
    ///
    /// Row `k` lists the sub-communities `k`'s members are tied to, ascending, each with the
    /// summed weight (added in member order, then row order). Runs of rows are built on the
    /// cores in chunks, each into arrays of its own, then joined in order: the level is the
    /// same whichever core built which run.
    /// - Complexity: `O(n + m)` work, plus sorting each row; memory for the new level's ties
    ///   twice while the runs are joined.
    func aggregate(_ refined: [Int32], count: Int, partition: [Int32]) -> (LeidenLevel, [Int32]) {
        var start = [Int](repeating: 0, count: count + 1)
        for v in 0..<n { start[Int(refined[v]) + 1] += 1 }
        for k in 0..<count { start[k + 1] += start[k] }
        var fill = Array(start.dropLast())
        var members = [Int32](repeating: 0, count: n)
        for v in 0..<n { let k = Int(refined[v]); members[fill[k]] = Int32(v); fill[k] += 1 }

        let runs = count >= 4_096 ? 32 : 1
        var built = [AggregatedRows](repeating: AggregatedRows(), count: runs)
        var scratch = (0..<CoreShare.cores).map { _ in [Double](repeating: 0, count: count) }
        built.withUnsafeMutableBufferPointer { built in
        scratch.withUnsafeMutableBufferPointer { scratch in
            chunksInParallel(runs) { r, participant in
                built[r] = aggregatedRows((r * count / runs)..<((r + 1) * count / runs), refined: refined,
                                          start: start, members: members, partition: partition, acc: &scratch[participant])
            }
        }
        }
        return Self.join(built, count: count)
    }

    /// The rows of sub-communities `ks`; `acc` is zero on entry and on return.
    private func aggregatedRows(_ ks: Range<Int>, refined: [Int32], start: [Int], members: [Int32],
                                partition: [Int32], acc: inout [Double]) -> AggregatedRows {
        var rows = AggregatedRows()
        rows.rowEnd.reserveCapacity(ks.count)
        var touched: [Int32] = []
        for k in ks {
            touched.removeAll(keepingCapacity: true)
            var weight = 0.0
            for i in start[k]..<start[k + 1] {
                let v = Int(members[i])
                weight += nodeWeight[v]
                for s in offsets[v]..<offsets[v + 1] {
                    let other = Int(refined[Int(targets[s])])
                    if other == k { continue }
                    if acc[other] == 0 { touched.append(Int32(other)) }
                    acc[other] += weights[s]
                }
            }
            Self.sortRow(&touched)
            for t in touched {
                rows.targets.append(t)
                rows.weights.append(acc[Int(t)])
                acc[Int(t)] = 0
            }
            rows.rowEnd.append(rows.targets.count)
            rows.nodeWeight.append(weight)
            rows.partition.append(partition[Int(members[start[k]])])
        }
        return rows
    }

    /// The runs' rows, in order, as one level. Each run is copied to its place on the cores
    /// (issue 28: on one core the copy took 0.09 s of the first level's 0.6 s on the national
    /// edge list) and freed once copied, so the new level's ties are held twice only in part.
    private static func join(_ built: [AggregatedRows], count: Int) -> (LeidenLevel, [Int32]) {
        var built = built
        var rowBase = [Int](repeating: 0, count: built.count + 1)   // each run's first row
        var tieBase = rowBase                                       // and first tie
        for r in built.indices {
            rowBase[r + 1] = rowBase[r] + built[r].rowEnd.count
            tieBase[r + 1] = tieBase[r] + built[r].targets.count
        }
        let ties = tieBase[built.count]
        // Every slot is written below, by the run it belongs to.
        var level = LeidenLevel(n: count, offsets: .unwritten(count + 1), targets: .unwritten(ties),
                                weights: .unwritten(ties), nodeWeight: .unwritten(count))
        var partition = [Int32].unwritten(count)
        level.offsets[count] = ties
        built.withUnsafeMutableBufferPointer { built in
        level.offsets.withUnsafeMutableBufferPointer { offsets in
        level.targets.withUnsafeMutableBufferPointer { targets in
        level.weights.withUnsafeMutableBufferPointer { weights in
        level.nodeWeight.withUnsafeMutableBufferPointer { nodeWeight in
        partition.withUnsafeMutableBufferPointer { partition in
            chunksInParallel(built.count) { r, _ in
                let row = rowBase[r], tie = tieBase[r]
                var start = tie
                for (i, end) in built[r].rowEnd.enumerated() { offsets[row + i] = start; start = tie + end }
                Self.copy(built[r].targets, to: targets, at: tie)
                Self.copy(built[r].weights, to: weights, at: tie)
                Self.copy(built[r].nodeWeight, to: nodeWeight, at: row)
                Self.copy(built[r].partition, to: partition, at: row)
                built[r] = AggregatedRows()   // free the run as soon as it is copied
            }
        }
        }
        }
        }
        }
        }
        return (level, partition)
    }

    private static func copy<T: BitwiseCopyable>(_ run: [T], to all: UnsafeMutableBufferPointer<T>, at start: Int) {
        run.withUnsafeBufferPointer { run in
            guard let from = run.baseAddress, let to = all.baseAddress else { return }
            (to + start).initialize(from: from, count: run.count)
        }
    }

    /// Sorts one aggregated row's distinct targets ascending: insertion up to 32 of them (nearly
    /// every row of a deep level), else quicksort on the row's own buffer (median of three,
    /// insertion below 32). The ids are distinct, so any correct sort gives the same order; the
    /// standard library's sort is stable and sets up a merge buffer for every row (issue 28: on
    /// the national graph Leiden took 14.7 and 14.3 s with it, 14.6 and 13.5 s with insertion
    /// for short rows; on the national edge list, where the first level's rows hold about 200
    /// targets, the stable sort was 5% of Leiden's time).
    static func sortRow(_ ids: inout [Int32]) {
        ids.withUnsafeMutableBufferPointer { b in quicksort(b, 0, b.count - 1) }
    }

    private static func quicksort(_ b: UnsafeMutableBufferPointer<Int32>, _ low: Int, _ high: Int) {
        var low = low, high = high
        while high - low >= 32 {
            let mid = low + (high - low) / 2
            if b[mid] < b[low] { b.swapAt(mid, low) }
            if b[high] < b[low] { b.swapAt(high, low) }
            if b[high] < b[mid] { b.swapAt(high, mid) }
            let pivot = b[mid]
            var i = low, j = high
            while i <= j {
                while b[i] < pivot { i += 1 }
                while b[j] > pivot { j -= 1 }
                if i <= j { b.swapAt(i, j); i += 1; j -= 1 }
            }
            // Recurse into the smaller side, loop on the larger: depth O(log n).
            if j - low < high - i { quicksort(b, low, j); low = i } else { quicksort(b, i, high); high = j }
        }
        guard high > low else { return }
        for i in (low + 1)...high {
            let x = b[i]
            var j = i - 1
            while j >= low && b[j] > x { b[j + 1] = b[j]; j -= 1 }
            b[j + 1] = x
        }
    }
}

/// A run of aggregated rows: their ties end to end (`rowEnd[i]` ends row i, counted from the
/// run's start), each row's node weight and the community it lies in.
struct AggregatedRows {
    var rowEnd: [Int] = []
    var targets: [Int32] = []
    var weights: [Double] = []
    var nodeWeight: [Double] = []
    var partition: [Int32] = []
}

extension Array where Element: BitwiseCopyable {
    /// `count` elements left as the allocator gave them, for a caller that writes every one
    /// before reading it (no pass to zero memory that is overwritten anyway).
    static func unwritten(_ count: Int) -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
    }
}
