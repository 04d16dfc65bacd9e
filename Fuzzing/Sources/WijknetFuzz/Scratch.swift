#if canImport(Glibc)
import Glibc
#endif

/// A file that holds the current input, rewritten for every input: the readers under test take
/// paths, as the CLI does. It lives in `/dev/shm` (memory) when there is one, named by process id,
/// so parallel fuzzing jobs (`-jobs`, `-fork`) never share one.
struct ScratchFile {
    let path: String

    init(_ name: String) {
        var dir = "/dev/shm"
        if access(dir, W_OK) != 0 { dir = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp" }
        path = "\(dir)/wijknet-fuzz-\(getpid())-\(name)"
    }

    /// Replaces the file's contents with `bytes`.
    func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        precondition(fd >= 0, "cannot create the scratch file \(path)")
        var done = 0
        while done < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
            precondition(n > 0, "cannot write the scratch file \(path)")
            done += n
        }
        close(fd)
    }

    func write(_ text: String) {
        var copy = text
        copy.withUTF8 { write($0) }
    }
}

