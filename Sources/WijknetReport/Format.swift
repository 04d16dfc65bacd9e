import Foundation

/// Number formatting shared by every report: fixed, locale-independent, deterministic.
public enum Format {
    /// `x` with `digits` decimals, using `,` as decimal mark for Dutch. NaN prints as `–`.
    public static func decimal(_ x: Double, _ digits: Int = 2, _ lang: LanguageCode = .en) -> String {
        guard x.isFinite else { return "–" }
        let s = String(format: "%.\(digits)f", x)
        return lang == .nl ? s.replacingOccurrences(of: ".", with: ",") : s
    }

    /// A share as a percentage with no decimals: `43%`.
    public static func percent(_ x: Double, _ lang: LanguageCode = .en) -> String {
        guard x.isFinite else { return "–" }
        return "\(Int((x * 100).rounded()))%"
    }

    /// An integer with thousands separators: `12,345` / `12.345`.
    public static func integer(_ n: Int, _ lang: LanguageCode = .en) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(lang == .nl ? "." : ",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// A CSV number: shortest round-trip representation, `NaN` → empty field.
    public static func csvNumber(_ x: Double) -> String {
        guard x.isFinite else { return "" }
        if x == x.rounded() && abs(x) < 1e15 { return String(Int(x)) }
        return "\(x)"
    }

    /// Pads `s` on the right to `width` characters.
    public static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    /// Pads `s` on the left to `width` characters.
    public static func padLeft(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
    }
}

/// The report language (mirrors `Wijknet.Language`, re-exported for report users).
public typealias LanguageCode = Wijknet.Language

import Wijknet

/// JSON encoding used by every export: sorted keys, pretty, no escaping of `/`, deterministic.
public func encodeJSON<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
    return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
}
