/// Reads networkx's node-link JSON — `{"directed", "multigraph", "graph", "nodes": [{"id", …}],
/// "edges" or "links": [{"source", "target", …}]}`, as `nx.node_link_data` (every networkx from
/// 2.x to 3.6, either key), d3 and `wijknet export --format json` write it — into an ``ImportedGraph``.
///
/// A node's members other than `id` are its attributes (texts, numbers and booleans; lists and
/// objects are not read); an edge's `weight` is the tie's weight and its `type` the contact
/// type. An id may be a text or a number (`7` is the id `7`). `"directed": true` is read
/// undirected, as a note says. Errors name the line of the node or edge.
/// - Complexity: `O(file size)`.
enum NodeLinkJSONImport {
    static func read(path: String, displayName: String) throws -> ImportedGraph {
        let data = try importBytes(path, displayName)
        func problem(_ line: Int, _ column: Int, _ problem: InputProblem) -> WijknetError {
            .input(InputIssue(file: displayName, line: line, column: column, problem: problem))
        }
        let root: LineJSON
        do { root = try LineJSON.parse(Array(data)) } catch let e as LineJSON.SyntaxError {
            throw problem(e.line, e.column, .notJSON(e.reason))
        }
        guard case .object = root, case .array(let nodes, let nodesLine)? = root["nodes"] else {
            throw problem(root.line, 1, .nodeLinkWithoutList("nodes"))
        }
        var g = ImportedGraph(format: "node-link JSON")
        g.nodesLine = nodesLine
        if case .bool(true, _)? = root["directed"] { g.directed = true }
        for item in nodes {
            guard case .object(let members, let line) = item else { throw problem(item.line, 1, .nodeLinkItemNotObject("nodes")) }
            guard let id = item["id"]?.scalarText else { throw problem(line, 1, .nodeLinkNodeWithoutId) }
            var node = ImportedGraph.Node(line: line, id: id)
            for (key, value) in members where key != "id" {
                guard let text = value.scalarText else { continue }
                g.declare(key)
                node.values[key] = text
            }
            g.nodes.append(node)
        }
        let edgesKey = root["edges"] != nil ? "edges" : "links"
        guard case .array(let edges, let edgesLine)? = root[edgesKey] else {
            throw problem(root.line, 1, .nodeLinkWithoutList("edges"))
        }
        g.edgesLine = edgesLine
        for item in edges {
            guard case .object(_, let line) = item else { throw problem(item.line, 1, .nodeLinkItemNotObject(edgesKey)) }
            guard let s = item["source"]?.scalarText, let t = item["target"]?.scalarText else {
                throw problem(line, 1, .nodeLinkEdgeEnds)
            }
            g.edges.append(ImportedGraph.Edge(line: line, source: s, target: t,
                                              weight: (item["weight"] ?? item["gewicht"])?.scalarText, type: (item["type"] ?? item["soort"])?.scalarText))
        }
        return g
    }
}
