/// The one breadth-first search that splits a node set into connected parts, shared by
/// ``connectedComponents(_:)`` (every tie joins), ``connectedParts(_:of:)`` (a tie joins only
/// inside a community) and Leiden's refinement (the same on an aggregate level's arrays).
///
/// Nodes are `0..<offsets.count - 1` of a CSR adjacency (`targets[offsets[v] ..< offsets[v + 1]]`
/// are the neighbours of `v`). A search starts from each node not yet reached, in ascending
/// order, and crosses the tie `v – w` only when `joins(v, w)`; so parts are numbered in order
/// of their smallest node, which makes every caller deterministic.
///
/// - Returns: the part of each node and the size of each part.
/// - Complexity: `O(n + m)` time; one queue of `n` slots, reused for every part (invariant:
///   it holds exactly the nodes of the part being grown).
@inline(__always)
func splitIntoConnectedParts(offsets: [Int], targets: [Int32], joins: (Int, Int) -> Bool) -> (part: [Int], sizes: [Int]) {
    let n = max(0, offsets.count - 1)
    var part = [Int](repeating: -1, count: n)
    var sizes: [Int] = []
    var queue: [Int] = []
    queue.reserveCapacity(n)
    for s in 0..<n where part[s] < 0 {
        let c = sizes.count
        part[s] = c
        queue.removeAll(keepingCapacity: true)
        queue.append(s)
        var head = 0
        while head < queue.count {
            let v = queue[head]; head += 1
            for i in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[i])
                if part[w] < 0 && joins(v, w) { part[w] = c; queue.append(w) }
            }
        }
        sizes.append(queue.count)
    }
    return (part, sizes)
}
