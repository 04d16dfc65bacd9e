/// Who may do what in `wijknet serve`, decided from a request's head alone. Plain values, no
/// Hummingbird types: ``SecurityMiddleware`` asks it about every request, and the tests ask it
/// directly.
///
/// Three secrets per start, each opening a different part:
/// - **the link's token** (`?token=` in the printed link) opens the page `/`. The page carries
///   the session secret, so the token is needed for it every time (a reload keeps the query).
///   Only who has the link (the terminal, the launcher file) has it.
/// - **the assets cookie** (set by the page) opens `/app.js` and `/app.css` only: cookies reach
///   every server on 127.0.0.1 whatever the port, see ``AssetCookie``.
/// - **the session secret** (in a `<meta>` of the page) opens the data: every upload, analysis,
///   report, diagram, export, and `/progress`. The page's script sends it in the
///   `X-Wijknet-Session` header of every `fetch`. Another origin cannot read the page, so it
///   cannot know the secret; and a request with a custom header from another origin needs a CORS
///   preflight that this server never grants. Three kinds of load cannot carry a header — the
///   report's frame, the ego diagram's image, the download links — so a `GET` may carry the
///   secret as `session=` in the URL instead; a `POST` (which changes the workspace) needs the
///   header.
///
/// Data requests are also refused when the browser says they come from elsewhere: an `Origin`
/// other than the page's own (`http://` + the checked Host; a page on another port of
/// 127.0.0.1 counts as the *same site*, so `SameSite=Strict` alone let its `text/plain` POST
/// through), or `Sec-Fetch-Site` other than `same-origin` or `none`. Programs that are not
/// browsers send neither header; they still need the secret.
///
/// First of all, a `Host` other than this machine's (DNS rebinding: a page of another site
/// whose name is made to point at 127.0.0.1) gets 421.
struct RequestGate: Sendable {
    /// The three secrets of one start.
    struct Secrets: Sendable {
        var token = AccessToken()
        var cookie = AccessToken()
        var session = AccessToken()
    }

    /// What a request may reach.
    enum Route: Equatable { case page, asset, data }

    /// The parts of a request the gate looks at.
    struct Head {
        var method = "GET"
        var path = "/"
        /// The `Host` header (`127.0.0.1:8765`).
        var host: String?
        /// `?token=` and `?session=` of the URL.
        var token: String?
        var session: String?
        /// The `Cookie` header lines, and the `X-Wijknet-Session`, `Origin`, `Sec-Fetch-Site` headers.
        var cookies: [String] = []
        var sessionHeader: String?
        var origin: String?
        var fetchSite: String?
    }

    enum Verdict: Equatable {
        /// Let it through; `setCookie`: hand the browser the assets cookie with the response.
        case allow(setCookie: Bool)
        /// Answer `status` with `message` (plain text), and nothing else.
        case deny(status: Int, message: String)
    }

    let secrets: Secrets
    let port: Int
    /// `--allow-remote`: any Host is accepted.
    let allowRemote: Bool

    /// The `Host` values of this server: 127.0.0.1, localhost and [::1] at its port.
    var hosts: Set<String> { ["127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)"] }

    static func route(of path: String) -> Route {
        switch path {
        case "/": .page
        case "/app.js", "/app.css": .asset
        default: .data
        }
    }

    func verdict(_ head: Head) -> Verdict {
        guard allowRemote || hosts.contains(head.host ?? "") else {
            return .deny(status: 421, message: PageText.wrongHost(port: port))
        }
        switch Self.route(of: head.path) {
        case .page:
            return secrets.token.matches(head.token ?? "") ? .allow(setCookie: true) : Self.needsLink
        case .asset:
            let cookie = AssetCookie.value(named: AssetCookie.name(port: port), in: head.cookies)
            return secrets.token.matches(head.token ?? "") || secrets.cookie.matches(cookie ?? "") ? .allow(setCookie: false) : Self.needsLink
        case .data:
            return dataVerdict(head)
        }
    }

    /// Data: from the page's own origin, with the session secret (see the type's notes).
    func dataVerdict(_ head: Head) -> Verdict {
        guard Self.sameOrigin(head) else {
            return .deny(status: 403, message: PageText.otherPage)
        }
        let reading = head.method == "GET" || head.method == "HEAD"
        let presented = head.sessionHeader ?? (reading ? head.session : nil) ?? ""
        guard secrets.session.matches(presented) else {
            return .deny(status: 403, message: PageText.noSession)
        }
        return .allow(setCookie: false)
    }

    /// Whether the browser's own account of where the request comes from (when it gives one)
    /// is the page's origin.
    static func sameOrigin(_ head: Head) -> Bool {
        if let origin = head.origin, origin != "http://" + (head.host ?? "") { return false }
        if let site = head.fetchSite, site != "same-origin" && site != "none" { return false }
        return true
    }

    static let needsLink = Verdict.deny(status: 403, message: PageText.needsLink)
}
