import Foundation
import HTTPTypes
import Hummingbird
import Wijknet
import WijknetReport

/// Every request passes here first: ``RequestGate`` decides from its head whether it may go on
/// (the rules and their reasons are there); a refusal is a plain-text 403 or 421 and nothing
/// else. Every response gets the security headers, and the page's response the assets cookie.
struct SecurityMiddleware<Context: RequestContext>: RouterMiddleware {
    let secrets: RequestGate.Secrets
    /// The port the server got, known only once it listens (`--port 0`).
    let port: PortBox
    let allowRemote: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let gate = RequestGate(secrets: secrets, port: port.port, allowRemote: allowRemote)
        switch gate.verdict(Self.head(of: request)) {
        case .deny(let status, let message):
            return SecurityPolicy.withHeaders(plain(HTTPResponse.Status(code: status), message), page: .plain)
        case .allow(let setCookie):
            var response = await Self.respond(request, context, next)
            if setCookie { response.headers[.setCookie] = AssetCookie.setCookie(secrets.cookie, port: gate.port) }
            let isReport = response.headers[.contentType]?.hasPrefix("text/html") == true && request.uri.path.hasPrefix("/report")
            return SecurityPolicy.withHeaders(response, page: isReport ? .report : .app)
        }
    }

    /// The parts of `request` the gate looks at.
    static func head(of request: Request) -> RequestGate.Head {
        let query = request.uri.queryParameters
        return RequestGate.Head(method: request.method.rawValue, path: request.uri.path, host: request.head.authority,
                                token: query.get("token"), session: query.get("session"),
                                cookies: request.headers[values: .cookie], sessionHeader: request.headers[.xWijknetSession],
                                origin: request.headers[.origin], fetchSite: request.headers[.secFetchSite])
    }

    /// The route's response; an error becomes its status or a one-line 500, never a stack
    /// trace or a Swift error dump in the page.
    static func respond(_ request: Request, _ context: Context, _ next: (Request, Context) async throws -> Response) async -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPResponseError {
            return plain(error.status, "\(error.status.code): \(error.status.reasonPhrase)\n")
        } catch {
            return plain(.internalServerError, PageText.serverFailed)
        }
    }
}

/// The headers and the policy every response carries.
enum SecurityPolicy {
    enum PageKind { case app, report, plain }

    /// The policy of the app page: its own script and style only, nothing from outside, no
    /// framing by others. The report (shown in a frame of the app page) may run exactly its own
    /// sorting script, allowed by hash: a `<script>` smuggled in through the data would not run.
    static func contentSecurityPolicy(_ page: PageKind) -> String {
        let script = page == .report ? "'\(reportScriptHash)'" : "'self'"
        let ancestors = page == .report ? "'self'" : "'none'"
        return "default-src 'none'; script-src \(script); style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "connect-src 'self'; frame-src 'self'; form-action 'self'; frame-ancestors \(ancestors); base-uri 'none'"
    }

    /// `sha256-…` of the report's one inline script.
    static let reportScriptHash: String = {
        "sha256-" + Data(Digest.sha256(Array(MeetingReport.inlineScript.utf8))).base64EncodedString()
    }()

    static func withHeaders(_ response: Response, page: PageKind) -> Response {
        var r = response
        r.headers[.contentSecurityPolicy] = contentSecurityPolicy(page)
        r.headers[.xContentTypeOptions] = "nosniff"
        r.headers[.referrerPolicy] = "no-referrer"
        r.headers[.cacheControl] = "no-store"
        if page != .report { r.headers[.xFrameOptions] = "DENY" }
        return r
    }
}

/// A plain-text response.
func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
    Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"],
             body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
}

extension HTTPField.Name {
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let xFrameOptions = HTTPField.Name("X-Frame-Options")!
    static let xFileName = HTTPField.Name("X-File-Name")!
    /// The page's session secret, sent by its script with every call (``RequestGate``).
    static let xWijknetSession = HTTPField.Name("X-Wijknet-Session")!
    static let secFetchSite = HTTPField.Name("Sec-Fetch-Site")!
}
