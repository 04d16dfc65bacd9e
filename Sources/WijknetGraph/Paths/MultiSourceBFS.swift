/// Distances from up to 64 sources at once, one bit per source: multi-source breadth-first
/// search (Then, Kaufmann, Chirigati, Hoang-Vu, Pham, Kemper, Neumann & Vo, "The More the
/// Merrier: Efficient Multi-Source Graph Traversal", PVLDB 8(4) 2014, DOI 10.14778/2735496.2735507).
///
/// For a batch of sources, `seen[v]` has bit `i` set once source `i` has reached `v`, and
/// `frontier[v]` the bits that reached `v` at the current level `d`. The next level is, for
/// every node, `(OR of frontier[u] over its neighbours u) & ~seen[v]` — one scan of the
/// adjacency serves all 64 searches, and each node's row is read by one thread and writes only
/// that node's words (a pull step), so the rows run in parallel without locks.
///
/// Used for closeness and harmonic estimated from sampled sources (``PathCentrality``): per target
/// `v` it sums, over the sources `s ≠ v` reaching it, `d(s, v)`, `1/d(s, v)` and their number —
/// the same totals as ``AllSourcesPass`` with `perTarget`, level by level: `c` sources first
/// reaching `v` at level `d` add `c·d`, `c/d` and `c`. Sums of `c·d` and counts are integers,
/// exact in a `Double`; `Σ c/d` is added per node in batch-then-level order, fixed by the
/// sources alone, so the result does not depend on the number of threads (it may differ from
/// the source-by-source pass in the last bits of the harmonic sums).
///
/// - Complexity: `O(⌈k/64⌉ · L · (n + m))` for `k` sources and `L` levels (the eccentricity of
///   the batch), against `O(k (n + m))` one search at a time; memory `24n` bytes.
enum MultiSourceBFS {
    static func toTargetTotals(_ g: Graph, sources: [Int], workers: Int) -> [DistanceTotals] {
        let n = g.nodeCount
        var totals = [DistanceTotals](repeating: .zero, count: n)
        guard n > 0, !sources.isEmpty else { return totals }
        var seen = [UInt64](repeating: 0, count: n)
        var frontier = [UInt64](repeating: 0, count: n)
        var next = [UInt64](repeating: 0, count: n)
        let blocks = n >= 4096 ? 16 * max(1, workers) : 1
        var changed = [Bool](repeating: false, count: blocks)
        g.offsets.withUnsafeBufferPointer { off in
            g.targets.withUnsafeBufferPointer { tgt in
                for first in stride(from: 0, to: sources.count, by: 64) {
                    let batch = sources[first..<min(sources.count, first + 64)]
                    for v in 0..<n { seen[v] = 0; frontier[v] = 0 }
                    for (i, s) in batch.enumerated() { seen[s] |= 1 << UInt64(i); frontier[s] |= 1 << UInt64(i) }
                    let full: UInt64 = batch.count == 64 ? ~0 : (1 << UInt64(batch.count)) - 1
                    var level = 1.0
                    while true {
                        seen.withUnsafeMutableBufferPointer { sp in
                            frontier.withUnsafeBufferPointer { fp in
                                next.withUnsafeMutableBufferPointer { np in
                                    totals.withUnsafeMutableBufferPointer { tp in
                                        changed.withUnsafeMutableBufferPointer { cp in
                                            parallelFor(blocks) { b in
                                                var any = false
                                                for v in (b * n / blocks)..<((b + 1) * n / blocks) {
                                                    let missing = full & ~sp[v]
                                                    guard missing != 0 else { np[v] = 0; continue }
                                                    var acc: UInt64 = 0
                                                    for i in off[v]..<off[v + 1] { acc |= fp[Int(tgt[i])] }
                                                    let new = acc & missing
                                                    np[v] = new
                                                    if new != 0 {
                                                        any = true
                                                        sp[v] |= new
                                                        let c = Double(new.nonzeroBitCount)
                                                        tp[v].distance += c * level
                                                        tp[v].inverseDistance += c / level
                                                        tp[v].reached += c
                                                    }
                                                }
                                                cp[b] = any
                                            }
                                        }
                                    }
                                }
                            }
                        }
                        swap(&frontier, &next)
                        if !changed.contains(true) { break }
                        level += 1
                    }
                }
            }
        }
        return totals
    }
}
