import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HTTPTypes
import Hummingbird
import Wijknet
import WijknetJobs

/// The server's pages and calls. Every handler turns an error into the page's words
/// (``PageText``; 422, JSON `{"error": …, "detail": …, "problems": […]}`), never a stack trace.
/// Who may call which is ``RequestGate``'s to say, before any of these runs.
struct Routes: Sendable {
    let workspace: Workspace
    let uploadLimit: Int
    /// The page's session secret, written into the page for its script.
    let session: AccessToken
    /// Whether the page may turn a pseudonym into a name: only when the server listens on this
    /// machine's loopback alone (not with `--allow-remote`).
    let lookupAllowed: Bool

    func add(to router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in
            text(Page.html(uploadLimit: uploadLimit, session: session.value, workspace: workspace.folder.keeps ? workspace.folder.path : nil,
                           lookup: lookupAllowed), type: "text/html; charset=utf-8")
        }
        router.get("/app.js") { _, _ in text(Page.script, type: "text/javascript; charset=utf-8") }
        router.get("/app.css") { _, _ in text(Page.css, type: "text/css; charset=utf-8") }
        router.get("/progress") { _, _ in
            let p = workspace.progress.current
            return json(ProgressJSON(stage: p.stage, seconds: p.stage == nil ? 0 : p.seconds))
        }
        router.post("/upload/:slot") { request, context in try await upload(request, context) }
        router.post("/forget/:slot") { request, context in
            guard let slot = context.parameters.get("slot"), Workspace.slots.contains(slot) else { return plain(.notFound, PageText.noSuchPlace) }
            return try await answer(request) { _ in
                try await workspace.forget(slot: slot)
                return json(["forgotten": slot])
            }
        }
        // The workspace as the page restores it after a reload or a restart.
        router.get("/state") { _, _ in json(await workspace.state) }
        router.post("/mapping") { request, _ in
            try await answer(request) { _ in
                let m = try JSONDecoder().decode(MappingJSON.self, from: Data(buffer: try await request.body.collect(upTo: 65_536)))
                try await workspace.setMapping(columns: m.columns, actorColumns: m.actorColumns)
                return json(m)
            }
        }
        // The goals editor's list (the page's JSON), after it has uploaded the goals file it wrote.
        router.post("/goals-editor") { request, _ in
            try await answer(request) { _ in
                let list = String(buffer: try await request.body.collect(upTo: 262_144))
                try await workspace.setEditorGoals(list.isEmpty ? nil : list)
                return json(["kept": true])
            }
        }
        // "Wijknet stoppen": for who started it from the icon, without a terminal to press Ctrl-C
        // in. The server ends as on SIGTERM (``ShutdownSignals``), just after this answer.
        router.post("/stop") { _, _ in
            DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { kill(getpid(), SIGTERM) }
            return json(["stopping": true])
        }
        router.post("/clear") { _, _ in
            await workspace.clear()
            return json(["cleared": true])
        }
        router.post("/lookup") { request, _ in
            guard lookupAllowed else { return json(ErrorJSON(error: PageText.lookupOnlyHere), status: .forbidden) }
            return try await answer(request) { _ in
                let wanted = String(buffer: try await request.body.collect(upTo: 1_024))
                guard let e = try await workspace.lookup(wanted) else { return json(ErrorJSON(error: PageText.unknownPseudonym), status: .notFound) }
                return json(LookupJSON(pseudonym: e.pseudonym, id: e.id, name: e.name ?? ""))
            }
        }
        router.get("/validate") { request, _ in
            try await answer(request) { q in
                let (s, units, counts) = try await workspace.validate(q)
                return json(ValidationJSON(failed: s.failed, problems: s.problems.map { ProblemJSON($0, q.lang ?? .nl) }, lines: counts,
                                           notes: await workspace.notes(q).map(SaidJSON.init), neighbourhoods: units))
            }
        }
        // With `prepare=1` the report is made and kept, and only its size is answered: the page
        // then loads it into its frame once, instead of fetching the whole page twice.
        router.get("/report") { request, _ in
            try await answer(request) { q in
                let body = try await workspace.report(q)
                if request.uri.queryParameters.get("prepare") == "1" { return json(PreparedJSON(bytes: body.count)) }
                return text(body, type: "text/html; charset=utf-8")
            }
        }
        router.get("/actors") { request, _ in
            try await answer(request) { q in json(try await workspace.actors(q).map { ActorJSON(id: $0.id, label: $0.label, kind: $0.kind.rawValue) }) }
        }
        router.get("/diagram/:name") { request, context in
            try await answer(request) { q in
                text(try await workspace.diagram(context.parameters.get("name") ?? "", q), type: "image/svg+xml")
            }
        }
        router.get("/download/:file") { request, context in
            try await answer(request) { q in try await download(context.parameters.get("file") ?? "", q) }
        }
    }

    /// `POST /upload/log|actors|goals`: the file as the raw request body (the page's script
    /// sends each dropped file with `fetch`), its name in `X-File-Name` (URI-encoded). Refused
    /// as it arrives when it passes the upload limit (413) or, for a CSV log or actors file,
    /// when its header row passes ``HeaderWidth/maximum`` columns (422): the workspace keeps
    /// the file it had.
    func upload(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        guard let slot = context.parameters.get("slot"), Workspace.slots.contains(slot) else { return plain(.notFound, PageText.noSuchPlace) }
        let name = safeFileName(request.headers[.xFileName]?.removingPercentEncoding ?? "upload.csv")
        let tooLarge = json(ErrorJSON(error: PageText.tooLarge(name, limit: uploadLimit)), status: .contentTooLarge)
        let length = request.headers[.contentLength].flatMap(Int.init)
        if let length, length > uploadLimit { return tooLarge }
        // A contact log this computer cannot analyse is refused before it is kept (issue 28).
        let available = slot == "log" ? MemoryBudget.available() : nil
        let memoryLimit = available.map(MemoryBudget.largestLog(available:))
        func tooLargeForMemory(_ bytes: Int) -> Response {
            json(ErrorJSON(error: PageText.tooLargeForMemory(name, needed: MemoryBudget.needed(logBytes: bytes), available: available ?? 0)),
                 status: .contentTooLarge)
        }
        if let length, let memoryLimit, length > memoryLimit { return tooLargeForMemory(length) }
        do {
            let file = try workspace.folder.partialUpload()
            switch try await receive(request.body, into: file, checkHeader: UploadHeaders.mappingFile(slot) != nil && !name.lowercased().hasSuffix(".xlsx") && !isGraphFileName(name),
                                     memoryLimit: memoryLimit) {
            case .tooLarge: return tooLarge
            case .tooLargeForMemory(let bytes): return tooLargeForMemory(bytes)
            case .tooWide: return json(ErrorJSON(error: PageText.tooWide(name)), status: .unprocessableContent)
            case .complete: break
            }
            let (path, bytes, head) = (file.path, file.bytes, file.head)
            let u = try await workspace.store(slot: slot, fileName: name, incoming: path, bytes: bytes,
                                              headers: UploadHeaders.shown(head, fileName: name, slot: slot))
            return json(UploadJSON(slot: slot, name: u.name, bytes: u.bytes, headers: u.headers, suggested: u.suggested))
        } catch is ServeError {
            return json(ErrorJSON(error: PageText.cannotKeep), status: .internalServerError)
        }
    }

    /// How receiving an upload ended.
    enum Received { case complete, tooLarge, tooWide, tooLargeForMemory(bytes: Int) }

    /// Writes `body` chunk by chunk to `file` (never the whole body in memory); past the upload
    /// limit, past `memoryLimit` (a log larger than this computer can analyse, ``MemoryBudget``)
    /// or with a header row too wide the file is discarded at once. Throws, the file
    /// discarded, when the body breaks off or the server is stopping (a body cut short by the
    /// shutdown deadline is not a whole file).
    func receive(_ body: RequestBody, into file: UploadFile, checkHeader: Bool, memoryLimit: Int? = nil) async throws -> Received {
        var width = HeaderWidth()
        do {
            for try await chunk in body {
                if file.bytes + chunk.readableBytes > uploadLimit { file.discard(); return .tooLarge }
                if let memoryLimit, file.bytes + chunk.readableBytes > memoryLimit {
                    let bytes = file.bytes + chunk.readableBytes
                    file.discard()
                    return .tooLargeForMemory(bytes: bytes)
                }
                let fits = try chunk.withUnsafeReadableBytes { bytes in
                    try file.write(bytes)
                    return !checkHeader || width.feed(bytes)
                }
                if !fits { file.discard(); return .tooWide }
            }
            try Task.checkCancellation()
            try file.finish()
            return .complete
        } catch {
            file.discard()
            throw error
        }
    }

    /// `GET /download/…`: the report, its diagrams and the exports, as files.
    func download(_ file: String, _ q: ReportQuery) async throws -> Response {
        let (body, type): ([UInt8], String)
        switch file {
        case "report.html": (body, type) = (try await workspace.report(q), "text/html; charset=utf-8")
        case "domains.svg", "gaps.svg", "partners.svg", "ecosystem.svg", "ego.svg":
            (body, type) = (try await workspace.diagram(String(file.dropLast(4)), q), "image/svg+xml")
        case "wijknet.graphml": (body, type) = (try await workspace.export("graphml", q), "application/xml")
        case "wijknet.gexf": (body, type) = (try await workspace.export("gexf", q), "application/xml")
        case "wijknet.json": (body, type) = (try await workspace.export("json", q), "application/json")
        case "nodes.csv", "edges.csv": (body, type) = (try await workspace.export(file, q), "text/csv; charset=utf-8")
        default: return plain(.notFound, PageText.noSuchDownload + "\n")
        }
        var r = text(body, type: type)
        r.headers[.contentDisposition] = "attachment; filename=\"\(file)\""
        return r
    }

    /// Parses the query and runs `body`; errors become 422 (500 for the server's own) in the
    /// page's words (``PageText``).
    func answer(_ request: Request, _ body: (ReportQuery) async throws -> Response) async throws -> Response {
        var parameters: [String: String] = [:]
        for (k, v) in request.uri.queryParameters { parameters[String(k)] = String(v) }
        // The language problems are said in: the query's (`lang=en`), else the page's Dutch.
        let lang = parameters["lang"].flatMap { Language(rawValue: $0) } ?? .nl
        do {
            return try await body(try ReportQuery(parameters))
        } catch let e as PageError {
            return json(ErrorJSON(error: e.said.text, detail: e.said.detail), status: .unprocessableContent)
        } catch let e as WijknetError {
            let said = PageText.error(e, lang)
            return json(ErrorJSON(error: said.text, detail: said.detail, problems: e.issues.map { ProblemJSON($0, lang) }), status: .unprocessableContent)
        } catch let e as ColumnMapping.ParseError {
            return json(ErrorJSON(error: PageText.mapping(e, lang).text), status: .unprocessableContent)
        } catch is ServeError {
            return json(ErrorJSON(error: PageText.cannotKeep), status: .internalServerError)
        } catch is DecodingError {
            return json(ErrorJSON(error: PageText.noSuchPlace), status: .badRequest)
        }
    }
}

/// The last path component of `name`, with only letters, digits, space, `.`, `-`, `_` kept.
func safeFileName(_ name: String) -> String {
    let last = name.split(separator: "/").last.map(String.init) ?? ""
    let kept = String(last.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) || " .-_".unicodeScalars.contains($0) }
        .prefix(100).map(Character.init))
    return kept.isEmpty || kept.hasPrefix(".") ? "upload" + kept : kept
}

func text(_ s: String, type: String) -> Response { text(Array(s.utf8), type: type) }

func text(_ bytes: [UInt8], type: String) -> Response {
    Response(status: .ok, headers: [.contentType: type], body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
}

func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
    return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                    body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
}

/// A problem as the page lists it: `text` with its place and `detail` how to fix it, in the
/// page's Dutch (English when the query asks `lang=en`).
struct ProblemJSON: Encodable {
    var file: String, line: Int, column: Int, sheet: String?, text: String, detail: String?
    init(_ i: InputIssue, _ lang: Language = .nl) {
        let said = PageText.problem(i, lang)
        (file, line, column, sheet, text, detail) = (i.file, i.line, i.column, i.sheet, said.text, said.detail)
    }
}
struct ErrorJSON: Encodable {
    var error: String
    var detail: String? = nil
    var problems: [ProblemJSON] = []
}
struct SaidJSON: Encodable {
    var text: String, detail: String?
    init(_ s: PageText.Said) { (text, detail) = (s.text, s.detail) }
}
struct ValidationJSON: Encodable { var failed: Bool; var problems: [ProblemJSON]; var lines: [String]; var notes: [SaidJSON]; var neighbourhoods: [String] }
struct UploadJSON: Encodable { var slot: String; var name: String; var bytes: Int; var headers: [String]; var suggested: [String: String] }
struct MappingJSON: Codable { var columns: String?; var actorColumns: String? }
struct LookupJSON: Encodable { var pseudonym: String; var id: String; var name: String }
struct ActorJSON: Encodable { var id: String; var label: String; var kind: String }
struct PreparedJSON: Encodable { var bytes: Int }
struct ProgressJSON: Encodable { var stage: String?; var seconds: Double }
