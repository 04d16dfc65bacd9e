import WijknetTestSupport

/// This target's golden files: `Snapshots/` next to this file.
let Snapshot = SnapshotFolder(nextTo: #filePath)
