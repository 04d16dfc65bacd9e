/// One line of a diagram's legend: a colour swatch and its meaning.
public struct LegendEntry: Sendable, Equatable {
    /// A Graphviz colour (`#0072B2`, `red`, `#55555566`).
    public var colour: String
    /// The swatch: `box` or `house` (filled square), `circle` (filled, rounded), `edge` (a dashed
    /// line), `line` (a bold solid line), `thinline` (a thin solid line), `outline` (an empty
    /// square with a thick border), `double` (an empty square with a double border).
    public var shape: String
    /// Literal text (escaped with ``escapeHTML(_:)``).
    public var text: String
    public init(colour: String, shape: String, text: String) {
        self.colour = colour
        self.shape = shape
        self.text = text
    }
}

extension Diagram {
    /// The title, subtitle and legend as one Graphviz HTML-like label (a borderless table), or
    /// `nil` when the diagram has neither title nor legend.
    ///
    /// The renderer sets it as the graph's `label` through `agstrdup_html` (the only way cgraph
    /// marks a string as HTML-like; a plain string that looks like `<…>` stays text), so it
    /// replaces any `label` in ``graphAttributes``. It sits in the graph label rather than in a
    /// legend node or cluster because force-directed engines (neato, fdp, sfdp) would place a
    /// node anywhere and ignore clusters; the graph label is drawn above the drawing by every
    /// engine. Every piece of our text goes through ``escapeHTML(_:)`` and every attribute value
    /// through ``escapeHTMLAttribute(_:)``, so a title can never inject markup.
    /// - Complexity: O(total length of title, subtitle and legend).
    public var headerHTML: String? {
        guard !title.isEmpty || !legend.isEmpty else { return nil }
        var rows = ""
        if !title.isEmpty {
            rows += "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><FONT POINT-SIZE=\"20\"><B>\(escapeHTML(title))</B></FONT></TD></TR>"
        }
        if !subtitle.isEmpty {
            rows += "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><FONT POINT-SIZE=\"12\" COLOR=\"#555555\">\(escapeHTML(subtitle))</FONT></TD></TR>"
        }
        for e in legend {
            let colour = escapeHTMLAttribute(e.colour)
            let swatch = Self.swatch(e.shape, colour: colour)
            rows += "<TR>\(swatch)<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"11\">\(escapeHTML(e.text))</FONT></TD></TR>"
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"1\">\(rows)</TABLE>"
    }

    /// One legend swatch as an HTML-like table cell; `colour` is already escaped.
    static func swatch(_ shape: String, colour: String) -> String {
        func text(_ t: String, size: Int, bold: Bool) -> String {
            "<TD WIDTH=\"18\" HEIGHT=\"4\" FIXEDSIZE=\"TRUE\"><FONT COLOR=\"\(colour)\" POINT-SIZE=\"\(size)\">\(bold ? "<B>\(t)</B>" : t)</FONT></TD>"
        }
        switch shape {
        case "edge": return text("- -", size: 14, bold: true)
        case "line": return text("—", size: 14, bold: true)
        case "thinline": return text("—", size: 14, bold: false)
        case "outline": return "<TD BORDER=\"3\" COLOR=\"\(colour)\" WIDTH=\"18\" HEIGHT=\"11\" FIXEDSIZE=\"TRUE\"></TD>"
        case "double":
            return "<TD WIDTH=\"18\" HEIGHT=\"11\" FIXEDSIZE=\"TRUE\"><TABLE BORDER=\"2\" COLOR=\"\(colour)\" CELLSPACING=\"1\" CELLPADDING=\"0\">"
                + "<TR><TD BORDER=\"2\" COLOR=\"\(colour)\" WIDTH=\"8\" HEIGHT=\"3\" FIXEDSIZE=\"TRUE\"></TD></TR></TABLE></TD>"
        default:
            return "<TD BGCOLOR=\"\(colour)\" WIDTH=\"18\" HEIGHT=\"11\" FIXEDSIZE=\"TRUE\"\(shape == "circle" ? " STYLE=\"ROUNDED\"" : "")></TD>"
        }
    }
}
