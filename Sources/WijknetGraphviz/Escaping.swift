// Text → Graphviz: the escapings Wijknet needs, and nothing that parses DOT.
//
// Every function here turns *literal* text (a name from a contact log, a title) into the value
// that makes Graphviz display exactly that text, and that keeps every SVG well-formed XML.

/// Makes user text literal inside a Graphviz label (`label`, `xlabel`, `headlabel`, `taillabel`).
///
/// Graphviz treats labels as *escString*s (`\N`, `\G`, `\E`, `\T`, `\H`, `\L` expand to object
/// names; `\n`, `\l`, `\r` are line breaks), then decodes HTML entities (`&amp;`, `&#65;`), and
/// the SVG renderer writes the result with every `&`, `<`, `>`, `"` as an entity. Because objects
/// are built with the cgraph API, nothing else is syntax. So, after ``showingInvisibles(_:)``:
/// - every backslash is doubled, so `\N` stays the two characters `\N`;
/// - every `&` becomes `&amp;`, which Graphviz decodes back to `&` (so `&amp;`, `&lt;`, `&#65;`
///   in a name stay those characters);
/// - a line break (`\n`, `\r\n` or a lone `\r`) becomes Graphviz's centred break `\n`;
/// - every `<` becomes `&lt;`, which Graphviz decodes back to `<`. So no plain label holds a
///   `<`, and every HTML-like label Wijknet makes begins with one: the two can never be the same
///   string. They must not be — cgraph keeps one copy of equal strings per graph, with the
///   HTML mark of whichever came first, so a cluster named `<B>il</B>` turned a bold `il` set
///   after it into the literal text `<B>il</B>` (found by `make fuzz`, target `graphviz`), and
///   the other way round a plain label was drawn as markup.
///
/// - Parameter text: any text; the empty string stays empty.
/// - Returns: the escString whose rendering is `text` (control characters shown visibly).
/// - Complexity: O(n) in the number of Unicode scalars.
public func escapeLabel(_ text: String) -> String {
    escapeEscString(text, backslash: "\\\\", lessThan: "&lt;")
}

/// Makes user text literal inside a Graphviz tooltip (`tooltip`, `edgetooltip`, `labeltooltip`,
/// `headtooltip`, `tailtooltip`), written to the SVG as `xlink:title`.
///
/// As ``escapeLabel(_:)``, but every backslash becomes four: libgvc 2.42 expands escString
/// escapes in tooltips twice (the SVG showed `\N` as `n0` with one doubling), so four become
/// one. `&` becomes `&amp;`, as in labels (measured: `Jeugd &amp; Gezin` is then written as
/// `Jeugd &amp;amp; Gezin`, and `&#1;` as `&amp;#1;`).
/// - Complexity: O(n) in the number of Unicode scalars.
public func escapeTooltip(_ text: String) -> String {
    escapeEscString(text, backslash: "\\\\\\\\")
}

/// Escapes text for the character data of a Graphviz HTML-like label.
///
/// HTML-like labels are parsed by Graphviz as XML, so `&`, `<`, `>`, `"` and `'` become the
/// entities `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#39;`, and `]` becomes `&#93;`: Graphviz's lexer
/// hands expat the label piece by piece (a tag, then the text up to the next `<`), and expat
/// holds back a `]` that ends a piece (it could begin `]]>`) until the next piece, a tag, whose
/// token then replaces the text's — a title ending in `]` was a syntax error in the header
/// (found by `make fuzz`, target `graphviz`). Expat holds back nothing else a label can end in: a
/// carriage return becomes a break here, and a piece never ends inside a character or a
/// reference. A line break (`\n`, `\r\n`, `\r`) becomes
/// `<BR/>`, the only markup this function ever emits; invisible characters are shown as
/// ``showingInvisibles(_:)`` does. Graphviz also expands escString escapes (`\N`, `\G`) in
/// the text of HTML-like labels, so every backslash is doubled.
///
/// - Parameter text: any text.
/// - Returns: markup that displays exactly `text`.
/// - Complexity: O(n) in the number of Unicode scalars.
public func escapeHTML(_ text: String) -> String { escapeXML(text, lineBreak: "<BR/>", backslash: "\\\\") }

/// Escapes text for a quoted attribute value in a Graphviz HTML-like label (`COLOR="…"`).
///
/// As ``escapeHTML(_:)``, but a line break becomes the character reference `&#10;`, so no
/// markup can appear inside the quotes, and a backslash stays one (attribute values such as
/// colours are not escStrings).
/// - Complexity: O(n) in the number of Unicode scalars.
public func escapeHTMLAttribute(_ text: String) -> String { escapeXML(text, lineBreak: "&#10;", backslash: "\\") }

/// Text with every character that XML 1.0 forbids or that draws nothing replaced by something
/// visible; tab, line feed and carriage return are kept (the escapers turn line breaks into
/// breaks).
///
/// - vertical tab (Word's manual line break) and form feed become a space;
/// - every other C0 control (U+0000–U+001F), DEL, the C1 controls (U+0080–U+009F) and the
///   non-characters U+FFFE and U+FFFF become their Swift escape, e.g. ESC → `\u{1B}`.
///
/// XML 1.0 forbids the C0 controls and U+FFFE/U+FFFF outright (an SVG containing one does not
/// parse), a NUL would cut the C string short, and DEL and C1 controls would be invisible.
/// - Complexity: O(n) in the number of Unicode scalars.
public func showingInvisibles(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isInvisible) else { return text }
    var out = String.UnicodeScalarView()
    for ch in text.unicodeScalars {
        if !isInvisible(ch) { out.append(ch) }
        else if ch == "\u{0B}" || ch == "\u{0C}" { out.append(" ") }
        else { out.append(contentsOf: "\\u{\(String(ch.value, radix: 16, uppercase: true))}".unicodeScalars) }
    }
    return String(out)
}

/// Whether ``showingInvisibles(_:)`` replaces `ch`.
private func isInvisible(_ ch: Unicode.Scalar) -> Bool {
    switch ch.value {
    case 0x09, 0x0A, 0x0D: false
    case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
    default: false
    }
}

/// The escString for ``escapeLabel(_:)`` and ``escapeTooltip(_:)``, each backslash written as `backslash`.
private func escapeEscString(_ text: String, backslash: String, lessThan: String? = nil) -> String {
    escapeScalars(text, lineBreak: "\\n") { ch in
        switch ch {
        case "\\": backslash
        case "&": "&amp;"
        case "<": lessThan
        default: nil
        }
    }
}

/// The markup for ``escapeHTML(_:)`` and ``escapeHTMLAttribute(_:)``.
private func escapeXML(_ text: String, lineBreak: String, backslash: String) -> String {
    escapeScalars(text, lineBreak: lineBreak) { ch in
        switch ch {
        case "\\": backslash
        case "&": "&amp;"
        case "<": "&lt;"
        case ">": "&gt;"
        case "\"": "&quot;"
        case "'": "&#39;"
        case "]": "&#93;"
        // Graphviz's HTML lexer drops every character below a space from text, a tab too: a
        // title of tabs was an empty <B></B> (a syntax error) and "a<TAB>b" was drawn "ab". A
        // tab is written as the space it shows as (found by fuzzing, target `graphviz`).
        case "\t": " "
        default: nil
        }
    }
}

/// The one loop behind every escaper: invisible characters shown (``showingInvisibles(_:)``),
/// each line end (CRLF, CR or LF) written as `lineBreak`, and the scalars `replacement`
/// names written as it says; everything else as it is.
private func escapeScalars(_ text: String, lineBreak: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
    var out = String.UnicodeScalarView()
    var previousCR = false
    for ch in showingInvisibles(text).unicodeScalars {
        let wasCR = previousCR
        previousCR = false
        if ch == "\r" {
            out.append(contentsOf: lineBreak.unicodeScalars)
            previousCR = true
        } else if ch == "\n" {
            if !wasCR { out.append(contentsOf: lineBreak.unicodeScalars) }
        } else if let r = replacement(ch) {
            out.append(contentsOf: r.unicodeScalars)
        } else {
            out.append(ch)
        }
    }
    return String(out)
}
