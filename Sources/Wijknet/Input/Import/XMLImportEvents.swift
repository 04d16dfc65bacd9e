import Foundation
import WijknetIngest

/// Streams an XML graph file's elements to `start` and `end` (``WijknetIngest/parseXMLEvents(_:start:end:)``:
/// names without their namespace prefix, text per element, the line each starts on), with a
/// file that is not XML worded as the domain words it: the GraphML and GEXF imports' reading.
/// - Throws: ``WijknetError/input(_:)`` naming the file and the line where the XML breaks, or
///   whatever `start`/`end` throw (the first such error ends the parse).
/// - Complexity: `O(size of data)`.
func parseXMLEvents(_ data: Data, displayName: String, format: String,
                    start: @escaping (_ name: String, _ attributes: [String: String], _ line: Int) throws -> Void,
                    end: @escaping (_ name: String, _ text: String, _ line: Int) throws -> Void) throws {
    do {
        try WijknetIngest.parseXMLEvents(data, start: start, end: end)
    } catch let error as XMLFormatError {
        throw error.wijknetError(file: displayName, format: format)
    }
}
