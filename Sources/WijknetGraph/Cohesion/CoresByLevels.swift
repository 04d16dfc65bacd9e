import Synchronization

/// Core numbers peeled level by level on two threads: Kabir & Madduri's PKC, the parallel form
/// of ``coreNumbers(_:)``'s peeling, with the same result (core numbers are unique).
///
/// For `k = 0, 1, 2, …` until every node is peeled: each thread first collects the nodes of its
/// half whose current degree is `k`; then (after both have) peels them and what they set free:
/// a neighbour `u` with degree above `k` loses one (an atomic decrement), and the thread whose
/// decrement takes it from `k + 1` to `k` adds it to its own list; a decrement that finds `u`
/// at `k` or below already (another thread got there first) is undone. So every node is peeled
/// once, by one thread, at its core number, which its degree then holds.
///
/// Why it is right, by hand on the path `a – b – c` (degrees 1, 2, 1): level 0 collects
/// nothing; level 1 collects `a` and `c`. Peeling `a` takes `b` from 2 to 1 (`k + 1 → k`:
/// `b` joins that thread's list); peeling `c` finds `b` at 1, not above `k`, and leaves it;
/// peeling `b` finds `a` and `c` at 1. All three end at 1, the path's core number. Had both
/// threads decremented `b` at once (2 → 1 → 0), the second sees 1 (`≤ k`) and adds it back.
///
/// - Reference: H. Kabir & K. Madduri, "Parallel k-core decomposition on multicore platforms",
///   IEEE IPDPSW 2017, DOI 10.1109/IPDPSW.2017.151.
@available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *)
func coreNumbersByLevels(_ g: Graph) -> [Int] {
    let n = g.nodeCount
    let degree = UnsafeMutablePointer<Atomic<Int32>>.allocate(capacity: n)
    for v in 0..<n { (degree + v).initialize(to: Atomic(Int32(truncatingIfNeeded: g.degree(v)))) }
    defer {
        degree.deinitialize(count: n)
        degree.deallocate()
    }
    var lists = [[Int32]](repeating: [], count: 2)
    var peeled = 0
    var level: Int32 = 0
    g.offsets.withUnsafeBufferPointer { off in
    g.targets.withUnsafeBufferPointer { tgt in
    lists.withUnsafeMutableBufferPointer { lists in
        while peeled < n {
            parallelFor(2) { t in
                lists[t].removeAll(keepingCapacity: true)
                for v in (t * n / 2)..<((t + 1) * n / 2) where degree[v].load(ordering: .relaxed) == level {
                    lists[t].append(Int32(truncatingIfNeeded: v))
                }
            }
            parallelFor(2) { t in
                var i = 0
                while i < lists[t].count {
                    let v = Int(lists[t][i])
                    i += 1
                    for s in off[v]..<off[v + 1] {
                        let u = Int(tgt[s])
                        guard degree[u].load(ordering: .relaxed) > level else { continue }
                        let before = degree[u].subtract(1, ordering: .relaxed).oldValue
                        if before == level + 1 { lists[t].append(Int32(truncatingIfNeeded: u)) }
                        if before <= level { degree[u].add(1, ordering: .relaxed) }
                    }
                }
            }
            peeled += lists[0].count + lists[1].count
            level += 1
        }
    }
    }
    }
    return (0..<n).map { Int(degree[$0].load(ordering: .relaxed)) }
}
