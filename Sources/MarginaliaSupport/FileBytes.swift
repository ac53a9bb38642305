import FoundationEssentials

/// Reading a file's bytes with open(2) and read(2): errors carry errno, and no FileHandle (a
/// Foundation class that links ICU; SystemLibrary.swift says why) is needed for pipes.
public enum FileBytes {
    /// A failed open or read, with the C library's reason ("permission denied").
    public struct ReadError: Error {
        public let code: Int32
        public var reason: String { String(cString: strerror(code)).lowercased() }
    }

    /// The bytes of the file at `path` up to its end. `sizeHint` (a regular file's size) lets
    /// them be read into one buffer; `check` sees the bytes so far and the count of those just
    /// read (at most `chunkSize`) after each read, and may throw to stop (size limits, binary
    /// content). `limit`: read only the file's first bytes (a big file's preview).
    public static func read(path: String, sizeHint: Int = 0, chunkSize: Int = 1 << 20, limit: Int = .max,
                            check: (_ bytes: Data, _ added: Int) throws -> Void = { _, _ in }) throws -> Data {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ReadError(code: errno) }
        defer { close(fd) }
        // A regular file's size sizes the buffer: a small config file must not zero (and fault
        // in) a buffer of a whole chunk.
        var size = sizeHint
        if size <= 0 {
            var info = stat()
            if fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG { size = Int(info.st_size) }
        }
        size = min(size, limit)
        var data = Data()
        data.reserveCapacity(size)
        var buffer = [UInt8](repeating: 0, count: max(1, min(chunkSize, size > 0 ? size + 1 : 64 << 10)))
        while true {
            let wanted = min(buffer.count, limit - data.count)
            if wanted == 0 { return data }
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, wanted) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadError(code: errno)
            }
            if count == 0 { return data }
            data.append(contentsOf: buffer[..<count])
            try check(data, count)
        }
    }
}
