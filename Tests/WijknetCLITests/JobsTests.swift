import Foundation
import Testing
import Wijknet
@testable import WijknetCLI
import WijknetGraphviz
import WijknetJobs
import WijknetReport

/// The jobs (`Sources/WijknetJobs`) are the commands: a job built from typed values, as a
/// library user or the server builds it, gives the bytes `wijknet` writes for the same options,
/// and tells on its `say` what `wijknet` prints on standard error.
extension InProcess {
@Suite("Jobs")
struct JobsTests {
    static let sample = [sampleLog, "--actors", sampleActors, "--pseudonym-key-file", sampleKey]
    static var source: LogSource { LogSource(path: sampleLog, actors: sampleActors, keyFile: sampleKey) }
    /// The source as the command reads it: its report in the command's language (`--lang en`,
    /// else Dutch: ``captured(_:locale:)`` runs without a locale), its mappings as the CLI words them.
    static func source(as args: [String]) -> LogSource {
        LogSource(path: sampleLog, actors: sampleActors, keyFile: sampleKey, wording: CLIWording(), lang: args.contains("en") ? .en : .nl)
    }

    /// `wijknet ARGS -o FILE`: the exit code, the file's bytes and what it printed.
    func command(_ args: [String], sample: [String] = Self.sample) -> (run: Run, bytes: Data) {
        let out = outPath("out")
        let run = captured([args[0]] + sample + args.dropFirst() + ["-o", out])
        return (run, FileManager.default.contents(atPath: out) ?? Data())
    }

    /// Runs `job`, gathering what it tells.
    func job(_ body: (Say) throws -> JobOutput) throws -> (output: JobOutput, said: String) {
        var said: [String] = []
        let output = try body { said.append($0) }
        return (output, said.map { $0 + "\n" }.joined())
    }

    static let en = TableStyle(.text, lang: .en)

    nonisolated(unsafe) static let cases: [(name: String, args: [String], job: (LogSource, Say) throws -> JobOutput)] = [
        ("analyse csv", ["analyse", "--format", "csv"], { try AnalyseJob(options: AnalysisOptions(), style: TableStyle(.csv)).run($0, say: $1) }),
        ("analyse per quarter, excel-nl", ["analyse", "--period", "quarter", "--format", "csv", "--csv", "excel-nl"],
         { var j = AnalyseJob(options: AnalysisOptions(), style: TableStyle(.csv, dialect: .excelNL)); j.period = .quarter; return try j.run($0, say: $1) }),
        ("gaps en", ["gaps", "--lang", "en"], { try GapsJob(options: GapsOptions(), style: en).run($0, say: $1) }),
        ("gaps json with goals", ["gaps", "--format", "json", "--goals", repo.appendingPathComponent("samples/zuiderhof/goals.toml").path],
         { var j = GapsJob(options: GapsOptions(), style: TableStyle(.json)); j.goalsFile = repo.appendingPathComponent("samples/zuiderhof/goals.toml").path; return try j.run($0, say: $1) }),
        ("summary json", ["summary", "--format", "json"], { try SummaryJob(style: TableStyle(.json)).run($0, say: $1) }),
        ("summary by neighbourhood", ["summary", "--by", "neighbourhood", "--lang", "en"],
         { var j = SummaryJob(style: en); j.by = .neighbourhood; return try j.run($0, say: $1) }),
        ("keyplayers", ["keyplayers", "--k", "2", "--lang", "en"], { var j = KeyPlayersJob(style: en); j.k = 2; return try j.run($0, say: $1) }),
        ("whatif", ["whatif", "--remove", "p-0002", "--format", "json"],
         { try WhatIfJob(remove: ["p-0002"], add: [], style: TableStyle(.json)).run($0, say: $1) }),
        ("goals", ["goals", "--goals", repo.appendingPathComponent("samples/zuiderhof/goals.toml").path, "--period", "quarter", "--lang", "en"],
         { var j = GoalsJob(goalsFile: repo.appendingPathComponent("samples/zuiderhof/goals.toml").path, style: en); j.period = .quarter; return try j.run($0, say: $1) }),
        ("compare", ["compare", "--before", "..30-06-2025", "--after", "01-07-2025..", "--format", "csv"],
         { var j = CompareJob(style: TableStyle(.csv)); (j.before, j.after) = (Period(from: nil, to: Calendar.parseDay("30-06-2025")), Period(from: Calendar.parseDay("01-07-2025"), to: nil)); return try j.run($0, say: $1) }),
        ("render domains", ["render", "--view", "domains", "--format", "dot", "--lang", "en"],
         { var j = RenderJob(view: .domains, lang: .en); j.format = .dot; return try j.run($0, say: $1) }),
        ("export graphml", ["export", "--format", "graphml"], { try ExportJob(format: .graphml).run($0, say: $1) }),
        // The command writes chunk by chunk (``ChunkedText``), the job gathers the whole: the same bytes.
        ("export gexf", ["export", "--format", "gexf"], { try ExportJob(format: .gexf).run($0, say: $1) }),
        ("export json", ["export", "--format", "json"], { try ExportJob(format: .json).run($0, say: $1) }),
        ("export edgelist", ["export", "--format", "edgelist"], { try ExportJob(format: .edgelist).run($0, say: $1) }),
    ]

    @Test("a job's bytes and messages are the command's", arguments: cases.indices)
    func jobEqualsCommand(_ k: Int) throws {
        let c = Self.cases[k]
        let (run, bytes) = command(c.args)
        #expect(run.exit == 0 || (c.args[0] == "goals" && run.exit == 1), "\(c.name): \(run.stderr)")
        let (output, said) = try job { try c.job(Self.source(as: c.args), $0) }
        #expect(!bytes.isEmpty)
        #expect(output.data == bytes, "\(c.name)")
        #expect(said == run.stderr, "\(c.name): \(said) ≠ \(run.stderr)")
        #expect(output.passed == (run.exit == 0), "\(c.name)")
    }

    /// `export --format csv -o DIR`: the job's two files are the folder's.
    @Test func exportCSVFilesAreTheCommandsFiles() throws {
        let dir = outPath("export")
        #expect(captured(["export"] + Self.sample + ["--format", "csv", "--csv", "excel-nl", "-o", dir]).exit == 0)
        var job = ExportJob(format: .csv)
        job.dialect = .excelNL
        let output = try self.job { try job.run(Self.source, say: $0) }.output
        #expect(output.files.map(\.name) == ["nodes.csv", "edges.csv"])
        for file in output.files {
            #expect(file.data == FileManager.default.contents(atPath: dir + "/" + file.name), "\(file.name)")
        }
    }

    /// `export --format csv -o DIR` in the standard dialect, written chunk by chunk: the job's two files.
    @Test func exportStandardCSVFilesAreTheCommandsFiles() throws {
        let dir = outPath("export-standard")
        #expect(captured(["export"] + Self.sample + ["--format", "csv", "-o", dir]).exit == 0)
        let output = try self.job { try ExportJob(format: .csv).run(Self.source, say: $0) }.output
        #expect(output.files.map(\.name) == ["nodes.csv", "edges.csv"])
        for file in output.files {
            #expect(file.data == FileManager.default.contents(atPath: dir + "/" + file.name), "\(file.name)")
        }
    }

    /// A log whose every row is invalid: every reading job refuses it with the one message
    /// (``NoUsableContact``), naming the file and how to fix it.
    @Test func noUsableContactIsOneRule() throws {
        let log = outPath("leeg.csv")
        try "date,source,target\nnot-a-date,p-1,p-2\n".write(toFile: log, atomically: true, encoding: .utf8)
        let run = captured(["summary", log, "--skip-invalid"], locale: TestLocale.english)
        #expect(run.exit == 65)
        var source = LogSource(path: log)
        source.reader.policy = .skipInvalid
        #expect(throws: WijknetError.self) { try source.read() }
        let issue = NoUsableContact(try ContactLogReader(policy: .skipInvalid).read(logPath: log, actorsPath: nil))?.issue(file: "leeg.csv")
        // The library's words name no command; the CLI's name `wijknet validate`.
        #expect(issue?.message == "the log has no usable contact: all 1 rows were skipped as invalid (run a check of the files to see why).")
        #expect(run.stderr.contains("leeg.csv: error: the log has no usable contact: all 1 rows were skipped as invalid (run 'wijknet validate' to see why)."), "\(run.stderr)")
        let dutch = captured(["summary", log, "--skip-invalid"])
        #expect(dutch.stderr.contains("leeg.csv: fout: het logboek heeft geen bruikbaar contact: de enige regel is als ongeldig overgeslagen ('wijknet validate' laat zien waarom)."), "\(dutch.stderr)")
    }

    /// The page's diagram names (``PageDiagram``): `ego` of a partner is its ego view, of a
    /// place its place view, found by id or label; a young person is never found, by id or by
    /// name; a name that is no diagram, or `ego` without an actor, is refused.
    @Test func thePagesDiagramNames() throws {
        let eco = try Self.source.read().ecosystem
        #expect(try PageDiagram.view("domains", actor: nil, in: eco) == .domains)
        #expect(try PageDiagram.view("ego", actor: "p-0001", in: eco) == .ego("p-0001"))
        #expect(try PageDiagram.view("ego", actor: "Karim Jansen (Wijkteam)", in: eco) == .ego("p-0001"))
        #expect(try PageDiagram.view("ego", actor: "plek-002", in: eco) == .place("plek-002"))
        let youth = sampleYouth()
        #expect(youth.count >= 2)
        #expect(throws: PageDiagram.Refusal.noSuchActor(youth[0])) { try PageDiagram.view("ego", actor: youth[0], in: eco) }
        #expect(throws: PageDiagram.Refusal.noSuchActor(youth[1])) { try PageDiagram.view("ego", actor: youth[1], in: eco) }
        #expect(throws: PageDiagram.Refusal.whichActor) { try PageDiagram.view("ego", actor: nil, in: eco) }
        #expect(throws: PageDiagram.Refusal.noSuchDiagram) { try PageDiagram.view("place:plek-002", actor: nil, in: eco) }
    }

    /// `validate`'s job: the lines it prints and its verdict, in either language, for a good
    /// log and for one with problems.
    @Test(arguments: [Language.en, .nl]) func validateJobIsTheCommand(_ lang: Language) throws {
        let bad = outPath("slecht.csv")
        try "date,source,target\n2025-01-01,p-1,p-2\nnot-a-date,p-1,p-2\n".write(toFile: bad, atomically: true, encoding: .utf8)
        for (log, actors, exit) in [(sampleLog, sampleActors as String?, Int32(0)), (bad, nil, 65)] {
            let run = captured(["validate", log] + (actors.map { ["--actors", $0] } ?? []) + ["--lang", lang.rawValue])
            var job = ValidateJob(reader: ContactLogReader(), path: log, actors: actors)
            (job.lang, job.wording) = (lang, CLIWording())
            let output = try job.run()
            #expect(run.exit == exit && output.passed == (exit == 0))
            #expect(String(decoding: output.data, as: UTF8.self) == run.stdout)
        }
    }

    /// Issue 23: "`whatif --remove X` and `gaps`'s single-point entry for X agree in every
    /// format": for every partner `gaps` names as a single point of the sample, the young
    /// people `whatif --remove X` says lose their only line to a domain are as many as `gaps`
    /// says, in JSON, CSV and text; and the parts it falls into are `gaps`'s pieces.
    @Test(arguments: ["zuiderhof", "regio"])
    func whatIfAgreesWithTheSinglePointsOfGaps(_ name: String) throws {
        let dir = repo.appendingPathComponent("samples/" + name).path
        let sample = [dir + "/contacts.csv", "--actors", dir + "/actors.csv", "--pseudonym-key-file", dir + "/demo.key"]
        func command(_ args: [String]) -> (run: Run, bytes: Data) { self.command(args, sample: sample) }
        let gapsJSON = try #require(try JSONSerialization.jsonObject(with: command(["gaps", "--format", "json", "--top", "1000"]).bytes) as? [String: Any])
        let points = try #require((gapsJSON["singlePoints"] as? [String: Any])?["partners"] as? [[String: Any]])
        #expect(!points.isEmpty)
        let gapsCSV = String(decoding: command(["gaps", "--format", "csv", "--top", "1000"]).bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        let gapsText = String(decoding: command(["gaps", "--lang", "en", "--top", "1000"]).bytes, as: UTF8.self)
        var someoneLoses = false, sentences = 0
        for point in points {
            let id = try #require(point["partner"] as? String), label = try #require(point["label"] as? String)
            let losing = try #require(point["youthLosingADomain"] as? Int), pieces = try #require(point["pieces"] as? [Any]).count
            someoneLoses = someoneLoses || losing > 0
            // JSON
            let w = try #require(try JSONSerialization.jsonObject(with: command(["whatif", "--remove", id, "--format", "json"]).bytes) as? [String: Any])
            let names = Set(((w["youthLosingDomainPseudonyms"] as? [String: [String]]) ?? [:]).values.joined())
            #expect(names.count == losing, "\(id): whatif \(names.count), gaps \(losing)")
            let before = try #require(w["componentsBefore"] as? [Int]), after = try #require(w["componentsAfter"] as? [Int])
            #expect(after.count - before.count + 1 == pieces, "\(id): \(before.count) → \(after.count) components, gaps \(pieces) pieces")
            // ... and as many of them hold only ids the actors file does not list.
            let unlisted = try #require(point["piecesOfUnlistedIDsOnly"] as? Int)
            let unlistedBefore = try #require(w["componentsOfUnlistedIDsOnlyBefore"] as? Int), unlistedAfter = try #require(w["componentsOfUnlistedIDsOnlyAfter"] as? Int)
            #expect(unlistedAfter - unlistedBefore == unlisted, "\(id): whatif \(unlistedBefore) → \(unlistedAfter) parts of unlisted ids, gaps \(unlisted)")
            // CSV: gaps's row for X, whatif's pseudonym rows
            let row = gapsCSV.first { $0.hasPrefix("single_point,") && $0.contains(",youth_losing_a_domain,\(losing),") && $0.hasSuffix(",\(id)") }
            #expect(row != nil, "\(id): no gaps CSV row with \(losing)")
            let csv = String(decoding: command(["whatif", "--remove", id, "--format", "csv"]).bytes, as: UTF8.self)
            let csvNames = Set(csv.split(separator: "\n").filter { $0.hasPrefix("youth_losing_domain_pseudonym,") }.map { $0.split(separator: ",")[2] })
            #expect(csvNames.count == losing, "\(id): whatif CSV \(csvNames.count), gaps \(losing)")
            // Text: gaps's sentence, where it makes one, and whatif's list
            let text = String(decoding: command(["whatif", "--remove", id, "--lang", "en"]).bytes, as: UTF8.self)
            if losing == 0 { #expect(text.contains("Young people who lose every tie to a domain: none."), "\(id)") }
            let listed = Set(text.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.contains(": ") && $0.hasSuffix(")") && !$0.contains("→") }
                .flatMap { $0.split(separator: "(").last!.dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
                .filter { $0.hasPrefix("J-") })
            if losing <= 10 { #expect(listed.count == losing, "\(id): whatif text lists \(listed.count), gaps \(losing)") }
            let of = unlisted == 0 ? "" : unlisted == pieces ? " (each holds only ids that are not in the actors file)"
                : " (\(unlisted) of them \(unlisted == 1 ? "holds" : "hold") only ids that are not in the actors file)"
            let sentence = "If \(label) leaves, the network falls apart into \(pieces) parts\(of) and \(losing) young people lose their only line to a domain."
            if gapsText.contains("If \(label) leaves, the network falls apart") {
                sentences += 1
                #expect(gapsText.contains(sentence), "\(id): \(sentence)")
            }
        }
        #expect(someoneLoses && sentences > 0, "the comparison compares something")
    }
}

/// The server calls the same jobs as the command line: with the same key, its downloads are
/// `wijknet export`'s files, its diagrams `wijknet render`'s and its report `wijknet report`'s,
/// byte for byte.
@Suite("Jobs in the server")
struct ServeJobsTests {
    @Test func downloadsAreTheCommandsOutput() throws {
        let server = try ServeProcess(arguments: ["--pseudonym-key-file", sampleKey])
        defer { server.stop() }
        let session = try server.session()
        #expect(try server.upload("log", read(sampleLog), name: "contacts.csv", session: session).status == 200)
        #expect(try server.upload("actors", read(sampleActors), name: "actors.csv", session: session).status == 200)
        let sample = [sampleLog, "--actors", sampleActors, "--pseudonym-key-file", sampleKey]
        func download(_ file: String) throws -> String {
            let answer = try server.http.request("GET", "/download/\(file)", ["X-Wijknet-Session: \(session)"], timeout: 120)
            #expect(answer.status == 200, "\(file): \(answer.status) \(answer.body.prefix(300))")
            return answer.body
        }
        for (file, format) in [("wijknet.graphml", "graphml"), ("wijknet.gexf", "gexf"), ("wijknet.json", "json")] {
            let out = outPath(file)
            #expect(wijknet(["export"] + sample + ["--format", format, "-o", out]) == 0)
            let served = try download(file)
            #expect(!served.isEmpty && served == read(out), "\(file)")
        }
        let folder = outPath("csv")
        #expect(wijknet(["export"] + sample + ["--format", "csv", "-o", folder]) == 0)
        for file in ["nodes.csv", "edges.csv"] { #expect(try download(file) == read(folder + "/" + file), "\(file)") }
        for view in ["domains", "gaps", "partners", "ecosystem"] {
            let out = outPath(view + ".svg")
            #expect(wijknet(["render"] + sample + ["--view", view, "--lang", "nl", "-o", out]) == 0)
            let served = try download(view + ".svg")
            #expect(served.hasPrefix("<?xml") && served == read(out), "\(view)")
        }
        let report = outPath("report.html")
        #expect(wijknet(["report"] + sample + ["--lang", "nl", "-o", report]) == 0)
        let served = try download("report.html")
        #expect(served.contains("<section id=\"partners\">") && served == read(report))
    }
}
}
