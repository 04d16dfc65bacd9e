/// Key-player sets (Borgatti 2006): the `k` candidates whose removal fragments the graph most
/// (KPP-Neg, ``fragment(_:candidates:k:options:)``) or who together reach the most targets
/// (KPP-Pos, ``reach(_:candidates:targets:k:distance:options:)``).
///
/// **Search.** Borgatti's heuristic: a start set, then the swap optimisation — for each member
/// in turn and each non-member in ascending id, swap them when that strictly improves the
/// score and keep the swap; repeat passes until a whole pass finds no improvement (a local
/// optimum: no single swap helps). The first start is greedy (add, `k` times, the candidate that
/// improves the score most, lowest id on ties); each of the further `restarts` starts from a
/// random `k`-subset of the candidates drawn with ``SeededGenerator`` seeded by `seed`. The
/// best local optimum wins (the earliest start on ties). Same inputs and seed → same set.
///
/// **Exact.** When `C(P, k) ≤ exactLimit` for `P` candidates, every `k`-subset is scored too
/// (lexicographic order, the first best kept) and ``KeyPlayerSet/exact`` tells whether the
/// heuristic's score equals the optimum (the set may differ when several sets tie).
///
/// **Scores** compare lexicographically as ``KeyPlayerScore`` `(primary, secondary)`: for
/// fragment `(DF, 0)`; for reach `(reached, weighted reach)` — the most targets within `D`
/// first, then the closest.
///
/// - Complexity: one score evaluation costs `E` (fragment: ``FragmentationEvaluator``, reach:
///   `O(k · |T|)` after `O(P · (n + m))`); greedy `O(k · P)` evaluations, each swap pass
///   `O(k · P)` evaluations; exact `C(P, k)` evaluations.
///
/// Reference: S. P. Borgatti, "Identifying sets of key players in a social network",
/// Computational and Mathematical Organization Theory 12 (2006) 21–34, DOI 10.1007/s10588-006-7084-x.
public enum KeyPlayers {
    /// Search settings.
    public struct Options: Sendable {
        /// Random starts after the greedy one.
        public var restarts: Int = 4
        /// Seed for the random starts.
        public var seed: UInt64 = 1
        /// Enumerate every `k`-subset when there are at most this many.
        public var exactLimit: Int = 1_000_000
        /// Threads for the fragmentation evaluations (results do not depend on it); one unless
        /// the caller asks for more.
        public var workers: Int = 1
        /// Told each start done (`key players`, in starts) and the exact check's subsets
        /// (`key players: exact check`, every 1,024); `nil` tells nothing.
        public var progress: ProgressCallback?
        public init(restarts: Int = 4, seed: UInt64 = 1, exactLimit: Int = 1_000_000,
                    workers: Int = 1, progress: ProgressCallback? = nil) {
            self.restarts = restarts; self.seed = seed; self.exactLimit = exactLimit; self.workers = workers
            self.progress = progress
        }
    }

    /// KPP-Neg: the `k` candidates whose removal maximises ``FragmentationEvaluator`` `DF` of
    /// the remaining graph.
    /// - Precondition: `candidates.count == graph.nodeCount`, `1 ≤ k ≤ #candidates`, and at
    ///   least two nodes remain (`nodeCount − k ≥ 2`), so `DF` is defined.
    public static func fragment(_ graph: Graph, candidates: [Bool], k: Int,
                                options: Options = Options()) -> KeyPlayerSet {
        precondition(candidates.count == graph.nodeCount, "mask must have one entry per node")
        precondition(graph.nodeCount - k >= 2, "DF needs at least two remaining nodes")
        let evaluator = FragmentationEvaluator(graph, workers: options.workers)
        var mask = [Bool](repeating: false, count: graph.nodeCount)
        return search((0..<graph.nodeCount).filter { candidates[$0] }, k: k, options: options) { set in
            for v in set { mask[v] = true }
            defer { for v in set { mask[v] = false } }
            return KeyPlayerScore(primary: evaluator.value(removing: mask), secondary: 0)
        }
    }

    /// KPP-Pos: the `k` candidates that reach the most targets within `distance` (then the
    /// highest distance-weighted reach); see ``ReachEvaluator`` for the definitions.
    /// - Precondition: masks of `graph.nodeCount` entries, `1 ≤ k ≤ #candidates`, at least one
    ///   target, `distance ≥ 1`.
    public static func reach(_ graph: Graph, candidates: [Bool], targets: [Bool], k: Int,
                             distance: Int, options: Options = Options()) -> KeyPlayerSet {
        let evaluator = ReachEvaluator(graph, candidates: candidates, targets: targets,
                                       distance: distance, workers: options.workers)
        precondition(!evaluator.targets.isEmpty, "reach needs at least one target")
        return search(evaluator.candidates, k: k, options: options) { set in
            let s = evaluator.score(set)
            return KeyPlayerScore(primary: Double(s.reached), secondary: s.weighted)
        }
    }

    /// `C(n, k)`, or `nil` when it exceeds `limit`.
    static func binomial(_ n: Int, _ k: Int, limit: Int) -> Int? {
        if k < 0 || k > n { return 0 }
        var c = 1
        for i in 0..<min(k, n - k) {
            c = c * (n - i) / (i + 1)   // exact: a binomial at every step
            if c > limit { return nil }
        }
        return c
    }

    /// The search over `candidates` (ascending node ids) with the objective `score`.
    static func search(_ candidates: [Int], k: Int, options: Options,
                       score: (_ set: [Int]) -> KeyPlayerScore) -> KeyPlayerSet {
        let p = candidates.count
        precondition(k >= 1 && k <= p, "k must be between 1 and the number of candidates (\(p))")
        var evaluations = 0
        func eval(_ set: [Int]) -> KeyPlayerScore { evaluations += 1; return score(set) }

        // Greedy start.
        var greedy: [Int] = []
        var bestSingle: (Int, KeyPlayerScore)?   // the greedy's first step scores every singleton
        var inSet = [Bool](repeating: false, count: p)   // by candidate index
        for _ in 0..<k {
            var best: (Int, KeyPlayerScore)?
            for c in 0..<p where !inSet[c] {
                let s = eval((greedy + [c]).map { candidates[$0] })
                if best == nil || s > best!.1 { best = (c, s) }
            }
            greedy.append(best!.0); inSet[best!.0] = true
            if bestSingle == nil { bestSingle = (candidates[best!.0], best!.1) }
        }

        /// Swap optimisation from `start` (candidate indices) to a local optimum.
        func improve(_ start: [Int]) -> ([Int], KeyPlayerScore) {
            var set = start
            var member = [Bool](repeating: false, count: p)
            for c in set { member[c] = true }
            var current = eval(set.map { candidates[$0] })
            var improved = true
            while improved {
                improved = false
                for i in 0..<k {
                    for c in 0..<p where !member[c] {
                        var trial = set
                        trial[i] = c
                        let s = eval(trial.map { candidates[$0] })
                        if s > current {
                            member[set[i]] = false; member[c] = true
                            set = trial; current = s; improved = true
                        }
                    }
                }
            }
            return (set, current)
        }

        let progress = options.progress
        let starts = 1 + max(0, options.restarts)
        var (bestSet, bestScore) = improve(greedy)
        progress?.update("key players", done: 1, total: starts, unit: "starts")
        var rng = SeededGenerator(seed: options.seed)
        for r in 0..<max(0, options.restarts) {
            let (set, s) = improve(rng.sample(k, from: p))
            if s > bestScore { bestSet = set; bestScore = s }
            progress?.update("key players", done: r + 2, total: starts, unit: "starts")
        }
        progress?.finish("key players")
        let heuristicEvaluations = evaluations

        var exact: KeyPlayerSet.Exact?
        if let total = binomial(p, k, limit: options.exactLimit) {
            var combo = Array(0..<k)
            var optimum: ([Int], KeyPlayerScore)?
            for done in 0..<total {
                if done & 1023 == 0 { progress?.update("key players: exact check", done: done, total: total, unit: "sets") }
                let s = score(combo.map { candidates[$0] })
                if optimum == nil || s > optimum!.1 { optimum = (combo, s) }
                // Next combination in lexicographic order.
                var i = k - 1
                while i >= 0 && combo[i] == p - k + i { i -= 1 }
                if i < 0 { break }
                combo[i] += 1
                for j in (i + 1)..<k { combo[j] = combo[j - 1] + 1 }
            }
            progress?.finish("key players: exact check")
            exact = KeyPlayerSet.Exact(members: optimum!.0.map { candidates[$0] }.sorted(),
                                       score: optimum!.1, subsets: total,
                                       heuristicFoundIt: !(optimum!.1 > bestScore))
        }
        return KeyPlayerSet(members: bestSet.map { candidates[$0] }.sorted(), score: bestScore,
                            evaluations: heuristicEvaluations, exact: exact,
                            bestSingle: bestSingle!.0, bestSingleScore: bestSingle!.1)
    }
}

/// A set's score: compared lexicographically, `primary` first (see ``KeyPlayers``).
public struct KeyPlayerScore: Sendable, Hashable, Comparable, Codable {
    /// Fragment: `DF`. Reach: targets reached within the distance limit.
    public var primary: Double
    /// Fragment: 0. Reach: the distance-weighted reach.
    public var secondary: Double
    public init(primary: Double, secondary: Double) { self.primary = primary; self.secondary = secondary }
    public static func < (a: Self, b: Self) -> Bool {
        a.primary != b.primary ? a.primary < b.primary : a.secondary < b.secondary
    }
}

/// The result of a key-player search.
public struct KeyPlayerSet: Sendable, Hashable {
    /// The heuristic's set, ascending node ids.
    public var members: [Int]
    /// Its score.
    public var score: KeyPlayerScore
    /// Score evaluations the heuristic used (greedy, swaps, restarts).
    public var evaluations: Int
    /// The exact optimum, when there were at most `exactLimit` subsets; else `nil`.
    public var exact: Exact?
    /// The best single candidate (exact: the greedy's first step scores every one; lowest id
    /// on ties) and its score.
    public var bestSingle: Int
    public var bestSingleScore: KeyPlayerScore

    /// The optimum by enumeration.
    public struct Exact: Sendable, Hashable {
        /// The first best subset in lexicographic order of candidate index, ascending node ids.
        public var members: [Int]
        public var score: KeyPlayerScore
        /// Subsets scored: `C(P, k)`.
        public var subsets: Int
        /// `true` when the heuristic's score equals the optimum's.
        public var heuristicFoundIt: Bool
    }
}
