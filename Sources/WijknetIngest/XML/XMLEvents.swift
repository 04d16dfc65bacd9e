import Foundation
#if canImport(FoundationXML)
import FoundationXML   // XMLParser lives here on Linux; part of the toolchain, no extra dependency
#endif

/// Streams an XML file's elements to `start` and `end`, with the line each starts on: the
/// parsing shared by the GraphML and GEXF imports. Element names are without their namespace
/// prefix; text is collected per element and handed to `end`.
///
/// The safeguards of ``XLSXReader`` apply: a file that is not UTF-8 is refused (Foundation's
/// parser on Linux traps on invalid bytes), processing instructions get data
/// (``withDataInEveryProcessingInstruction(_:)``), the parser reads from a stream (libxml2
/// refuses one buffer above 10 MB) and external entities are not resolved.
/// - Throws: ``XMLFormatError`` saying where the XML breaks, or whatever `start`/`end` throw
///   (the first such error ends the parse).
/// - Complexity: `O(size of data)`.
public func parseXMLEvents(_ data: Data,
                           start: @escaping (_ name: String, _ attributes: [String: String], _ line: Int) throws -> Void,
                           end: @escaping (_ name: String, _ text: String, _ line: Int) throws -> Void) throws {
    guard data.withUnsafeBytes({ String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) != nil }) else {
        throw XMLFormatError.notUTF8
    }
    let parser = XMLParser(stream: InputStream(data: withDataInEveryProcessingInstruction(data)))
    let delegate = XMLEventDelegate(start: start, end: end)
    delegate.parser = parser
    parser.delegate = delegate
    parser.shouldResolveExternalEntities = false
    let ok = parser.parse()
    if let failure = delegate.failure { throw failure }
    guard ok, delegate.open == 0, delegate.sawElement else {
        throw XMLFormatError.malformed(line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1), cutOff: delegate.open > 0 && ok)
    }
}

/// Why ``parseXMLEvents(_:start:end:)`` found no XML: by kind, with the place where it broke;
/// never with the file's text.
public enum XMLFormatError: Error, Sendable, Hashable {
    /// The bytes are not UTF-8.
    case notUTF8
    /// Not well-formed XML at `line` and `column` (1-based); `cutOff` when the file ends before
    /// its elements are closed.
    case malformed(line: Int, column: Int, cutOff: Bool)
}

private final class XMLEventDelegate: NSObject, XMLParserDelegate {
    let start: (String, [String: String], Int) throws -> Void
    let end: (String, String, Int) throws -> Void
    weak var parser: XMLParser?
    var failure: Error?
    var text: [String] = []
    /// Elements started and not yet ended: not 0 at the end when the file was cut off (the
    /// stream parser on Linux does not report a missing end tag itself).
    var open = 0
    var sawElement = false

    init(start: @escaping (String, [String: String], Int) throws -> Void, end: @escaping (String, String, Int) throws -> Void) {
        self.start = start
        self.end = end
    }

    private func local(_ name: String) -> String {
        name.firstIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }

    private func run(_ body: () throws -> Void) {
        guard failure == nil else { return }
        do { try body() } catch {
            failure = error
            parser?.abortParsing()
        }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        text.append("")
        open += 1
        sawElement = true
        run { try start(local(elementName), attributes, parser.lineNumber) }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        let t = text.popLast() ?? ""
        open -= 1
        run { try end(local(elementName), t, parser.lineNumber) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if !text.isEmpty { text[text.count - 1] += string }
    }
}
