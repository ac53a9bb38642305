/// Writing to the standard streams with write(2), where FileHandle would link ICU
/// (SystemLibrary.swift says why). Short writes and interruptions are retried; a closed pipe
/// ends the write quietly (the reader of our output has gone).
public enum StandardStreams {
    public static func writeOutput(_ text: String) { write(Array(text.utf8), to: STDOUT_FILENO) }
    public static func writeError(_ text: String) { write(Array(text.utf8), to: STDERR_FILENO) }

    public static func write(_ bytes: [UInt8], to fd: Int32) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += n
            }
        }
    }
}
