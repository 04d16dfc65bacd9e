/// Ties within and between groups, and Krackhardt & Stern's E-I index
/// (Krackhardt & Stern 1988, DOI 10.2307/2786835) against its random baseline.
///
/// `EI = (E − I) / (E + I)` with `E` ties between groups and `I` ties within: −1 when every
/// tie stays inside a group, +1 when every tie crosses. Its **expected value** if ties fell at
/// random between the `C(n, 2)` pairs, given the group sizes, is
/// `(E* − I*) / (E* + I*)` with `I* = Σ_g C(n_g, 2)` possible internal pairs and
/// `E* = C(n, 2) − I*` possible external ones. Per group `g` (ties touching `g`):
/// `E*_g = n_g (n − n_g)`, `I*_g = C(n_g, 2)`. Per node `v` in `g`: observed
/// `(E_v − I_v) / deg(v)`, expected `((n − n_g) − (n_g − 1)) / (n − 1)`.
/// Undefined values (no ties, or one node) are `NaN`.
public struct Mixing: Sendable {
    public let groupCount: Int
    /// `ties[g][h]`: number of ties between groups `g` and `h` (symmetric).
    public var ties: [[Int]]
    /// `weights[g][h]`: their summed weight (symmetric).
    public var weights: [[Double]]
    public var ei: Double
    public var eiExpected: Double
    public var eiByGroup: [Double]
    public var eiExpectedByGroup: [Double]
    public var eiByNode: [Double]
    public var eiExpectedByNode: [Double]

    /// The pairs of nodes that could be tied within a group (`I* = Σ_g C(n_g, 2)`) and between
    /// groups (`E* = C(n, 2) − I*`), for groups of these sizes: the random baseline of the E-I
    /// index, and of any count of ties between groups.
    public static func possiblePairs(sizes: [Int]) -> (internal: Double, external: Double) {
        let n = Double(sizes.reduce(0, +))
        let within = sizes.reduce(0.0) { $0 + Double($1) * Double($1 - 1) / 2 }
        return (within, n * (n - 1) / 2 - within)
    }

    /// - Parameters:
    ///   - groups: group id per node, in `0..<groupCount`.
    /// - Complexity: `O(n + m + groupCount²)`.
    public init(_ g: Graph, groups: [Int], groupCount: Int) {
        precondition(groups.count == g.nodeCount, "one group per node")
        let n = g.nodeCount
        self.groupCount = groupCount
        var ties = [[Int]](repeating: [Int](repeating: 0, count: groupCount), count: groupCount)
        var weights = [[Double]](repeating: [Double](repeating: 0, count: groupCount), count: groupCount)
        var size = [Int](repeating: 0, count: groupCount)
        for v in 0..<n { size[groups[v]] += 1 }
        var internalTies = 0, externalTies = 0
        var gInternal = [Int](repeating: 0, count: groupCount), gExternal = [Int](repeating: 0, count: groupCount)
        for e in g.edges {
            let a = groups[e.u], b = groups[e.v]
            ties[a][b] += 1; weights[a][b] += e.weight
            if a != b { ties[b][a] += 1; weights[b][a] += e.weight }
            if a == b { internalTies += 1; gInternal[a] += 1 } else { externalTies += 1; gExternal[a] += 1; gExternal[b] += 1 }
        }
        self.ties = ties
        self.weights = weights
        func index(_ e: Double, _ i: Double) -> Double { e + i > 0 ? (e - i) / (e + i) : .nan }
        ei = index(Double(externalTies), Double(internalTies))
        let possible = Self.possiblePairs(sizes: size)
        eiExpected = index(possible.external, possible.internal)
        eiByGroup = (0..<groupCount).map { index(Double(gExternal[$0]), Double(gInternal[$0])) }
        eiExpectedByGroup = (0..<groupCount).map { k in
            let ng = Double(size[k])
            return index(ng * (Double(n) - ng), ng * (ng - 1) / 2)
        }
        var byNode = [Double](repeating: .nan, count: n)
        var expectedNode = [Double](repeating: .nan, count: n)
        for v in 0..<n {
            var ext = 0, int = 0
            for i in g.slots(v) { if groups[Int(g.targets[i])] == groups[v] { int += 1 } else { ext += 1 } }
            byNode[v] = index(Double(ext), Double(int))
            if n > 1 {
                let ng = Double(size[groups[v]])
                expectedNode[v] = ((Double(n) - ng) - (ng - 1)) / Double(n - 1)
            }
        }
        eiByNode = byNode
        eiExpectedByNode = expectedNode
    }
}
