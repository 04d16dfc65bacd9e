import ArgumentParser
import Foundation
import Testing
@testable import WijknetCLI
import Wijknet
import WijknetServer

extension InProcess {
    /// `wijknet serve`'s options: what it refuses before it listens (the server itself is tested
    /// in a browser, `Tests/WijknetBrowserTests/ServeInChromiumTests.swift`).
    @Suite("wijknet serve options")
    struct ServeCLITests {
        /// What parsing `args` says (the message the command line prints, in English: these
        /// tests are about its words) and its exit code.
        func refusal(_ args: [String], locale: [String: String] = TestLocale.english) -> (exit: Int32, message: String) {
            let run = parsed(args, locale: locale)
            return (run.exit, run.stderr)
        }

        @Test func allInterfacesAreRefusedWithoutAllowRemote() {
            for host in ["0.0.0.0", "::", "192.168.1.10"] {
                let r = refusal(["serve", "--host", host, "--port", "0"])
                #expect(r.exit == 64, "\(host): \(r.message)")
                #expect(r.message.contains("--host \(host) would let other machines reach the page") && r.message.contains("--allow-remote"), "\(r.message)")
            }
            #expect(refusal(["serve", "--host", "0.0.0.0", "--allow-remote"]).exit == 0)
            let dutch = refusal(["serve", "--host", "0.0.0.0", "--port", "0"], locale: TestLocale.unset)
            #expect(dutch.exit == 64 && dutch.message.hasPrefix("fout: met --host 0.0.0.0 kunnen andere computers de pagina"), "\(dutch.message)")
            #expect(refusal(["serve", "--host", "localhost"]).exit == 0)
        }

        @Test func badPortAndLimitAreRefused() {
            let port = refusal(["serve", "--port", "70000"])
            #expect(port.exit == 64 && port.message.contains("--port must be between 0 and 65535"), "\(port.message)")
            let limit = refusal(["serve", "--upload-limit", "0"])
            #expect(limit.exit == 64 && limit.message.contains("--upload-limit must be at least 1"), "\(limit.message)")
        }

        /// `--open` hands the opener the launcher file, never the link: a process's arguments
        /// are readable by every local user (`/proc/PID/cmdline`).
        @Test func theOpenerGetsTheLauncherNotTheToken() throws {
            let token = AccessToken().value
            let running = WijknetServer.Running(url: "http://127.0.0.1:8765/?token=\(token)",
                                                launcher: .success("/tmp/wijknet-serve-Ab12Cd/open.html"))
            let command = try #require(BrowserOpener.command(for: running))
            #expect(!(command.executable + " " + command.arguments.joined(separator: " ")).contains(token))
            #expect(command.arguments.last == "file:///tmp/wijknet-serve-Ab12Cd/open.html", "\(command.arguments)")
            #expect(BrowserOpener.command(for: WijknetServer.Running(url: running.url, launcher: .failure(ServeError.cannotWrite(name: "launcher", SystemError(ENOSPC))))) == nil)
            #expect(BrowserOpener.command(for: WijknetServer.Running(url: running.url, launcher: nil)) == nil)
        }

        @Test func aWorkspaceAndNoneAreNotBoth() {
            let r = refusal(["serve", "--workspace", "/tmp/w", "--no-workspace"])
            #expect(r.exit == 64 && r.message.contains("--workspace and --no-workspace cannot be combined"), "\(r.message)")
            #expect(refusal(["serve", "--no-workspace"]).exit == 0)
            #expect(WijknetServer.defaultWorkspace(environment: ["HOME": "/home/ria"]) == "/home/ria/.local/share/wijknet/werkmap")
            #expect(WijknetServer.defaultWorkspace(environment: ["HOME": "/home/ria", "XDG_DATA_HOME": "/data/ria"]) == "/data/ria/wijknet/werkmap")
            #expect(WijknetServer.defaultWorkspace(environment: ["HOME": "/home/ria", "XDG_DATA_HOME": "relative"]) == "/home/ria/.local/share/wijknet/werkmap")
        }

        @Test func helpSaysItIsLocalOnly() {
            #expect(refusal(["serve", "--help"]).exit == 0)
            let help = WijknetCommand.helpMessage(for: ServeCommand.self, columns: 200)
            #expect(help.contains("listens on 127.0.0.1 only") && help.contains("random token"), "\(help)")
        }
    }
}
