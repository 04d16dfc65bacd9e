import Foundation

/// The cookie that lets the page load its own script and style (`/app.js`, `/app.css`), which
/// the browser fetches for `<script src>` and `<link href>` without the link's token.
///
/// **Why it unlocks so little.** A browser sends a cookie of `127.0.0.1` to *every* server on
/// `127.0.0.1`, whatever its port: cookies are not isolated by port (RFC 6265, section 8.5).
/// Any other local web server the same browser visits (a dev server, another tool) receives it.
/// So the cookie is scoped as tightly as cookies allow — its name carries the port
/// (`wijknet_8765`: two servers do not overwrite each other's), `Path=/`, `HttpOnly` (no script
/// reads it), `SameSite=Strict` (no other *site*'s request carries it; but a page on another
/// port of 127.0.0.1 is the same site) — and, since none of that keeps it from another local
/// server, it is not the link's token but a secret of its own that opens only those two files,
/// the same text for everyone. A stolen cookie gains nothing: the page (which carries the
/// session secret) needs the link's token, and the data needs the session secret and a request
/// from the page's own origin (``RequestGate``).
enum AssetCookie {
    /// `wijknet_PORT`.
    static func name(port: Int) -> String { "wijknet_\(port)" }

    /// The `Set-Cookie` value that hands `secret` to the browser: a session cookie (no
    /// `Max-Age`), gone when the browser closes.
    static func setCookie(_ secret: AccessToken, port: Int) -> String {
        "\(name(port: port))=\(secret.value); Path=/; HttpOnly; SameSite=Strict"
    }

    /// The value of cookie `name` in the `Cookie` header lines; `nil` when it is not there.
    static func value(named name: String, in lines: [String]) -> String? {
        for line in lines {
            for part in line.split(separator: ";") {
                let kv = part.trimmingCharacters(in: .whitespaces)
                if kv.hasPrefix(name + "=") { return String(kv.dropFirst(name.count + 1)) }
            }
        }
        return nil
    }
}
