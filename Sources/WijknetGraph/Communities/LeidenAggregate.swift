extension LeidenLevel {
    /// The graph of the `count` sub-communities in `refined` (tie weights summed, inner ties
    /// dropped, node weights summed) and the community of `partition` each one lies in.
    ///
    /// Row `k` lists the sub-communities `k`'s members are tied to in the order first met
    /// (members in node order, each member's ties in row order), each with the summed weight
    /// (added in that order). Runs of rows are built on the cores in chunks, each into arrays
    /// of its own, then joined in order: the level is the same whichever core built which run.
    ///
    /// Rows are not sorted: nothing needs it, as every scan of a row is in a fixed order
    /// either way. Issue 28: the rows of the national edge list's first aggregate hold about
    /// 200 ties each, 27 million in all, and sorting them took a quarter of each aggregation
    /// (the first level's 0.51 s went to 0.37–0.41 s without, in every iteration).
    /// - Complexity: `O(n + m)`; memory for the new level's ties twice while the runs are
    ///   joined.
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
    ///
    /// The tie loop has no branch on the data: each tie's sub-community is written at
    /// `touched[distinct]` and kept when first met, its own included (dropped when the row is
    /// written). Issue 28: a mispredicted branch per new target stalled the cache misses behind
    /// it (national edge list, first iteration: the first level's aggregation went from 0.41 to
    /// 0.33 s, the second's from 0.098 to 0.062 s).
    private func aggregatedRows(_ ks: Range<Int>, refined: [Int32], start: [Int], members: [Int32],
                                partition: [Int32], acc: inout [Double]) -> AggregatedRows {
        var rows = AggregatedRows()
        rows.rowEnd.reserveCapacity(ks.count)
        var touched = [Int32](repeating: 0, count: 256)
        refined.withUnsafeBufferPointer { refined in
        members.withUnsafeBufferPointer { members in
        offsets.withUnsafeBufferPointer { offsets in
        targets.withUnsafeBufferPointer { targets in
        weights.withUnsafeBufferPointer { weights in
        acc.withUnsafeMutableBufferPointer { acc in
            for k in ks {
                var distinct = 0
                var weight = 0.0
                for i in start[k]..<start[k + 1] {
                    let v = Int(members[i])
                    weight += nodeWeight[v]
                    let ties = offsets[v]..<offsets[v + 1]
                    if distinct + ties.count > touched.count {
                        touched.append(contentsOf: repeatElement(0, count: max(touched.count, ties.count)))
                    }
                    touched.withUnsafeMutableBufferPointer { touched in
                        for s in ties {
                            let other = refined[Int(targets[s])]
                            touched[distinct] = other
                            distinct &+= acc[Int(other)] == 0 ? 1 : 0
                            acc[Int(other)] += weights[s]
                        }
                    }
                }
                for j in 0..<distinct {
                    let t = touched[j]
                    if Int(t) != k {
                        rows.targets.append(t)
                        rows.weights.append(acc[Int(t)])
                    }
                    acc[Int(t)] = 0
                }
                rows.rowEnd.append(rows.targets.count)
                rows.nodeWeight.append(weight)
                rows.partition.append(partition[Int(members[start[k]])])
            }
        }
        }
        }
        }
        }
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
