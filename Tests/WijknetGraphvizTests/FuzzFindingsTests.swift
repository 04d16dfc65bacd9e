import Foundation
import Testing
import WijknetGraphviz
import WijknetTestSupport

/// What the `graphviz` fuzz target learnt about labels in SVG (`make fuzz`): the property "the
/// label's text intact" has to allow for this one thing Graphviz does on purpose; and a title
/// Graphviz refused.
@Suite("Labels in SVG: fuzzing findings")
struct FuzzFindingsTests {
    /// Graphviz writes every space that follows a space as `&#160;` (a no-break space), so that
    /// SVG viewers do not collapse the run; a single space stays a space.
    @Test func repeatedSpacesBecomeNoBreakSpaces() throws {
        let d = Diagram(name: "g", nodes: [DiagramNode(id: "a", attributes: ["label": "  two  spaces "])])
        let s = try SVGSummary(try Graphviz.render(d, engine: .dot))
        #expect(s.node("n0")?.label == " \u{A0}two \u{A0}spaces ")
    }

    /// `graphviz` (`Regressions/graphviz/title-breaks-html-header`, title `]`): expat holds back a
    /// `]` that ends the text before a tag, so Graphviz saw `<B></B>` and refused the header
    /// ("syntax error in line 1 ... ]</B>"); `escapeHTML` now writes `]` as `&#93;`. The title,
    /// the subtitle and the legend text are drawn as written.
    @Test(arguments: ["]", "a]", "]]", "x ]] y]", "[1]", "]]>"])
    func headerTextEndingInABracketIsDrawn(_ text: String) throws {
        let d = Diagram(name: "g", nodes: [DiagramNode(id: "a", attributes: ["label": "a"])],
                        legend: [LegendEntry(colour: "#0072B2", shape: "box", text: "legend " + text)],
                        title: text, subtitle: "sub " + text)
        let s = try SVGSummary(try Graphviz.render(d, engine: .dot))
        #expect(s.graphTexts == [text, "sub " + text, "legend " + text])
    }

    /// `graphviz` (`Regressions/graphviz/title-of-tabs`): Graphviz's HTML lexer drops characters
    /// below a space, so a title of tabs was `<B></B>` ("syntax error ... </B>") and a tab between
    /// words vanished. Tabs are now written as spaces: drawn, and the words stay apart.
    @Test func tabsInHeaderTextAreDrawnAsSpaces() throws {
        let d = Diagram(name: "g", nodes: [DiagramNode(id: "a", attributes: ["label": "a"])],
                        legend: [LegendEntry(colour: "#0072B2", shape: "box", text: "x\ty")],
                        title: "\t\t\t", subtitle: "sub\tline")
        let s = try SVGSummary(try Graphviz.render(d, engine: .dot))
        #expect(s.graphTexts.contains("sub line") && s.graphTexts.contains("x y"), "\(s.graphTexts)")
        #expect(escapeHTML("a\tb") == "a b")
    }

    @Test func escapeHTMLWritesTheBracketAsAReference() {
        #expect(escapeHTML("a]") == "a&#93;")
        #expect(escapeHTMLAttribute("]") == "&#93;")
    }

    /// `graphviz` (`Regressions/graphviz/carriage-return-before-a-combining-mark`): a CR followed
    /// by a combining mark (U+A80B) is one Swift `Character`; the target's expected lines missed
    /// the break there, but the escapers (by Unicode scalars) make it one, and so it is drawn.
    @Test func carriageReturnBeforeACombiningMarkBreaksTheLine() throws {
        let d = Diagram(name: "g", nodes: [DiagramNode(id: "a", attributes: ["label": "t\r\u{A80B}x"])])
        let s = try SVGSummary(try Graphviz.render(d, engine: .dot))
        #expect(s.node("n0")?.texts == ["t", "\u{A80B}x"])
    }

    /// `graphviz` (`Regressions/graphviz/plain-label-equal-to-a-bold-label`): cgraph keeps one
    /// copy of equal strings per graph, with the HTML mark of the first. A cluster named
    /// `<B>il</B>` came first, so the bold edge label `il` (the markup `<B>il</B>`) was drawn as
    /// the text "<B>il</B>". Plain labels now write `<` as `&lt;`, so they never equal markup; a
    /// tooltip or graph name that does makes the renderer wrap the markup in an empty `<FONT>`.
    @Test func plainTextEqualToMarkupStaysText() throws {
        var d = Diagram(name: "<B>t</B>")
        d.nodes = [DiagramNode(id: "a", attributes: ["label": "<B>x</B>", "tooltip": "<B>il</B>"]),
                   DiagramNode(id: "b", attributes: ["label": "x"], boldLabel: true),
                   DiagramNode(id: "c", attributes: ["label": "<B>x</B>"]),
                   DiagramNode(id: "d", attributes: ["label": "t"], boldLabel: true),
                   DiagramNode(id: "e", attributes: ["label": "y"], boldLabel: true),
                   DiagramNode(id: "f", attributes: ["label": "<B>y</B>"])]
        d.edges = [DiagramEdge(tail: "a", head: "b", attributes: ["label": "il"], boldLabel: true),
                   DiagramEdge(tail: "b", head: "c", attributes: ["label": "<B>il</B>"])]
        d.clusters = [DiagramCluster(id: "k", label: "<B>il</B>", nodeIDs: ["c"])]
        let s = try SVGSummary(try Graphviz.render(d, engine: .dot))
        #expect(s.node("n0")?.texts == ["<B>x</B>"])
        #expect(s.node("n1")?.boldTexts == ["x"])
        #expect(s.node("n2")?.texts == ["<B>x</B>"] && s.node("n2")?.boldTexts == [])
        #expect(s.node("n3")?.boldTexts == ["t"])
        #expect(s.node("n4")?.boldTexts == ["y"])
        #expect(s.node("n5")?.texts == ["<B>y</B>"] && s.node("n5")?.boldTexts == [])
        #expect(s.edges.map(\.texts) == [["il"], ["<B>il</B>"]])
        #expect(s.edges.map(\.boldTexts) == [["il"], []])
        #expect(s.clusters.map(\.texts) == [["<B>il</B>"]])
        #expect(escapeLabel("a<b>") == "a&lt;b>")
    }
}
