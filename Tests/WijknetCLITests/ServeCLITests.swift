import Foundation
import Testing

extension InProcess {
    /// `wijknet serve`'s options: what it refuses before it listens (the server itself is tested
    /// in a browser, `Tests/WijknetBrowserTests/ServeInChromiumTests.swift`).
    @Suite("wijknet serve options")
    struct ServeCLITests {
        @Test func allInterfacesAreRefusedWithoutAllowRemote() {
            for host in ["0.0.0.0", "::", "192.168.1.10"] {
                let run = captured(["serve", "--host", host, "--port", "0"])
                #expect(run.exit == 64, "\(host): \(run.stderr)")
                #expect(run.stderr.contains("--host \(host) would let other machines reach the page") && run.stderr.contains("--allow-remote"), "\(run.stderr)")
            }
        }

        @Test func badPortAndLimitAreRefused() {
            let port = captured(["serve", "--port", "70000"])
            #expect(port.exit == 64 && port.stderr.contains("--port must be between 0 and 65535"), "\(port.stderr)")
            let limit = captured(["serve", "--upload-limit", "0"])
            #expect(limit.exit == 64 && limit.stderr.contains("--upload-limit must be at least 1"), "\(limit.stderr)")
        }

        @Test func helpSaysItIsLocalOnly() {
            let run = captured(["serve", "--help"])
            #expect(run.exit == 0)
            #expect(run.stdout.contains("127.0.0.1") && run.stdout.contains("token"), "\(run.stdout)")
        }
    }
}
