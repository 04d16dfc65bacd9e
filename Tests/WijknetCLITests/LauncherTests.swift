import Foundation
import WijknetTestScratch
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Starting without a terminal (issue 25): `make install` puts the binary and the desktop
/// launcher in place; the launcher's `wijknet serve --open --port 0` hands the browser the token
/// through a 0600 file in the workspace, never on a command line nor in its output (which goes
/// to a log when there is no terminal); a second double-click opens the page of the server
/// already running on the workspace. The browser is a stand-in `xdg-open` that writes down what
/// it was asked to open.
@Suite("Start without a terminal", .serialized)
struct LauncherTests {
    /// A fresh folder with a stand-in `xdg-open` in `bin/`, recording its arguments in `opened`.
    func sandbox() throws -> String {
        let dir = TestScratch.root.appendingPathComponent("wijknet-launcher-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir + "/bin", withIntermediateDirectories: true)
        let opener = dir + "/bin/xdg-open"
        try "#!/bin/sh\necho \"$@\" >> \"\(dir)/opened\"\n".write(toFile: opener, atomically: true, encoding: .utf8)
        chmod(opener, 0o755)
        return dir
    }

    /// `wijknet ARGS` with standard output a pipe (no terminal), `PATH` starting at the stand-in.
    func start(_ dir: String, _ args: [String]) throws -> (Process, FileHandle) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try #require(wijknetExecutable(), "build the wijknet executable first"))
        p.arguments = args
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = dir + "/bin:" + (env["PATH"] ?? "/usr/bin:/bin")
        (env["HOME"], env["XDG_DATA_HOME"], env["TMPDIR"]) = (dir, dir + "/data", dir)
        env["WIJKNET_PSEUDONYM_KEY"] = nil
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        p.standardInput = FileHandle.nullDevice
        try p.run()
        return (p, out.fileHandleForReading)
    }

    /// What the stand-in browser was asked to open, once it has been (within 10 s).
    func opened(_ dir: String, count: Int) -> [String] {
        let end = Date().addingTimeInterval(10)
        while Date() < end {
            let lines = read(dir + "/opened").split(separator: "\n").map(String.init)
            if lines.count >= count { return lines }
            usleep(50_000)
        }
        return read(dir + "/opened").split(separator: "\n").map(String.init)
    }

    @Test func theIconsStartHandsTheTokenThroughAPrivateFileOnly() throws {
        let dir = try sandbox()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let install = shell("cd '\(repo.path)' && make -s install PREFIX='\(dir)/prefix' INSTALL_BIN='\(try #require(wijknetExecutable()))'")
        #expect(install.status == 0, "\(install.stderr)")
        let desktop = read(dir + "/prefix/share/applications/wijknet.desktop")
        #expect(desktop.contains("\nExec=\(dir)/prefix/bin/wijknet serve --open --port 0\n"), "\(desktop)")
        #expect(desktop.contains("\nTerminal=false\n") && desktop.contains("\nType=Application\n") && desktop.contains("\nName=Wijknet\n"))
        #expect(FileManager.default.isExecutableFile(atPath: dir + "/prefix/bin/wijknet"))

        // The launcher's command, as the desktop runs it (no terminal), on a workspace of its own.
        let workspace = dir + "/werkmap"
        let (server, out) = try start(dir, ["serve", "--open", "--port", "0", "--workspace", workspace])
        defer { if server.isRunning { kill(server.processIdentifier, SIGTERM); server.waitUntilExit() } }
        let line = ServeProcess.firstLine(out)
        #expect(line.hasPrefix("Open http://127.0.0.1:") && line.contains("token=…") && line.firstMatch(of: #/token=[0-9a-f]/#) == nil,
                "no token in the output of a start without a terminal: \(line)")
        let first = opened(dir, count: 1)
        let launcher = workspace + "/open.html"
        #expect(first == ["file://" + launcher], "the browser is given the launcher file, not the link: \(first)")
        let page = read(launcher)
        #expect(page.firstMatch(of: #/token=[0-9a-f]{32}/#) != nil, "the launcher sends the browser on with the token")
        let mode = try FileManager.default.attributesOfItem(atPath: launcher)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        // A second double-click: no second server; the running one's page is opened again.
        let (second, _) = try start(dir, ["serve", "--open", "--port", "0", "--workspace", workspace])
        second.waitUntilExit()
        #expect(second.terminationStatus == 0)
        #expect(opened(dir, count: 2) == ["file://" + launcher, "file://" + launcher])
        #expect(server.isRunning)

        // Stopped, the launcher (the token) goes; the workspace stays.
        kill(server.processIdentifier, SIGTERM)
        server.waitUntilExit()
        #expect(!FileManager.default.fileExists(atPath: launcher))
        #expect(FileManager.default.fileExists(atPath: workspace + "/pseudonym.key"))
        #expect(shell("cd '\(repo.path)' && make -s uninstall PREFIX='\(dir)/prefix'").status == 0)
        #expect(!FileManager.default.fileExists(atPath: dir + "/prefix/bin/wijknet"))
    }
}
