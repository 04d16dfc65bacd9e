import Foundation
import WijknetTestScratch
import Testing
import Wijknet
import WijknetGraph

/// Writes `bytes` to a fresh temporary file and returns its path.
func tempFile(_ bytes: [UInt8], name: String = "log.csv") -> String {
    let dir = TestScratch.root.appendingPathComponent("wijknet-tests-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try! Data(bytes).write(to: url)
    return url.path
}

func tempFile(_ text: String, name: String = "log.csv") -> String { tempFile(Array(text.utf8), name: name) }

/// Reads a log (and actors file) from text.
func readLog(_ log: String, actors: String? = nil, policy: ErrorPolicy = .stopAtFirst) throws -> ContactLog {
    try ContactLogReader(policy: policy).read(logPath: tempFile(log), actorsPath: actors.map { tempFile($0, name: "actors.csv") })
}

/// The first issue thrown by reading `log`.
func firstIssue(_ log: String, actors: String? = nil) -> InputIssue? {
    do { _ = try readLog(log, actors: actors); return nil } catch let e as WijknetError { return e.issues.first } catch { return nil }
}

let testKey = Pseudonymizer(key: Array("test-key".utf8))

@Suite("CSV reading")
struct CSVQuirkTests {
    // The CSV format's own tests (delimiters, quoting, chunk borders) are WijknetIngestTests' `CSV format`.

    @Test func windows1252Fallback() throws {
        // 'café' with é as 0xE9 and '€' as 0x80: not valid UTF-8, read as Windows-1252.
        let bytes: [UInt8] = Array("date,source,target\n2025-01-01,caf".utf8) + [0xE9] + Array(",".utf8) + [0x80] + Array("uro\n".utf8)
        let log = try ContactLogReader().read(logPath: tempFile(bytes))
        #expect(log.actors.map(\.id) == ["café", "€uro"])
        #expect(log.stats.windows1252Fields == 2)
        #expect(log.warnings.contains { $0.contains("Windows-1252") })
    }

    @Test func datesAndWeights() throws {
        let log = try readLog("""
        datum;van;naar;gewicht
        15-03-2025;a;b;1,5
        5-3-2025;a;b;2
        15/03/2025;a;b;
        2025-03-15T14:30;a;b;0.25
        2025-03-15 09:05:07;a;b;3
        """)
        let days = log.time.map { Calendar.isoDate(Calendar.day(ofTimestamp: $0)) }
        #expect(days == ["2025-03-15", "2025-03-05", "2025-03-15", "2025-03-15", "2025-03-15"])
        #expect(log.time[3] % 86_400 == 14 * 3600 + 30 * 60)
        #expect(log.weight == [1.5, 2, 1, 0.25, 3])
        #expect(log.headerLanguage == .nl)
    }

    @Test func invalidDatesAreRejected() {
        for bad in ["31-02-2025", "2025-13-01", "29-02-2025", "2025-02-30", "12/31/2025", "2025-01-01T24:00", "yesterday", "1-1-25"] {
            var copy = bad
            #expect(copy.withUTF8 { Calendar.parseTimestamp($0) } == nil, "\(bad)")
        }
        var leap = "29-02-2024"
        #expect(leap.withUTF8 { Calendar.parseTimestamp($0) } != nil)
    }
}

@Suite("Errors name file, line and column")
struct IngestErrorTests {
    @Test func unterminatedQuote() {
        let i = firstIssue("date,source,target\n2025-01-01,a,b\n2025-01-02,\"a,b\n")
        #expect(i?.line == 3 && i?.column == 12)
        #expect(i?.message.contains("never closed") == true)
    }

    @Test func textAfterClosingQuote() {
        let i = firstIssue("date,source,target\n2025-01-01,\"a\"x,b\n")
        #expect(i?.line == 2 && i?.column == 15 && i?.message.contains("after the closing quote") == true)
    }

    @Test func missingRequiredColumn() {
        let i = firstIssue("datum;naar\n01-01-2025;a\n")
        #expect(i?.line == 1 && i?.column == 1 && i?.message.contains("'source' (Dutch: 'van')") == true)
    }

    @Test func badDateWeightAndActors() {
        let header = "date,source,target,about,weight\n"
        var i = firstIssue(header + "2025-01-01,a,b,,1\n31-02-2025,a,b,,1\n")
        #expect(i?.line == 3 && i?.column == 1 && i?.message.contains("'31-02-2025'") == true)
        // "2025-01-01,a,b,,0": the weight starts at character 17 (10 for the date, then
        // ",a" ",b" "," ",").
        i = firstIssue(header + "2025-01-01,a,b,,0\n")
        #expect(i?.line == 2 && i?.column == 17 && i?.message.contains("is not a number from 0,000001") == true)
        i = firstIssue(header + "2025-01-01,a,b,,-2\n")
        #expect(i?.column == 17)
        i = firstIssue(header + "2025-01-01,a,b,,veel\n")
        #expect(i?.line == 2 && i?.message.contains("'veel'") == true)
        i = firstIssue(header + "2025-01-01,a,,,1\n")
        #expect(i?.line == 2 && i?.column == 12 && i?.message.contains("only one actor") == true)
        i = firstIssue(header + "2025-01-01,a,a,,1\n")
        #expect(i?.message.contains("the same id") == true)
        i = firstIssue(header + "2025-01-01,a,b,,1,9\n")
        #expect(i?.line == 2 && i?.message.contains("6 fields but the header has 5") == true)
    }

    @Test func actorsFileErrors() {
        let log = "date,source,target\n2025-01-01,a,b\n"
        var i = firstIssue(log, actors: "id,kind\na,robot\n")
        #expect(i?.file.hasSuffix("actors.csv") == true && i?.line == 2 && i?.column == 3 && i?.message.contains("unknown kind 'robot'") == true)
        i = firstIssue(log, actors: "id,domain\na,politics\n")
        #expect(i?.line == 2 && i?.message.contains("unknown domain") == true)
        i = firstIssue(log, actors: "id,kind,domain\na,partner,care\nb,partner,care\na,partner,safety\n")
        #expect(i?.line == 4 && i?.message.contains("first on line 2") == true)
        // A young person's id is never quoted in a message.
        i = firstIssue(log, actors: "id,kind\nSanne de Vries,youth\nSanne de Vries,place\n")
        #expect(i != nil && i?.message.contains("Sanne") == false)
        // Identical duplicates are fine.
        #expect(firstIssue(log, actors: "id,kind\na,partner\na,partner\n") == nil)
    }

    @Test func notText() {
        #expect(firstIssue("")?.message.contains("empty") == true)
        let nul = ContactLogReaderTestHelper.issue(bytes: Array("date,source\n2025".utf8) + [0, 0])
        #expect(nul?.message.contains("NUL") == true && nul?.line == 2)
        #expect(ContactLogReaderTestHelper.issue(bytes: [0xFF, 0xFE, 0x64, 0x00])?.message.contains("UTF-16") == true)
        #expect(ContactLogReaderTestHelper.issue(bytes: [0x50, 0x4B, 0x03, 0x04, 1, 2])?.message.contains(".xlsx") == true)
    }

    @Test func skipInvalidCountsAddUp() throws {
        let log = try readLog("""
        date,source,target,weight
        2025-01-01,a,b,1
        bad,a,b,1
        2025-01-02,a,,1
        2025-01-03,"x"y,b,1
        2025-01-04,c,d,0
        2025-01-05,c,d,2
        """, policy: .skipInvalid)
        #expect(log.stats.rowsRead == 6 && log.stats.rowsUsed == 2 && log.stats.rowsSkipped == 4)
        #expect(log.stats.rowsRead == log.stats.rowsUsed + log.stats.rowsSkipped)
        #expect(log.stats.issues.map(\.line) == [3, 4, 5, 6])
        #expect(log.line == [2, 7])
    }
}

enum ContactLogReaderTestHelper {
    static func issue(bytes: [UInt8]) -> InputIssue? {
        do { _ = try ContactLogReader().read(logPath: tempFile(bytes)); return nil } catch let e as WijknetError { return e.issues.first } catch { return nil }
    }
}

@Suite("The ecosystem graph")
struct EcosystemTests {
    /// One row naming four distinct actors ties every pair: C(4,2) = 6 edges of the row's weight.
    @Test func pairRuleOnFourActors() throws {
        let log = try readLog("date,source,target,about,place,weight\n2025-01-01,w,s,Y,P,2\n")
        let eco = Ecosystem(log: log, pseudonyms: testKey)
        #expect(eco.graph.nodeCount == 4 && eco.graph.edgeCount == 6)
        #expect(eco.graph.edges.allSatisfy { $0.weight == 2 })
        #expect(eco.actors.map(\.kind) == [.partner, .partner, .youth, .place])
    }

    /// The actor index (made when first asked for) holds every actor at its place: the actors
    /// file's (one listed twice: the reader finds it in its interner), then those first seen
    /// in the log; in a copy of the log made before it was asked for too.
    @Test func actorIndexHoldsTheDeclaredAndTheLogsActors() throws {
        let log = try readLog("date,source,target,about\n2025-01-01,w1,x9,Y2\n2025-01-02,x9,w2,Y1\n",
                              actors: "id,kind\nw1,partner\nY1,youth\nw1,partner\n")
        let copy = log
        #expect(log.actors.map(\.id) == ["w1", "Y1", "x9", "Y2", "w2"])
        let expected = ["w1": 0, "Y1": 1, "x9": 2, "Y2": 3, "w2": 4]
        #expect(log.actorIndex == expected)
        #expect(copy.actorIndex == expected)
        let eco = Ecosystem(log: copy, pseudonyms: testKey)
        #expect(eco.node(forID: "w2").map { eco.actors[$0].id } == "w2")
        #expect(eco.node(forID: "nobody") == nil)
    }

    /// A row that names one actor twice: three distinct actors give 3 edges, and a warning.
    @Test func repeatedActorInRow() throws {
        let log = try readLog("date,source,target,about,place\n2025-01-01,w,w,Y,P\n")
        let eco = Ecosystem(log: log, pseudonyms: testKey)
        #expect(eco.graph.edgeCount == 3 && log.stats.rowsWithRepeatedActor == 1)
        #expect(log.warnings.contains { $0.contains("same actor in two columns") })
    }

    @Test func edgesAggregate() throws {
        let log = try readLog("""
        date,source,target,type,weight
        2025-01-05,a,b,Overleg,1
        2025-01-02,b,a,signaal,2.5
        2025-03-01,a,b,overleg,1
        2025-02-01,a,c,,1
        """)
        let eco = Ecosystem(log: log, pseudonyms: testKey)
        let e = eco.graph.edgeIDs[eco.graph.slot(0, 1)!]
        let info = eco.edgeInfo[Int(e)]
        #expect(eco.graph.weight(0, 1) == 4.5 && info.contacts == 3)
        #expect(Calendar.isoDate(Int(info.firstDay)) == "2025-01-02" && Calendar.isoDate(Int(info.lastDay)) == "2025-03-01")
        #expect(eco.types(ofEdge: Int(e)).map { log.contactTypes[$0] } == ["overleg", "signaal"])
        // A period keeps only its contacts (and the actors named in them).
        let jan = Ecosystem(log: log, period: Period(from: Calendar.parseDay("01-01-2025"), to: Calendar.parseDay("31-01-2025")), pseudonyms: testKey)
        #expect(jan.graph.edgeCount == 1 && jan.graph.weight(0, 1) == 3.5 && jan.count == 2)
    }

    @Test func aliasHeadersAndKindInference() throws {
        let log = try readLog("DATUM;Van;NAAR;Over;PLEK;Soort\n01-01-2025;w;s;Y;P;overleg\n01-01-2025;P;w;;;x\n")
        // P appears as place and as partner: place wins (youth > place > partner).
        #expect(log.actors.map(\.kind) == [.partner, .partner, .youth, .place])
        #expect(log.actors[0].domain == .unknown && log.actors[3].domain == .none)
        #expect(log.warnings.contains { $0.contains("more than one kind of column") })
        let declared = try readLog("date,source,about\n2025-01-01,w,Y\n2025-01-01,w,Z\n",
                                   actors: "id;naam;soort;domein;voorveld\nw;Wijkteam;partner;sociaal;nee\nY;Sem;jongere;;\n")
        #expect(declared.actors.map(\.declared) == [true, true, false])
        #expect(declared.actors[0].domain == .social && declared.actors[2].kind == .youth)
        #expect(declared.warnings.contains { $0.contains("1 id(s) in the log are not in the actors file") })
    }

    @Test func sampleAndExcelVariantGiveTheSameFigures() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let plain = try ContactLogReader().read(logPath: root.appendingPathComponent("samples/zuiderhof/contacts.csv").path,
                                                actorsPath: root.appendingPathComponent("samples/zuiderhof/actors.csv").path)
        let excel = try ContactLogReader().read(logPath: root.appendingPathComponent("samples/zuiderhof-excel/contacten.csv").path,
                                                actorsPath: root.appendingPathComponent("samples/zuiderhof-excel/actoren.csv").path)
        let a = EcosystemSummary(Ecosystem(log: plain, pseudonyms: testKey))
        var b = EcosystemSummary(Ecosystem(log: excel, pseudonyms: testKey))
        b.logFile = a.logFile
        b.warnings = a.warnings
        #expect(a == b)
        #expect(a.rows.read == 2600 && a.rows.read == a.rows.used + a.rows.skipped)
        #expect(excel.headerLanguage == .nl && plain.headerLanguage == .en)
    }

    @Test func generatorIsDeterministic() {
        let p = SyntheticNeighbourhood.Parameters(actors: 120, rows: 500, seed: 9)
        #expect(SyntheticNeighbourhood(p).logCSV(style: .plain) == SyntheticNeighbourhood(p).logCSV(style: .plain))
        let other = SyntheticNeighbourhood(.init(actors: 120, rows: 500, seed: 10)).logCSV(style: .plain)
        #expect(other != SyntheticNeighbourhood(p).logCSV(style: .plain))
        #expect(SyntheticNeighbourhood(p).rows.count == 500)
    }
}

@Suite("Privacy")
struct PrivacyTests {
    /// Expected value from Python:
    ///   python3 -c "import hmac,hashlib;print(hmac.new(b'key',b'j-00001',hashlib.sha256).hexdigest()[:8])"
    @Test func pseudonymIsKeyedHMAC() {
        let p = Pseudonymizer(key: Array("key".utf8))
        #expect(p.pseudonym(for: "j-00001") == "J-" + PrivacyTests.pythonHMAC)
        #expect(Pseudonymizer(key: Array("key".utf8)).pseudonym(for: "j-00001") == p.pseudonym(for: "j-00001"))
        #expect(Pseudonymizer(key: Array("other".utf8)).pseudonym(for: "j-00001") != p.pseudonym(for: "j-00001"))
        #expect(p.pseudonym(for: "j-00001").count == 10)
    }
    static let pythonHMAC = "2aff3dbf"

    @Test func keyFromFileAndEnvironment() throws {
        let file = tempFile("secret\n", name: "key")
        let a = try Pseudonymizer.fromEnvironment(keyFile: file, environment: [:])
        let b = try Pseudonymizer.fromEnvironment(keyFile: nil, environment: [Pseudonymizer.environmentVariable: "secret"])
        #expect(a.pseudonym(for: "x") == b.pseudonym(for: "x") && a.isStable && b.isStable)
        let random = try Pseudonymizer.fromEnvironment(keyFile: nil, environment: [:])
        #expect(!random.isStable && random.stabilityNotice != nil)
        #expect(throws: WijknetError.self) { try Pseudonymizer.fromEnvironment(keyFile: tempFile("", name: "empty"), environment: [:]) }
    }

    @Test func collisionsGetLongerPseudonyms() {
        let p = Pseudonymizer(key: Array("key".utf8))
        let ids = PrivacyTests.collidingIDs
        #expect(p.pseudonym(for: ids[0]) == p.pseudonym(for: ids[1]))   // the same 8 digits
        let resolved = p.resolvingCollisions(for: ids + ["other"])
        #expect(resolved.pseudonym(for: ids[0]) != resolved.pseudonym(for: ids[1]))
        #expect(resolved.pseudonym(for: ids[0]) == "J-ad6645bd69f1" && resolved.pseudonym(for: ids[1]) == "J-ad6645bd9aa2")
        #expect(resolved.pseudonym(for: "other").count == 10)
    }
    /// 200,000 young people (about five 8-digit collisions, k²/2³³): each gets the fewest digits
    /// d ∈ {8, 12, 16} whose prefix no other id shares, found here by counting every prefix of
    /// the full digests; the ids come twice and in another order (neither may matter).
    @Test func collisionsAmongManyByCountingPrefixes() {
        let p = Pseudonymizer(key: Array("key".utf8))
        let ids = (0..<200_000).map { "j-\($0)" }
        let resolved = p.resolvingCollisions(for: ids.reversed() + ids)
        var collided = 0
        var counts: [Int: [Substring: Int]] = [:]
        let hexDigits = Array("0123456789abcdef")
        let digests = ids.map { id in
            String(Digest.hmacSHA256(key: Array("key".utf8), message: Array(id.utf8)).flatMap { [hexDigits[Int($0 >> 4)], hexDigits[Int($0 & 15)]] })
        }
        for d in [8, 12, 16] {
            for h in digests { counts[d, default: [:]][h.prefix(d), default: 0] += 1 }
        }
        for (i, id) in ids.enumerated() {
            let d = [8, 12, 16].first { counts[$0]![digests[i].prefix($0)] == 1 } ?? 20
            if d > 8 { collided += 1 }
            #expect(resolved.pseudonym(for: id) == "J-" + digests[i].prefix(d), "\(i)")
        }
        #expect(collided >= 2)
    }

    /// Found by brute force in Python (first 8-digit collision for key "key" among j-0000000…):
    /// both start ad6645bd; at 12 digits they differ (ad6645bd69f1 vs ad6645bd9aa2).
    static let collidingIDs = ["j-0029413", "j-0038028"]

    @Test func youthNamesAndIDsNeverInLabels() throws {
        let log = try readLog("date,source,about,place\n2025-01-01,w,jeroen-k,P\n",
                              actors: "id,name,kind\njeroen-k,Jeroen Klaassen,youth\nw,Wijkteam Zuid,partner\n")
        let eco = Ecosystem(log: log, pseudonyms: testKey)
        let v = eco.node(forID: "jeroen-k")!
        #expect(eco.label(of: v).hasPrefix("J-") && eco.exportID(of: v).hasPrefix("J-"))
        #expect(eco.label(of: v, showYouthNames: true) == "Jeroen Klaassen")
        let result = try AnalysisResult(eco, options: AnalysisOptions())
        let everything = "\(result.actors)" + "\(result.graph.bridges)" + result.notes.joined()
        #expect(!everything.contains("Jeroen") && !everything.contains("jeroen-k"))
        #expect(eco.node(forID: eco.exportID(of: v)) == v)
    }
}
