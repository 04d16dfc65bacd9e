import Foundation
import Testing

/// Issue 23, "one concern per target": the file formats are WijknetIngest's, so the domain target
/// `Wijknet` neither depends on ZIPFoundation or zlib nor parses XML itself. Checked on the
/// sources and on Package.swift as text (cheap, no SwiftPM run inside the test); each check
/// fails when someone adds the dependency or the import back.
@Suite("Target dependencies")
struct DependencyTests {
    static let formatModules = ["ZIPFoundation", "CWijknetZlib", "FoundationXML"]

    /// Every Swift file under `Sources/<target>`, with its text.
    func sources(of target: String) throws -> [(path: String, text: String)] {
        let dir = repositoryRoot.appendingPathComponent("Sources/\(target)")
        let files = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        return try files.filter { $0.pathExtension == "swift" }.map { ($0.path, try String(contentsOf: $0, encoding: .utf8)) }
    }

    /// The module an `import` line names (`import struct Foo.Bar`, `@testable import Foo`, `import Foo // why`).
    func importedModule(_ line: Substring) -> String? {
        var words = line.split(separator: "//").first?.split(whereSeparator: { $0 == " " || $0 == "\t" }) ?? []
        while let w = words.first, w.hasPrefix("@") || ["public", "internal", "package", "private", "fileprivate"].contains(String(w)) { words.removeFirst() }
        guard words.first == "import", words.count >= 2 else { return nil }
        let path = words.count >= 3 ? words[2] : words[1]
        return path.split(separator: ".").first.map(String.init)
    }

    @Test func theDomainImportsNoFormatLibrary() throws {
        let files = try sources(of: "Wijknet")
        #expect(files.count > 50)   // the scan sees the target
        var offending: [String] = []
        for file in files {
            for line in file.text.split(separator: "\n") {
                if let module = importedModule(line), Self.formatModules.contains(module) { offending.append("\(file.path): \(line)") }
                if line.contains("XMLParser") { offending.append("\(file.path): \(line)") }
            }
        }
        #expect(offending.isEmpty, "\(offending)")
    }

    /// The scan itself finds what it looks for: the formats target does import them.
    @Test func theFormatsTargetImportsThem() throws {
        let modules = Set(try sources(of: "WijknetIngest").flatMap { $0.text.split(separator: "\n").compactMap(importedModule) })
        #expect(modules.isSuperset(of: Self.formatModules), "\(modules)")
        #expect(!modules.contains("Wijknet") && !modules.contains("WijknetGraph"))   // knows nothing of the domain
    }

    /// In Package.swift, the target `Wijknet` lists WijknetIngest and neither ZIPFoundation nor
    /// CWijknetZlib; WijknetIngest lists both.
    @Test func thePackageSaysSo() throws {
        let manifest = try String(contentsOf: repositoryRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        func dependencies(of target: String) throws -> String {
            let start = try #require(manifest.range(of: ".target(\n            name: \"\(target)\","))
            let rest = manifest[start.upperBound...]
            let end = try #require(rest.range(of: "\n        ),"))
            return String(rest[..<end.lowerBound])
        }
        let domain = try dependencies(of: "Wijknet"), ingest = try dependencies(of: "WijknetIngest")
        #expect(domain.contains("\"WijknetIngest\""))
        #expect(!domain.contains("ZIPFoundation") && !domain.contains("CWijknetZlib"), "\(domain)")
        #expect(ingest.contains("ZIPFoundation") && ingest.contains("CWijknetZlib"), "\(ingest)")
    }
}
