import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension PrivateFolder {
    /// Removes the private folders in `parent` that a server of this user left behind when it
    /// could not clean up (SIGKILL, a crash, a power cut): `wijknet-serve-*` directories (not
    /// links) owned by this user whose recorded process is no longer alive. Returns how many
    /// were removed.
    ///
    /// Conservative on purpose: a folder of another user, or without a readable process id
    /// (one still being made, or left by a version that did not record it), is left alone; a
    /// recorded process id that a new process has taken since counts as alive.
    public static func removeStale(in parent: String = NSTemporaryDirectory()) -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return 0 }
        let base = parent.hasSuffix("/") ? parent : parent + "/"
        var removed = 0
        for name in names where name.hasPrefix(prefix) {
            let path = base + name
            guard isOwnDirectory(path), let pid = recordedProcess(in: path), !isAlive(pid) else { continue }
            if (try? FileManager.default.removeItem(atPath: path)) != nil { removed += 1 }
        }
        return removed
    }

    /// A directory itself (`lstat`: a link is not followed) that belongs to this user.
    static func isOwnDirectory(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFDIR && st.st_uid == getuid()
    }

    /// The process id in the folder's ``pidFileName``, when there is a valid one.
    static func recordedProcess(in folder: String) -> pid_t? {
        guard let data = FileManager.default.contents(atPath: folder + "/" + pidFileName), data.count <= 32,
              let pid = pid_t(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)), pid > 0
        else { return nil }
        return pid
    }

    /// Whether process `pid` exists (`kill(pid, 0)`; `EPERM`: it exists but is another user's).
    static func isAlive(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
