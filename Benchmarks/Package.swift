// swift-tools-version:6.1
//
// Wijknet benchmarks: a package of its own so that library users never build benchmark
// dependencies. Run from the repository root with `make bench`, or here with
//   swift package --allow-writing-to-package-directory benchmark
import PackageDescription

let package = Package(
    name: "WijknetBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Wijknet", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "WijknetBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Wijknet", package: "Wijknet"),
                .product(name: "WijknetGraph", package: "Wijknet"),
                .product(name: "WijknetGraphviz", package: "Wijknet"),
                .product(name: "WijknetDiagrams", package: "Wijknet"),
            ],
            path: "Benchmarks/WijknetBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
