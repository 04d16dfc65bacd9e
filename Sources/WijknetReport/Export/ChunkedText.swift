/// Text handed on in chunks of about ``chunkBytes`` bytes as it is written, so an export of a
/// million actors and twelve million ties (several GB of GraphML) never becomes one `String`:
/// the writer's memory is one chunk (issue 28). ``collect(_:)`` gathers the chunks into one
/// `String` for callers that want it whole (the server, tests); the bytes are the same.
public struct ChunkedText {
    /// A chunk is handed on once it holds this many bytes (1 MiB).
    public static let chunkBytes = 1 << 20
    private var buffer = ""
    private let emit: (String) throws -> Void

    /// Text whose chunks go to `emit`, in order.
    public init(emit: @escaping (String) throws -> Void) {
        self.emit = emit
        buffer.reserveCapacity(Self.chunkBytes + 4096)
    }

    /// Appends `text`; hands the chunk on when it is full.
    /// - Throws: what `emit` throws (a full disk).
    public mutating func append(_ text: String) throws {
        buffer += text
        if buffer.utf8.count >= Self.chunkBytes {
            try emit(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// Hands on what is left. Call once, at the end.
    public mutating func finish() throws {
        if !buffer.isEmpty { try emit(buffer) }
        buffer.removeAll(keepingCapacity: false)
    }

    /// ``collect(_:)`` for a `write` that throws only what its ``ChunkedText``'s `append` throws:
    /// gathering into a `String` never throws, so neither does this.
    public static func whole(_ write: (inout ChunkedText) throws -> Void) -> String {
        try! collect(write)
    }

    /// The text `write` writes, as one `String`.
    public static func collect(_ write: (inout ChunkedText) throws -> Void) rethrows -> String {
        var whole = ""
        var text = ChunkedText { whole += $0 }   // appending to a String never throws
        try write(&text)
        try! text.finish()
        return whole
    }
}
