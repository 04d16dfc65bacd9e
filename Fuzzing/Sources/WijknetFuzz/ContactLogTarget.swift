import Wijknet

/// `contactlog`: the contact-log ingest (header detection, dates, weights, the pair rule) on any
/// bytes, with `--skip-invalid`, no actors file.
///
/// Properties: rows read = used + skipped; every stored row names at least two distinct actors
/// (the pair rule) and has a weight in [10⁻⁶, 10⁶]; rows are stored in file order; an id first
/// seen in the about column is a young person; and no young person's id or name is quoted in any
/// issue or warning (see ``YouthKeys``). The `pipeline` target also runs the analysis on every
/// readable log and checks its CSV; that costs about 20 ms an input, so it is a target of its own.
private let logFile = ScratchFile("contacts.csv")

func fuzzContactLog(_ data: UnsafeBufferPointer<UInt8>) {
    logFile.write(data)
    guard let log = readLog(logFile.path, actors: nil) else { return }
    checkLog(log, what: "contact log")
}

private let pipelineActors = ScratchFile("pipeline-actors.csv")

/// `pipeline`: a log and, after a NUL byte, an actors file; read as `contactlog` and `actors` do,
/// then the whole analysis, whose CSV must not show a young person's id or name.
func fuzzPipeline(_ data: UnsafeBufferPointer<UInt8>) {
    let cut = data.firstIndex(of: 0)
    logFile.write(UnsafeBufferPointer(rebasing: data[..<(cut ?? data.count)]))
    var actors: String? = nil
    if let cut {
        pipelineActors.write(UnsafeBufferPointer(rebasing: data[(cut + 1)...]))
        actors = pipelineActors.path
    }
    guard let log = readLog(logFile.path, actors: actors) else { return }
    checkLog(log, what: "log and actors file", analysis: true)
}

/// Reads with `--skip-invalid`; `nil` when the file is refused as a whole (empty, no header, …).
func readLog(_ path: String, actors: String?) -> ContactLog? {
    do {
        return try ContactLogReader(policy: .skipInvalid).read(logPath: path, actorsPath: actors)
    } catch let error as WijknetError {
        if case .io = error { check(false, "an I/O error on a scratch file: \(error)") }
        return nil
    } catch {
        check(false, "an error that is not a WijknetError: \(error)")
        return nil
    }
}

/// The properties of every ingested log (shared with the actors and `.xlsx` targets).
func checkLog(_ log: ContactLog, what: String, analysis: Bool = false, isSheet: Bool = false) {
    let s = log.stats
    check(s.rowsRead == s.rowsUsed + s.rowsSkipped, "\(what): rows read \(s.rowsRead) ≠ used \(s.rowsUsed) + skipped \(s.rowsSkipped)")
    check(s.actorRowsRead == s.actorRowsUsed + s.actorRowsSkipped,
          "\(what): actor rows read \(s.actorRowsRead) ≠ used \(s.actorRowsUsed) + skipped \(s.actorRowsSkipped)")
    check(s.actorRowsKeptAsYouth <= s.actorRowsSkipped, "\(what): more actor rows kept as youth than skipped")
    check(s.issues.count == min(s.issueCount, IngestStats.issueLimit), "\(what): \(s.issues.count) issues kept of \(s.issueCount)")
    let n = s.rowsUsed
    check([log.time.count, log.source.count, log.target.count, log.about.count, log.place.count, log.type.count,
           log.weight.count, log.line.count].allSatisfy { $0 == n }, "\(what): the row columns differ in length from rows used \(n)")
    let actors = Int32(log.actors.count)
    for r in 0..<n {
        let ids = [log.source[r], log.target[r], log.about[r], log.place[r]]
        check(ids.allSatisfy { $0 >= -1 && $0 < actors }, "\(what): row \(r) names an actor that does not exist: \(ids)")
        check(Set(ids.filter { $0 >= 0 }).count >= 2, "\(what): row \(r) (line \(log.line[r])) breaks the pair rule: \(ids)")
        check(log.weight[r] >= 1e-6 && log.weight[r] <= 1e6, "\(what): row \(r) has weight \(log.weight[r])")
        check(log.type[r] >= -1 && log.type[r] < Int32(log.contactTypes.count), "\(what): row \(r) has type \(log.type[r])")
        // CSV rows are stored in file order; a sheet's rows in the order its XML lists them,
        // which need not follow their numbers.
        if r > 0 && !isSheet { check(log.line[r] > log.line[r - 1], "\(what): rows out of file order at \(r)") }
        let about = log.about[r]
        if about >= 0 && !log.actors[Int(about)].declared {
            check(log.actors[Int(about)].kind == .youth, "\(what): an undeclared id in the about column is not a young person")
        }
    }
    for (id, i) in log.actorIndex { check(i >= 0 && i < log.actors.count && log.actors[i].id == id, "\(what): actorIndex[\(id)] is wrong") }
    YouthKeys(log).checkAll(log, in: what, analysis: analysis)
}
