// swift-tools-version:6.0
//
// Wijknet — maps the ecosystem around young people in a Dutch neighbourhood.
//
// Targets, one concern each:
//   Core
//     WijknetGraph      generic weighted undirected graph (CSR) and SNA algorithms; knows nothing of youth work
//     Wijknet           the ecosystem: actors, contact logs, CSV ingest, pseudonyms, periods, gaps, goals (TOMLKit)
//   C boundary
//     CGraphviz         system library: libgvc + libcgraph (apt: libgraphviz-dev)
//     WijknetGraphviz   the only importer of CGraphviz: owns GVC_t / Agraph_t, renders diagrams
//   Reports
//     WijknetReport     text / CSV / JSON renderings of analyses, Dutch and English sentences
//   Tools
//     WijknetCLI        the commands (swift-argument-parser): parse, call the library, print
//     wijknet           the executable: one line that runs WijknetCLI
//   Tests
//     WijknetTestSupport  known graphs, reference fixtures, approximate equality (not a product)
import PackageDescription

let package = Package(
    name: "Wijknet",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "WijknetGraph", targets: ["WijknetGraph"]),
        .library(name: "Wijknet", targets: ["Wijknet"]),
        .library(name: "WijknetGraphviz", targets: ["WijknetGraphviz"]),
        .library(name: "WijknetReport", targets: ["WijknetReport"]),
        .executable(name: "wijknet", targets: ["wijknet"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // goals.toml (wijknet goals): a Swift wrapper of the C++ toml++; used by the Wijknet target only.
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        // .xlsx contact logs and actors files: unzips the workbook; used by the Wijknet target only.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // MARK: Core
        .target(name: "WijknetGraph"),
        .target(
            name: "Wijknet",
            dependencies: [
                "WijknetGraph",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),

        // MARK: C boundary
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        .target(name: "WijknetGraphviz", dependencies: ["CGraphviz", "Wijknet", "WijknetGraph"]),

        // MARK: Reports
        .target(name: "WijknetReport", dependencies: ["Wijknet", "WijknetGraph"]),

        // MARK: Tools
        .target(
            name: "WijknetCLI",
            dependencies: [
                "Wijknet", "WijknetGraph", "WijknetGraphviz", "WijknetReport",
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
        .testTarget(name: "WijknetGraphTests", dependencies: ["WijknetGraph", "WijknetTestSupport"]),
        .testTarget(name: "WijknetTests", dependencies: ["Wijknet", "WijknetTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "WijknetGraphvizTests", dependencies: ["WijknetGraphviz", "Wijknet", "WijknetTestSupport"], resources: [.copy("Snapshots")]),
        // Opens the sample report in headless Chromium; runs the wijknet executable (no library dependency).
        .testTarget(name: "WijknetBrowserTests"),
        .testTarget(name: "WijknetCLITests", dependencies: ["WijknetCLI", "WijknetTestSupport"], exclude: ["Fixtures"]),  // read by path: the hostile corpus
    ]
)
