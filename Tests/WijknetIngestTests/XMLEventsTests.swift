import Foundation
import Testing
@testable import WijknetIngest

@Suite("XML events")
struct XMLEventsTests {
    /// Every event as text: `+name(attributes)@line` and `-name"text"@line`.
    func events(_ xml: String) throws -> [String] {
        var out: [String] = []
        try parseXMLEvents(Data(xml.utf8), start: { name, attributes, line in
            out.append("+\(name)(\(attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")))@\(line)")
        }, end: { name, text, line in
            out.append("-\(name)\"\(text)\"@\(line)")
        })
        return out
    }

    @Test func elementsWithoutPrefixTextAndLines() throws {
        let xml = "<?xml version=\"1.0\"?>\n<g:graph xmlns:g=\"urn:x\" id=\"a\">\n  <g:node id=\"n1\">t<?pi?>u</g:node>\n</g:graph>\n"
        let got = try events(xml)
        // an element's text is all of its own text, white space too (the graph's: the line ends and indent around the node)
        #expect(got == ["+graph(id=a,xmlns:g=urn:x)@2", "+node(id=n1)@3", "-node\"tu\"@3", "-graph\"\n  \n\"@4"], "\(got)")
    }

    @Test func notUTF8() {
        #expect(throws: XMLFormatError.notUTF8) { try parseXMLEvents(Data([0x3C, 0x61, 0xFF, 0x3E]), start: { _, _, _ in }, end: { _, _, _ in }) }
    }

    @Test func malformedAtItsLine() {
        do { _ = try events("<a>\n<b>\n</a>\n"); Issue.record("no error") } catch let error as XMLFormatError {
            guard case .malformed(let line, _, let cutOff) = error else { Issue.record("\(error)"); return }
            #expect(line == 3 && !cutOff)
        } catch { Issue.record("\(error)") }
    }

    @Test func cutOffAndEmpty() {
        func failure(_ xml: String) -> XMLFormatError? {
            do { _ = try events(xml); return nil } catch { return error as? XMLFormatError }
        }
        if case .malformed(_, _, let cutOff) = failure("<a><b>x</b>") { #expect(cutOff) } else { Issue.record("not refused") }
        #expect(failure("") != nil)
        #expect(failure("<a/>") == nil)
    }

    /// The first error a callback throws ends the parse and is thrown as it is.
    @Test func callbackErrorsPassThrough() {
        struct Stop: Error, Equatable {}
        var seen = 0
        #expect(throws: Stop()) {
            try parseXMLEvents(Data("<a><b/><c/><d/></a>".utf8), start: { name, _, _ in
                seen += 1
                if name == "b" { throw Stop() }
            }, end: { _, _, _ in })
        }
        #expect(seen == 2)
    }

    /// `Regressions/xlsx/processing-instruction-without-data`, the rewrite itself: a space after
    /// the target of an instruction without data, nowhere else.
    @Test func instructionsWithoutDataGetASpace() {
        func rewrite(_ s: String) -> String { String(decoding: withDataInEveryProcessingInstruction(Data(s.utf8)), as: UTF8.self) }
        #expect(rewrite("<?x?><a/>") == "<?x ?><a/>")
        #expect(rewrite(#"<?xml version="1.0"?><a><?pi?>t<?pi data?><??></a><?end?>"#) == #"<?xml version="1.0"?><a><?pi ?>t<?pi data?><??></a><?end ?>"#)
        #expect(rewrite("<a>x ? y <b/> ?></a>") == "<a>x ? y <b/> ?></a>")
        #expect(rewrite("<?x?") == "<?x?")   // cut off: left to the parser's error
    }
}
