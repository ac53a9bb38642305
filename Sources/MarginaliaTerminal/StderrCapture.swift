import FoundationEssentials
import MarginaliaText
import Glibc

/// While curses owns the screen, anything written to stderr (a warning, or the Swift runtime's
/// "Fatal error" message just before a trap) would scribble over the display and then vanish with
/// the alternate screen. So stderr goes to an unlinked temporary file and is replayed onto the real
/// stderr once the terminal is restored, including from the crash handler.
enum StderrCapture {
    // Plain globals: the crash handler reads them and must not allocate or lock.
    nonisolated(unsafe) private static var savedStderr: Int32 = -1
    nonisolated(unsafe) private static var captureFile: Int32 = -1
    nonisolated(unsafe) private static var buffer = UnsafeMutableRawPointer.allocate(byteCount: 4096, alignment: 16)

    static func start() {
        guard captureFile < 0 else { return }
        let directory = ProcessEnvironment.variables["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((directory + "/marginalia-stderr-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        let saved = dup(STDERR_FILENO)
        guard saved >= 0, dup2(fd, STDERR_FILENO) >= 0 else {
            close(fd)
            if saved >= 0 { close(saved) }
            return
        }
        savedStderr = saved
        captureFile = fd
    }

    /// Puts the real stderr back and copies what was captured onto it. Async-signal-safe
    /// (dup2, lseek, read, write, close only), so the signal handlers call it too.
    static func stopAndReplay() {
        let saved = savedStderr, file = captureFile
        guard saved >= 0, file >= 0 else { return }
        savedStderr = -1
        captureFile = -1
        _ = dup2(saved, STDERR_FILENO)
        _ = close(saved)
        _ = lseek(file, 0, SEEK_SET)
        while true {
            let n = read(file, buffer, 4096)
            if n <= 0 { break }
            var written = 0
            while written < n {
                let w = write(STDERR_FILENO, buffer + written, n - written)
                if w <= 0 { break }
                written += w
            }
            if written < n { break }
        }
        _ = close(file)
    }
}
