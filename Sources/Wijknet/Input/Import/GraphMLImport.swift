/// Reads a GraphML file (http://graphml.graphdrawing.org/) — as networkx `write_graphml`,
/// igraph, Gephi, yEd and `wijknet export --format graphml` write it — into an ``ImportedGraph``.
///
/// `<key id attr.name for>` declares the attributes (a `<default>` is used where a node or edge
/// has no `<data>`); `<node id>` with its `<data key>` values; `<edge source target>` with the
/// `weight` attribute as the tie's weight and `type` as its contact type. Keys without
/// `attr.name` (yEd's drawing data) and graph-level data are not read; `edgedefault="directed"`
/// or an edge with `directed="true"` is read undirected (a note says so). Only the first
/// `<graph>` is read (nested graphs and hyperedges are not part of the ecosystem).
/// - Complexity: `O(file size)`.
/// - Reference: Brandes et al., "Graph Markup Language (GraphML)", Handbook of Graph Drawing and
///   Visualization (2013), ch. 16.
enum GraphMLImport {
    static func read(path: String, displayName: String) throws -> ImportedGraph {
        var g = ImportedGraph(format: "GraphML")
        var keys: [String: (name: String, domain: String, defaultValue: String?)] = [:]
        var currentKey: String? = nil
        var node: ImportedGraph.Node? = nil
        var edge: ImportedGraph.Edge? = nil
        var dataKey: String? = nil
        var graphDepth = 0
        var sawGraph = false
        func problem(_ line: Int, _ problem: InputProblem) -> WijknetError {
            .input(InputIssue(file: displayName, line: line, column: 1, problem: problem))
        }
        try parseXMLEvents(try importBytes(path, displayName), displayName: displayName, format: "GraphML", start: { name, attributes, line in
            switch name {
            case "graphml": break
            case "key":
                guard let id = attributes["id"] else { throw problem(line, .graphElementWithoutId("key", format: "GraphML")) }
                currentKey = id
                if let attrName = attributes["attr.name"] {
                    keys[id] = (attrName, attributes["for"] ?? "all", nil)
                    if keys[id]!.domain == "node" || keys[id]!.domain == "all" { g.declare(attrName) }
                }
            case "graph":
                graphDepth += 1
                guard graphDepth == 1, !sawGraph else { return }
                sawGraph = true
                g.nodesLine = line; g.edgesLine = line
                if attributes["edgedefault"] == "directed" { g.directed = true }
            case "node" where graphDepth == 1:
                guard let id = attributes["id"] else { throw problem(line, .graphElementWithoutId("node", format: "GraphML")) }
                node = ImportedGraph.Node(line: line, id: id)
            case "edge" where graphDepth == 1:
                guard let s = attributes["source"], let t = attributes["target"] else {
                    throw problem(line, .graphEdgeEnds(format: "GraphML"))
                }
                if attributes["directed"] == "true" { g.directed = true }
                edge = ImportedGraph.Edge(line: line, source: s, target: t)
            case "data": dataKey = attributes["key"]
            default: break
            }
        }, end: { name, text, _ in
            switch name {
            case "default":
                if let k = currentKey, keys[k] != nil { keys[k]!.defaultValue = text }
            case "key": currentKey = nil
            case "graph": graphDepth -= 1
            case "data":
                defer { dataKey = nil }
                guard let k = dataKey, let key = keys[k] else { return }
                if node != nil && edge == nil && (key.domain == "node" || key.domain == "all") { node!.values[key.name] = text }
                if var e = edge, key.domain == "edge" || key.domain == "all" {
                    switch key.name.lowercased() {
                    case "weight", "gewicht": e.weight = text
                    case "type", "soort": e.type = text
                    default: break
                    }
                    edge = e
                }
            case "node":
                guard var n = node else { return }
                for (_, key) in keys where key.domain == "node" || key.domain == "all" {
                    if n.values[key.name] == nil, let d = key.defaultValue { n.values[key.name] = d }
                }
                g.nodes.append(n)
                node = nil
            case "edge":
                guard var e = edge else { return }
                for (_, key) in keys where (key.domain == "edge" || key.domain == "all") && key.defaultValue != nil {
                    switch key.name.lowercased() {
                    case "weight", "gewicht": if e.weight == nil { e.weight = key.defaultValue }
                    case "type", "soort": if e.type == nil { e.type = key.defaultValue }
                    default: break
                    }
                }
                g.edges.append(e)
                edge = nil
            default: break
            }
        })
        guard sawGraph else {
            throw problem(1, .noGraphElement(format: "GraphML"))
        }
        return g
    }
}
