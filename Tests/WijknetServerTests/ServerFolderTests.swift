import Foundation
import WijknetTestScratch
import Testing
@testable import WijknetServer

/// The private folder's process id, the removal of folders a dead server left, and the
/// launcher file of `--open`. Signals on the running executable: `ServeProcessTests`.
@Suite("Server folder")
struct ServerFolderTests {
    /// A fresh directory to stand in for `$TMPDIR`.
    func parent() throws -> String {
        let dir = TestScratch.root.appendingPathComponent("wijknet-folder-test-\(UUID().uuidString)").path
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

/// The workspace of `--workspace` (issue 25): a folder of the user's own, 0700, one server at a
/// time, kept at the stop, emptied by Verwijderen but for its key; its state read back.
@Suite("Server workspace")
struct ServerWorkspaceTests {
    func parent() throws -> String {
        let dir = TestScratch.root.appendingPathComponent("wijknet-workspace-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: false)
        return dir
    }

    @Test func theWorkspaceIsPrivateLockedAndKept() throws {
        let dir = try parent()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/a/werkmap"
        var folder: PrivateFolder? = try PrivateFolder(keeping: path)
        var st = stat()
        #expect(stat(path, &st) == 0 && st.st_mode & 0o777 == 0o700 && folder!.keeps)
        // A second server on the same workspace is refused while the first holds it.
        #expect(throws: WorkspaceInUse.self) { try PrivateFolder(keeping: path) }
        try writePrivateFile(path + "/open.html", "x")
        FileManager.default.createFile(atPath: path + "/incoming-1", contents: Data("half".utf8))
        try FileManager.default.createDirectory(atPath: path + "/log", withIntermediateDirectories: false)
        FileManager.default.createFile(atPath: path + "/log/contacts.csv", contents: Data("date,source\n".utf8))
        let key = try WorkspaceKey.path(in: path)
        #expect(try WorkspaceKey.path(in: path) == key && read(key).count == 65, "made once: 64 hex digits and a newline")
        #expect(stat(key, &st) == 0 && st.st_mode & 0o777 == 0o600)
        folder!.remove()                               // the stop: the launcher and half uploads go, the files stay
        #expect(!FileManager.default.fileExists(atPath: path + "/open.html") && !FileManager.default.fileExists(atPath: path + "/incoming-1"))
        #expect(FileManager.default.fileExists(atPath: path + "/log/contacts.csv"))
        folder = nil                                   // the lock is let go with the folder
        // Another test of this process may fork a child just then: until it execs, it shares the
        // lock's open file (O_CLOEXEC closes it only at the exec), so the lock can linger for a
        // few milliseconds. Seen once in a full run; wait for it rather than flake.
        var again: PrivateFolder? = nil
        for _ in 0..<100 where again == nil {
            do { again = try PrivateFolder(keeping: path) } catch is WorkspaceInUse { usleep(10_000) }
        }
        let kept = try #require(again, "the lock is let go within a second")
        kept.empty(keeping: [WorkspaceKey.fileName])   // Verwijderen
        #expect(try FileManager.default.contentsOfDirectory(atPath: path).sorted() == ["lock", WorkspaceKey.fileName])
    }

    @Test func aLinkIsNoWorkspace() throws {
        let dir = try parent()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/echt", withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: dir + "/link", withDestinationPath: dir + "/echt")
        #expect(throws: ServeError.self) { try PrivateFolder(keeping: dir + "/link") }
    }

    @Test func theStateIsReadBackWithoutFilesThatAreGone() throws {
        let dir = try parent()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/log", withIntermediateDirectories: false)
        FileManager.default.createFile(atPath: dir + "/log/export.csv", contents: Data("Datum;Medewerker\n".utf8))
        var state = WorkspaceState()
        state.uploads["log"] = .init(name: "export.csv", bytes: 17, headers: ["Datum", "Medewerker"], suggested: ["date": "Datum", "source": "Medewerker"])
        state.uploads["actors"] = .init(name: "actors.csv", bytes: 5, headers: [], suggested: [:])   // its file is gone
        state.uploads["goals"] = .init(name: "../../etc/passwd", bytes: 5, headers: [], suggested: [:])
        state.columns = "date=Datum,source=Medewerker"
        try state.save(to: dir)
        var st = stat()
        #expect(stat(dir + "/" + WorkspaceState.fileName, &st) == 0 && st.st_mode & 0o777 == 0o600)
        let back = WorkspaceState.load(from: dir)
        #expect(Set(back.uploads.keys) == ["log"] && back.uploads["log"] == state.uploads["log"] && back.columns == state.columns)
        #expect(WorkspaceState.load(from: dir + "/nowhere") == WorkspaceState())
    }

    func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
}
