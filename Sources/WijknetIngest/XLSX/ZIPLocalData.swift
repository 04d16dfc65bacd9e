import Foundation

/// Where an entry's stored bytes are in a ZIP archive, read from the archive's own records:
/// ZIPFoundation keeps the offset of an entry's data to itself, and ``ZIPPartReader`` reads the
/// bytes on its own (see there why).
///
/// The `index`-th record of the central directory is the `index`-th entry ZIPFoundation's
/// `Archive` iterates (it walks the same records in the same order), so the two agree on which
/// entry is meant. ZIP64 (offsets beyond 4 GiB) is followed, as ZIPFoundation follows it.
struct ZIPLocalData {
    /// The offset of the entry's first stored byte.
    var offset: UInt64
    /// The compression method its local header names: 0 stored, 8 deflated.
    var method: UInt16

    /// The stored bytes of the `index`-th entry of the archive in `file` (`size` bytes long),
    /// or nil when its records cannot be followed.
    init?(index: Int, in file: FileHandle, size: UInt64) {
        guard let directory = Self.centralDirectoryOffset(file, size: size),
              let header = Self.localHeaderOffset(index: index, from: directory, in: file, size: size),
              let local = file.bytes(at: header, count: 30), local.le(0, 4) == 0x0403_4b50,
              let nameLength = local.le(26, 2), let extraLength = local.le(28, 2), let method = local.le(8, 2)
        else { return nil }
        self.offset = header + 30 + nameLength + extraLength
        self.method = UInt16(method)
    }

    /// The start of the central directory, from the end-of-central-directory record (the last
    /// in the file's final 64 KiB + 22 bytes), or from the ZIP64 record when one (with its
    /// locator) lies right before it — where and when ZIPFoundation takes it from.
    private static func centralDirectoryOffset(_ file: FileHandle, size: UInt64) -> UInt64? {
        let tailLength = min(size, 22 + 0xFFFF)
        guard let tail = file.bytes(at: size - tailLength, count: Int(tailLength)), tail.count >= 22,
              let end = (0...(tail.count - 22)).reversed().first(where: { tail.le($0, 4) == 0x0605_4b50 }) else { return nil }
        let endAt = size - tailLength + UInt64(end)
        if endAt > 20 + 56, let locator = file.bytes(at: endAt - 20, count: 20), locator.le(0, 4) == 0x0706_4b50,
           let record = file.bytes(at: endAt - 20 - 56, count: 56), record.le(0, 4) == 0x0606_4b50 {
            return record.le(48, 8)
        }
        return tail.le(end + 16, 4)
    }

    /// The local header offset in the `index`-th central directory record.
    private static func localHeaderOffset(index: Int, from start: UInt64, in file: FileHandle, size: UInt64) -> UInt64? {
        var at = start
        for k in 0...index {
            guard let fixed = file.bytes(at: at, count: 46), fixed.le(0, 4) == 0x0201_4b50,
                  let nameLength = fixed.le(28, 2), let extraLength = fixed.le(30, 2),
                  let commentLength = fixed.le(32, 2) else { return nil }
            if k == index {
                guard let offset = fixed.le(42, 4) else { return nil }
                guard offset == 0xFFFF_FFFF else { return offset }
                guard let extra = file.bytes(at: at + 46 + nameLength, count: Int(extraLength)) else { return nil }
                return zip64Offset(extra, uncompressed: fixed.le(24, 4) == 0xFFFF_FFFF, compressed: fixed.le(20, 4) == 0xFFFF_FFFF)
            }
            at += 46 + nameLength + extraLength + commentLength
        }
        return nil
    }

    /// The local header offset in a ZIP64 extra field (id 1), after the sizes it holds.
    private static func zip64Offset(_ extra: [UInt8], uncompressed: Bool, compressed: Bool) -> UInt64? {
        var at = 0
        while let id = extra.le(at, 2), let length = extra.le(at + 2, 2) {
            if id == 1 { return extra.le(at + 4 + (uncompressed ? 8 : 0) + (compressed ? 8 : 0), 8) }
            at += 4 + Int(length)
        }
        return nil
    }
}

fileprivate extension FileHandle {
    /// Exactly `count` bytes from `offset`, or nil when the file has fewer.
    func bytes(at offset: UInt64, count: Int) -> [UInt8]? {
        guard (try? seek(toOffset: offset)) != nil else { return nil }
        guard count > 0 else { return [] }
        guard let data = try? read(upToCount: count), data.count == count else { return nil }
        return [UInt8](data)
    }
}

fileprivate extension [UInt8] {
    /// The little-endian unsigned number of `width` bytes at `at`, or nil past the end.
    func le(_ at: Int, _ width: Int) -> UInt64? {
        guard at >= 0, at + width <= count else { return nil }
        return (0..<width).reversed().reduce(0) { $0 << 8 | UInt64(self[at + $1]) }
    }
}
