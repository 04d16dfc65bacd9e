import ArgumentParser
import Foundation
import Testing
@testable import WijknetCLI

extension InProcess {
/// `analyse` above `--exact-limit`: betweenness within ±epsilon for every actor at once, and every
/// format says how it was estimated (method, epsilon, delta, samples).
@Suite("analyse: guaranteed betweenness above --exact-limit")
struct AnalyseGuaranteeTests {
    static let base = ["analyse", sampleLog, "--actors", sampleActors, "--pseudonym-key-file", sampleKey]

    /// `graph.betweennessEstimate` and betweenness by actor id of a JSON analysis.
    static func json(_ path: String) -> (estimate: [String: Any]?, betweenness: [String: Double]) {
        let object = try! JSONSerialization.jsonObject(with: Data(read(path).utf8)) as! [String: Any]
        let graph = object["graph"] as! [String: Any]
        var values: [String: Double] = [:]
        for a in object["actors"] as! [[String: Any]] { values[a["id"] as! String] = (a["betweenness"] as! NSNumber).doubleValue }
        return (graph["betweennessEstimate"] as? [String: Any], values)
    }

    @Test("text, CSV and JSON state method, epsilon, delta and samples; values within epsilon of the exact ones",
          arguments: ["kadabra", "riondato-kornaropoulos"])
    func statedAndWithinEpsilon(method: String) {
        let exact = outPath("exact.json"), est = outPath("est.json"), csv = outPath("est.csv"), text = outPath("est.txt")
        let options = ["--exact-limit", "10", "--epsilon", "0.05", "--delta", "0.2", "--betweenness-method", method]
        #expect(wijknet(Self.base + ["--format", "json", "-o", exact]) == 0)
        #expect(wijknet(Self.base + options + ["--format", "json", "-o", est]) == 0)
        #expect(wijknet(Self.base + options + ["--format", "csv", "-o", csv]) == 0)
        #expect(wijknet(Self.base + options + ["--format", "text", "--lang", "en", "-o", text]) == 0)

        let (estimate, values) = Self.json(est)
        let e = try! #require(estimate)
        #expect(e["method"] as? String == method && e["epsilon"] as? Double == 0.05 && e["delta"] as? Double == 0.2)
        let samples = (e["samples"] as! NSNumber).intValue, bound = (e["sampleBound"] as! NSNumber).intValue
        #expect(samples > 0 && samples <= bound && (method == "kadabra" || samples == bound))
        #expect(Self.json(exact).estimate == nil)
        let reference = Self.json(exact).betweenness
        #expect(reference.count == 331 && values.count == 331)
        let worst = reference.reduce(0.0) { max($0, abs($1.value - values[$1.key]!)) }
        #expect(worst < 0.05 && reference.values.max()! > 0.1)

        let stated = "betweenness: \(method), epsilon 0.05, delta 0.2, \(samples) samples"
        // No comment line (pandas and Spark would take it for the header): the method is a column.
        let lines = read(csv).split(separator: "\n")
        #expect(lines.first!.hasPrefix("id,label,kind,domain,degree,strength,betweenness,") && lines.first!.hasSuffix(",betweenness_method,closeness_method"))
        #expect(lines.count == 1 + 331)
        let columns = "\(method) epsilon=0.05 delta=0.2 samples=\(samples) seed=1,sampled-sources k=331 n=331 seed=1"
        #expect(lines.dropFirst().allSatisfy { $0.hasSuffix("," + columns) }, "\(lines[1])")
        #expect(read(text).contains(stated))
    }

    @Test func weightedFallsBackToRiondatoKornaropoulos() {
        let out = outPath("w.json")
        #expect(wijknet(Self.base + ["--exact-limit", "10", "--weighted", "--betweenness-method", "kadabra", "--epsilon", "0.05", "--format", "json", "-o", out]) == 0)
        #expect(Self.json(out).estimate?["method"] as? String == "riondato-kornaropoulos")
    }

    @Test func defaultIsRiondatoKornaropoulos() {
        let out = outPath("d.json")
        #expect(wijknet(Self.base + ["--exact-limit", "10", "--epsilon", "0.05", "--format", "json", "-o", out]) == 0)
        #expect(Self.json(out).estimate?["method"] as? String == "riondato-kornaropoulos")
    }

    @Test func sameSeedSameBytes() {
        let a = outPath("a.csv"), b = outPath("b.csv")
        let options = ["--exact-limit", "10", "--epsilon", "0.05", "--seed", "7", "--format", "csv"]
        #expect(wijknet(Self.base + options + ["-o", a]) == 0 && wijknet(Self.base + options + ["-o", b]) == 0)
        #expect(read(a) == read(b) && !read(a).isEmpty)
    }

    @Test("bad epsilon, delta or method: a clear message", arguments: [
        (["--epsilon", "0"], "--epsilon"), (["--delta", "1"], "--delta"), (["--betweenness-method", "brandes"], "--betweenness-method"),
    ])
    func badOptions(extra: [String], named: String) {
        // Refused by the command's checks, in its language (issue 23), with exit 64.
        let english = captured(Self.base + extra, locale: TestLocale.english)
        #expect(english.exit == 64 && english.stderr.hasPrefix("error: \(named) must "), "\(english.stderr)")
        let dutch = captured(Self.base + extra)
        #expect(dutch.exit == 64 && dutch.stderr.hasPrefix("fout: \(named) moet "), "\(dutch.stderr)")
    }
}
}
