/// Why a file could not be read, with the system's error number (`strerror` says it): the
/// CSV reader's and the workbook reader's, so the domain words both alike.
public enum FileFailure: Sendable, Hashable {
    /// The file cannot be opened (`ENOENT`: it is not there; `EACCES`: it may not be read).
    case cannotOpen(errno: Int32)
    /// Reading it failed.
    case readFailed(errno: Int32)
}
