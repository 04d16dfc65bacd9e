/// Reads a GEXF file (1.1 to 1.3, https://gexf.net) — as Gephi, networkx `write_gexf` and
/// `wijknet export --format gexf` write it — into an ``ImportedGraph``.
///
/// `<attributes class="node">` declares the node attributes (`<attribute id title>`, with an
/// optional `<default>`); `<node id label>` gives a node, its `label` as the attribute `label`,
/// its `<attvalue for value>` (GEXF 1.0: `id`) as the others; `<edge source target weight>` a
/// tie, its edge attribute titled `type` as the contact type. Spells, colours and positions are
/// not read: the tie is one undated contact. `defaultedgetype="directed"` (or an edge of `type`
/// directed) is read undirected, as a note says.
/// - Complexity: `O(file size)`.
enum GEXFImport {
    static func read(path: String, displayName: String) throws -> ImportedGraph {
        var g = ImportedGraph(format: "GEXF")
        var nodeAttributes: [String: (title: String, defaultValue: String?)] = [:]
        var edgeAttributes: [String: String] = [:]
        var attributeClass: String? = nil
        var currentAttribute: String? = nil
        var node: ImportedGraph.Node? = nil
        var edge: ImportedGraph.Edge? = nil
        var sawGraph = false
        func problem(_ line: Int, _ problem: InputProblem) -> WijknetError {
            .input(InputIssue(file: displayName, line: line, column: 1, problem: problem))
        }
        try parseXMLEvents(try importBytes(path, displayName), displayName: displayName, format: "GEXF", start: { name, attributes, line in
            switch name {
            case "graph":
                sawGraph = true
                g.nodesLine = line; g.edgesLine = line
                if attributes["defaultedgetype"] == "directed" { g.directed = true }
            case "attributes": attributeClass = attributes["class"]
            case "attribute":
                guard let id = attributes["id"] else { return }
                let title = attributes["title"] ?? id
                currentAttribute = id
                if attributeClass == "node" { nodeAttributes[id] = (title, nil); g.declare(title) }
                if attributeClass == "edge" { edgeAttributes[id] = title }
            case "node":
                guard node == nil else { return }   // a node within a node (GEXF hierarchy): not read
                guard let id = attributes["id"] else { throw problem(line, .graphElementWithoutId("node", format: "GEXF")) }
                node = ImportedGraph.Node(line: line, id: id)
                if let label = attributes["label"] { g.declare("label"); node!.values["label"] = label }
            case "edge":
                guard let s = attributes["source"], let t = attributes["target"] else {
                    throw problem(line, .graphEdgeEnds(format: "GEXF"))
                }
                if attributes["type"] == "directed" { g.directed = true }
                edge = ImportedGraph.Edge(line: line, source: s, target: t, weight: attributes["weight"])
            case "attvalue":
                guard let key = attributes["for"] ?? attributes["id"], let value = attributes["value"] else { return }
                if var e = edge {
                    if let title = edgeAttributes[key], ["type", "soort"].contains(title.lowercased()) { e.type = value }
                    edge = e
                } else if node != nil, let a = nodeAttributes[key] {
                    node!.values[a.title] = value
                }
            default: break
            }
        }, end: { name, text, _ in
            switch name {
            case "default":
                if attributeClass == "node", let id = currentAttribute, nodeAttributes[id] != nil { nodeAttributes[id]!.defaultValue = text }
            case "attribute": currentAttribute = nil
            case "attributes": attributeClass = nil
            case "node":
                guard var n = node else { return }
                for (_, a) in nodeAttributes where n.values[a.title] == nil { if let d = a.defaultValue { n.values[a.title] = d } }
                g.nodes.append(n)
                node = nil
            case "edge":
                if let e = edge { g.edges.append(e) }
                edge = nil
            default: break
            }
        })
        guard sawGraph else {
            throw problem(1, .noGraphElement(format: "GEXF"))
        }
        return g
    }
}
