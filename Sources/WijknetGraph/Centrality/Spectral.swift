/// Why an iterative method gave no answer: it did not converge within its iteration budget.
public struct ConvergenceError: Error, Sendable, CustomStringConvertible {
    /// Which method, e.g. `"eigenvector centrality"`.
    public var method: String
    /// Iterations run (the budget).
    public var iterations: Int
    /// The last change `Σ|x_new − x_old|`, against the threshold `n · tolerance`.
    public var lastChange: Double
    /// `n · tolerance`: the change had to drop below this.
    public var threshold: Double
    public var description: String {
        "\(method) did not converge in \(iterations) iterations (last change \(lastChange), needed < \(threshold))."
    }
}

/// Eigenvector centrality by power iteration, as networkx `eigenvector_centrality` computes it.
///
/// Starts from the uniform vector `x_0 = 1/n` and iterates `x_{k+1} = (A + I) x_k / ‖(A + I) x_k‖₂`;
/// the shift by `I` keeps the iteration from oscillating on bipartite graphs (where `−λ` is
/// also an eigenvalue of `A`) without changing the eigenvector (Bonacich 1987,
/// DOI 10.1086/228631). Stops when `Σ_v |x_{k+1}(v) − x_k(v)| < n · tolerance`. Each row sum
/// adds the neighbours in ascending id order, as networkx does for nodes numbered in its order.
///
/// - Parameters:
///   - weighted: use tie weights in `A` (networkx `weight="weight"`); default unweighted, as
///     networkx's default.
///   - tolerance: per-node tolerance. The default `1e-13` is what the networkx reference values
///     were computed with (same start, same stopping rule), so they agree far within `1e-6`;
///     networkx's own default `1e-6` stops about 2e-5 short on Les Misérables. On a 20,000-node
///     ecosystem graph `1e-13` takes ~10% more iterations than `1e-12`.
///   - maxIterations: iteration budget.
/// - Returns: one value per node, unit Euclidean norm, all `≥ 0`; `[]` for the empty graph
///   (networkx raises there). A single node or isolates only: `1/√n` each. On a graph with
///   several components the mass concentrates in the component with the largest eigenvalue,
///   the others decay towards 0 (as in networkx; the eigenvector is not unique there).
/// - Throws: ``ConvergenceError`` with the iteration count and the last change — never a
///   silently unconverged answer.
/// - Complexity: `O((n + m) · iterations)`; rows are computed in parallel (each row by one
///   thread, in a fixed order, so the result does not depend on the thread count).
public func eigenvectorCentrality(_ g: Graph, weighted: Bool = false, tolerance: Double = 1e-13,
                                  maxIterations: Int = 10_000) throws -> [Double] {
    let n = g.nodeCount
    if n == 0 { return [] }
    var x = [Double](repeating: 1 / Double(n), count: n)
    var next = [Double](repeating: 0, count: n)
    let threshold = Double(n) * tolerance
    var change = Double.infinity
    for _ in 0..<maxIterations {
        // next = (A + I) x.
        x.withUnsafeBufferPointer { xp in
            next.withUnsafeMutableBufferPointer { np in
                g.targets.withUnsafeBufferPointer { tgt in
                    g.weights.withUnsafeBufferPointer { wt in
                        g.rowsInParallel { v in
                            var s = xp[v]
                            if weighted {
                                for i in g.slots(v) { s += xp[Int(tgt[i])] * wt[i] }
                            } else {
                                for i in g.slots(v) { s += xp[Int(tgt[i])] }
                            }
                            np[v] = s
                        }
                    }
                }
            }
        }
        var sq = 0.0
        for v in 0..<n { sq += next[v] * next[v] }
        let norm = sq > 0 ? sq.squareRoot() : 1
        change = 0
        for v in 0..<n {
            next[v] /= norm
            change += abs(next[v] - x[v])
        }
        swap(&x, &next)
        if change < threshold { return x }
    }
    throw ConvergenceError(method: "eigenvector centrality", iterations: maxIterations, lastChange: change,
                           threshold: threshold)
}

/// PageRank, as networkx `pagerank` computes it (Page, Brin, Motwani & Winograd 1999; Langville
/// & Meyer 2004, DOI 10.1080/15427951.2004.10129091).
///
/// Each undirected tie is two arcs. With `P[u, v] = w(u, v) / s(u)` (`s` the strength, or the
/// degree and `w = 1` unweighted), it iterates from `x_0 = 1/n`:
/// `x_{k+1}(v) = α (Σ_u x_k(u) P[u, v] + D_k / n) + (1 − α) / n`, where `D_k` is the score held
/// by dangling nodes (isolates), spread uniformly — networkx's defaults (no personalization,
/// dangling weights uniform). Stops when `Σ_v |x_{k+1}(v) − x_k(v)| < n · tolerance`.
///
/// - Parameters:
///   - alpha: damping factor (networkx default `0.85`).
///   - weighted: default `true`, as networkx's default `weight="weight"`.
///   - tolerance: per-node tolerance; the default `1e-13` is what the networkx reference values
///     were computed with (networkx's own default is `1e-6`).
///   - maxIterations: iteration budget.
/// - Returns: one value per node, summing to 1; `[]` for the empty graph; `[1]` for one node.
/// - Throws: ``ConvergenceError``.
/// - Complexity: `O((n + m) · iterations)`; iterations `≈ log(tolerance) / log(alpha)`.
public func pageRank(_ g: Graph, alpha: Double = 0.85, weighted: Bool = true, tolerance: Double = 1e-13,
                     maxIterations: Int = 10_000) throws -> [Double] {
    let n = g.nodeCount
    if n == 0 { return [] }
    // Transition probability of each slot (row v, neighbour u): P[u, v] = w · (1 / s(u)),
    // the product networkx's normalized sparse matrix holds.
    var inverseOut = [Double](repeating: 0, count: n)
    for u in 0..<n {
        let s = weighted ? g.strength(u) : Double(g.degree(u))
        if s != 0 { inverseOut[u] = 1 / s }
    }
    let transition = (0..<g.targets.count).map { i in
        (weighted ? g.weights[i] : 1) * inverseOut[Int(g.targets[i])]
    }
    let dangling = (0..<n).filter { g.degree($0) == 0 }
    let p = 1 / Double(n)
    var x = [Double](repeating: p, count: n)
    var next = [Double](repeating: 0, count: n)
    let threshold = Double(n) * tolerance
    var change = Double.infinity
    for _ in 0..<maxIterations {
        var danglingMass = 0.0
        for v in dangling { danglingMass += x[v] }
        let spread = danglingMass * p
        x.withUnsafeBufferPointer { xp in
            next.withUnsafeMutableBufferPointer { np in
                transition.withUnsafeBufferPointer { tp in
                    g.targets.withUnsafeBufferPointer { tgt in
                        g.rowsInParallel { v in
                            var s = 0.0
                            for i in g.slots(v) { s += xp[Int(tgt[i])] * tp[i] }
                            np[v] = alpha * (s + spread) + (1 - alpha) * p
                        }
                    }
                }
            }
        }
        change = 0
        for v in 0..<n { change += abs(next[v] - x[v]) }
        swap(&x, &next)
        if change < threshold { return x }
    }
    throw ConvergenceError(method: "PageRank", iterations: maxIterations, lastChange: change, threshold: threshold)
}
