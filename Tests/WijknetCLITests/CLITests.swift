import ArgumentParser
import Foundation
import WijknetTestScratch
import Testing
@testable import WijknetCLI

/// Runs `wijknet ARGS` in process; returns the exit code (0 when `run()` returned normally).
func wijknet(_ args: [String]) -> Int32 {
    do {
        var command = try WijknetCommand.parseAsRoot(WijknetCommand.surveyWithoutLog(args))   // as the executable does
        try command.run()
        return 0
    } catch let code as ExitCode {
        return code.rawValue
    } catch {
        // As the executable does: the parser's message (a validation error names the flag).
        let message = WijknetCommand.fullMessage(for: error)
        if !message.isEmpty { printError(message) }
        return WijknetCommand.exitCode(for: error).rawValue
    }
}

let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let sampleLog = repo.appendingPathComponent("samples/zuiderhof/contacts.csv").path
let sampleActors = repo.appendingPathComponent("samples/zuiderhof/actors.csv").path
let sampleKey = repo.appendingPathComponent("samples/zuiderhof/demo.key").path

func outPath(_ name: String) -> String {
    let dir = TestScratch.root.appendingPathComponent("wijknet-cli-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir.appendingPathComponent(name).path
}

func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

/// Every young person's id and name in the sample's actors file.
func sampleYouth() -> [String] {
    read(sampleActors).split(separator: "\n").dropFirst().compactMap { line -> [String]? in
        let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return f.count > 2 && f[2] == "youth" ? [f[0], f[1]] : nil
    }.flatMap { $0 }
}

extension InProcess {
@Suite("Command line")
struct CLITests {
    @Test func analyseCSVHasTheDocumentedColumns() {
        let out = outPath("m.csv")
        #expect(wijknet(["analyse", sampleLog, "--actors", sampleActors, "--pseudonym-key-file", sampleKey, "--format", "csv", "-o", out]) == 0)
        let lines = read(out).split(separator: "\n")
        #expect(lines.first == "id,label,kind,domain,degree,strength,betweenness,closeness,harmonic,eigenvector,pagerank,constraint,effective_size,efficiency,hierarchy,core,component,community,articulation,coordinator,consultant,representative,gatekeeper,liaison,brokerage_total,ei,betweenness_method,closeness_method")
        #expect(lines.count == 1 + 331)
        #expect(lines.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count >= 26 })
    }

    @Test func outputIsByteIdenticalWithAKey() {
        let a = outPath("a.json"), b = outPath("b.json")
        #expect(wijknet(["analyse", sampleLog, "--actors", sampleActors, "--pseudonym-key-file", sampleKey, "--format", "json", "-o", a]) == 0)
        #expect(wijknet(["analyse", sampleLog, "--actors", sampleActors, "--pseudonym-key-file", sampleKey, "--format", "json", "-o", b]) == 0)
        #expect(read(a) == read(b) && read(a).contains("\"allPairs\" : \"exact\""))
    }

    @Test("no young person's name or id in any output", arguments: [
        ["summary", "--format", "text"], ["summary", "--format", "json"],
        ["analyse", "--format", "text"], ["analyse", "--format", "csv"], ["analyse", "--format", "json"],
    ])
    func privacy(_ command: [String]) {
        let out = outPath("out")
        #expect(wijknet([command[0], sampleLog, "--actors", sampleActors] + command.dropFirst() + ["-o", out]) == 0)
        let text = read(out)
        #expect(!text.isEmpty)
        let youth = sampleYouth()
        #expect(youth.count == 560)
        for secret in youth where text.contains(secret) {
            Issue.record("\(command) printed a young person's id or name: \(secret)")
            break
        }
    }

    /// The flag does what it says — so the privacy test above can fail.
    @Test func showYouthNamesShowsThem() {
        let out = outPath("names.csv")
        #expect(wijknet(["analyse", sampleLog, "--actors", sampleActors, "--format", "csv", "--show-youth-names", "-o", out]) == 0)
        let names = sampleYouth()
        #expect(names.contains { read(out).contains($0) })
    }

    @Test func exitCodes() {
        let bad = outPath("bad.csv")
        try! "date,source,target\n31-02-2025,a,b\n2025-01-01,a,\n2025-01-02,a,b\n".write(toFile: bad, atomically: true, encoding: .utf8)
        #expect(wijknet(["validate", bad]) == 65)
        #expect(wijknet(["summary", bad]) == 65)
        #expect(wijknet(["summary", bad, "--skip-invalid", "-o", outPath("s.txt")]) == 0)
        let useless = outPath("useless.csv")
        try! "date,source,target\n31-02-2025,a,b\n2025-01-01,a,\n".write(toFile: useless, atomically: true, encoding: .utf8)
        #expect(wijknet(["summary", useless, "--skip-invalid", "-o", outPath("s.txt")]) == 65)
        #expect(wijknet(["validate", sampleLog, "--actors", sampleActors]) == 0)
        #expect(wijknet(["summary", "/nonexistent/file.csv"]) == 66)
        #expect(wijknet(["summary", sampleLog, "--from", "32-13-2025"]) != 0)
        #expect(wijknet(["analyse", sampleLog, "--group-by", "shoesize", "-o", outPath("x")]) == 64)
    }

    @Test func periodFilterChangesCounts() {
        let all = outPath("all.json"), half = outPath("half.json")
        #expect(wijknet(["summary", sampleLog, "--format", "json", "-o", all]) == 0)
        #expect(wijknet(["summary", sampleLog, "--from", "01-07-2025", "--to", "2025-12-31", "--format", "json", "-o", half]) == 0)
        func contacts(_ p: String) -> Int? {
            guard let d = try? JSONSerialization.jsonObject(with: Data(read(p).utf8)) as? [String: Any] else { return nil }
            return d["contactsInPeriod"] as? Int
        }
        #expect(contacts(all) == 2600)
        #expect((contacts(half) ?? 0) > 1000 && (contacts(half) ?? 0) < 1600)
    }
}
}
