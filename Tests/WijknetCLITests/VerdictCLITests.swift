import Foundation
import Testing
import WijknetTestSupport
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
        try! (KnownLogs.verdictLog + "\n").write(toFile: log, atomically: true, encoding: .utf8)
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
        "Verdere bevindingen",
        "4. [Aandachtspunt · urgentie hoog] 1 van de 5 jongeren (20%) is verbonden met een gewone voorziening (school, club, buurthuis).",
        "Maatstaf: minstens 75% (standaard van Wijknet).",
        "→ Wat te doen: Zoek met het jongerenwerk een school, club of buurthuis voor de 4 jongeren zonder gewone voorziening.",
        "5. [Aandachtspunt · urgentie hoog] 1 van de 4 signalen (25%) werd binnen 14 dagen door een ander domein opgepakt; mediaan 2,0 dagen.",
        "Maatstaf: minstens 50% (standaard van Wijknet).",
        "→ Wat te doen: Bespreek de 3 signalen zonder opvolging in het volgende overleg (regels 4, 5, 6 in het logboek) en spreek per signaal af wie het oppakt.",
        "6. [Aandachtspunt · urgentie gemiddeld] 1 van de 2 jongeren met 3 of meer partners (50%) heeft partners die elkaar grotendeels niet kennen.",
        "Maatstaf: hoogstens 10% (standaard van Wijknet).",
        "7. [Aandachtspunt · urgentie laag] 3 jongeren (60%) worden door maar één domein bereikt.",
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

    /// The kinds the log above does not have — single points that cut a place off the team, a
    /// bridge, a place of one domain — on the hand-made log of `GapsTests` (S, the school's
    /// coordinator, ties Y1 and Y2 at the schoolyard P to the youth worker W, who alone reaches
    /// the care partner C and the team T). Derived by hand: without S the network splits into
    /// {S, Y1, Y2, P} and {W, C, Y3, T}, Y1 and Y2 lose their only (social) partner and P the
    /// team; without W into three, Y3 loses its social partner and the social partners S and T
    /// lose their only line to the care partner C; W brokers S–C and T–C (2 pairs,
    /// all of the boundary work); the tie S–W cuts 4 of 8 actors off; S, the only ordinary
    /// resource, has no tie to T.
    @Test func theOtherKindsAsWrittenByHand() throws {
        let log = outPath("bridge.csv"), actors = outPath("bridge-actors.csv")
        try "date,source,target,about,place,type\n2025-01-01,S,,Y1,P,activiteit\n2025-01-02,S,,Y2,P,activiteit\n2025-01-03,S,W,,,overleg\n2025-01-04,W,C,Y3,,casusoverleg\n2025-01-06,T,W,,,overleg\n"
            .write(toFile: log, atomically: true, encoding: .utf8)
        try "id,name,kind,domain,organisation,ordinary\nS,Zorgcoördinator school,partner,social,Vmbo,yes\nW,Jongerenwerker,partner,social,Jongerenwerk,\nC,Jeugdzorg,partner,care,Kompas,\nT,Wijkteam Zuid,partner,social,Wijkteam,\nP,Schoolplein,place,,,\nY1,Sanne Jansen,youth,,,\nY2,Bram de Vries,youth,,,\nY3,Noor Bakker,youth,,,\n"
            .write(toFile: actors, atomically: true, encoding: .utf8)
        let run = captured(["gaps", log, "--actors", actors, "--lang", "nl"])
        let lines = run.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(lines == [
            "Waar het ecosysteem niet sluit", "IN HET KORT",
            "1. [Aandachtspunt · urgentie hoog] Als Zorgcoördinator school wegvalt, valt het netwerk in 2 delen uiteen en verliezen 2 jongeren hun enige lijn naar een domein.",
            "Dan bereikt Schoolplein het wijkteam niet meer.", "Dat zijn 2 van alle 3 jongeren.",
            "→ Wat te doen: Zoek naast Zorgcoördinator school een tweede contactpersoon voor de 2 jongeren die alleen via deze partner een domein bereiken.",
            "2. [Aandachtspunt · urgentie hoog] Als Jongerenwerker wegvalt, valt het netwerk in 3 delen uiteen en verliest 1 jongere de enige lijn naar een domein.",
            "Dan bereikt Schoolplein het wijkteam niet meer.", "Zonder deze partner raken deze domeinen van elkaar los: sociaal–zorg.",
            "Dat is 1 van alle 3 jongeren.",
            "→ Wat te doen: Zoek naast Jongerenwerker een tweede contactpersoon voor de jongere die alleen via deze partner een domein bereikt.",
            "3. [Aandachtspunt · urgentie hoog] Jongerenwerker doet 100% van al het grenzenwerk tussen domeinen.",
            "Jongerenwerker (sociaal) bemiddelt tussen 2 paren contacten over domeinen heen (z-score als verbinder = –).",
            "Maatstaf: hoogstens 33% (standaard van Wijknet).",
            "→ Wat te doen: Laat Jongerenwerker een collega meenemen naar overleggen met andere domeinen, zodat het grenzenwerk niet van één persoon afhangt.",
            "Verdere bevindingen",
            "4. [Aandachtspunt · urgentie hoog] Niet in beeld bij het wijkteam: Zorgcoördinator school.",
            "Het is de enige gewone voorziening.",
            "→ Wat te doen: Laat het wijkteam kennismaken met Zorgcoördinator school.",
            "5. [Aandachtspunt · urgentie hoog] Bij Schoolplein zien 2 jongeren alleen partners uit één domein (sociaal).",
            "Dat zijn 2 van alle 3 jongeren.",
            "→ Wat te doen: Vraag een partner uit zorg om geregeld bij Schoolplein langs te gaan.",
            "6. [Aandachtspunt · urgentie hoog] De verbinding tussen Zorgcoördinator school en Jongerenwerker is de enige lijn naar een deel van 4 actoren.",
            "Dat deel is 50% van het netwerk waar het aan hangt.",
            "→ Wat te doen: Zorg voor een tweede verbinding naast die tussen Zorgcoördinator school en Jongerenwerker.",
            "7. [Aandachtspunt · urgentie gemiddeld] 2 jongeren (67%) worden door maar één domein bereikt.",
            "Maatstaf: hoogstens 50% (standaard van Wijknet).",
            "→ Wat te doen: Bespreek in het casusoverleg of deze jongeren hulp uit een ander domein nodig hebben.",
            "8. [Aandachtspunt · urgentie laag] 2 van de 3 jongeren (67%) zijn verbonden met een gewone voorziening (school, club, buurthuis).",
            "Maatstaf: minstens 75% (standaard van Wijknet).",
            "→ Wat te doen: Zoek met het jongerenwerk een school, club of buurthuis voor de jongere zonder gewone voorziening.",
            "Wat we niet konden bepalen:",
            "- Of signalen op tijd een ander domein bereiken: daarvoor zijn contacten van soort signaal in deze periode nodig (kolom soort, waarde signaal).",
        ])
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
        #expect(identities.first == "boundary_work:partners" && identities.count == 7)
        let out = outPath("verdict.html")
        let report = captured(["report", log, "--actors", actors, "--pseudonym-key-file", key, "--lang", "nl", "-o", out])
        #expect(report.exit == 0, "\(report.stderr)")
        let html = read(out)
        let shown = html.components(separatedBy: "data-finding=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        // Verdict (3 concerns; no strength: too few partner ties to judge how domains mix), then the rest.
        #expect(shown == identities)
        // The report opens with the verdict: its first section, before the findings and the tables.
        let sections = html.components(separatedBy: "<section id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(sections.prefix(4) == ["verdict", "findings", "map", "diagrams"])
        #expect(sections.last == "how-to-read" && sections.contains("summary"))
        let text = captured(["gaps", log, "--actors", actors, "--pseudonym-key-file", key, "--lang", "nl"]).stdout
        let numbered = text.split(separator: "\n").filter { $0.first?.isNumber == true }.map { String($0) }
        #expect(numbered.count == 7)
        #expect(!text.contains("Wat goed gaat"), "no strength to show")
    }
}
}
