/// Text for XML 1.0 attribute values and character data: `& < > " '` escaped; characters XML
/// 1.0 forbids (controls other than tab, newline, carriage return; U+FFFE, U+FFFF) replaced
/// by U+FFFD, so every export parses.
func xmlEscape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for u in s.unicodeScalars {
        switch u {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&apos;"
        case "\t": out += "&#9;"
        case "\n": out += "&#10;"
        case "\r": out += "&#13;"
        default:
            if u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF {
                out.unicodeScalars.append("\u{FFFD}")
            } else {
                out.unicodeScalars.append(u)
            }
        }
    }
    return out
}
