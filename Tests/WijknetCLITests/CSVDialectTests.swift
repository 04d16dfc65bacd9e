import Foundation
import Testing
@testable import WijknetCLI
@testable import WijknetReport

/// For each pair of paths (standard, excel-nl): pandas `read_csv(path)` with default arguments
/// must find the header on the first line (the columns the csv module reads there) and every
/// row; columns whose every cell is a number must come out numeric; and
/// `read_csv(excel, sep=";", decimal=",")` must give the same table. Prints the failures.
private let pandasCheck = #"""
import sys, csv, json, pandas as pd
failures = []
paths = sys.argv[1:]
for standard, excel in zip(paths[::2], paths[1::2]):
    a = pd.read_csv(standard)
    rows = list(csv.reader(open(standard, newline="", encoding="utf-8")))
    if any(str(c).startswith("#") for c in a.columns): failures.append("%s: a comment line was read as the header" % standard)
    if list(a.columns) != rows[0]: failures.append("%s: header %r, csv module %r" % (standard, list(a.columns)[:5], rows[0][:5]))
    if len(a) != len(rows) - 1: failures.append("%s: %d rows, csv module %d" % (standard, len(a), len(rows) - 1))
    for k, name in enumerate(rows[0]):
        cells = [r[k] for r in rows[1:] if k < len(r) and r[k] != ""]
        def number(x):
            try: float(x); return True
            except ValueError: return False
        if cells and all(number(x) for x in cells) and not pd.api.types.is_numeric_dtype(a[name]):
            failures.append("%s: column %s is not numeric" % (standard, name))
    raw = open(excel, "rb").read()
    if not raw.startswith(b"\xef\xbb\xbf"): failures.append("%s: no byte-order mark" % excel)
    b = pd.read_csv(excel, sep=";", decimal=",")
    try:
        pd.testing.assert_frame_equal(a, b, check_dtype=False)
    except AssertionError as e:
        failures.append("%s: excel-nl differs: %s" % (excel, str(e)[:300]))
print(json.dumps({"files": len(paths) // 2, "failures": failures}))
"""#

extension InProcess {
@Suite("CSV that pandas and Dutch Excel read as they are")
struct CSVDialectTests {
    static let zuiderhof = [sampleLog, "--actors", sampleActors, "--pseudonym-key-file", sampleKey]
    static var regio: [String] {
        let r = repo.appendingPathComponent("samples/regio").path
        return [r + "/contacts.csv", "--actors", r + "/actors.csv", "--pseudonym-key-file", r + "/demo.key"]
    }
    static let goals = repo.appendingPathComponent("samples/zuiderhof/goals.toml").path

    /// Every command that writes CSV, with the options that make it write its table.
    static let commands: [[String]] = [
        ["analyse"] + zuiderhof,
        ["analyse"] + zuiderhof + ["--exact-limit", "10"],
        ["analyse"] + zuiderhof + ["--period", "quarter"],
        ["summary"] + zuiderhof + ["--period", "quarter"],
        ["summary"] + regio + ["--by", "neighbourhood"],
        ["gaps"] + zuiderhof,
        ["gaps"] + zuiderhof + ["--period", "quarter"],
        ["keyplayers"] + zuiderhof + ["--k", "2"],
        ["whatif"] + zuiderhof + ["--remove", "p-0001"],
        ["compare"] + zuiderhof + ["--before", "01-01-2025..30-06-2025", "--after", "01-07-2025..31-12-2025"],
        ["goals"] + zuiderhof + ["--goals", goals],
    ]

    @Test("pandas read_csv with default arguments reads every CSV; with sep=';', decimal=',' the excel-nl one, the same",
          .enabled(if: pandasAvailable, "python3 with pandas is not installed: pip install pandas"))
    func pandasReadsEveryCSV() throws {
        var paths: [String] = []
        for (k, command) in Self.commands.enumerated() {
            let standard = outPath("\(k)-\(command[0]).csv"), excel = outPath("\(k)-\(command[0])-excel.csv")
            let a = captured(command + ["--format", "csv", "-o", standard]), b = captured(command + ["--format", "csv", "--csv", "excel-nl", "-o", excel])
            let ok: Set<Int32> = command[0] == "goals" ? [0, 1] : [0]   // goals: 1 when a goal is not met
            #expect(ok.contains(a.exit) && ok.contains(b.exit), "\(command.prefix(1)) \(command.suffix(2)): \(a.stderr) \(b.stderr)")
            #expect(!read(standard).hasPrefix("#"), "no comment line: \(command)")
            paths += [standard, excel]
        }
        let dir = outPath("export"), excelDir = outPath("export-excel")
        #expect(captured(["export"] + Self.zuiderhof + ["--format", "csv", "-o", dir]).exit == 0)
        #expect(captured(["export"] + Self.zuiderhof + ["--format", "csv", "--csv", "excel-nl", "-o", excelDir]).exit == 0)
        paths += [dir + "/nodes.csv", excelDir + "/nodes.csv", dir + "/edges.csv", excelDir + "/edges.csv"]
        let run = python(pandasCheck, paths)
        try #require(run.status == 0, "python: \(run.out)")
        let r = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        #expect(r["files"] as? Int == Self.commands.count + 2)
        #expect((r["failures"] as? [String])?.isEmpty == true, "\(r["failures"] ?? "")")
    }

    /// "Öztürk" survives Dutch Excel (a byte-order mark) and "Wijkteam #3" is a whole row for
    /// pandas with default arguments (no comment character is needed any more).
    @Test(.enabled(if: pandasAvailable, "python3 with pandas is not installed"))
    func namesWithUmlautsAndHashes() throws {
        let log = outPath("log.csv"), actors = outPath("actors.csv")
        try "date,source,target,weight\n2025-01-06,p1,p2,1.5\n2025-01-07,p2,p3,2\n2025-01-08,p1,p3,0.25\n".write(toFile: log, atomically: true, encoding: .utf8)
        try "id,name,kind,domain\np1,Öztürk Coaching,partner,social\np2,Wijkteam #3,partner,social\np3,\"JGZ; Zuid\",partner,care\n".write(toFile: actors, atomically: true, encoding: .utf8)
        let standard = outPath("a.csv"), excel = outPath("b.csv")
        #expect(captured(["analyse", log, "--actors", actors, "--format", "csv", "-o", standard]).exit == 0)
        #expect(captured(["analyse", log, "--actors", actors, "--format", "csv", "--csv", "excel-nl", "-o", excel]).exit == 0)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: excel)))   // read() would drop the mark
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(read(excel).contains("\"JGZ; Zuid\"") && read(excel).contains(";1,75;"), "\(read(excel))")
        let script = """
        import sys, json, pandas as pd
        a = pd.read_csv(sys.argv[1]); b = pd.read_csv(sys.argv[2], sep=";", decimal=",")
        print(json.dumps({"a": a["label"].tolist(), "b": b["label"].tolist(), "strength": b["strength"].tolist()}))
        """
        let run = python(script, [standard, excel])
        try #require(run.status == 0, "python: \(run.out)")
        let r = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        #expect(r["a"] as? [String] == ["Öztürk Coaching", "Wijkteam #3", "JGZ; Zuid"])
        #expect(r["b"] as? [String] == ["Öztürk Coaching", "Wijkteam #3", "JGZ; Zuid"])
        #expect(r["strength"] as? [Double] == [1.75, 3.5, 2.25])
    }

    /// The excel-nl rendering on a table made by hand: decimal commas only in number columns, a
    /// text that looks like a number kept, `;` and `"` quoted, the formula guard kept.
    @Test func excelNLRendering() {
        let table = "id,label,weight,count\n3.10,\"Wijkteam, Zuid\",1.5,2\np2,\"A;B \"\"C\"\"\",-0.25,3\np3,\"'=1+1\",1e-05,\n"
        #expect(CSVDialect.standard.rendered(table) == table)
        #expect(CSVDialect.excelNL.rendered(table) == "\u{FEFF}id;label;weight;count\n3.10;Wijkteam, Zuid;1,5;2\np2;\"A;B \"\"C\"\"\";-0,25;3\np3;'=1+1;1e-05;\n")
    }

    /// The scanner behind excel-nl fed a tricky table (an escaped quote, `;` and `,` inside
    /// quotes, a `\r\n`, an empty last cell, no line end at the end) cut in two at every byte,
    /// and byte by byte: the same cells and row ends as fed whole.
    @Test func standardCSVScannerCutAnywhere() {
        let table = "id,label,w\r\n\"a\"\"b\",\"x;y, z\",1.5\n7,,\n\"\",q,"
        func scan(_ pieces: [String]) -> [String] {
            var events: [String] = []
            var scanner = StandardCSVScanner()
            let cell = { (r: Int, k: Int, c: CSVCell) in events.append("\(r).\(k)=\(c.quoted ? "q" : "")\(c.text)") }
            for piece in pieces { scanner.feed(piece, cell: cell) { events.append("end \($0)") } }
            scanner.finish(cell: cell) { events.append("end \($0)") }
            return events
        }
        let whole = scan([table])
        #expect(whole == ["0.0=id", "0.1=label", "0.2=w", "end 0", "1.0=qa\"b", "1.1=qx;y, z", "1.2=1.5", "end 1",
                          "2.0=7", "2.1=", "2.2=", "end 2", "3.0=q", "3.1=q", "3.2=", "end 3"])
        let bytes = Array(table.utf8)
        for cut in 0...bytes.count {
            let pieces = [String(decoding: bytes[..<cut], as: UTF8.self), String(decoding: bytes[cut...], as: UTF8.self)]
            #expect(scan(pieces) == whole, "cut at \(cut)")
        }
        #expect(scan(bytes.map { String(decoding: [$0], as: UTF8.self) }) == whole)
    }

    /// An excel-nl table of 3 MB written 7 bytes at a time, so that its 1 MiB chunks end inside
    /// quoted cells: the same bytes as rendered whole, and each row converted as the small table.
    @Test func excelNLRenderingInPieces() {
        let row = "p2,\"A;B \"\"C\"\"\",-0.25,3\r\n3.10,\"Wijkteam, Zuid\",1.5,2\n"
        let table = "id,label,weight,count\n" + String(repeating: row, count: 60_000)
        let bytes = Array(table.utf8)
        let inPieces = ChunkedText.whole { out in
            try CSVDialect.excelNL.render({ text in
                for start in stride(from: 0, to: bytes.count, by: 7) {
                    try text.append(String(decoding: bytes[start..<min(start + 7, bytes.count)], as: UTF8.self))
                }
            }, to: &out)
        }
        let expected = "\u{FEFF}id;label;weight;count\n"
            + String(repeating: "p2;\"A;B \"\"C\"\"\";-0,25;3\n3.10;Wijkteam, Zuid;1,5;2\n", count: 60_000)
        #expect(inPieces == expected)
        #expect(CSVDialect.excelNL.rendered(table) == expected)
        // A last row without a line end decides the number columns too: `a.b` is text.
        #expect(CSVDialect.excelNL.rendered("id,x\n1,2.5\n3,a.b") == "\u{FEFF}id;x\n1;2.5\n3;a.b\n")
    }

    /// `null` for every undefined number, found by position: a text equal to the marker stays.
    @Test func encodeJSONWritesNullForUndefinedNumbers() throws {
        struct Row: Encodable { var a = Double.nan; var b = "wijknet-undefined-number-a"; var c = [1.5, .infinity, -.infinity]; var d: Double? = nil }
        let text = try encodeJSON(Row())
        #expect(text == "{\n  \"a\" : null,\n  \"b\" : \"wijknet-undefined-number-a\",\n  \"c\" : [\n    1.5,\n    null,\n    null\n  ]\n}\n", "\(text)")
    }

    /// NaN is `null` in JSON (a number column that holds a string cannot be averaged), empty in CSV.
    @Test func undefinedNumbersAreNullInJSON() throws {
        let out = outPath("a.json")
        #expect(captured(["analyse"] + Self.zuiderhof + ["--format", "json", "-o", out]).exit == 0)
        let text = read(out)
        #expect(!text.contains("NaN") && text.contains("\"ei\" : null"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let actors = try #require(object["actors"] as? [[String: Any]])
        #expect(actors.contains { $0["ei"] is NSNull } && actors.contains { $0["ei"] is NSNumber })
    }
}
}
