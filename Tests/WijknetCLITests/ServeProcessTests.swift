import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `wijknet serve` attacked from outside, as the built executable: signals, open requests, the
/// folders a dead server left, the cookie and requests from other origins, a header row of
/// millions of columns. (The rules themselves: `Tests/WijknetServerTests`; the page in a
/// browser: `Tests/WijknetBrowserTests`.)
@Suite("wijknet serve as a process")
struct ServeProcessTests {
    static let log = "date,source,target\n06-01-2025,p-1,p-2\n07-01-2025,p-2,p-3\n"

    /// Closing the terminal (SIGHUP) and Ctrl-\ (SIGQUIT) clean up as Ctrl-C and SIGTERM do.
    @Test(arguments: [SIGHUP, SIGQUIT, SIGINT, SIGTERM])
    func aSignalRemovesTheUploads(_ sig: Int32) throws {
        let server = try ServeProcess()
        let upload = try server.upload("log", Self.log, name: "namen.csv", session: try server.session())
        #expect(upload.status == 200, "\(upload.body)")
        let folder = try #require(server.folders.first)
        #expect(FileManager.default.fileExists(atPath: "\(server.tmp)/\(folder)/log/namen.csv"))
        let pid = try String(contentsOfFile: "\(server.tmp)/\(folder)/pid", encoding: .utf8)
        #expect(pid == "\(server.process.processIdentifier)\n")
        server.send(sig)
        #expect(server.waitForExit(within: 10), "signal \(sig): still running")
        #expect(server.folders.isEmpty, "signal \(sig) left \(server.folders)")
        #expect(server.process.terminationReason == .exit && server.process.terminationStatus == 0, "\(server.errors)")
    }

    /// An upload that stalls half-way kept Ctrl-C and SIGTERM waiting for ever; the deadline
    /// (3 s, then at most 2 s more) ends it.
    @Test func aDeadlineEndsAnOpenRequest() throws {
        let server = try ServeProcess()
        let session = try server.session()
        let fd = try server.http.connect()
        defer { close(fd) }
        let head = server.http.head("POST", "/upload/log", ["X-Wijknet-Session: \(session)", "X-File-Name: half.csv"], bodyLength: 1_000_000)
        #expect(server.http.send(fd, head + Array(Self.log.utf8)))
        usleep(500_000)
        #expect(server.folders.count == 1)
        let (exited, took) = server.terminate(waitingAtMost: 15)
        #expect(exited, "SIGTERM with a request open: still running after 15 s")
        #expect(took < 7, "took \(took) s")
        #expect(server.folders.isEmpty, "left \(server.folders)")
    }

    /// A report being computed does not stop when cancelled (20 s for this log in a debug
    /// build): the backstop ends the process 2 s after the deadline, the folder removed.
    @Test func aLongReportDoesNotKeepTheServerAlive() throws {
        let server = try ServeProcess()
        let big = server.tmp + "-big"
        defer { try? FileManager.default.removeItem(atPath: big) }
        let generated = Process()
        generated.executableURL = server.process.executableURL
        generated.arguments = ["generate", "--actors", "20000", "--rows", "200000", "--seed", "3", "--out", big]
        generated.standardOutput = FileHandle.nullDevice
        try generated.run()
        generated.waitUntilExit()
        let session = try server.session()
        for (slot, file) in [("actors", "actors.csv"), ("log", "contacts.csv")] {
            let text = try String(contentsOfFile: "\(big)/\(file)", encoding: .utf8)
            #expect(try server.upload(slot, text, name: file, session: session).status == 200)
        }
        let fd = try server.http.connect()
        defer { close(fd) }
        #expect(server.http.send(fd, server.http.head("GET", "/report", ["X-Wijknet-Session: \(session)"])))
        let busy = Date().addingTimeInterval(20)
        while Date() < busy, !(try server.http.request("GET", "/progress", ["X-Wijknet-Session: \(session)"]).body.contains("\"stage\":\"")) {
            usleep(50_000)
        }
        let (exited, took) = server.terminate(waitingAtMost: 20)
        #expect(exited, "SIGTERM while a report is made: still running after 20 s")
        #expect(took < 7.5, "took \(took) s (status \(server.process.terminationStatus))")
        #expect(server.folders.isEmpty, "left \(server.folders)")
    }

    /// A second signal (Ctrl-C pressed again) does not wait for the deadline: the folder goes
    /// and the process ends at once, with status 128 + the signal.
    @Test func aSecondSignalEndsAtOnce() throws {
        let server = try ServeProcess()
        let fd = try server.http.connect()
        defer { close(fd) }
        let head = server.http.head("POST", "/upload/log", ["X-Wijknet-Session: \(try server.session())"], bodyLength: 1_000_000)
        #expect(server.http.send(fd, head + Array(Self.log.utf8)))
        usleep(300_000)
        server.send(SIGTERM)
        usleep(300_000)
        let second = Date()
        server.send(SIGINT)
        #expect(server.waitForExit(within: 10))
        #expect(Date().timeIntervalSince(second) < 2)
        #expect(server.process.terminationReason == .exit && server.process.terminationStatus == 128 + SIGINT, "\(server.process.terminationStatus)")
        #expect(server.folders.isEmpty, "left \(server.folders)")
    }

    /// A start removes what a server killed with SIGKILL (or a crash) left, and says so.
    @Test func aStartRemovesTheFoldersOfADeadServer() throws {
        let tmp = try ServeProcess.makeTemporaryDirectory()
        let dead = Process()
        dead.executableURL = URL(fileURLWithPath: "/bin/sh")
        dead.arguments = ["-c", "exit 0"]
        try dead.run()
        dead.waitUntilExit()
        for (name, pid) in [("wijknet-serve-Old123", dead.processIdentifier), ("wijknet-serve-Live12", getpid())] {
            try FileManager.default.createDirectory(atPath: "\(tmp)/\(name)/log", withIntermediateDirectories: true)
            #expect(FileManager.default.createFile(atPath: "\(tmp)/\(name)/log/namen.csv", contents: Data("id,name\nj-1,Piet\n".utf8)))
            #expect(FileManager.default.createFile(atPath: "\(tmp)/\(name)/pid", contents: Data("\(pid)\n".utf8)))
        }
        let server = try ServeProcess(tmp: tmp, locale: TestLocale.english)
        #expect(server.errors.contains("note: removed 1 private upload folder(s) that a wijknet serve stopped without cleaning up left in"), "\(server.errors)")
        #expect(!server.folders.contains("wijknet-serve-Old123"))
        #expect(server.folders.contains("wijknet-serve-Live12"))       // its process (this test) is alive
        #expect(server.folders.count == 2)                              // and the server's own
        server.send(SIGTERM)
        #expect(server.waitForExit(within: 10))
        #expect(server.folders == ["wijknet-serve-Live12"])
    }

    /// The attack of the issue: a page on another port of 127.0.0.1 (the same site, so the
    /// SameSite=Strict cookie goes along) posting `text/plain` over the contact log.
    @Test func theCookieAloneAndOtherOriginsGetNoData() throws {
        let server = try ServeProcess()
        defer { server.send(SIGTERM); _ = server.waitForExit(within: 10) }
        let page = try server.http.request("GET", "/?token=\(server.token)")
        let setCookie = page.headers["set-cookie"] ?? ""
        #expect(page.status == 200 && setCookie.hasPrefix("wijknet_\(server.port)=") && setCookie.hasSuffix("; Path=/; HttpOnly; SameSite=Strict"), "\(setCookie)")
        let cookie = "Cookie: " + (setCookie.split(separator: ";").first.map(String.init) ?? "")
        #expect(!cookie.contains(server.token))
        let session = try server.session()
        let other = "Origin: http://127.0.0.1:\(server.port == 9 ? 10 : 9)"

        #expect(try server.http.request("GET", "/app.js", [cookie]).status == 200)
        #expect(try server.http.request("GET", "/", [cookie]).status == 403)
        #expect(try server.http.request("GET", "/report", [cookie]).status == 403)
        let csrf = try server.http.request("POST", "/upload/log", [cookie, other, "Content-Type: text/plain", "Sec-Fetch-Site: same-site"], body: Array(Self.log.utf8))
        #expect(csrf.status == 403, "\(csrf.body)")
        let withSecret = try server.http.request("POST", "/upload/log", [cookie, other, "X-Wijknet-Session: \(session)"], body: Array(Self.log.utf8))
        #expect(withSecret.status == 403, "\(withSecret.body)")
        let report = try server.http.request("GET", "/report", ["X-Wijknet-Session: \(session)", "Sec-Fetch-Site: same-origin"])
        #expect(report.status == 422 && report.body.contains("Sleep eerst een contactlog in"), "\(report.status) \(report.body)")   // nothing was uploaded
    }

    /// 2.6 million columns in 10 MB: an answer at once that names the limit; the workspace
    /// keeps the log it had and answers the next call at once.
    @Test func aHeaderRowOfMillionsOfColumnsIsAnsweredAtOnce() throws {
        let server = try ServeProcess()
        defer { server.send(SIGTERM); _ = server.waitForExit(within: 10) }
        let session = try server.session()
        #expect(try server.upload("log", Self.log, name: "klein.csv", session: session).status == 200)
        let started = Date()
        let wide = try server.upload("log", String(repeating: "a,", count: 5_000_000) + "\n", name: "breed.csv", session: session)
        #expect(wide.status == 422 && wide.body.contains("breed.csv: de eerste regel heeft meer dan 1000 kolommen"), "\(wide.status) \(wide.body.prefix(300))")
        #expect(Date().timeIntervalSince(started) < 10)
        let validated = Date()
        let validate = try server.http.request("GET", "/validate", ["X-Wijknet-Session: \(session)"], timeout: 10)
        #expect(validate.status == 200 && validate.body.contains("klein.csv") && !validate.body.contains("breed"), "\(validate.status) \(validate.body.prefix(300))")
        #expect(Date().timeIntervalSince(validated) < 5)
        #expect(server.folders.count == 1)
        let files = (try? FileManager.default.subpathsOfDirectory(atPath: "\(server.tmp)/\(server.folders[0])")) ?? []
        #expect(files.sorted() == ["log", "log/klein.csv", "pid"], "\(files)")
    }
}
