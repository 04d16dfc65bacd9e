/// Betweenness of every node estimated from sampled shortest paths, within `±epsilon` of the
/// exact value for all nodes at once with probability at least `1 − delta` — what
/// ``RiondatoKornaropoulos`` and ``Kadabra`` return.
///
/// **Scale.** Both algorithms sample ordered pairs `(s, t)`, `s ≠ t`, uniformly and one shortest
/// `s`–`t` path uniformly; the share of samples whose path has `v` inside estimates
/// `b̄(v) = Σ_{s≠t} σ_st(v) / σ_st / (n(n − 1))` (their normalization). networkx (and
/// ``PathCentrality``) divide the same sum by `(n − 1)(n − 2)` instead: `b(v) = b̄(v) · n/(n − 2)`.
/// So to guarantee `±ε` on `b`, the algorithms run with `λ = ε (n − 2)/n` on `b̄`
/// (``pairPrecision(_:nodes:)``) and the estimates are scaled by `n/(n − 2)`. Unnormalized
/// values are `b̄ · n(n − 1)/2` (unordered pairs, as networkx), and then the guarantee is
/// `±ε (n − 1)(n − 2)/2`. For `n ≤ 2` nothing lies between two others: all zeros, exactly.
public struct BetweennessEstimate: Sendable, Equatable {
    /// The sampling algorithm behind the estimates.
    public enum Method: String, Sendable, Codable, CaseIterable {
        /// Riondato & Kornaropoulos 2016: a fixed number of samples from the vertex diameter.
        case riondatoKornaropoulos = "riondato-kornaropoulos"
        /// Borassi & Natale 2019: adaptive stopping, balanced bidirectional BFS (unweighted).
        case kadabra
    }

    /// Betweenness per node id (normalized as networkx unless asked otherwise).
    public var betweenness: [Double]
    public var method: Method
    /// Largest absolute error on any node's normalized betweenness (networkx's scale).
    public var epsilon: Double
    /// Probability that some node misses ``epsilon``, at most.
    public var delta: Double
    /// Sampled paths the estimates are averages of.
    public var samples: Int
    /// KADABRA's first phase (paths that only set the per-node confidence split); `0` for RK.
    public var calibrationSamples: Int
    /// The most samples the method could take: RK's `r` (equal to ``samples``), KADABRA's `ω`.
    public var sampleBound: Int
    /// The upper bound on the vertex diameter used (see ``vertexDiameterBound(_:weighted:components:)``).
    public var vertexDiameterBound: Int

    /// `λ = ε (n − 2) / n`: the precision on the algorithms' own scale `b̄` that gives `ε` on `b`.
    public static func pairPrecision(_ epsilon: Double, nodes n: Int) -> Double {
        n > 2 ? epsilon * Double(n - 2) / Double(n) : epsilon
    }

    /// Scales per-node path counts out of `samples` to betweenness (see the type's documentation).
    static func scaled(_ counts: [UInt32], samples: Int, normalized: Bool) -> [Double] {
        let n = counts.count
        guard n > 2, samples > 0 else { return [Double](repeating: 0, count: n) }
        let factor = normalized ? Double(n) / Double(n - 2) : Double(n) * Double(n - 1) / 2
        return counts.map { Double($0) / Double(samples) * factor }
    }

    /// The trivial estimate of a graph with no node between two others.
    static func zeros(_ n: Int, method: Method, epsilon: Double, delta: Double, vertexDiameter: Int) -> BetweennessEstimate {
        BetweennessEstimate(betweenness: [Double](repeating: 0, count: n), method: method, epsilon: epsilon, delta: delta,
                            samples: 0, calibrationSamples: 0, sampleBound: 0, vertexDiameterBound: vertexDiameter)
    }
}
