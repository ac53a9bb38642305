/// Writing to the standard streams with write(2), where FileHandle would link ICU
/// (SystemLibrary.swift says why). Short writes and interruptions are retried.
///
/// Standard output is the product of the headless commands (analyze, export, --dump): a write
/// that fails (a full disk, /dev/full, a revoked file) must not end in a silently truncated
/// file and exit status 0. Every write is checked; a failure prints
/// "marginalia: writing output failed: <reason>" and exits with status 1. A closed pipe (the
/// reader, e.g. `head`, has gone) ends the program quietly, as it does for other Unix tools.
public enum StandardStreams {
    /// Exit status after standard output could not be written.
    public static let outputFailureStatus: Int32 = 1

    public static func writeOutput(_ text: String) { writeOutput(bytes: Array(text.utf8)) }

    public static func writeOutput(bytes: [UInt8]) {
        if let code = write(bytes, to: STDOUT_FILENO) { outputFailed(code) }
    }

    public static func writeError(_ text: String) { _ = write(Array(text.utf8), to: STDERR_FILENO) }

    /// Ends standard output after the last write: anything the C library buffered (`print`) is
    /// flushed and the descriptor closed, both checked (some file systems report a failed write
    /// only at close).
    public static func finishOutput() {
        if fflush(nil) != 0 { outputFailed(errno) }
        if close(STDOUT_FILENO) != 0, errno != EBADF, errno != EINTR { outputFailed(errno) }
    }

    /// Writes all of `bytes`; nil when done, else the errno of the failed write.
    @discardableResult
    public static func write(_ bytes: [UInt8], to fd: Int32) -> Int32? {
        bytes.withUnsafeBytes { buffer -> Int32? in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return nil
        }
    }

    private static func outputFailed(_ code: Int32) -> Never {
        // SIGPIPE (default action) usually ends us before this; when it is ignored, stay quiet too.
        if code != EPIPE {
            writeError("marginalia: writing output failed: " + String(cString: strerror(code)).lowercased() + "\n")
        }
        exit(outputFailureStatus)
    }
}
