import Foundation
import Testing
@testable import WijknetCLI
import Wijknet
import WijknetReport

/// `wijknet goals` and `wijknet report --goals` on the sample neighbourhood: output formats,
/// exit codes (0 all met in the last period, 1 some not, 65 a bad goals file), privacy.
extension InProcess {
@Suite("wijknet goals")
struct GoalsCLITests {
    static let sampleGoals = repo.appendingPathComponent("samples/zuiderhof/goals.toml").path
    let args = [sampleLog, "--actors", sampleActors, "--pseudonym-key-file", sampleKey]

    func goalsFile(_ text: String) -> String {
        let path = outPath("goals.toml")
        try! text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The sample's goals: some are not met in 2025-Q4 → exit 1; CSV has the exact header and
    /// one row per goal and quarter, goals in file order.
    @Test func csvPerQuarterAndExitOne() throws {
        let run = captured(["goals"] + args + ["--goals", Self.sampleGoals, "--period", "quarter", "--format", "csv"])
        #expect(run.exit == 1)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "goal,period,value,target,met,change")
        #expect(lines.count == 1 + 7 * 4)
        #expect(lines[1].hasPrefix("Jongerenwerk kent de politie,2025-Q1,0,tie,false,"))
        #expect(lines[5].hasPrefix("Wijkteam en zorg zien elkaar,2025-Q1,"))
        #expect(lines.dropFirst().allSatisfy { $0.hasSuffix(",") || $0.split(separator: ",").count == 6 })
        #expect(lines.dropFirst().allSatisfy { $0.contains(",true,") || $0.contains(",false,") || $0.hasSuffix(",true") || $0.hasSuffix(",false") })
    }

    /// A tie goal's change in words, not a signed 0 or 1 beside `nee`: the sample's tie
    /// "Jongerenwerk kent de politie" is missing in every quarter, so each change is `gelijk`;
    /// a tie that appears or goes is `nu wel` or `nu niet`. Other goals keep their signed number.
    @Test func aTieGoalChangesInWords() throws {
        let run = captured(["goals"] + args + ["--goals", Self.sampleGoals, "--period", "quarter", "--lang", "nl"])
        let tie = run.stdout.components(separatedBy: "\n\n").first { $0.contains("Jongerenwerk kent de politie") } ?? ""
        let rows = tie.split(separator: "\n").filter { $0.contains("2025-Q") }
        #expect(rows.count == 4 && rows.dropFirst().allSatisfy { $0.hasSuffix("nee      gelijk") }, "\(rows)")
        let tieGoal = Goal(name: "t", measure: .tie, between: [.actor("p-0001"), .actor("p-0002")], target: .tieExists)
        #expect([1, -1, 0, nil].map { GoalsEvaluation.showChange($0, tieGoal, .nl) } == ["nu wel", "nu niet", "gelijk", ""])
        #expect([1, -1, 0].map { GoalsEvaluation.showChange($0, tieGoal, .en) } == ["now yes", "now no", "unchanged"])
        let contacts = Goal(name: "c", measure: .contacts, between: [.actor("p-0001"), .domain(.care)], target: .atLeast(2))
        #expect([6, -9, 0].map { GoalsEvaluation.showChange($0, contacts, .nl) } == ["+6", "-9", "0"])
    }

    /// Without --period: one period `all`, and no change.
    @Test func onePeriodAllAndExitZero() throws {
        let goals = goalsFile("""
        [[goal]]
        name = "Wijkteam en zorg"
        measure = "contacts"
        between = ["p-0001", "zorg"]
        at_least = 12
        """)
        let run = captured(["goals"] + args + ["--goals", goals, "--format", "csv"])
        #expect(run.exit == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[1].hasPrefix("Wijkteam en zorg,all,") && lines[1].hasSuffix(",at_least 12,true,"))
    }

    /// A bad goals file: exit 65, `FILE:LINE:COL: error:` and a `fix:` hint on standard error.
    @Test func badGoalsFileExit65() throws {
        let goals = goalsFile("[[goal]]\nname = \"x\"\nmeasure = \"contacts\"\nbetween = [\"p-0001\", \"p-9999\"]\nat_least = 1\n")
        let run = captured(["goals"] + args + ["--goals", goals], locale: TestLocale.english)
        #expect(run.exit == 65)
        #expect(run.stderr.contains("goals.toml:4:11: error: goal 'x': unknown actor id 'p-9999'"))
        #expect(run.stderr.contains("  fix: "))
        #expect(run.stdout.isEmpty)
        let syntax = captured(["goals"] + args + ["--goals", goalsFile("[[goal]]\nname = \"x\n")], locale: TestLocale.english)
        #expect(syntax.exit == 65 && syntax.stderr.contains("goals.toml:2:") && syntax.stderr.contains("not valid TOML"))
        let missing = captured(["goals"] + args + ["--goals", outPath("none.toml")], locale: TestLocale.english)
        #expect(missing.exit == 66)
    }

    /// Text (Dutch and English) and JSON name no young person.
    @Test func noYoungPersonInAnyFormat() throws {
        let youth = sampleYouth()
        for extra in [["--lang", "nl"], ["--lang", "en", "--period", "month"], ["--format", "json", "--period", "year"]] {
            let run = captured(["goals"] + args + ["--goals", Self.sampleGoals] + extra)
            #expect(run.exit == 1)
            #expect(!run.stdout.isEmpty)
            for y in youth { #expect(!run.stdout.contains(y)) }
        }
        let nl = captured(["goals"] + args + ["--goals", Self.sampleGoals, "--lang", "nl"])
        #expect(nl.stdout.hasPrefix("Doelen: ") && nl.stdout.contains("gehaald"))
        let json = captured(["goals"] + args + ["--goals", Self.sampleGoals, "--format", "json", "--period", "quarter"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(root["periods"] as? [String] == ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"])
        #expect((root["rows"] as? [Any])?.count == 28)
    }

    /// `report --goals`: a `goals` section with the goals table, its text escaped.
    @Test func reportGoalsSection() throws {
        let goals = goalsFile("""
        [[goal]]
        name = "<b>Wijkteam & zorg</b>"
        measure = "contacts"
        between = ["p-0001", "care"]
        at_least = 12
        """)
        let out = outPath("report.html")
        #expect(wijknet(["report"] + args + ["--goals", goals, "--lang", "en", "-o", out]) == 0)
        let html = read(out)
        #expect(html.contains("<section id=\"goals\">"))
        #expect(html.contains("&lt;b&gt;Wijkteam &amp; zorg&lt;/b&gt;") && !html.contains("<b>Wijkteam"))
        #expect(html.contains("1 of 1 goals met in the whole log."))
        let plain = outPath("plain.html")
        #expect(wijknet(["report"] + args + ["-o", plain]) == 0)
        #expect(!read(plain).contains("id=\"goals\""))
        #expect(captured(["report"] + args + ["--goals", goalsFile("[[goal]]\nname = 3\n")]).exit == 65)
    }
}
}
