/// The file `--open` hands to the browser instead of the link (as Jupyter does).
///
/// The command that opens a browser (`xdg-open`, `open`) takes what to open as an argument,
/// and any local user can read every process's arguments in `/proc/PID/cmdline` (or with
/// `ps`). The link carries the token, so it must not be an argument. Instead the token goes
/// into a 0600 file in the private 0700 folder, which only this user can read, and the opener
/// gets that file's path: the file sends the browser on to the link (a meta refresh, and a
/// link to click when a browser does not follow it). It goes with the folder when the server
/// stops.
enum Launcher {
    static let fileName = "open.html"

    /// The launcher page for `url`.
    static func html(url: String) -> String {
        let u = escaped(url)
        return """
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="refresh" content="0;url=\(u)">
        <meta name="referrer" content="no-referrer">
        <title>Wijknet</title>
        </head>
        <body><p>Wijknet wordt geopend… Gebeurt er niets, <a href="\(u)">klik dan hier</a>.</p></body>
        </html>

        """
    }

    /// Writes the launcher for `url` into `folder` (mode 0600) and returns its path.
    /// - Throws: ``ServeError`` when it cannot be written.
    static func write(url: String, in folder: PrivateFolder) throws -> String {
        let path = folder.path + "/" + fileName
        try writePrivateFile(path, html(url: url))
        return path
    }

    /// `url` safe inside an HTML attribute: the page's one escaping.
    static func escaped(_ url: String) -> String { Page.escaped(url) }
}
