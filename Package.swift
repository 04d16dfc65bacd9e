// swift-tools-version:6.0
//
// Wijknet — maps the ecosystem around young people in a Dutch neighbourhood.
//
// Targets, one concern each:
//   Core
//     WijknetGraph      generic weighted undirected graph (CSR) and SNA algorithms; knows nothing of youth work;
//                       takes worker counts and progress callbacks as parameters
//     WijknetProgress   how long work says how far it is: a task-local sink (no drawing), read by the
//                       domain and the Graphviz boundary
//     WijknetIngest     file formats, knowing nothing of youth work: CSV tokenizer, .xlsx reader and writer
//                       (ZIP, zlib, sheet XML, Excel dates), XML events; typed format errors (position + kind)
//     Wijknet           the ecosystem: actors, contact logs and what their rows mean, pseudonyms, periods, gaps,
//                       goals (TOMLKit); maps WijknetIngest's format errors onto its own worded problems;
//                       imports no ZIPFoundation, zlib or XMLParser (Tests/WijknetIngestTests/DependencyTests)
//   C boundary
//     CGraphviz         system library: libgvc + libcgraph (apt: libgraphviz-dev)
//     CWijknetZlib      system library: zlib's inflate, for .xlsx parts read within bounds (WijknetIngest only)
//     CWijknetCrypto    system library: libcrypto's HMAC-SHA256 and SHA-256 (apt: libssl-dev; Wijknet only)
//     WijknetGraphviz   the only importer of CGraphviz: owns GVC_t / Agraph_t, turns a generic Diagram
//                       (nodes, edges, clusters, legend) into SVG / PNG / PDF / DOT or positions;
//                       knows nothing of youth work
//   Diagrams
//     WijknetDiagrams   the domain's diagrams: which views exist, what they show, marks and legends;
//                       pure Swift, producing the Diagram value WijknetGraphviz renders
//   Reports
//     WijknetReport     text / CSV / JSON renderings of analyses, Dutch and English sentences
//   Jobs
//     WijknetJobs       every command as a job: typed inputs -> result -> output in the requested
//                       format, shared by the CLI and the server: one source for both
//   Tools
//     WijknetServer     `wijknet serve`: the local web app (Hummingbird), 127.0.0.1 only; the only
//                       importer of Hummingbird/NIO, so no library product depends on a web server
//     WijknetCLI        the commands (swift-argument-parser): parse, run the job, write, print
//     wijknet           the executable: one line that runs WijknetCLI
//   Tests
//     WijknetTestSupport  known graphs, reference fixtures, approximate equality (not a product)
//     WijknetTestScratch  one temporary directory per test process, removed at its exit (Foundation only)
import PackageDescription

let package = Package(
    name: "Wijknet",
    platforms: [.macOS(.v14)],  // 14: Hummingbird 2 (wijknet serve) needs it on macOS
    products: [
        .library(name: "WijknetGraph", targets: ["WijknetGraph"]),
        .library(name: "WijknetIngest", targets: ["WijknetIngest"]),
        .library(name: "Wijknet", targets: ["Wijknet"]),
        .library(name: "WijknetGraphviz", targets: ["WijknetGraphviz"]),
        .library(name: "WijknetDiagrams", targets: ["WijknetDiagrams"]),
        .library(name: "WijknetReport", targets: ["WijknetReport"]),
        .executable(name: "wijknet", targets: ["wijknet"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // goals.toml (wijknet goals): a Swift wrapper of the C++ toml++; used by the Wijknet target only.
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        // .xlsx contact logs and actors files: unzips (and writes) the workbook; used by the WijknetIngest target only.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // wijknet serve: the HTTP server; used by the WijknetServer target only.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.14.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // wijknet serve: its own ServiceGroup, for the shutdown signals and deadline (Hummingbird brings it).
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
    ],
    targets: [
        // MARK: Core
        .target(name: "WijknetGraph"),
        .target(name: "WijknetProgress"),
        .target(
            name: "WijknetIngest",
            dependencies: [
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                "CWijknetZlib",
            ]
        ),
        // No ZIPFoundation, no CWijknetZlib: the formats are WijknetIngest's.
        .target(
            name: "Wijknet",
            dependencies: [
                "WijknetGraph",
                "WijknetProgress",
                "WijknetIngest",
                "CWijknetCrypto",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),

        // MARK: C boundary
        // ZIPFoundation's own inflate reads on past an entry's end (see ZIPPartReader); its zlib
        // module is internal to it, so WijknetIngest names zlib itself.
        .systemLibrary(name: "CWijknetZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        // Keyed pseudonyms: the system's libcrypto instead of compiling BoringSSL (swift-crypto).
        .systemLibrary(name: "CWijknetCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"]), .brew(["openssl@3"])]),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        .target(name: "WijknetGraphviz", dependencies: ["CGraphviz", "WijknetProgress"]),

        // MARK: Diagrams
        .target(name: "WijknetDiagrams", dependencies: ["Wijknet", "WijknetGraph", "WijknetGraphviz"]),

        // MARK: Reports
        .target(name: "WijknetReport", dependencies: ["Wijknet", "WijknetGraph"]),

        // MARK: Jobs
        .target(name: "WijknetJobs", dependencies: ["Wijknet", "WijknetGraph", "WijknetProgress", "WijknetGraphviz", "WijknetDiagrams", "WijknetReport"]),

        // MARK: Tools
        .target(
            name: "WijknetServer",
            dependencies: [
                "Wijknet", "WijknetGraphviz", "WijknetDiagrams", "WijknetReport", "WijknetJobs",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "WijknetCLI",
            dependencies: [
                "Wijknet", "WijknetGraph", "WijknetProgress", "WijknetGraphviz", "WijknetDiagrams", "WijknetReport", "WijknetJobs", "WijknetServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "wijknet", dependencies: ["WijknetCLI"]),

        // MARK: Tests
        .target(
            name: "WijknetTestSupport",
            dependencies: ["WijknetGraph", "Wijknet"],
            path: "Sources/WijknetTestSupport",
            resources: [.copy("Fixtures")]
        ),
        .target(name: "WijknetTestScratch", path: "Sources/WijknetTestScratch"),
        .testTarget(name: "WijknetGraphTests", dependencies: ["WijknetGraph", "WijknetTestSupport"]),
        .testTarget(name: "WijknetProgressTests", dependencies: ["WijknetProgress"]),
        // ZIPFoundation: workbooks written in the tests; reads Package.swift and Sources/ as text (DependencyTests).
        .testTarget(name: "WijknetIngestTests", dependencies: ["WijknetIngest", "WijknetTestScratch", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // WijknetIngest: the survey template's workbook is built with its writer.
        .testTarget(name: "WijknetTests", dependencies: ["Wijknet", "WijknetIngest", "WijknetProgress", "WijknetTestSupport", "WijknetTestScratch"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "WijknetGraphvizTests", dependencies: ["WijknetGraphviz", "WijknetTestSupport"], resources: [.copy("Snapshots")]),
        .testTarget(name: "WijknetDiagramsTests", dependencies: ["WijknetDiagrams", "WijknetGraphviz", "Wijknet", "WijknetTestSupport", "WijknetTestScratch"],
                    resources: [.copy("Snapshots")]),
        // Opens the sample report in headless Chromium, and drives `wijknet serve` in it through Selenium
        // (Tests/WijknetBrowserTests/serve_e2e.py); runs the wijknet executable (no library dependency).
        .testTarget(name: "WijknetBrowserTests", dependencies: ["WijknetTestScratch"], exclude: ["serve_e2e.py", "serve_workspace_e2e.py"]),
        .testTarget(name: "WijknetServerTests", dependencies: ["WijknetServer", "WijknetJobs", "Wijknet", "WijknetTestScratch"]),
        .testTarget(name: "WijknetCLITests", dependencies: ["WijknetCLI", "WijknetProgress", "WijknetTestSupport", "WijknetTestScratch"], exclude: ["Fixtures", "Golden"]),  // read by path: the hostile corpus, the golden outputs
    ]
)
