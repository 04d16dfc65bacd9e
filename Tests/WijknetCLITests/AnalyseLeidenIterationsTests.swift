import Foundation
import Testing
@testable import WijknetCLI

extension InProcess {
/// `analyse --leiden-iterations k`: the text says how many ran, in either language; the JSON's
/// options carry the number (absent by default, so earlier JSON reads the same); 0 is refused.
@Suite("analyse --leiden-iterations")
struct AnalyseLeidenIterationsTests {
    static let base = ["analyse", sampleLog, "--actors", sampleActors, "--pseudonym-key-file", sampleKey]

    @Test func textAndJSONSayHowManyRan() throws {
        let en = outPath("it.txt"), nl = outPath("it-nl.txt"), json = outPath("it.json"), plain = outPath("plain.json")
        #expect(wijknet(Self.base + ["--leiden-iterations", "2", "--lang", "en", "-o", en]) == 0)
        #expect(wijknet(Self.base + ["--leiden-iterations", "1", "--lang", "nl", "-o", nl]) == 0)
        #expect(wijknet(Self.base + ["--leiden-iterations", "2", "--format", "json", "-o", json]) == 0)
        #expect(wijknet(Self.base + ["--format", "json", "-o", plain]) == 0)
        #expect(read(en).contains(" communities (Leiden, 2 iterations), modularity "))
        #expect(read(nl).contains(" gemeenschappen (Leiden, 1 iteratie), modulariteit "))
        func options(_ path: String) throws -> [String: Any] {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(read(path).utf8)) as? [String: Any])
            return try #require(object["options"] as? [String: Any])
        }
        #expect(try options(json)["leidenIterations"] as? Int == 2)
        #expect(try options(plain)["leidenIterations"] == nil)
    }

    @Test func fewerThanOneIsRefused() {
        let english = captured(Self.base + ["--leiden-iterations", "0"], locale: TestLocale.english)
        #expect(english.exit == 64 && english.stderr.hasPrefix("error: --leiden-iterations must "), "\(english.stderr)")
        let dutch = captured(Self.base + ["--leiden-iterations", "0"])
        #expect(dutch.exit == 64 && dutch.stderr.hasPrefix("fout: --leiden-iterations moet "), "\(dutch.stderr)")
    }
}
}
