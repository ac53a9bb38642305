/// printf-style formatting of numbers, where Foundation's `String(format:)` would link ICU
/// (SystemLibrary.swift says why). Numbers only: %d/%ld, %f, %e, %g, %x with flags, width and
/// precision (Swift's Int is 64 bits: use %ld). Strings go in by interpolation.
public enum CFormat {
    public static func string(_ format: String, _ arguments: CVarArg...) -> String {
        var capacity = 128
        while true {
            var buffer = [CChar](repeating: 0, count: capacity)
            let length = withVaList(arguments) { vsnprintf(&buffer, capacity, format, $0) }
            if length < 0 { return format }
            if Int(length) < capacity {
                return String(decoding: buffer[..<Int(length)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
            capacity = Int(length) + 1
        }
    }
}
