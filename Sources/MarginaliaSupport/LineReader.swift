import FoundationEssentials

/// Reads a file descriptor line by line in chunks (no whole-file read), for JSON-lines input
/// (`analyze --jsonl`, a corpus's scan). Time is linear in the input: each byte is searched for
/// a line feed once (a 40 MB line arriving from a pipe in 64 KB pieces was rescanned from its
/// start after every piece: 92 s), and a line longer than `lineLimit` is skipped as it streams
/// by instead of growing memory (a 200 MB line took 3.3 GB). The last line may lack its line feed.
public struct LineReader {
    /// One line, without its line feed, valid only inside the closure given to `next`.
    public enum Line {
        case bytes(UnsafeBufferPointer<UInt8>)
        /// A line over the limit, with its length in bytes (its text was not kept).
        case tooLong(bytes: Int)
    }

    let fd: Int32
    let lineLimit: Int
    private var buffer: [UInt8]
    /// Bytes of `buffer` holding data; where the current line starts; how far it was searched.
    private var filled = 0
    private var lineStart = 0
    private var searched = 0
    /// The file offset of `buffer[0]`.
    private var bufferOffset = 0
    /// While skipping a line over the limit: its file offset and its length so far.
    private var skipping: (offset: Int, length: Int)?
    private var atEnd = false

    public init(fd: Int32, chunkSize: Int = 1 << 20, lineLimit: Int = .max) {
        self.fd = fd
        self.lineLimit = lineLimit
        self.buffer = [UInt8](repeating: 0, count: max(1, chunkSize))
    }

    /// Hands the next line and its byte offset in the file to `body`; nil after the last line.
    public mutating func next<R>(_ body: (Line, _ fileOffset: Int) -> R) throws(FileBytes.ReadError) -> R? {
        while true {
            let newline = buffer.withUnsafeBufferPointer { b -> Int? in
                guard searched < filled, let base = b.baseAddress,
                      let hit = memchr(base + searched, 0x0A, filled - searched) else { return nil }
                return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            }
            if let newline {
                let start = lineStart
                lineStart = newline + 1
                searched = lineStart
                if let skipped = skipping {
                    skipping = nil
                    return body(.tooLong(bytes: skipped.length + newline - start), skipped.offset)
                }
                if newline - start > lineLimit { return body(.tooLong(bytes: newline - start), bufferOffset + start) }
                return buffer.withUnsafeBufferPointer { body(.bytes(UnsafeBufferPointer(rebasing: $0[start..<newline])), bufferOffset + start) }
            }
            searched = filled
            if skipping != nil || filled - lineStart > lineLimit {
                // Over the limit: count the bytes and drop them.
                if let skipped = skipping { skipping = (skipped.offset, skipped.length + filled - lineStart) }
                else { skipping = (bufferOffset + lineStart, filled - lineStart) }
                bufferOffset += filled
                filled = 0; lineStart = 0; searched = 0
            }
            if atEnd {
                if let skipped = skipping { skipping = nil; return body(.tooLong(bytes: skipped.length), skipped.offset) }
                guard lineStart < filled else { return nil }
                let start = lineStart
                lineStart = filled
                if filled - start > lineLimit { return body(.tooLong(bytes: filled - start), bufferOffset + start) }
                return buffer.withUnsafeBufferPointer { body(.bytes(UnsafeBufferPointer(rebasing: $0[start..<filled])), bufferOffset + start) }
            }
            // Move the unfinished line to the front, and grow only for a line longer than the buffer.
            if lineStart > 0 {
                let (from, count) = (lineStart, filled - lineStart)
                buffer.withUnsafeMutableBytes { raw in _ = memmove(raw.baseAddress!, raw.baseAddress! + from, count) }
                bufferOffset += from
                filled = count; searched -= from; lineStart = 0
            }
            if filled == buffer.count { buffer.append(contentsOf: [UInt8](repeating: 0, count: buffer.count)) }
            let got = buffer.withUnsafeMutableBytes { raw in read(fd, raw.baseAddress! + filled, raw.count - filled) }
            if got < 0 {
                if errno == EINTR { continue }
                throw FileBytes.ReadError(code: errno)
            }
            if got == 0 { atEnd = true } else { filled += got }
        }
    }
}
