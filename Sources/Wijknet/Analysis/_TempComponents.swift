import WijknetGraph
struct ConnectedComponents { var count = 0; var sizes: [Int] = []
  init(_ g: Graph) { var seen = [Bool](repeating: false, count: g.nodeCount); for s in 0..<g.nodeCount where !seen[s] { var st=[s]; seen[s]=true; var c=0; while let v=st.popLast() { c+=1; for w in g.neighbors(v) where !seen[w] { seen[w]=true; st.append(w) } }; sizes.append(c); count+=1 } } }
