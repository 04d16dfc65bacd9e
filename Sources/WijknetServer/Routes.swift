import Foundation
import HTTPTypes
import Hummingbird
import Wijknet
import WijknetJobs

/// The server's pages and calls. Every handler turns a library error into the message the
/// command line prints (422, JSON `{"error": …, "problems": […]}`), never a stack trace. Who
/// may call which is ``RequestGate``'s to say, before any of these runs.
struct Routes: Sendable {
    let workspace: Workspace
    let uploadLimit: Int
    /// The page's session secret, written into the page for its script.
    let session: AccessToken

    func add(to router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in text(Page.html(uploadLimit: uploadLimit, session: session.value), type: "text/html; charset=utf-8") }
        router.get("/app.js") { _, _ in text(Page.script, type: "text/javascript; charset=utf-8") }
        router.get("/app.css") { _, _ in text(Page.css, type: "text/css; charset=utf-8") }
        router.get("/progress") { _, _ in
            let p = workspace.progress.current
            return json(ProgressJSON(stage: p.stage, seconds: p.stage == nil ? 0 : p.seconds))
        }
        router.post("/upload/:slot") { request, context in try await upload(request, context) }
        router.post("/forget/:slot") { _, context in
            guard let slot = context.parameters.get("slot"), Workspace.slots.contains(slot) else { return plain(.notFound, "no such slot\n") }
            await workspace.forget(slot: slot)
            return json(["forgotten": slot])
        }
        router.get("/validate") { request, _ in
            try await answer(request) { q in
                let (s, units) = try await workspace.validate(q)
                return json(ValidationJSON(failed: s.failed, problems: s.problems.map(ProblemJSON.init), lines: s.lines,
                                           notes: await workspace.notes(q), neighbourhoods: units))
            }
        }
        // With `prepare=1` the report is made and kept, and only its size is answered: the page
        // then loads it into its frame once, instead of fetching the whole page twice.
        router.get("/report") { request, _ in
            try await answer(request) { q in
                let body = try await workspace.report(q, cacheKey: reportKey(request))
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
            try await answer(request) { q in try await download(context.parameters.get("file") ?? "", q, request) }
        }
    }

    /// `POST /upload/log|actors|goals`: the file as the raw request body (the page's script
    /// sends each dropped file with `fetch`), its name in `X-File-Name` (URI-encoded).
    func upload(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        guard let slot = context.parameters.get("slot"), Workspace.slots.contains(slot) else { return plain(.notFound, "no such slot\n") }
        let name = safeFileName(request.headers[.xFileName]?.removingPercentEncoding ?? "upload.csv")
        let tooLarge = json(ErrorJSON(error: "\(name) is larger than the upload limit of \(uploadLimit / 1_048_576) MB; start wijknet serve with --upload-limit MB to allow more.", problems: []), status: .contentTooLarge)
        if let length = request.headers[.contentLength].flatMap(Int.init), length > uploadLimit { return tooLarge }
        do {
            // Chunk by chunk to a file of the private folder, never the whole body in memory.
            let file = try workspace.folder.partialUpload()
            do {
                for try await chunk in request.body {
                    if file.bytes + chunk.readableBytes > uploadLimit { file.discard(); return tooLarge }
                    try chunk.withUnsafeReadableBytes { try file.write($0) }
                }
                // A body cut short by the shutdown deadline is not a whole file.
                try Task.checkCancellation()
                try file.finish()
            } catch {
                file.discard()
                throw error
            }
            let (path, bytes, head) = (file.path, file.bytes, file.head)
            let u = try await workspace.store(slot: slot, fileName: name, incoming: path, bytes: bytes)
            return json(UploadJSON(slot: slot, name: u.name, bytes: u.bytes, headers: headerNames(head, fileName: name)))
        } catch let e as ServeError {
            return json(ErrorJSON(error: e.description, problems: []), status: .internalServerError)
        }
    }

    /// `GET /download/…`: the report, its diagrams and the exports, as files.
    func download(_ file: String, _ q: ReportQuery, _ request: Request) async throws -> Response {
        let (body, type): ([UInt8], String)
        switch file {
        case "report.html": (body, type) = (try await workspace.report(q, cacheKey: reportKey(request)), "text/html; charset=utf-8")
        case "domains.svg", "gaps.svg", "partners.svg", "ecosystem.svg", "ego.svg":
            (body, type) = (try await workspace.diagram(String(file.dropLast(4)), q), "image/svg+xml")
        case "wijknet.graphml": (body, type) = (try await workspace.export("graphml", q), "application/xml")
        case "wijknet.gexf": (body, type) = (try await workspace.export("gexf", q), "application/xml")
        case "wijknet.json": (body, type) = (try await workspace.export("json", q), "application/json")
        case "nodes.csv", "edges.csv": (body, type) = (try await workspace.export(file, q), "text/csv; charset=utf-8")
        default: return plain(.notFound, "there is no download '\(file)'.\n")
        }
        var r = text(body, type: type)
        r.headers[.contentDisposition] = "attachment; filename=\"\(file)\""
        return r
    }

    /// Parses the query and runs `body`; library errors become 422 with the command line's words.
    func answer(_ request: Request, _ body: (ReportQuery) async throws -> Response) async throws -> Response {
        var parameters: [String: String] = [:]
        for (k, v) in request.uri.queryParameters { parameters[String(k)] = String(v) }
        do {
            return try await body(try ReportQuery(parameters))
        } catch let e as WijknetError {
            return json(ErrorJSON(error: e.description, problems: e.issues.map(ProblemJSON.init)), status: .unprocessableContent)
        } catch let e as ServeError {
            return json(ErrorJSON(error: e.description, problems: []), status: .internalServerError)
        }
    }

    /// The report's cache key: its query without the token (and what does not change the report).
    func reportKey(_ request: Request) -> String {
        request.uri.queryParameters.filter { !["token", "actor", "prepare"].contains($0.key) }.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "&")
    }
}

/// The last path component of `name`, with only letters, digits, space, `.`, `-`, `_` kept.
func safeFileName(_ name: String) -> String {
    let last = name.split(separator: "/").last.map(String.init) ?? ""
    let kept = String(last.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) || " .-_".unicodeScalars.contains($0) }
        .prefix(100).map(Character.init))
    return kept.isEmpty || kept.hasPrefix(".") ? "upload" + kept : kept
}

/// The header names of a CSV upload (for the column mapping form); empty for `.xlsx`.
func headerNames(_ head: [UInt8], fileName: String) -> [String] {
    if fileName.lowercased().hasSuffix(".xlsx") { return [] }
    var line = String(decoding: head.prefix { $0 != 0x0A && $0 != 0x0D }, as: UTF8.self)
    if line.hasPrefix("\u{FEFF}") { line.removeFirst() }
    let delimiter = [";", ",", "\t"].max { line.components(separatedBy: $0).count < line.components(separatedBy: $1).count } ?? ","
    return line.components(separatedBy: delimiter).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")) }.filter { !$0.isEmpty }
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

struct ProblemJSON: Encodable {
    var file: String, line: Int, column: Int, message: String, hint: String, sheet: String?, text: String
    init(_ i: InputIssue) {
        (file, line, column, message, hint, sheet, text) = (i.file, i.line, i.column, i.message, i.hint, i.sheet, i.description)
    }
}
struct ErrorJSON: Encodable { var error: String; var problems: [ProblemJSON] }
struct ValidationJSON: Encodable { var failed: Bool; var problems: [ProblemJSON]; var lines: [String]; var notes: [String]; var neighbourhoods: [String] }
struct UploadJSON: Encodable { var slot: String; var name: String; var bytes: Int; var headers: [String] }
struct ActorJSON: Encodable { var id: String; var label: String; var kind: String }
struct PreparedJSON: Encodable { var bytes: Int }
struct ProgressJSON: Encodable { var stage: String?; var seconds: Double }
