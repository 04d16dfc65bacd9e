import Foundation
import Testing
@testable import WijknetServer

/// The private folder's process id, the removal of folders a dead server left, and the
/// launcher file of `--open`. Signals on the running executable: `ServeProcessTests`.
@Suite("Server folder")
struct ServerFolderTests {
    /// A fresh directory to stand in for `$TMPDIR`.
    func parent() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wijknet-folder-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: false)
        return dir
    }

    /// The id of a process that has ended (run and waited for).
    func deadProcess() throws -> pid_t {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "exit 0"]
        try p.run()
        p.waitUntilExit()
        return p.processIdentifier
    }

    /// A folder as a server would leave it: the process id, and an upload in it.
    func fakeFolder(_ path: String, pid: pid_t?) throws {
        try FileManager.default.createDirectory(atPath: path + "/log", withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: path + "/log/namen.csv", contents: Data("id,name\nj-1,Piet\n".utf8)))
        if let pid { #expect(FileManager.default.createFile(atPath: path + "/pid", contents: Data("\(pid)\n".utf8))) }
    }

    @Test func theFolderRecordsItsServersProcess() throws {
        let dir = try parent()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let folder = try PrivateFolder(parent: dir)
        #expect(PrivateFolder.recordedProcess(in: folder.path) == getpid())
        var st = stat()
        #expect(stat(folder.path + "/pid", &st) == 0 && st.st_mode & 0o777 == 0o600)
        #expect(PrivateFolder.removeStale(in: dir) == 0)              // its process is alive: kept
        #expect(FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func aStartRemovesOnlyTheFoldersOfADeadServer() throws {
        let dir = try parent()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let dead = try deadProcess()
        #expect(!PrivateFolder.isAlive(dead))
        try fakeFolder(dir + "/wijknet-serve-dead01", pid: dead)
        try fakeFolder(dir + "/wijknet-serve-dead02", pid: dead)
        try fakeFolder(dir + "/wijknet-serve-alive1", pid: getpid())
        try fakeFolder(dir + "/wijknet-serve-nopid1", pid: nil)
        try fakeFolder(dir + "/someone-else-dead", pid: dead)
        let elsewhere = try parent()
        defer { try? FileManager.default.removeItem(atPath: elsewhere) }
        try fakeFolder(elsewhere + "/target", pid: dead)
        try FileManager.default.createSymbolicLink(atPath: dir + "/wijknet-serve-link01", withDestinationPath: elsewhere + "/target")

        #expect(PrivateFolder.removeStale(in: dir) == 2)
        let left = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        #expect(left == ["someone-else-dead", "wijknet-serve-alive1", "wijknet-serve-link01", "wijknet-serve-nopid1"])
        #expect(FileManager.default.fileExists(atPath: elsewhere + "/target/log/namen.csv"))   // a link is not followed
        #expect(PrivateFolder.removeStale(in: dir + "/missing") == 0)
    }

    @Test func theLauncherSendsTheBrowserOnAndOnlyTheUserCanReadIt() throws {
        let dir = try parent()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let folder = try PrivateFolder(parent: dir)
        let url = "http://127.0.0.1:8765/?token=0123456789abcdef0123456789abcdef"
        let path = try Launcher.write(url: url, in: folder)
        #expect(path == folder.path + "/open.html")
        var st = stat()
        #expect(stat(path, &st) == 0 && st.st_mode & 0o777 == 0o600)
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.contains("<meta http-equiv=\"refresh\" content=\"0;url=\(url)\">") && html.contains("<a href=\"\(url)\">"))
        #expect(throws: ServeError.self) { try Launcher.write(url: url, in: folder) }   // O_EXCL: never over a file put there
        #expect(Launcher.html(url: "http://h/?a=1&b=\"<x>").contains("url=http://h/?a=1&amp;b=&quot;&lt;x&gt;\""))
    }
}
