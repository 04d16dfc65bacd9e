import Foundation
import Testing
import WijknetGraph

/// Directed betweenness, degrees, reciprocity and density against networkx 3.6.1
/// (`scripts/reference/directed_betweenness.py` prints every value below).
@Suite struct DirectedBetweennessTests {
    static func arcs(_ text: String) -> [(Int, Int)] {
        text.split(separator: ";").map { p in
            let xy = p.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces))! }
            return (xy[0], xy[1])
        }
    }

    /// The sample survey's ties (samples/enquete: jw, wt, jgz, wa, sc). By hand: sc is reached only
    /// through jw, from wt, jgz and wa (3 pairs, one shortest path each); jgz reaches wa by two
    /// shortest paths, through jw and through wt (½ each). So jw 3.5 and wt 0.5, over
    /// (n − 1)(n − 2) = 12 ordered pairs: 0.291666…, 0.041666….
    @Test func sampleSurveyByHandAndNetworkx() {
        let g = DirectedGraph(nodeCount: 5, arcs: Self.arcs("0,1; 0,2; 0,3; 0,4; 1,0; 1,2; 1,3; 2,0; 2,1; 3,0; 3,1; 3,2"))
        let b = directedBetweenness(g)
        let reference = [0.29166666666666663, 0.041666666666666664, 0, 0, 0]
        for v in 0..<5 { #expect(abs(b[v] - reference[v]) < 1e-9) }
        #expect(directedBetweenness(g, normalized: false) == [3.5, 0.5, 0, 0, 0])
        #expect(g.inDegrees == [3, 3, 3, 2, 1])
        #expect(g.outDegrees == [4, 3, 2, 3, 0])
        #expect(abs(g.reciprocity - 10.0 / 12) < 1e-12)
        #expect(g.density == 0.6)
    }

    /// networkx `gnp_random_graph(30, 0.1, seed=11, directed=True)`: 88 arcs.
    @Test func randomDigraphMatchesNetworkx() {
        let g = DirectedGraph(nodeCount: 30, arcs: Self.arcs("0,11; 0,13; 0,16; 0,22; 0,24; 0,27; 1,15; 1,22; 1,28; 2,3; 2,10; 3,9; 3,10; 4,5; 4,15; 4,23; 4,26; 5,9; 5,10; 5,14; 5,20; 6,11; 6,21; 6,23; 7,2; 8,11; 8,12; 8,14; 8,19; 8,22; 8,26; 9,7; 9,21; 10,21; 10,26; 10,28; 11,13; 12,5; 12,14; 13,2; 14,13; 14,21; 15,2; 15,4; 15,14; 15,16; 15,25; 16,5; 17,0; 17,3; 17,21; 17,26; 17,29; 18,9; 18,12; 18,20; 19,2; 19,4; 19,10; 19,13; 20,1; 21,3; 21,4; 21,10; 21,11; 21,22; 22,10; 22,12; 22,13; 22,19; 22,23; 24,2; 24,9; 24,12; 24,13; 24,16; 26,0; 26,6; 26,10; 27,5; 27,15; 28,4; 28,8; 28,11; 28,21; 29,1; 29,13; 29,19"))
        #expect(g.arcCount == 88)
        let reference = [0.10604816639299397, 0.062192118226600986, 0.11925287356321838, 0.0285303776683087, 0.16133004926108374, 0.14029146141215107, 0.0066365626710454305, 0.0049261083743842365, 0.02759989053092501, 0.07006704980842912, 0.24857006020799127, 0.00868910782703886, 0.02727832512315271, 0.04282977558839628, 0.037103174603174596, 0.08393541324575807, 0.011364258347016966, 0.0, 0.0, 0.029111932129173505, 0.047071702244116026, 0.20354406130268202, 0.07972085385878488, 0.0, 0.010680076628352492, 0.0, 0.1453544061302682, 0.01205528188286809, 0.09705117679255611, 0.005268199233716475]
        let b = directedBetweenness(g)
        for v in 0..<30 { #expect(abs(b[v] - reference[v]) < 1e-9, "node \(v)") }
        #expect(g.inDegrees == [2, 2, 5, 3, 4, 4, 1, 1, 1, 4, 7, 5, 4, 7, 4, 3, 3, 0, 0, 3, 2, 6, 4, 3, 1, 1, 4, 1, 2, 1])
        #expect(g.outDegrees == [6, 3, 2, 2, 4, 4, 3, 1, 6, 2, 3, 1, 2, 1, 2, 5, 1, 5, 3, 4, 1, 5, 5, 0, 5, 0, 3, 2, 4, 3])
        #expect(abs(g.reciprocity - 0.06818181818181818) < 1e-12)
        #expect(abs(g.density - 0.10114942528735632) < 1e-12)
    }

    /// Self-loops are dropped and repeated arcs kept once; a graph of two nodes has no betweenness.
    @Test func loopsAndRepeats() {
        let g = DirectedGraph(nodeCount: 3, arcs: [(0, 0), (0, 1), (0, 1), (1, 2)])
        #expect(g.arcCount == 2)
        #expect(g.hasArc(0, 1) && !g.hasArc(1, 0))
        #expect(directedBetweenness(g, normalized: false) == [0, 1, 0])
        #expect(directedBetweenness(DirectedGraph(nodeCount: 2, arcs: [(0, 1)])) == [0, 0])
        #expect(DirectedGraph(nodeCount: 3, arcs: []).reciprocity.isNaN)
    }
}
