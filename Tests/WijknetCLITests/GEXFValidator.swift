import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Checks a document against the GEXF 1.3 structure the export promises (the parts of the
/// schema an importer relies on), with FoundationXML's `XMLParser`:
/// root `gexf` with `version="1.3"` in namespace `http://gexf.net/1.3`; a `graph` with the given
/// `mode`, `timeformat` and `defaultedgetype`; unique non-empty node and edge ids; edge endpoints
/// that are nodes; every `attvalue` naming an attribute declared for its class, with a value of
/// the declared type; every `spell` with ISO dates and `start ≤ end`; an edge's spells in
/// order, the first starting on its `first` attribute and the last ending on its `last` (the
/// days are that tie's own: main once gave each edge the days of another).
///
/// Returns the problems found (empty for a valid document) and what it counted.
final class GEXFValidator: NSObject, XMLParserDelegate {
    static let namespace = "http://gexf.net/1.3"

    private(set) var problems: [String] = []
    private(set) var nodeIDs = Set<String>()
    private(set) var edgeIDs = Set<String>()
    private(set) var spells = 0
    private(set) var attvalues = 0
    private(set) var graph: [String: String] = [:]

    private var declared: [String: [String: String]] = ["node": [:], "edge": [:]]   // class -> id -> type
    private var attributeClass: String?
    private var current: String?   // "node" or "edge" while inside one
    private var endpoints: [(String, String, String)] = []
    private var depth = 0
    private var titles: [String: [String: String]] = ["node": [:], "edge": [:]]   // class -> id -> title
    /// The edge being read: its id, its `first` and `last` values, its spells' starts and ends.
    private var edge: (id: String, first: String?, last: String?, starts: [String], ends: [String])?

    /// Validates `data`; `problems` is empty when it is a GEXF 1.3 document as promised.
    static func validate(_ data: Data) -> GEXFValidator {
        let v = GEXFValidator()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = v
        if !parser.parse() { v.problems.append("not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?")") }
        for (id, s, t) in v.endpoints {
            if !v.nodeIDs.contains(s) { v.problems.append("edge \(id): source '\(s)' is not a node") }
            if !v.nodeIDs.contains(t) { v.problems.append("edge \(id): target '\(t)' is not a node") }
        }
        return v
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes a: [String: String]) {
        depth += 1
        if namespaceURI != Self.namespace { problems.append("<\(name)> is in namespace \(namespaceURI ?? "none"), not \(Self.namespace)") }
        if depth == 1 {
            if name != "gexf" { problems.append("root is <\(name)>, not <gexf>") }
            if a["version"] != "1.3" { problems.append("gexf version is \(a["version"] ?? "missing"), not 1.3") }
        }
        switch name {
        case "graph":
            graph = a
        case "attributes":
            attributeClass = a["class"]
            if attributeClass != "node" && attributeClass != "edge" { problems.append("attributes class '\(a["class"] ?? "")'") }
        case "attribute":
            guard let c = attributeClass, let id = a["id"], let type = a["type"] else { problems.append("attribute without class, id or type"); return }
            if !["integer", "long", "double", "float", "boolean", "string"].contains(type) { problems.append("attribute \(id): type '\(type)'") }
            if declared[c]![id] != nil { problems.append("attribute \(id) declared twice for \(c)") }
            declared[c]![id] = type
            titles[c]![id] = a["title"]
        case "node":
            current = "node"
            guard let id = a["id"], !id.isEmpty else { problems.append("node without id"); return }
            if !nodeIDs.insert(id).inserted { problems.append("node id '\(id)' twice") }
        case "edge":
            current = "edge"
            guard let id = a["id"], !id.isEmpty, let s = a["source"], let t = a["target"] else { problems.append("edge without id, source or target"); return }
            if !edgeIDs.insert(id).inserted { problems.append("edge id '\(id)' twice") }
            if let w = a["weight"], Double(w)?.isFinite != true { problems.append("edge \(id): weight '\(w)'") }
            endpoints.append((id, s, t))
            edge = (id, nil, nil, [], [])
        case "attvalue":
            attvalues += 1
            guard let c = current, let key = a["for"], let value = a["value"] else { problems.append("attvalue without for/value or outside a node/edge"); return }
            guard let type = declared[c]![key] else { problems.append("attvalue for undeclared \(c) attribute '\(key)'"); return }
            let ok: Bool
            switch type {
            case "integer", "long": ok = Int(value) != nil
            case "double", "float": ok = Double(value)?.isFinite == true
            case "boolean": ok = value == "true" || value == "false"
            default: ok = true
            }
            if !ok { problems.append("\(c) attribute \(key) (\(type)): value '\(value)'") }
            if c == "edge" && titles["edge"]![key] == "first" { edge?.first = value }
            if c == "edge" && titles["edge"]![key] == "last" { edge?.last = value }
        case "spell":
            spells += 1
            guard let s = a["start"], let e = a["end"] else { problems.append("spell without start or end"); return }
            let iso = #/^\d{4}-\d{2}-\d{2}$/#
            if s.wholeMatch(of: iso) == nil || e.wholeMatch(of: iso) == nil { problems.append("spell \(s)–\(e) is not ISO dates") }
            if s > e { problems.append("spell starts \(s) after it ends \(e)") }
            if let last = edge?.ends.last, s <= last { problems.append("edge \(edge!.id): spell \(s) not after the one before (\(last))") }
            edge?.starts.append(s); edge?.ends.append(e)
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        if name == "attributes" { attributeClass = nil }
        if name == "node" || name == "edge" { current = nil }
        if name == "edge", let e = edge {
            if let s = e.starts.first, s != e.first || e.ends.last != e.last {
                problems.append("edge \(e.id): spells \(s)–\(e.ends.last!), but first \(e.first ?? "missing"), last \(e.last ?? "missing")")
            }
            edge = nil
        }
    }
}
