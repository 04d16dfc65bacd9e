import Foundation

/// The `wijknet` built next to the test bundle (so `make sanitize`'s `--scratch-path .build-asan`
/// runs its own, sanitized one), else the one in the repository's `.build/debug`.
func builtWijknet(repo: URL) -> String? {
    [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("wijknet").path,
     repo.appendingPathComponent(".build/debug/wijknet").path].first { FileManager.default.isExecutableFile(atPath: $0) }
}
