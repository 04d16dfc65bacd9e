// swift-tools-version:6.0
//
// Wijknet fuzzing: a package of its own (like Benchmarks/), because a libFuzzer executable inside
// the main package would be built — and fail to link without -sanitize=fuzzer — by `swift build`.
// Run from the repository root with `make fuzz` (every target, FUZZ_SECONDS each), or build as
// `make fuzz-build` does (README.md says why not `--sanitize=fuzzer --sanitize=address`):
//   swift build -c release --sanitize=address -Xswiftc -sanitize=fuzzer,address -Xcxx -fsanitize=fuzzer-no-link
//   SWIFT_BACKTRACE=enable=no .build/release/wijknet-fuzz csv .build/corpus/csv Corpus/csv -max_total_time=60
// The first argument names the target (see `Targets.swift`); the rest goes to libFuzzer.
import Foundation
import PackageDescription

/// libFuzzer without its `main`. `-sanitize=fuzzer` instruments every module and would link
/// `libclang_rt.fuzzer`, whose `main` clashes with Swift's; so the executable links with the
/// fuzzer sanitizer off (`-Xclang-linker -fno-sanitize=fuzzer`) and this archive added, whose
/// LLVMFuzzerRunDriver the entry point calls. Found next to the toolchain's `swift` (override:
/// WIJKNET_FUZZER_NO_MAIN=/path/to/libclang_rt.fuzzer_no_main-x86_64.a).
let fuzzerNoMain: String = {
    if let path = Context.environment["WIJKNET_FUZZER_NO_MAIN"] { return path }
    let archive = "libclang_rt.fuzzer_no_main-x86_64.a"
    for dir in (Context.environment["PATH"] ?? "").split(separator: ":") {
        let swift = URL(fileURLWithPath: String(dir)).appendingPathComponent("swift")
        guard FileManager.default.isExecutableFile(atPath: swift.path) else { continue }
        let usr = swift.resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
        let candidate = usr.appendingPathComponent("lib/swift/clang/lib/linux").appendingPathComponent(archive).path
        if FileManager.default.fileExists(atPath: candidate) { return candidate }
    }
    return archive
}()

let package = Package(
    name: "WijknetFuzzing",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Wijknet", path: ".."),
        // The .xlsx target packs fuzzed XML into real archives (the main package's own dependency).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // One header: the declaration of libFuzzer's LLVMFuzzerRunDriver. Swift's `main` is the
        // process's main, so libFuzzer's own is never linked; we call its driver instead.
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "wijknet-fuzz",
            dependencies: [
                "CFuzzerDriver",
                .product(name: "Wijknet", package: "Wijknet"),
                .product(name: "WijknetIngest", package: "Wijknet"),
                .product(name: "WijknetGraphviz", package: "Wijknet"),
                .product(name: "WijknetReport", package: "Wijknet"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            path: "Sources/WijknetFuzz",
            linkerSettings: [.unsafeFlags(["-Xclang-linker", "-fno-sanitize=fuzzer", fuzzerNoMain])]
        ),
    ]
)
