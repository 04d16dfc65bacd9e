// wijknet-fuzz TARGET [libFuzzer flags] [corpus dirs or input files]
//
// One executable for every fuzz target: the first argument names it, the rest is handed to
// libFuzzer's driver. `-sanitize=fuzzer` links the fuzzer runtime, whose own `main` would run
// LLVMFuzzerTestOneInput — but Swift's `@main` defines the process's `main` first, so the runtime's
// is never linked and we call its driver (LLVMFuzzerRunDriver) with a callback instead. Run with
// SWIFT_BACKTRACE=enable=no so that Swift's backtracer leaves crashes to libFuzzer (which then
// writes the crash-<sha1> input).
import CFuzzerDriver
#if canImport(Glibc)
import Glibc
#endif

@main
enum WijknetFuzz {
    static func main() {
        let arguments = CommandLine.arguments
        guard arguments.count >= 2, let target = FuzzTarget.named(arguments[1]) else {
            let names = FuzzTarget.all.map(\.name).joined(separator: ", ")
            printError("usage: wijknet-fuzz TARGET [libFuzzer options] [corpus...]\n  targets: \(names)\n")
            exit(2)
        }
        FuzzTarget.current = target
        target.setUp()

        // libFuzzer sees argv without the target name, so its flags and corpus paths are where it expects.
        var cArguments: [UnsafeMutablePointer<CChar>?] = ([arguments[0]] + arguments.dropFirst(2)).map { strdup($0) } + [nil]
        var argc = Int32(cArguments.count - 1)
        let status = cArguments.withUnsafeMutableBufferPointer { buffer -> Int32 in
            var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = buffer.baseAddress
            return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
                FuzzTarget.current!.run(UnsafeBufferPointer(start: data, count: size))
                return 0
            }
        }
        exit(status)
    }
}

/// Writes `text` to standard error (file descriptor 2; no shared `FILE *`).
func printError(_ text: String) {
    var copy = text
    copy.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
}
