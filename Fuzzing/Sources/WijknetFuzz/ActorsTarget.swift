import Wijknet

/// `actors`: the actors file on any bytes, read with a fixed contact log that names partners,
/// a place and young people (`--skip-invalid`).
///
/// Properties: those of ``checkLog(_:what:)`` — actor rows read = used + skipped, rows read =
/// used + skipped, no young person's id or name quoted in any message (the `pipeline` target
/// checks the analysis too) — and the
/// log's young people stay young people whatever the actors file says about others.
private let actorsFile = ScratchFile("actors.csv")
private let fixedLog = ScratchFile("actors-log.csv")

/// The ids the seed actors files use, so mutations reach declared, undeclared and conflicting ids.
let actorsTargetLog = """
datum;van;naar;over;plek;soort;gewicht
01-03-2025;p-1;p-2;j-1;plek-1;overleg;1
02-03-2025;p-2;p-3;j-2;;signaal;2,5
03-03-2025 10:30;p-3;p-1;;plek-1;;
04-03-2025;p-4;;j-3;plek-2;huisbezoek;1
05-03-2025;Jan de Vries;p-1;j-1;;;

"""

func setUpActors() { fixedLog.write(actorsTargetLog) }

func fuzzActors(_ data: UnsafeBufferPointer<UInt8>) {
    actorsFile.write(data)
    guard let log = readLog(fixedLog.path, actors: actorsFile.path) else { return }
    checkLog(log, what: "actors file")
    for j in ["j-1", "j-2", "j-3"] {
        if let i = log.actorIndex[j] { check(log.actors[i].kind == .youth || log.actors[i].declared, "\(j) from the about column is not youth") }
    }
}
