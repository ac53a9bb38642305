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

    /// The largest config, theme, library state or cache file read: such files are a few KB.
    public static let settingsLimit = 1 << 20

    /// Why a settings file was not read, as one line naming it.
    public struct SettingsError: Error, CustomStringConvertible {
        public let description: String
        /// The file does not exist (for callers where that means "defaults").
        public let isMissing: Bool
    }

    /// The bytes of a small settings file (config, theme, library state, a cache entry): only a
    /// regular file (a FIFO would block the start for ever, /dev/zero fill memory: a link to it
    /// grew to 12 GB in 10 s) and at most `limit` bytes (a 107 MB config took 4 GB to parse).
    /// Links are followed (dotfile managers link configs), to a regular file only.
    public static func readSettings(path: String, limit: Int = settingsLimit) throws(SettingsError) -> Data {
        // Non-blocking, so that opening a FIFO returns at once instead of waiting for a writer.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            throw SettingsError(description: "cannot read \(path): " + String(cString: strerror(code)).lowercased(),
                                isMissing: code == ENOENT)
        }
        var info = stat()
        let isRegular = fstat(fd, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
        close(fd)
        guard isRegular else { throw SettingsError(description: "\(path) is not a regular file; ignored", isMissing: false) }
        let tooLarge = SettingsError(description: "\(path) is larger than \(limit / 1024) KB; ignored", isMissing: false)
        guard Int(info.st_size) <= limit else { throw tooLarge }
        do {
            return try read(path: path, sizeHint: Int(info.st_size), chunkSize: 64 << 10) { bytes, _ in
                if bytes.count > limit { throw tooLarge }   // it grew while being read
            }
        } catch let error as SettingsError {
            throw error
        } catch let error as ReadError {
            throw SettingsError(description: "cannot read \(path): \(error.reason)", isMissing: false)
        } catch {
            throw SettingsError(description: "cannot read \(path)", isMissing: false)
        }
    }
}
