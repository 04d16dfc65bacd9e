/// Building blocks of Wijknet's HTML: escaping and sortable tables.
///
/// Every piece of text that comes from the data goes through ``escapeHTML(_:)`` (also in
/// attributes), so a partner named `<script>alert(1)</script> & "Zorg"` shows as exactly that
/// text and adds no element.
enum HTML {
    /// `text` with `&`, `<`, `>`, `"` and `'` as character references; control characters
    /// other than tab and line ends (which HTML does not allow) as `\u{…}`.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || (v >= 0x7F && v < 0xA0) || v == 0xFFFE || v == 0xFFFF {
                    out += "\\u{" + String(v, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// One table cell: what it shows, and the key a header click sorts by (numbers sort as numbers).
    struct Cell {
        var text: String
        var sortKey: String?
        var numeric: Bool

        static func text(_ s: String) -> Cell { Cell(text: s, sortKey: nil, numeric: false) }
        static func number(_ shown: String, _ value: Double) -> Cell {
            Cell(text: shown, sortKey: value.isFinite ? Format.csvNumber(value) : "", numeric: true)
        }
    }

    /// A table whose headers sort it when clicked (``Style/script``); without the script it is an
    /// ordinary table. Numeric columns are right-aligned.
    static func table(_ id: String, headers: [String], rows: [[Cell]], caption: String? = nil) -> String {
        let numeric = rows.first.map { $0.map(\.numeric) } ?? headers.map { _ in false }
        var s = "<table class=\"sortable\" id=\"\(escape(id))\">"
        if let caption { s += "<caption>\(escape(caption))</caption>" }
        s += "<thead><tr>"
        for (i, h) in headers.enumerated() {
            let type = i < numeric.count && numeric[i] ? " data-type=\"number\" class=\"num\"" : ""
            s += "<th scope=\"col\"\(type)>\(escape(h))</th>"
        }
        s += "</tr></thead><tbody>"
        for row in rows {
            s += "<tr>"
            for c in row {
                let key = c.sortKey.map { " data-sort=\"\(escape($0))\"" } ?? ""
                s += "<td\(c.numeric ? " class=\"num\"" : "")\(key)>\(escape(c.text))</td>"
            }
            s += "</tr>"
        }
        return s + "</tbody></table>"
    }

    /// A Graphviz SVG made fit to sit inline in a page: the XML prolog and doctype removed,
    /// every `id` (and reference to one) prefixed with `prefix`, so two diagrams never share ids.
    static func inlineSVG(_ svg: String, prefix: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        var body = String(svg[start.lowerBound...])
        body = body.replacingOccurrences(of: " id=\"", with: " id=\"\(prefix)-")
        body = body.replacingOccurrences(of: "xlink:href=\"#", with: "xlink:href=\"#\(prefix)-")
        body = body.replacingOccurrences(of: "url(#", with: "url(#\(prefix)-")
        return body
    }
}
