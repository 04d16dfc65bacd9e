// wijknet-fuzz TARGET [libFuzzer flags] [corpus dirs or input files]
//
// One executable for every fuzz target: the first argument names it, the rest is handed to
// libFuzzer's driver (LLVMFuzzerRunDriver), because Swift's own `main` comes first and the
// fuzzer runtime's `main` is never linked. Run with SWIFT_BACKTRACE=enable=no so that Swift's
// backtracer leaves crashes to libFuzzer (which writes the crash-<sha1> input).
import CFuzzerDriver
#if canImport(Glibc)
import Glibc
#endif

let arguments = CommandLine.arguments
guard arguments.count >= 2, let target = FuzzTarget.named(arguments[1]) else {
    let names = FuzzTarget.all.map(\.name).joined(separator: ", ")
    fputs("usage: wijknet-fuzz TARGET [libFuzzer options] [corpus...]\n  targets: \(names)\n", stderr)
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
