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
///
/// An undefined number (NaN, ±infinity) is `null`: JSON has no such numbers, and a string
/// (`"NaN"`) in a column of numbers stops pandas, R and spreadsheets from averaging it.
/// `JSONEncoder` can only write them as strings, so the value is encoded with a marker string
/// and, when the marker occurs, encoded again with a second marker of the same length: the
/// places where the two texts hold their own marker are exactly the undefined numbers (a text
/// value equal to a marker is the same in both encodings and stays as it is).
/// - Complexity: one encoding; two when some number is undefined, plus one pass over the text.
public func encodeJSON<T: Encodable>(_ value: T) throws -> String {
    func encoded(_ marker: String) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: marker, negativeInfinity: marker, nan: marker)
        return Array(try encoder.encode(value))
    }
    let first = try encoded(undefinedMarkers.0)
    let quoted = (Array("\"\(undefinedMarkers.0)\"".utf8), Array("\"\(undefinedMarkers.1)\"".utf8))
    guard first.contains(quoted.0) else { return String(decoding: first, as: UTF8.self) + "\n" }
    let second = try encoded(undefinedMarkers.1)
    var out: [UInt8] = []
    out.reserveCapacity(first.count)
    var i = 0
    while i < first.count {
        if first[i] == UInt8(ascii: "\""), i + quoted.0.count <= first.count,
           first[i..<(i + quoted.0.count)].elementsEqual(quoted.0), second[i..<(i + quoted.1.count)].elementsEqual(quoted.1) {
            out += Array("null".utf8)
            i += quoted.0.count
        } else {
            out.append(first[i])
            i += 1
        }
    }
    return String(decoding: out, as: UTF8.self) + "\n"
}

/// The two markers of ``encodeJSON(_:)``: of one length, so both encodings line up byte for byte.
private let undefinedMarkers = ("wijknet-undefined-number-a", "wijknet-undefined-number-b")
