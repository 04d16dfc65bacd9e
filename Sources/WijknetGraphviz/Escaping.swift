// Text → Graphviz: the two escapings Wijknet needs, and nothing that parses DOT.

/// Makes user text literal inside a Graphviz text attribute (`label`, `xlabel`, `tooltip`, …).
///
/// Graphviz treats these attributes as *escString*s: `\N`, `\G`, `\E`, `\T`, `\H`, `\L` are
/// expanded to object names and `\n`, `\l`, `\r` are line breaks. Because every object is
/// created with the cgraph API (`agsafeset`), nothing else in the text is syntax: quotes, `<`,
/// `>`, braces, `->`, `--`, `;` and `]` reach the renderer as data (the SVG renderer writes
/// them as XML entities). So only four things change:
/// - every backslash is doubled, so `\N` stays the two characters `\N`;
/// - every `&` becomes `&amp;`: Graphviz decodes HTML entities in plain labels (`&amp;`,
///   `&lt;`, `&#233;` would otherwise show as `&`, `<`, `é`), and decodes this one back to `&`;
/// - a line break (`\n`, `\r\n` or a lone `\r`) becomes Graphviz's centred break `\n`;
/// - C0 control characters other than tab, and the non-characters U+FFFE/U+FFFF, become
///   U+FFFD: XML 1.0 forbids them, so they would make the SVG unparsable, and a NUL would cut
///   the C string short.
///
/// - Parameter text: any text; the empty string stays empty.
/// - Returns: the escString whose rendering is `text`, line breaks included.
/// - Complexity: O(n) in the number of Unicode scalars.
public func escapeLabel(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var previousCR = false
    for ch in text.unicodeScalars {
        switch ch {
        case "\\": out.append(contentsOf: "\\\\".unicodeScalars); previousCR = false
        case "&": out.append(contentsOf: "&amp;".unicodeScalars); previousCR = false
        case "\r": out.append(contentsOf: "\\n".unicodeScalars); previousCR = true
        case "\n": if !previousCR { out.append(contentsOf: "\\n".unicodeScalars) }; previousCR = false
        default: out.append(xmlSafe(ch)); previousCR = false
        }
    }
    return String(out)
}

/// Escapes text for the character data of a Graphviz HTML-like label.
///
/// HTML-like labels are parsed by Graphviz as XML, so `&`, `<`, `>`, `"` and `'` become the
/// entities `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#39;`; a line break (`\n`, `\r\n`, `\r`) becomes
/// `<BR/>`, the only markup this function ever emits; characters XML forbids become U+FFFD (see
/// ``escapeLabel(_:)``). Use ``escapeHTMLAttribute(_:)`` inside an attribute value.
///
/// - Parameter text: any text.
/// - Returns: markup that displays exactly `text`.
/// - Complexity: O(n) in the number of Unicode scalars.
public func escapeHTML(_ text: String) -> String { escapeXML(text, lineBreak: "<BR/>") }

/// Escapes text for a quoted attribute value in a Graphviz HTML-like label (`COLOR="…"`).
///
/// As ``escapeHTML(_:)``, but a line break becomes the character reference `&#10;`, so no
/// markup can appear inside the quotes.
/// - Complexity: O(n) in the number of Unicode scalars.
public func escapeHTMLAttribute(_ text: String) -> String { escapeXML(text, lineBreak: "&#10;") }

private func escapeXML(_ text: String, lineBreak: String) -> String {
    var out = String.UnicodeScalarView()
    var previousCR = false
    for ch in text.unicodeScalars {
        let wasCR = previousCR
        previousCR = false
        switch ch {
        case "&": out.append(contentsOf: "&amp;".unicodeScalars)
        case "<": out.append(contentsOf: "&lt;".unicodeScalars)
        case ">": out.append(contentsOf: "&gt;".unicodeScalars)
        case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
        case "'": out.append(contentsOf: "&#39;".unicodeScalars)
        case "\r": out.append(contentsOf: lineBreak.unicodeScalars); previousCR = true
        case "\n": if !wasCR { out.append(contentsOf: lineBreak.unicodeScalars) }
        default: out.append(xmlSafe(ch))
        }
    }
    return String(out)
}

/// `ch`, or U+FFFD when XML 1.0 forbids it (C0 controls except tab, U+FFFE, U+FFFF).
private func xmlSafe(_ ch: Unicode.Scalar) -> Unicode.Scalar {
    if ch.value < 0x20 && ch != "\t" { return "\u{FFFD}" }
    if ch.value == 0xFFFE || ch.value == 0xFFFF { return "\u{FFFD}" }
    return ch
}
