#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
@testable import WijknetCLI

/// Writing results: atomic files, failing standard output, killed runs.
extension InProcess {
@Suite("Output")
struct OutputTests {
    let input = [sampleLog, "--actors", sampleActors, "--pseudonym-key-file", sampleKey]

    @Test func aFullDeviceOnStandardOutputIsExit74NotACrash() {
        fflush(nil)
        let saved = dup(1)
        let full = open("/dev/full", O_WRONLY)
        dup2(full, 1); close(full)
        let code = wijknet(["summary"] + input)
        dup2(saved, 1); close(saved)
        #expect(code == 74)
    }

    @Test func aFailedWriteLeavesTheOldFileAndNoTemporary() throws {
        let out = outPath("metrics.csv")
        try "previous good file\n".write(toFile: out, atomically: false, encoding: .utf8)
        #expect(throws: OutputError.self) { try writeAtomically(Data("new".utf8), to: out + "/inside-a-file") }
        #expect(read(out) == "previous good file\n")
        try writeAtomically(Data("new\n".utf8), to: out)
        #expect(read(out) == "new\n")
        let folder = URL(fileURLWithPath: out).deletingLastPathComponent().path
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["metrics.csv"])
    }

    @Test func renderCreatesAMissingFolderLikeTheOtherCommands() {
        let out = outPath("x") + "/new/folder/partners.svg"
        #expect(wijknet(["render"] + input + ["--view", "domains", "-o", out]) == 0)
        #expect(read(out).hasPrefix("<?xml"))
    }

    /// Needs the executable: signals and `ulimit` act on a whole process.
    @Test func aKilledOrTooLargeRunNeverReplacesTheGoodFile() throws {
        let exe = try #require(wijknetExecutable(), "build the wijknet executable first (make test does)")
        let out = outPath("metrics.csv")
        let args = input.map { "'\($0)'" }.joined(separator: " ")
        #expect(shell("'\(exe)' analyse \(args) --format csv -o '\(out)'").status == 0)
        let good = read(out)
        #expect(good.count > 10_000)
        // Killed at different moments: the file is always the complete good one.
        for delay in ["0.05", "0.2", "0.4", "0.6", "0.9"] {
            _ = shell("'\(exe)' analyse \(args) --format csv -o '\(out)' & p=$!; sleep \(delay); kill -9 $p; wait $p")
            #expect(read(out) == good, "after SIGKILL at \(delay) s")
            _ = shell("'\(exe)' analyse \(args) --format csv -o '\(out)' & p=$!; sleep \(delay); kill -TERM $p; wait $p")
            #expect(read(out) == good, "after SIGTERM at \(delay) s")
        }
        // A write that fails half-way (file size limit of 4 KiB): exit 74, the old file intact.
        let limited = shell("ulimit -f 4; '\(exe)' analyse \(args) --format csv -o '\(out)'", locale: TestLocale.english)
        #expect(limited.status == 74, "\(limited.stderr)")
        #expect(limited.stderr.contains("error: cannot write: File too large"), "\(limited.stderr)")
        let dutch = shell("ulimit -f 4; '\(exe)' analyse \(args) --format csv -o '\(out)'")
        #expect(dutch.status == 74 && dutch.stderr.contains("fout: kan niet schrijven: het bestand wordt te groot"), "\(dutch.stderr)")
        #expect(read(out) == good)
        let folder = URL(fileURLWithPath: out).deletingLastPathComponent().path
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".metrics.csv.wijknet-tmp") && !$0.isEmpty }.count <= 1)
    }

    /// Above 400 nodes `auto` picks sfdp: the SVG must be the same bytes in separate processes.
    @Test func largeDiagramsAreByteIdenticalAcrossProcesses() throws {
        let exe = try #require(wijknetExecutable())
        let dir = outPath("g1700")
        #expect(shell("'\(exe)' generate --actors 1700 --rows 12000 --seed 7 --out '\(dir)'").status == 0)
        var svgs: [String] = []
        for run in 0..<3 {
            let out = "\(dir)/ecosystem-\(run).svg"
            let r = shell("'\(exe)' render '\(dir)/contacts.csv' --actors '\(dir)/actors.csv' --pseudonym-key-file '\(sampleKey)' --view ecosystem --aggregate-youth-above 100000 -o '\(out)'")
            #expect(r.status == 0, "\(r.stderr)")
            svgs.append(read(out))
        }
        #expect(svgs[0].components(separatedBy: "class=\"node").count > 1_000)
        #expect(svgs[0] == svgs[1] && svgs[1] == svgs[2])
    }

    @Test func aClosedPipeEndsQuietly() throws {
        let exe = try #require(wijknetExecutable())
        let args = input.map { "'\($0)'" }.joined(separator: " ")
        // SIGPIPE ignored, as many callers (Python, some shells) leave it: EPIPE must not crash.
        let run = shell("trap '' PIPE; '\(exe)' analyse \(args) --format csv | head -1 >/dev/null; echo \"${PIPESTATUS:-}\" >/dev/null")
        #expect(run.status == 0)
        #expect(!run.stderr.contains("Fatal error") && !run.stderr.contains("Crash"), "\(run.stderr)")
    }
}
}
