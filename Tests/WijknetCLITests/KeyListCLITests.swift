import Foundation
import Testing
import Wijknet
@testable import WijknetCLI

/// `wijknet keylist`: the way back from the report's pseudonyms to the young people, for who
/// holds the key — every pseudonym of the report is in it, with the id and the name the actors
/// file gives; mode 0600; never on standard output; refused without a key.
extension InProcess {
@Suite("wijknet keylist")
struct KeyListCLITests {
    let args = [sampleLog, "--actors", sampleActors, "--pseudonym-key-file", sampleKey]

    /// The rows of a key list file: pseudonym → (id, name). The sample's cells hold no comma
    /// or quote, so a split is the CSV reading here.
    func rows(_ csv: String) -> [String: (id: String, name: String)] {
        var out: [String: (id: String, name: String)] = [:]
        for line in csv.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            out[f[0]] = (f[1], f[2])
        }
        return out
    }

    @Test func everyPseudonymOfTheReportIsInTheKeyList() throws {
        let report = outPath("report.html"), list = outPath("keylist.csv")
        #expect(wijknet(["report"] + args + ["--lang", "nl", "-o", report]) == 0)
        let run = captured(["keylist"] + args + ["-o", list])
        #expect(run.exit == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty, "the key list never goes to standard output")
        #expect(run.stderr.contains("waarschuwing: \(list) bevat de ids en namen van 280 jongeren"), "\(run.stderr)")
        let text = read(list)
        #expect(text.hasPrefix("pseudoniem,id,naam\n"))
        let keys = rows(text)
        let html = read(report)
        let shown = Set(html.matches(of: #/J-[0-9a-f]{8,64}/#).map { String($0.output) })
        #expect(shown.count >= 3, "the sample's report names young people by pseudonym (\(shown.count))")
        #expect(shown.subtracting(keys.keys).isEmpty, "pseudonyms of the report missing from the key list: \(shown.subtracting(keys.keys).sorted())")
        // Each row: the id and name of one young person of the actors file, whose pseudonym it is.
        let youth = sampleYouth()
        let pairs = stride(from: 0, to: youth.count, by: 2).map { (youth[$0], youth[$0 + 1]) }
        #expect(keys.count == pairs.count)
        let key = try Pseudonymizer.fromEnvironment(keyFile: sampleKey).resolvingCollisions(for: pairs.map(\.0))
        for (id, name) in pairs {
            let p = key.pseudonym(for: id)
            #expect(keys[p]?.id == id && keys[p]?.name == name, "\(p)")
        }
        // The report itself names none of them.
        for (id, name) in pairs { #expect(!html.contains(">\(name)<") && !html.contains(">\(id)<")) }
    }

    @Test func theKeyListIsReadableByItsOwnerOnly() throws {
        let list = outPath("keylist.csv")
        // An existing file of mode 0644 is replaced by one of mode 0600.
        FileManager.default.createFile(atPath: list, contents: Data("old\n".utf8), attributes: [.posixPermissions: 0o644])
        #expect(captured(["keylist"] + args + ["--lang", "en", "-o", list]).exit == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: list)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(read(list).hasPrefix("pseudonym,id,name\n"))
    }

    @Test func withoutAKeyOrAFileItIsRefused() throws {
        let list = outPath("keylist.csv")
        let saved = getenv(Pseudonymizer.environmentVariable).map { String(cString: $0) }
        unsetenv(Pseudonymizer.environmentVariable)
        defer { if let saved { setenv(Pseudonymizer.environmentVariable, saved, 1) } }
        let run = captured(["keylist", sampleLog, "--actors", sampleActors, "-o", list], locale: TestLocale.english)
        #expect(run.exit == 64)
        #expect(run.stderr.contains("error: the key list needs the key the reports were made with: give --pseudonym-key-file FILE or set"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: list))
        let noOut = captured(["keylist"] + args)
        #expect(noOut.exit == 64 && noOut.stdout.isEmpty, "without -o nothing is written (\(noOut.exit))")
    }
}
}
