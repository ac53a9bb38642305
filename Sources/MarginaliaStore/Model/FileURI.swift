import FoundationEssentials
import MarginaliaText

/// Absolute `file:` URIs (RFC 8089) for `target.source`: W3C Web Annotation requires an IRI,
/// and a bare relative path is not one. A corpus article keeps its `#ID` as the fragment.
public enum FileURI {
    /// `kherson.txt` run in `/news` -> `file:///news/kherson.txt`; `c.jsonl#7` -> `file:///news/c.jsonl#7`.
    public static func from(path: String) -> String {
        var file = path
        var fragment: String?
        if FileStatus(path: path) == nil, let hash = path.lastIndex(of: "#"), !path[path.index(after: hash)...].contains("/") {
            file = String(path[..<hash])
            fragment = String(path[path.index(after: hash)...])
        }
        let absolute = PathText.standardized(file.hasPrefix("/") ? file : PathText.currentDirectory + "/" + file)
        return "file://" + percentEncode(absolute, keep: "/") + (fragment.map { "#" + percentEncode($0, keep: "") } ?? "")
    }

    /// The path of a `file:` URI (fragment cut off), nil for anything else.
    public static func path(of uri: String) -> String? {
        guard uri.hasPrefix("file://") else { return nil }
        var rest = uri.dropFirst("file://".count)
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        if !rest.hasPrefix("/") { rest = rest.drop { $0 != "/" } }   // file://host/path
        return percentDecode(String(rest))
    }

    /// The fragment of a URI (`#11059` -> `11059`), decoded.
    public static func fragment(of uri: String) -> String? {
        guard let hash = uri.firstIndex(of: "#") else { return nil }
        return percentDecode(String(uri[uri.index(after: hash)...]))
    }

    /// Unreserved characters (RFC 3986) and `keep` stay; every other UTF-8 byte becomes `%XX`.
    static func percentEncode(_ s: String, keep: String) -> String {
        let hex = Array("0123456789ABCDEF")
        var out = ""
        for byte in s.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || "-._~".contains(c) || keep.contains(c) {
                out.append(c)
            } else {
                out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
            }
        }
        return out
    }

    static func percentDecode(_ s: String) -> String {
        var bytes: [UInt8] = []
        let u = Array(s.utf8)
        var i = 0
        while i < u.count {
            if u[i] == UInt8(ascii: "%"), i + 2 < u.count, let v = UInt8(String(decoding: u[(i + 1)...(i + 2)], as: UTF8.self), radix: 16) {
                bytes.append(v); i += 3
            } else {
                bytes.append(u[i]); i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
