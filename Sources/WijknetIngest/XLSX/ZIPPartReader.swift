import CWijknetZlib
import Foundation
import ZIPFoundation

/// Unpacks one part of an `.xlsx` workbook (a ZIP entry), within bounds.
///
/// ZIPFoundation's `Archive.extract` (0.9.20, on Linux) inflates until the deflate stream says it
/// has ended: on past the entry's bytes to the end of the file, and then 0 bytes at a time for
/// ever. A workbook whose stream never ends kept `wijknet` busy for good (found by `make fuzz`,
/// target `xlsx`: `Fuzzing/Regressions/xlsx/zip-entry-read-hangs`); its `Progress` does not help,
/// since it is looked at only when output comes. Here a part is read from its own stored bytes
/// (``ZIPLocalData``) and inflated by zlib in a loop bounded by them, and refused when:
/// - it declares more than ``maximumSize`` unpacked;
/// - its deflate stream has not ended when its stored bytes are used up;
/// - it unpacks to another size, or another CRC-32, than the archive declares.
public enum ZIPPartReader {
    /// The most one part may unpack to: 512 MiB (a sheet of a million contact rows is some
    /// 150 MiB of XML).
    public static let maximumSize: UInt64 = 512 << 20

    /// Why a part was refused.
    public enum Refusal: Error, Sendable, Hashable {
        /// It declares this many bytes unpacked, more than ``maximumSize``.
        case tooBig(UInt64)
        /// Its deflate stream does not end within its stored bytes.
        case endless
        /// It unpacks to another size than declared.
        case wrongSize
        /// Its CRC-32 is not the declared one.
        case wrongChecksum
        /// Its records or bytes cannot be read, or zlib finds the stream invalid.
        case damaged
    }

    private static let chunk = 1 << 16

    /// The unpacked bytes of `entry`, the `index`-th entry of the archive at `path`.
    static func data(of entry: Entry, index: Int, archiveAt path: String) throws(Refusal) -> Data {
        guard entry.uncompressedSize <= maximumSize else { throw .tooBig(entry.uncompressedSize) }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .damaged }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd(),
              let local = ZIPLocalData(index: index, in: handle, size: size),
              (try? handle.seek(toOffset: local.offset)) != nil else { throw .damaged }
        let data: Data
        do {
            switch local.method {
            case 0: data = try read(Int(entry.uncompressedSize), from: handle)
            case 8: data = try inflate(entry, from: handle)
            default: throw Refusal.damaged
            }
        } catch let refusal as Refusal { throw refusal } catch { throw .damaged }
        guard UInt64(data.count) == entry.uncompressedSize else { throw .wrongSize }
        guard checksum(data) == entry.checksum else { throw .wrongChecksum }
        return data
    }

    /// Exactly `count` bytes from the handle's position.
    private static func read(_ count: Int, from handle: FileHandle) throws -> Data {
        guard count > 0 else { return Data() }
        guard let bytes = try handle.read(upToCount: count), bytes.count == count else { throw Refusal.damaged }
        return bytes
    }

    /// The entry's deflate stream inflated: at most its `compressedSize` bytes read, at most its
    /// `uncompressedSize` bytes given.
    private static func inflate(_ entry: Entry, from handle: FileHandle) throws -> Data {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { throw Refusal.damaged }
        defer { inflateEnd(&stream) }
        var remaining = entry.compressedSize
        var out = Data()
        var buffer = [UInt8](repeating: 0, count: chunk)
        var status = Z_OK
        while status != Z_STREAM_END {
            guard remaining > 0 else { throw Refusal.endless }
            let input = try read(Int(min(remaining, UInt64(chunk))), from: handle)
            remaining -= UInt64(input.count)
            status = try inflate(input, &stream, &buffer, into: &out, limit: entry.uncompressedSize)
        }
        return out
    }

    /// One chunk of input through zlib, every output it gives appended to `out`; zlib's status.
    private static func inflate(_ input: Data, _ stream: inout z_stream, _ buffer: inout [UInt8],
                                into out: inout Data, limit: UInt64) throws -> Int32 {
        try input.withUnsafeBytes { raw in
            stream.next_in = UnsafeMutablePointer(mutating: raw.bindMemory(to: Bytef.self).baseAddress)
            stream.avail_in = uInt(raw.count)
            var status = Z_OK
            repeat {
                status = buffer.withUnsafeMutableBufferPointer { b in
                    stream.next_out = b.baseAddress
                    stream.avail_out = uInt(b.count)
                    return CWijknetZlib.inflate(&stream, Z_NO_FLUSH)
                }
                guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else { throw Refusal.damaged }
                let produced = buffer.count - Int(stream.avail_out)
                guard UInt64(out.count + produced) <= limit else { throw Refusal.wrongSize }
                out.append(contentsOf: buffer[0..<produced])
            } while stream.avail_out == 0 && status != Z_STREAM_END
            return status
        }
    }

    /// The CRC-32 of `data`, as ZIP stores it.
    private static func checksum(_ data: Data) -> UInt32 {
        data.withUnsafeBytes { raw in UInt32(truncatingIfNeeded: crc32(0, raw.bindMemory(to: Bytef.self).baseAddress, uInt(raw.count))) }
    }
}
