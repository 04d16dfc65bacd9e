import Testing
@testable import WijknetServer

/// Who gets in: the link's token opens the page, the cookie only the page's assets, the
/// session secret (from the page's own origin) the data. The whole server in a browser is
/// `Tests/WijknetBrowserTests/serve_e2e.py`; the running executable, `ServeProcessTests`.
@Suite("Server request gate")
struct RequestGateTests {
    let secrets = RequestGate.Secrets()
    var gate: RequestGate { RequestGate(secrets: secrets, port: 8765, allowRemote: false) }
    var cookie: String { "\(AssetCookie.name(port: 8765))=\(secrets.cookie.value)" }

    func head(_ method: String, _ path: String, host: String = "127.0.0.1:8765", change: (inout RequestGate.Head) -> Void = { _ in }) -> RequestGate.Head {
        var h = RequestGate.Head(method: method, path: path, host: host)
        change(&h)
        return h
    }

    func allowed(_ h: RequestGate.Head) -> Bool {
        if case .allow = gate.verdict(h) { return true }
        return false
    }

    func status(_ h: RequestGate.Head) -> Int? {
        if case .deny(let status, _) = gate.verdict(h) { return status }
        return nil
    }

    @Test func thePageNeedsTheLinksTokenAndSetsTheCookie() {
        #expect(gate.verdict(head("GET", "/") { $0.token = secrets.token.value }) == .allow(setCookie: true))
        #expect(status(head("GET", "/")) == 403)
        #expect(status(head("GET", "/") { $0.cookies = [cookie] }) == 403)          // the page carries the session secret
        #expect(status(head("GET", "/") { $0.sessionHeader = secrets.session.value }) == 403)
        #expect(status(head("GET", "/") { $0.token = secrets.cookie.value }) == 403)
    }

    /// A cookie reaches every server on 127.0.0.1: all it may open is the page's constant
    /// script and style. Before, the cookie held the token itself and opened everything.
    @Test func theCookieAloneOpensOnlyTheAssets() {
        for path in ["/app.js", "/app.css"] {
            #expect(gate.verdict(head("GET", path) { $0.cookies = ["a=1; " + cookie] }) == .allow(setCookie: false), "\(path)")
            #expect(status(head("GET", path)) == 403, "\(path) without the cookie")
            #expect(status(head("GET", path) { $0.cookies = ["wijknet_9999=\(secrets.cookie.value)"] }) == 403, "another port's cookie name")
        }
        for (method, path) in [("GET", "/report"), ("GET", "/validate"), ("GET", "/download/report.html"), ("GET", "/progress"),
                               ("POST", "/upload/log"), ("POST", "/forget/log"), ("GET", "/actors"), ("GET", "/diagram/gaps")] {
            #expect(status(head(method, path) { $0.cookies = [cookie] }) == 403, "\(method) \(path) with the cookie alone")
            #expect(status(head(method, path) { $0.cookies = ["wijknet_8765=\(secrets.token.value)"]; $0.token = secrets.token.value }) == 403,
                    "\(method) \(path) with the token (in the cookie and the query)")
        }
    }

    @Test func dataNeedsTheSessionSecret() {
        let s = secrets.session.value
        #expect(allowed(head("GET", "/report") { $0.sessionHeader = s }))
        #expect(allowed(head("POST", "/upload/log") { $0.sessionHeader = s }))
        // The frame, the ego image and the downloads cannot send a header: a GET may carry it in the URL.
        #expect(allowed(head("GET", "/download/report.html") { $0.session = s }))
        #expect(status(head("POST", "/upload/log") { $0.session = s }) == 403)     // a change needs the header
        #expect(status(head("GET", "/report") { $0.sessionHeader = String(s.dropLast()) + "x" }) == 403)
        #expect(status(head("GET", "/report") { $0.sessionHeader = s + String(repeating: "0", count: 256) }) == 403)
        #expect(status(head("GET", "/report") { $0.sessionHeader = secrets.token.value }) == 403)
        #expect(status(head("GET", "/report") { $0.session = secrets.token.value }) == 403)
    }

    /// A page on another port of 127.0.0.1 is the same *site*: SameSite=Strict let its
    /// `text/plain` POST through. The browser's Origin and Sec-Fetch-Site say where it comes from.
    @Test func dataFromAnotherOriginIsRefusedEvenWithTheSecret() {
        let s = secrets.session.value
        for origin in ["http://127.0.0.1:9999", "http://localhost:8765", "null", "http://127.0.0.1:8765.evil.example", "https://127.0.0.1:8765"] {
            #expect(status(head("POST", "/upload/log") { $0.sessionHeader = s; $0.origin = origin }) == 403, "\(origin)")
        }
        for site in ["cross-site", "same-site", "whatever"] {
            #expect(status(head("POST", "/upload/log") { $0.sessionHeader = s; $0.fetchSite = site }) == 403, "\(site)")
            #expect(status(head("GET", "/report") { $0.session = s; $0.fetchSite = site }) == 403, "\(site)")
        }
        #expect(allowed(head("POST", "/upload/log") { $0.sessionHeader = s; $0.origin = "http://127.0.0.1:8765"; $0.fetchSite = "same-origin" }))
        #expect(allowed(head("POST", "/upload/log", host: "localhost:8765") { $0.sessionHeader = s; $0.origin = "http://localhost:8765" }))
        #expect(allowed(head("GET", "/download/nodes.csv") { $0.session = s; $0.fetchSite = "none" }))
        // The page and its assets are reached by navigation (the printed link, the launcher file): no origin check.
        #expect(allowed(head("GET", "/") { $0.token = secrets.token.value; $0.fetchSite = "cross-site" }))
    }

    @Test func anotherHostIsMisdirected() {
        #expect(status(head("GET", "/", host: "evil.example:8765") { $0.token = secrets.token.value }) == 421)
        #expect(status(head("GET", "/", host: "127.0.0.1:9999") { $0.token = secrets.token.value }) == 421)
        #expect(status(head("GET", "/") { $0.host = nil; $0.token = secrets.token.value }) == 421)
        let remote = RequestGate(secrets: secrets, port: 8765, allowRemote: true)
        #expect(remote.verdict(head("GET", "/", host: "192.168.1.10:8765") { $0.token = secrets.token.value }) == .allow(setCookie: true))
        #expect(remote.verdict(head("GET", "/report", host: "192.168.1.10:8765") { $0.sessionHeader = secrets.session.value; $0.origin = "http://evil.example" })
                != .allow(setCookie: false))
    }

    @Test func theCookieIsScopedAndFoundAmongOthers() {
        let c = AccessToken(value: "c0ffee")
        #expect(AssetCookie.setCookie(c, port: 8765) == "wijknet_8765=c0ffee; Path=/; HttpOnly; SameSite=Strict")
        #expect(AssetCookie.value(named: "wijknet_8765", in: ["a=1; wijknet_8765=xyz; b=2"]) == "xyz")
        #expect(AssetCookie.value(named: "wijknet_8765", in: ["x_wijknet_8765=xyz", "wijknet_87650=abc"]) == nil)
        #expect(AssetCookie.value(named: "wijknet_8765", in: []) == nil)
    }

    @Test func theThreeSecretsDiffer() {
        let s = RequestGate.Secrets()
        #expect(Set([s.token.value, s.cookie.value, s.session.value]).count == 3)
    }
}
