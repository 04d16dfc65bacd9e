import Foundation
import Testing
import WijknetGraphviz

/// What the `graphviz` fuzz target learnt about labels in SVG (`make fuzz`): the property "the
/// label's text intact" has to allow for this one thing Graphviz does on purpose.
@Suite("Labels in SVG: fuzzing findings")
struct FuzzFindingsTests {
    /// Graphviz writes every space that follows a space as `&#160;` (a no-break space), so that
    /// SVG viewers do not collapse the run; a single space stays a space.
    @Test func repeatedSpacesBecomeNoBreakSpaces() throws {
        let d = Diagram(name: "g", nodes: [DiagramNode(id: "a", attributes: ["label": "  two  spaces "])])
        let s = try SVGSummary(try Graphviz.render(d, engine: .dot))
        #expect(s.node("n0")?.label == " \u{A0}two \u{A0}spaces ")
    }
}
