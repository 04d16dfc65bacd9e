import Foundation
import Testing
import WijknetGraphviz

/// Renders share one Graphviz context (``Graphviz`` explains why: libgvc 2.42's pango plugin
/// keeps a pointer into the context's font dictionary, which ASan caught being read after the
/// context was freed). What a render leaves in the context must not change the next drawing.
@Suite("One Graphviz context for every render")
struct SharedContextTests {
    static func diagram(_ label: String, font: String) -> Diagram {
        Diagram(name: "g", nodes: [DiagramNode(id: "a", attributes: ["label": label, "fontname": font]),
                                   DiagramNode(id: "b", attributes: ["label": "b"])],
                edges: [DiagramEdge(tail: "a", head: "b", attributes: ["label": "e"])],
                clusters: [DiagramCluster(id: "c", label: "cluster", nodeIDs: ["b"])], title: "Titel")
    }

    @Test func aDrawingIsTheSameBeforeAndAfterOtherFontsAndLabels() throws {
        let first = try Graphviz.render(Self.diagram("Jeugd & Gezin", font: "Helvetica"), engine: .dot)
        // Other fonts and sizes go through the plugin's font cache in between.
        for (label, font) in [("Wijkteam", "Courier"), ("Ééntje\nmet twee regels", "Times-Roman"), ("x", "DejaVu Sans Bold")] {
            _ = try Graphviz.render(Self.diagram(label, font: font), engine: .dot)
        }
        let again = try Graphviz.render(Self.diagram("Jeugd & Gezin", font: "Helvetica"), engine: .dot)
        #expect(again == first)
        #expect(String(decoding: first, as: UTF8.self).contains("Jeugd &amp; Gezin"))
    }
}
