import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A bare HTTP/1.1 client for the tests of the running `wijknet serve`: every header as
/// written (Origin, Sec-Fetch-Site, Host…, which a library client would set or refuse), and a
/// request that can be left open half-sent.
struct LocalHTTP {
    struct Answer {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    struct Failure: Error, CustomStringConvertible { var description: String }

    let port: Int

    /// Opens a connection to 127.0.0.1:`port` that gives up reading or writing after `timeout` s.
    func connect(timeout: Int = 30) throws -> Int32 {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw Failure(description: "socket: \(errno)") }
        var time = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        #if canImport(Darwin)
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        #endif
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { systemConnect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { close(fd); throw Failure(description: "connect to port \(port): \(errno)") }
        return fd
    }

    /// Sends `bytes` on `fd`; `false` when the server stopped taking them (it answered early).
    @discardableResult
    func send(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var done = 0
        while done < bytes.count {
            let n = bytes[done...].withUnsafeBytes { socketSend(fd, $0.baseAddress!, $0.count) }
            if n <= 0 { return false }
            done += n
        }
        return true
    }

    /// The head of a request (`Connection: close`), with `headers` as given.
    func head(_ method: String, _ target: String, _ headers: [String] = [], bodyLength: Int? = nil) -> [UInt8] {
        var lines = ["\(method) \(target) HTTP/1.1", "Host: 127.0.0.1:\(port)", "Connection: close"] + headers
        if let bodyLength { lines.append("Content-Length: \(bodyLength)") }
        return Array((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8)
    }

    /// One request and its answer. The body is sent beside the reading, so that an answer
    /// given before the body is all sent (a refusal) is read at once.
    func request(_ method: String, _ target: String, _ headers: [String] = [], body: [UInt8]? = nil, timeout: Int = 30) throws -> Answer {
        let fd = try connect(timeout: timeout)
        let bytes = head(method, target, headers, bodyLength: body?.count) + (body ?? [])
        let sent = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            send(fd, bytes)
            sent.signal()
        }
        defer {
            shutdown(fd, Int32(SHUT_RDWR))   // ends a send the server no longer reads
            sent.wait()
            close(fd)
        }
        return try read(fd)
    }

    /// Reads an answer: up to the end of its body (by Content-Length) or of the connection.
    func read(_ fd: Int32) throws -> Answer {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress!, $0.count, 0) }
            if n > 0 { data += buffer[0..<n] }
            if let answer = Self.parse(data, complete: n <= 0) { return answer }
            if n <= 0 { throw Failure(description: "no whole answer (\(data.count) bytes, errno \(errno))") }
        }
    }

    /// The answer in `data`, once its head and its whole body are there.
    static func parse(_ data: [UInt8], complete: Bool) -> Answer? {
        let text = String(decoding: data, as: UTF8.self)
        guard let end = text.range(of: "\r\n\r\n") else { return nil }
        let lines = text[..<end.lowerBound].components(separatedBy: "\r\n")
        guard let status = lines.first?.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let body = String(text[end.upperBound...])
        if let length = headers["content-length"].flatMap(Int.init), body.utf8.count >= length || complete {
            return Answer(status: status, headers: headers, body: body)
        }
        return complete ? Answer(status: status, headers: headers, body: body) : nil
    }
}

/// `connect(2)` (the name is taken by ``LocalHTTP/connect(timeout:)``).
private func systemConnect(_ fd: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> Int32 {
    connect(fd, address, length)
}

/// `send(2)` without SIGPIPE when the server has closed its side.
private func socketSend(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return send(fd, bytes, count, Int32(MSG_NOSIGNAL))
    #else
    return send(fd, bytes, count, 0)
    #endif
}
