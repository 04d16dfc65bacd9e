import Wijknet

/// `goals`: the goals file (TOML through TOMLKit/toml++, then Wijknet's checks) on any text,
/// against a fixed log with partners of each domain, a place and one young person.
///
/// Properties: parsing either gives goals, which then evaluate per quarter without a crash, or
/// throws ``WijknetError/input(_:)``/``WijknetError/inputs(_:)`` whose every issue points into
/// the file (line 0 = the whole file, else at most its line count + 1) — and no message
/// quotes the young person's id or name, even when the file names them.
private let logFile = ScratchFile("goals-log.csv")
private let actorsFile = ScratchFile("goals-actors.csv")
nonisolated(unsafe) private var goalsLog: ContactLog?

let goalsYouth = ["jongere-geheim-42", "Sanne Verborgen"]

func setUpGoals() {
    actorsFile.write("""
    id,name,kind,domain,organisation,neighbourhood
    p-0001,Wijkteam Noord,partner,social,Wijkteam,Zuiderhof
    p-0002,Wijkagent,partner,safety,Politie,Zuiderhof
    p-0010,Huisarts,partner,care,Praktijk,Zuiderhof
    p-school,Zorgcoördinator,partner,care,Het Baken,Zuiderhof
    plek-001,Het Baken,place,,,Zuiderhof
    jongere-geheim-42,Sanne Verborgen,youth,,,Zuiderhof

    """)
    logFile.write("""
    date,source,target,about,place,type,weight
    2025-01-06,p-0001,p-0002,jongere-geheim-42,plek-001,signaal,1
    2025-02-10,p-0002,p-0010,jongere-geheim-42,,overleg,2
    2025-04-01,p-school,p-0001,,plek-001,overleg,1
    2025-05-12,p-0010,p-school,jongere-geheim-42,,huisbezoek,1

    """)
    do { goalsLog = try ContactLogReader().read(logPath: logFile.path, actorsPath: actorsFile.path) } catch {
        fatalError("the goals target's fixed log does not read: \(error)")
    }
}

func fuzzGoals(_ data: UnsafeBufferPointer<UInt8>) {
    let text = String(decoding: data, as: UTF8.self)
    let log = goalsLog!
    // Lines as TOML counts them: every line feed ends one, alone or in CRLF. (Split by the
    // Character "\n", a CRLF — one Character — ended none, and a file with CRLF lines had
    // "issues outside the file": a finding of the target, not of Wijknet.)
    let lineCount = text.unicodeScalars.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    do {
        let goals = try GoalsFile.parse(text, fileName: "goals.toml", log: log)
        _ = GoalsEvaluation(goals: goals, log: log, unit: .quarter, pseudonyms: Pseudonymizer(key: Array("wijknet-fuzz-key".utf8)))
    } catch let error as WijknetError {
        check(!error.issues.isEmpty, "the goals file threw a non-input error: \(error)")
        for issue in error.issues {
            check(issue.line >= 0 && issue.line <= lineCount + 1 && issue.column >= 0, "an issue outside the file (\(lineCount) lines): \(issue)")
            let message = issue.description.lowercased()
            // Quoted exactly, as every target checks (see YouthKeys): an unknown id that merely
            // begins with a young person's name is quoted, as the library's privacy rule says.
            for secret in goalsYouth where message.contains("'" + secret.lowercased() + "'") {
                check(false, "a goals message names the young person '\(secret)': \(issue)")
            }
        }
    } catch {
        check(false, "an error that is not a WijknetError: \(error)")
    }
}
