import Foundation
import Wijknet
import WijknetDiagrams
import WijknetGraphviz
import WijknetJobs
import WijknetReport

/// The files one coordinator dropped in, and what was made of them. One per server: the
/// server is for one person on one machine. An actor, so uploads and reads do not interleave;
/// the last read log and the last pages are kept so that switching the period does not read
/// the files again. In a workspace folder (``PrivateFolder/keeps``) the uploads and the page's
/// mapping are also written down (``WorkspaceState``), and found again at the next start.
actor Workspace {
    /// An uploaded file: the name it had on the user's machine, and where the server keeps it.
    struct Upload: Sendable {
        var name: String
        var path: String
        var bytes: Int
        /// The header cells the mapping form offers, and the mapping the server worked out.
        var headers: [String] = []
        var suggested: [String: String] = [:]
    }

    static let slots = ["log", "actors", "goals", "survey"]

    let folder: PrivateFolder
    let basePseudonyms: Pseudonymizer
    let showYouthNames: Bool
    let progress: Progress
    private(set) var uploads: [String: Upload] = [:]
    /// The mapping the page last applied (``setMapping(columns:actorColumns:)``).
    private(set) var columns: String?
    private(set) var actorColumns: String?
    /// The goals editor's list behind the goals file it wrote (``WorkspaceState/editorGoals``).
    private(set) var editorGoals: String?
    private var generation = 0
    private var readCache: (key: ReadingKey, generation: Int, log: ContactLog, pseudonyms: Pseudonymizer)?
    /// The last ecosystem built (the report, then the click list and the diagrams of the same choice).
    private var ecosystemCache: (key: EcosystemKey, generation: Int, eco: Ecosystem)?
    /// The last reports made (emptied when the files change).
    private var reports = ReportCache()

    init(folder: PrivateFolder, pseudonyms: Pseudonymizer, showYouthNames: Bool, progress: Progress) {
        self.folder = folder
        self.basePseudonyms = pseudonyms
        self.showYouthNames = showYouthNames
        self.progress = progress
        guard folder.keeps else { return }
        let state = WorkspaceState.load(from: folder.path)
        for (slot, u) in state.uploads {
            uploads[slot] = Upload(name: u.name, path: WorkspaceState.storedPath(in: folder.path, slot: slot, name: u.name),
                                   bytes: u.bytes, headers: u.headers, suggested: u.suggested)
        }
        (columns, actorColumns, editorGoals) = (state.columns, state.actorColumns, state.editorGoals)
    }

    /// Keeps the complete upload at `incoming` (``PrivateFolder/partialUpload()``) as the
    /// upload of `slot`, replacing the one before; `headers` for the mapping form.
    func store(slot: String, fileName: String, incoming: String, bytes: Int, headers: [String] = []) throws -> Upload {
        let path = try folder.adopt(incoming, slot: slot, fileName: fileName)
        let upload = Upload(name: fileName, path: path, bytes: bytes, headers: headers,
                            suggested: UploadHeaders.suggestion(headers, slot: slot))
        uploads[slot] = upload
        if slot == "log" { columns = nil }
        if slot == "actors" { actorColumns = nil }
        if slot == "goals" { editorGoals = nil }
        invalidate()
        try save()
        return upload
    }

    func forget(slot: String) throws {
        if let u = uploads.removeValue(forKey: slot) { try? FileManager.default.removeItem(atPath: u.path) }
        if slot == "goals" { editorGoals = nil }
        invalidate()
        try save()
    }

    /// The mapping the page applied, kept for the next load of the page.
    func setMapping(columns: String?, actorColumns: String?) throws {
        (self.columns, self.actorColumns) = (columns, actorColumns)
        try save()
    }

    /// The goals editor's list, kept beside the goals file it has just written.
    func setEditorGoals(_ list: String?) throws {
        editorGoals = list
        try save()
    }

    /// The page's *Verwijderen*: every upload, the mapping and the goals out of the workspace
    /// (the folder and its pseudonym key stay, so a young person keeps the same pseudonym).
    func clear() {
        uploads = [:]
        (columns, actorColumns, editorGoals) = (nil, nil, nil)
        invalidate()
        folder.empty(keeping: [WorkspaceKey.fileName])
    }

    /// The state as the page restores it.
    var state: WorkspaceState {
        WorkspaceState(uploads: uploads.mapValues { .init(name: $0.name, bytes: $0.bytes, headers: $0.headers, suggested: $0.suggested) },
                       columns: columns, actorColumns: actorColumns, editorGoals: editorGoals)
    }

    /// Writes ``state`` into a workspace folder (nothing for a temporary folder).
    private func save() throws {
        if folder.keeps { try state.save(to: folder.path) }
    }

    /// The young person behind `pseudonym` in the log of the workspace (read with the mapping the
    /// page applied), or `nil`: the page's lookup field, on this machine only. Nothing is kept.
    func lookup(_ pseudonym: String) throws -> KeyList.Entry? {
        var parameters: [String: String] = [:]
        if let columns { parameters["columns"] = columns }
        if let actorColumns { parameters["actorColumns"] = actorColumns }
        let (log, pseudonyms) = try read(try ReportQuery(parameters))
        return KeyList(log, pseudonyms: pseudonyms).lookup(pseudonym)
    }

    private func invalidate() {
        generation += 1
        readCache = nil
        ecosystemCache = nil
        reports.removeAll()
    }

    /// `validate`: every problem of the uploaded files, as `wijknet validate` lists them, the
    /// neighbourhoods the actors file names (for the page's choice), and the counts in Dutch.
    func validate(_ q: ReportQuery) throws -> (ValidationSummary, [String], [String]) {
        defer { progress.set(nil) }
        let log = try read(q).log
        return (ValidationSummary(log, logName: log.fileName), log.unitSplit(by: .neighbourhood).names, PageText.counts(log, logName: log.fileName))
    }

    /// The log read as the query asks (cached per reading options and uploads), always with
    /// every bad row recorded; without `skip=1` its first problem is thrown, as an analysis
    /// command without `--skip-invalid` stops at it.
    func read(_ q: ReportQuery) throws -> (log: ContactLog, pseudonyms: Pseudonymizer) {
        guard let log = uploads["log"] else {
            throw PageError(PageText.noLog)
        }
        if let c = readCache, c.key == q.reading, c.generation == generation { return (c.log, c.pseudonyms) }
        progress.set("\(log.name) lezen")
        var reader = ContactLogReader(policy: .skipInvalid,
                                      columns: try q.columns.map { try ColumnMapping(parsing: $0, for: .log) },
                                      actorColumns: try q.actorColumns.map { try ColumnMapping(parsing: $0, for: .actors) })
        reader.displayNames[log.path] = log.name
        if let a = uploads["actors"] { reader.displayNames[a.path] = a.name }
        let contactLog = try reader.read(logPath: log.path, actorsPath: uploads["actors"]?.path)
        let pseudonyms = basePseudonyms.resolving(for: [contactLog])
        readCache = (q.reading, generation, contactLog, pseudonyms)
        return (contactLog, pseudonyms)
    }

    /// The ecosystem the query selects: the log read (stopping at its first problem unless
    /// `skip=1`), the period, the neighbourhood.
    func ecosystem(_ q: ReportQuery) throws -> Ecosystem {
        let (log, pseudonyms) = try read(q)
        if !q.skipInvalid, let first = log.stats.issues.first { throw WijknetError.input(first) }
        if let none = NoUsableContact(log) {
            throw PageError(PageText.noUsableContact(rowsRead: none.rowsRead, allSkipped: none.allSkipped))
        }
        let key = EcosystemKey(reading: q.reading, period: q.period, neighbourhood: q.neighbourhood)
        if let c = ecosystemCache, c.key == key, c.generation == generation { return c.eco }
        progress.set("het ecosysteem opbouwen")
        let eco = try WijknetJobs.ecosystem(log, period: q.period, pseudonyms: pseudonyms, unit: q.neighbourhood)
        ecosystemCache = (key, generation, eco)
        return eco
    }

    /// The meeting report — ``ReportJob``, the same code as `wijknet report`.
    func report(_ q: ReportQuery) throws -> [UInt8] {
        if let body = reports.get(q) { return body }
        defer { progress.set(nil) }
        let eco = try ecosystem(q)
        // The page is Dutch, and so is what it shows unless it asks for English (not the log's headers).
        var page = MeetingReportJob(lang: q.lang ?? .nl)
        (page.before, page.after, page.by, page.showYouthNames) = (q.before, q.after, q.by, showYouthNames)
        let sink = progress
        page.stage = { sink.set(PageText.stage($0)) }
        var job = ReportJob(page: page)
        (job.goalsFile, job.goalsFileName) = (uploads["goals"]?.path, uploads["goals"]?.name)
        if let survey = uploads["survey"] {
            progress.set("de partnerenquête lezen")
            job.survey = try surveySource(survey, q)
        }
        let body = Array(try job.html(eco, within: q.period, say: { _ in }).utf8)
        reports.put(q, body)
        return body
    }

    /// The partner survey of the survey slot, its partners from the actors slot (the report's
    /// `survey` section; ``SurveyReader``, as `wijknet report --survey`).
    private func surveySource(_ survey: Upload, _ q: ReportQuery) throws -> SurveySource {
        guard let actors = uploads["actors"] else { throw PageError(PageText.surveyNeedsActors) }
        var reader = SurveyReader(actorColumns: try q.actorColumns.map { try ColumnMapping(parsing: $0, for: .actors) })
        reader.displayNames = [survey.path: survey.name, actors.path: actors.name]
        return SurveySource(reader: reader, path: survey.path, actors: actors.path)
    }

    /// The partners and places a click in the report may open (never a young person).
    func actors(_ q: ReportQuery) throws -> [(id: String, label: String, kind: ActorKind)] {
        linkableActors(try ecosystem(q))
    }

    /// A diagram as SVG: `domains`, `gaps`, `partners`, `ecosystem`, or `ego` of
    /// ``ReportQuery/actor`` (``PageDiagram``) — ``RenderJob``, the same code as `wijknet render`.
    func diagram(_ name: String, _ q: ReportQuery) throws -> [UInt8] {
        defer { progress.set(nil) }
        let eco = try ecosystem(q)
        let view: View
        do { view = try PageDiagram.view(name, actor: q.actor, in: eco) } catch let refusal as PageDiagram.Refusal {
            switch refusal {
            case .whichActor: throw PageError(PageText.whichActor)
            case .noSuchActor(let wanted): throw PageError(PageText.noSuchActor(wanted))
            case .noSuchDiagram: throw PageError(PageText.noSuchDiagram)
            }
        }
        progress.set("tekenen")
        var job = RenderJob(view: view, lang: q.lang ?? .nl)
        job.showYouthNames = showYouthNames
        return Array(try job.render(eco))
    }

    /// The ecosystem graph as `wijknet export` writes it (default options; ``ExportJob``):
    /// `graphml`, `gexf`, `json`, or one of the files of its CSV, `nodes.csv` and `edges.csv`.
    func export(_ format: String, _ q: ReportQuery) throws -> [UInt8] {
        defer { progress.set(nil) }
        let kind: ExportFormat
        switch format {
        case "graphml", "gexf", "json": kind = ExportFormat(rawValue: format)!
        case "nodes.csv", "edges.csv": kind = .csv
        default: throw PageError(PageText.noSuchDownload)
        }
        let eco = try ecosystem(q)
        progress.set("de maten berekenen")
        let output = try ExportJob(format: kind).export(eco, showYouthNames: showYouthNames)
        return Array(output.files.first { $0.name == format }?.data ?? output.data)
    }

    /// Notes for the page, in its words: the log's warnings (``PageText/notes(_:)``), the partner
    /// survey's (its typed warnings in Dutch, the actors file's not twice), and that the
    /// pseudonyms change at the next start when there is no key to keep them.
    func notes(_ q: ReportQuery) -> [PageText.Said] {
        var out: [PageText.Said] = []
        if let log = try? read(q).log { out += PageText.notes(log) }
        if let upload = uploads["survey"], let survey = try? surveySource(upload, q).read(say: { _ in }) {
            for w in survey.readingWarnings where !out.contains(where: { $0.text == w.text(.nl) }) { out.append(PageText.Said(text: w.text(.nl))) }
        }
        if !basePseudonyms.isStable { out.append(PageText.Said(text: PageText.unstablePseudonyms)) }
        return out
    }
}

/// What decides the ecosystem: the reading, the period, the neighbourhood.
struct EcosystemKey: Hashable {
    var reading: ReadingKey
    var period: Period
    var neighbourhood: String?
}

/// What the server is busy with, for the page's progress line while a long request runs; read
/// by `/progress` without waiting for the ``Workspace`` (which is busy).
final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private var stage: String?
    private var since = Date()

    func set(_ text: String?) {
        lock.lock(); defer { lock.unlock() }
        if text != stage { stage = text; since = Date() }
    }

    var current: (stage: String?, seconds: Double) {
        lock.lock(); defer { lock.unlock() }
        return (stage, Date().timeIntervalSince(since))
    }
}
