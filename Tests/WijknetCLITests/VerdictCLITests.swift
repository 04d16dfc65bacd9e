import Foundation
import Testing
@testable import WijknetCLI

/// Issue 24 through the command line: the Dutch sentences of every finding of a small log
/// (the one `JudgementTests` derives by hand: its scores and order are pinned there), checked
/// against a list written by hand; `gaps` text, `gaps` JSON and the report's verdict and
/// findings state the same findings in the same order; the report opens with the verdict.
extension InProcess {
@Suite("The verdict, in words")
struct VerdictCLITests {
    static func files() -> (log: String, actors: String) {
        let log = outPath("verdict.csv"), actors = outPath("verdict-actors.csv")
        try! """
        date,source,target,about,place,type
        2025-03-01,wt,,Y1,,signaal
        2025-03-03,jgz,,Y1,,overleg
        2025-03-01,wt,,Y2,,signaal
        2025-03-01,wt,,Y3,,signaal
        2025-03-01,wt,,Y4,,signaal
        2025-03-02,club,,Y1,,overleg
        2025-03-05,wt,jgz,,,overleg
        2025-03-05,wt,pol,,,overleg
        2025-03-06,wt,,Y5,,overleg
        2025-03-06,jgz,,Y5,,overleg
        2025-03-06,pol,,Y5,,overleg

        """.write(toFile: log, atomically: true, encoding: .utf8)
        try! """
        id,name,kind,domain,ordinary
        wt,Wijkteam,partner,social,nee
        jgz,JGZ,partner,care,nee
        pol,Politie,partner,safety,nee
        club,Voetbalclub,partner,social,ja
        Y1,Sanne,youth,,
        Y2,Mo,youth,,
        Y3,Lina,youth,,
        Y4,Daan,youth,,
        Y5,Noor,youth,,

        """.write(toFile: actors, atomically: true, encoding: .utf8)
        return (log, actors)
    }

    /// Every line a coordinator reads, in order, as a Dutch speaker wrote it down (pseudonyms
    /// left out: they depend on the key).
    static let dutch = [
        "IN HET KORT",
        "1. [Aandachtspunt · urgentie hoog] Wijkteam doet 100% van al het grenzenwerk tussen domeinen.",
        "Wijkteam (sociaal) bemiddelt tussen 1 paar contacten over domeinen heen (z-score als verbinder = 5,0).",
        "Maatstaf: hoogstens 33% (standaard van Wijknet).",
        "→ Wat te doen: Laat Wijkteam een collega meenemen naar overleggen met andere domeinen, zodat het grenzenwerk niet van één persoon afhangt.",
        "2. [Aandachtspunt · urgentie hoog] Niet in beeld bij het wijkteam: Voetbalclub.",
        "Het is de enige gewone voorziening.",
        "→ Wat te doen: Laat het wijkteam kennismaken met Voetbalclub.",
        "3. [Aandachtspunt · urgentie hoog] Als Wijkteam wegvalt, valt het netwerk in 4 delen uiteen en verliezen 4 jongeren hun enige lijn naar een domein.",
        "Dat zijn 4 van alle 5 jongeren.",
        "→ Wat te doen: Zoek naast Wijkteam een tweede contactpersoon voor de 4 jongeren die alleen via deze partner een domein bereiken.",
        "Wat goed gaat",
        "4. [Sterk punt] Partners werken over domeinen heen: 100% van hun verbindingen gaat naar een ander domein.",
        "Bij toeval zou dat 83% zijn (E-I-index 1,00 tegen 0,67 bij toeval).",
        "Verdere bevindingen",
        "5. [Aandachtspunt · urgentie hoog] 1 van de 5 jongeren (20%) is verbonden met een gewone voorziening (school, club, buurthuis).",
        "Maatstaf: minstens 75% (standaard van Wijknet).",
        "→ Wat te doen: Zoek met het jongerenwerk een school, club of buurthuis voor de 4 jongeren zonder gewone voorziening.",
        "6. [Aandachtspunt · urgentie hoog] 1 van de 4 signalen (25%) werd binnen 14 dagen door een ander domein opgepakt; mediaan 2,0 dagen.",
        "Maatstaf: minstens 50% (standaard van Wijknet).",
        "→ Wat te doen: Bespreek de 3 signalen zonder opvolging in het volgende overleg (regels 4, 5, 6 in het logboek) en spreek per signaal af wie het oppakt.",
        "7. [Aandachtspunt · urgentie gemiddeld] 1 van de 2 jongeren met 3 of meer partners (50%) heeft partners die elkaar grotendeels niet kennen.",
        "Maatstaf: hoogstens 10% (standaard van Wijknet).",
        "8. [Aandachtspunt · urgentie laag] 3 jongeren (60%) worden door maar één domein bereikt.",
        "Maatstaf: hoogstens 50% (standaard van Wijknet).",
        "→ Wat te doen: Bespreek in het casusoverleg of deze jongeren hulp uit een ander domein nodig hebben.",
    ]

    @Test func everyDutchSentenceAsWrittenByHand() throws {
        let (log, actors) = Self.files()
        let run = captured(["gaps", log, "--actors", actors, "--lang", "nl"])
        #expect(run.exit == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.contains("J-") && $0 != "Waar het ecosysteem niet sluit" }
        #expect(lines == Self.dutch)
        // The fragmentation action names the young person by pseudonym only.
        #expect(run.stdout.contains("→ Wat te doen: Plan een casusoverleg voor J-"))
        for name in ["Sanne", "Mo ", "Lina", "Daan", "Noor", "Y1", "Y5"] { #expect(!run.stdout.contains(name), "\(name)") }
    }

    /// With `--from`/`--to` the findings carry the figure of the period before (whole months
    /// step back by months), in `gaps` and in the report alike.
    @Test func thePreviousPeriodStandsBesideTheFigure() throws {
        let args = [sampleLog, "--actors", sampleActors, "--pseudonym-key-file", sampleKey, "--from", "2025-07-01", "--to", "2025-12-31", "--lang", "nl"]
        let gaps = captured(["gaps"] + args)
        #expect(gaps.exit == 0, "\(gaps.stderr)")
        #expect(gaps.stdout.contains("Vorige periode (01-01-2025 – 30-06-2025): "))
        let out = outPath("previous.html")
        #expect(captured(["report"] + args + ["-o", out]).exit == 0)
        #expect(read(out).contains("Vorige periode (01-01-2025 – 30-06-2025): "))
        // Without a closed range there is no period before: nothing is said of one.
        #expect(!captured(["gaps", sampleLog, "--actors", sampleActors, "--lang", "nl"]).stdout.contains("Vorige periode"))
    }

    /// `gaps` text, `gaps` JSON and the report's verdict and findings: one order.
    @Test func gapsAndTheReportStateTheSameFindingsInTheSameOrder() throws {
        let (log, actors) = Self.files()
        let key = outPath("verdict.key")
        try "verdict-test-key".write(toFile: key, atomically: true, encoding: .utf8)
        let json = captured(["gaps", log, "--actors", actors, "--pseudonym-key-file", key, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let judgements = try #require(object["judgements"] as? [[String: Any]])
        let identities = judgements.map { "\($0["kind"]!):\($0["subject"]!)" }
        #expect(identities.first == "boundary_work:partners" && identities.count == 8)
        let out = outPath("verdict.html")
        let report = captured(["report", log, "--actors", actors, "--pseudonym-key-file", key, "--lang", "nl", "-o", out])
        #expect(report.exit == 0, "\(report.stderr)")
        let html = read(out)
        let shown = html.components(separatedBy: "data-finding=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        // Verdict (3 concerns, 1 strength), then the rest: the concerns after the third, the other strengths.
        let verdictOrder = Array(identities.prefix(3)) + [identities[7]] + Array(identities[3..<7])
        #expect(shown == verdictOrder)
        // The report opens with the verdict: its first section, before the findings and the tables.
        let sections = html.components(separatedBy: "<section id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(sections.prefix(3) == ["verdict", "findings", "diagrams"])
        #expect(sections.last == "how-to-read" && sections.contains("summary"))
        let text = captured(["gaps", log, "--actors", actors, "--pseudonym-key-file", key, "--lang", "nl"]).stdout
        let numbered = text.split(separator: "\n").filter { $0.first?.isNumber == true }.map { String($0) }
        #expect(numbered.count == 8)
        #expect(numbered[3].hasPrefix("4. [Sterk punt]"), "the strength is the fourth in the text too")
    }
}
}
