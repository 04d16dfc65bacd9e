import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import WijknetReport

/// Every request passes here first. It answers 403 unless the request carries the token (in
/// the query, `?token=`, or in the `SameSite=Strict; HttpOnly` cookie set on the first load),
/// and 421 when the `Host` is not this machine (DNS rebinding: a page of another site whose
/// name is made to point at 127.0.0.1). Every response gets the security headers.
struct SecurityMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: AccessToken
    /// `host:port` values accepted in the Host header; empty: any (`--allow-remote`).
    let hosts: Set<String>
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if !hosts.isEmpty, !hosts.contains(request.head.authority ?? "") {
            return SecurityPolicy.withHeaders(plain(.misdirectedRequest, "This server answers only at \(hosts.sorted().first ?? "127.0.0.1").\n"), page: .plain)
        }
        let fromQuery = request.uri.queryParameters.get("token")
        let fromCookie = SecurityPolicy.cookie(SecurityPolicy.cookieName, in: request.headers[values: .cookie])
        guard token.matches(fromQuery ?? fromCookie ?? "") else {
            return SecurityPolicy.withHeaders(plain(.forbidden, "403: this page needs the link with its token that 'wijknet serve' printed (…/?token=…).\n"), page: .plain)
        }
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPResponseError {
            response = plain(error.status, "\(error.status.code): \(error.status.reasonPhrase)\n")
        } catch {
            // Never a stack trace or a Swift error dump in the page.
            response = plain(.internalServerError, "500: something went wrong in the server; the files are unchanged. Please try again.\n")
        }
        if fromQuery != nil {
            response.headers[.setCookie] = "\(SecurityPolicy.cookieName)=\(token.value); Path=/; HttpOnly; SameSite=Strict"
        }
        let isReport = response.headers[.contentType]?.hasPrefix("text/html") == true && request.uri.path.hasPrefix("/report")
        return SecurityPolicy.withHeaders(response, page: isReport ? .report : .app)
    }
}

/// The headers and the policy every response carries, and reading the token's cookie.
enum SecurityPolicy {
    static var cookieName: String { "wijknet_token" }

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
        "sha256-" + Data(SHA256.hash(data: Data(MeetingReport.inlineScript.utf8))).base64EncodedString()
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

    /// The value of cookie `name` in the Cookie header lines.
    static func cookie(_ name: String, in lines: [String]) -> String? {
        for line in lines {
            for part in line.split(separator: ";") {
                let kv = part.trimmingCharacters(in: .whitespaces)
                if kv.hasPrefix(name + "=") { return String(kv.dropFirst(name.count + 1)) }
            }
        }
        return nil
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
}
