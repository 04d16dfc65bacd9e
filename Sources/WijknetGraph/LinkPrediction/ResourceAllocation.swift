/// A predicted link: two nodes without a tie that share neighbours.
public struct PredictedLink: Sendable, Equatable {
    public var u: Int
    public var v: Int
    /// Resource allocation: `Σ_{z ∈ Γ(u) ∩ Γ(v)} 1 / deg(z)`.
    public var resourceAllocation: Double
    /// Adamic–Adar: `Σ_{z ∈ Γ(u) ∩ Γ(v)} 1 / ln deg(z)` (`deg(z) ≥ 2` always holds for a shared neighbour).
    public var adamicAdar: Double
    /// Number of shared neighbours (of the `via` kind).
    public var commonCount: Int

    public init(u: Int, v: Int, resourceAllocation: Double, adamicAdar: Double, commonCount: Int) {
        self.u = u; self.v = v; self.resourceAllocation = resourceAllocation; self.adamicAdar = adamicAdar; self.commonCount = commonCount
    }
}

/// The neighbours `u` and `v` share that satisfy `via`, ascending (a merge of two sorted rows).
/// - Complexity: `O(deg u + deg v)`.
public func sharedNeighbours(_ g: Graph, _ u: Int, _ v: Int, via: [Bool]) -> [Int] {
    var i = g.offsets[u], j = g.offsets[v]
    let iEnd = g.offsets[u + 1], jEnd = g.offsets[v + 1]
    var out: [Int] = []
    while i < iEnd && j < jEnd {
        let a = g.targets[i], b = g.targets[j]
        if a == b { if via[Int(a)] { out.append(Int(a)) }; i += 1; j += 1 } else if a < b { i += 1 } else { j += 1 }
    }
    return out
}

/// Scores every pair of `candidate` nodes that are not tied but share neighbours of the `via`
/// kind (e.g. partners who serve the same young people or places).
///
/// Resource allocation (Zhou, Lü & Zhang 2009, DOI 10.1140/epjb/e2009-00335-8) sends one unit
/// from `u` through each shared neighbour `z`, split evenly over `z`'s ties: a young person seen
/// by two partners only links them strongly; a school seen by every partner links each pair
/// weakly. Adamic–Adar (Adamic & Adar 2003, DOI 10.1016/S0378-8733(03)00009-1; as a link
/// predictor, Liben-Nowell & Kleinberg 2007, DOI 10.1002/asi.20591) is reported beside it.
///
/// This stores every link: `O(Σ c(z)²)` memory, which on one place shared by 8,000 candidates
/// is 32 million links (1.3 GB). To keep only the best few, stream them through
/// ``forEachPredictedLink(_:candidates:via:_:)`` or select with
/// ``topPredictedLinks(_:candidates:via:top:crossGroupsFirst:)``.
///
/// - Parameters:
///   - candidates: one flag per node: the nodes that may be linked.
///   - via: one flag per node: the nodes through which a shared neighbour counts.
/// - Returns: links with `u < v`, sorted by `(u, v)`; ask ``sharedNeighbours(_:_:_:via:)`` for
///   the shared nodes of the links you keep (storing them for every pair would cost
///   `O(Σ c(z)²)` memory). Empty when no two candidates share a `via` neighbour.
/// - Precondition: `candidates.count == via.count == g.nodeCount`.
/// - Complexity: `O(Σ_{z via} c(z)²)` time and memory, with `c(z)` the candidate neighbours of `z`.
public func predictedLinks(_ g: Graph, candidates: [Bool], via: [Bool]) -> [PredictedLink] {
    var out: [PredictedLink] = []
    forEachPredictedLink(g, candidates: candidates, via: via) { out.append($0) }
    return out
}

/// Calls `body` with every predicted link (see ``predictedLinks(_:candidates:via:)`` for the
/// definition and the scores) in `(u, v)` order, `u < v`, without storing them.
///
/// The scores are accumulated in the same order for every caller, so a link streamed here has
/// bit-for-bit the score ``predictedLinks(_:candidates:via:)`` reports for it.
///
/// - Parameters:
///   - candidates: one flag per node: the nodes that may be linked.
///   - via: one flag per node: the nodes through which a shared neighbour counts.
///   - body: called once per pair of untied candidates with at least one shared `via` neighbour.
/// - Precondition: `candidates.count == via.count == g.nodeCount`.
/// - Complexity: `O(Σ_{z via} c(z)²)` time with `c(z)` the candidate neighbours of `z` (plus a
///   sort of each source's touched list, linear when it arrives in order); `O(n)` memory: dense
///   accumulators per `u`, reused and reset through a touched list.
public func forEachPredictedLink(_ g: Graph, candidates: [Bool], via: [Bool], _ body: (PredictedLink) throws -> Void) rethrows {
    precondition(candidates.count == g.nodeCount && via.count == g.nodeCount, "one flag per node")
    var scratch = PredictionScratch(g.nodeCount)
    try forEachPredictedLink(g, candidates: candidates, via: via, from: 0..<g.nodeCount, scratch: &scratch, body)
}

/// The running sums of one node's predicted links: a row per node, zero between nodes.
struct PredictionScratch {
    var score: [Double]
    var adamic: [Double]
    var common: [Int]
    var touched: [Int] = []

    init(_ n: Int) {
        score = [Double](repeating: 0, count: n)
        adamic = [Double](repeating: 0, count: n)
        common = [Int](repeating: 0, count: n)
    }
}

/// ``forEachPredictedLink(_:candidates:via:_:)`` for the candidates `u` in `nodes` only (each
/// link `u < v` is made in `u`'s turn, so disjoint ranges make disjoint links): what a worker
/// of ``topPredictedLinks(_:candidates:via:top:crossGroupsFirst:workers:)`` visits.
func forEachPredictedLink(_ g: Graph, candidates: [Bool], via: [Bool], from nodes: Range<Int>,
                          scratch: inout PredictionScratch, _ body: (PredictedLink) throws -> Void) rethrows {
    for u in nodes where candidates[u] {
        for s in g.slots(u) {
            let z = Int(g.targets[s])
            guard via[z] else { continue }
            let dz = Double(g.degree(z))
            for t in g.slots(z) {
                let v = Int(g.targets[t])
                guard v > u, candidates[v] else { continue }
                if scratch.common[v] == 0 { scratch.touched.append(v) }
                scratch.score[v] += 1 / dz
                scratch.adamic[v] += 1 / log(dz)
                scratch.common[v] += 1
            }
        }
        scratch.touched.sort()
        for v in scratch.touched {
            if !g.hasEdge(u, v) {
                try body(PredictedLink(u: u, v: v, resourceAllocation: scratch.score[v], adamicAdar: scratch.adamic[v], commonCount: scratch.common[v]))
            }
            scratch.score[v] = 0; scratch.adamic[v] = 0; scratch.common[v] = 0
        }
        scratch.touched.removeAll(keepingCapacity: true)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
