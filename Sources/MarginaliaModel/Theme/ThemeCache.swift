import FoundationEssentials
import MarginaliaStore
import MarginaliaText

/// Parsed themes kept as plain text in `$XDG_CACHE_HOME/marginalia/themes/` (default
/// `~/.cache/...`), so that a start reads a few dozen tab-separated lines instead of parsing TOML:
/// reading the theme through TOMLKit was the largest single part of opening an article (0.3 ms of
/// a start of about 5 ms). An entry records the theme file's path, inode, size and modification
/// time; any change to the file, a damaged entry or an unknown format means a miss, and the
/// theme is parsed and the entry written again. Writing is best effort (no cache folder, a
/// read-only home: the theme is simply parsed every time).
public struct ThemeCache: Sendable {
    /// The first line of every entry; a new layout gets a new number.
    static let header = "marginalia theme cache 1"
    public var directory: String

    public init(directory: String) { self.directory = directory }

    /// `$XDG_CACHE_HOME/marginalia/themes`, else `~/.cache/marginalia/themes`; nil without either.
    public static func standard(environment: [String: String]) -> ThemeCache? {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return ThemeCache(directory: xdg + "/marginalia/themes") }
        if let home = environment["HOME"], home.hasPrefix("/") { return ThemeCache(directory: home + "/.cache/marginalia/themes") }
        return nil
    }

    /// The theme parsed from `path` when it was exactly as `fingerprint` says, if an entry has it.
    public func theme(for path: String, fingerprint: FileFingerprint) -> Theme? {
        guard let bytes = try? FileBytes.readSettings(path: entryPath(for: path)) else { return nil }
        return Self.decode(Array(bytes), source: Self.sourceLine(path, fingerprint))
    }

    /// Records `theme` as what `path` (as `fingerprint` says it is) parses to. Failures are ignored.
    public func store(_ theme: Theme, for path: String, fingerprint: FileFingerprint) {
        guard let text = Self.encode(theme, source: Self.sourceLine(path, fingerprint)) else { return }
        let target = entryPath(for: path)
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        // Written beside the entry and renamed over it, so a reader never sees half an entry; no
        // fsync: a lost entry only costs one parse.
        guard let created = try? AtomicFileWriter.createTemporary(for: target) else { return }
        let (fd, temporary) = created
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        if written != bytes.count || rename(temporary, target) != 0 { unlink(temporary) }
    }

    /// One entry per theme file: its name, then a hash of the whole path (bundled and user
    /// themes may share a name).
    func entryPath(for path: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for byte in path.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let digits = Array("0123456789abcdef".utf8)
        let hex = String(decoding: (0..<16).map { digits[Int(hash >> UInt64(60 - 4 * $0) & 0xF)] }, as: UTF8.self)
        let name = PathText.lastComponent(PathText.deletingExtension(path))
        return directory + "/" + name + "-" + hex + ".cache"
    }

    static func sourceLine(_ path: String, _ f: FileFingerprint) -> String {
        "source\t\(path)\t\(f.inode)\t\(f.size)\t\(f.modifiedSeconds)\t\(f.modifiedNanoseconds)"
    }

    // MARK: The entry's text

    /// header, source line, `name<TAB>NAME`, then `style<TAB>SCOPE<TAB>FG<TAB>BG<TAB>FLAGS` per
    /// style, then `end`. nil when a name holds a tab or line break (such a theme is not cached).
    public static func encode(_ theme: Theme, source: String) -> String? {
        guard fitsOneField(theme.name), theme.styles.keys.allSatisfy(fitsOneField) else { return nil }
        var lines = [header, source, "name\t" + theme.name]
        for (scope, style) in theme.styles.sorted(by: { $0.key < $1.key }) {
            let flags = [style.bold, style.underline, style.reverse, style.italic, style.dim]
                .map { $0.map { $0 ? "1" : "0" } ?? "-" }.joined()
            lines.append("style\t\(scope)\t\(encode(style.foreground))\t\(encode(style.background))\t\(flags)")
        }
        lines.append("end")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Whether `s` can be written as one tab-separated field of one line.
    /// (Byte by byte: `String.contains` walks grapheme clusters, a third of a cached theme's read.)
    static func fitsOneField(_ s: String) -> Bool { !s.utf8.contains { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } }

    /// The theme, or nil unless the text is a whole entry for exactly `source`.
    public static func decode(_ text: String, source: String) -> Theme? { decode(Array(text.utf8), source: source) }

    /// The same from the entry's bytes, split at tabs and line feeds byte by byte (splitting a
    /// String walks grapheme clusters and took most of the time of a cached start's theme).
    public static func decode(_ bytes: [UInt8], source: String) -> Theme? {
        var lines: [[ArraySlice<UInt8>]] = []
        lines.reserveCapacity(64)
        var fields: [ArraySlice<UInt8>] = []
        var start = 0
        for i in bytes.indices where bytes[i] == 0x09 || bytes[i] == 0x0A {
            fields.append(bytes[start..<i])
            start = i + 1
            if bytes[i] == 0x0A { lines.append(fields); fields = [] }
        }
        // A whole entry ends with "end" and a line feed; anything after it means damage.
        // Fields that could not have been written (invalid UTF-8, a carriage return) make the
        // entry damaged; text(_:) then gives "\n", which no check below accepts.
        func text(_ field: ArraySlice<UInt8>) -> String {
            guard let s = String(validating: field, as: UTF8.self), fitsOneField(s) else { return "\n" }
            return s
        }
        guard start == bytes.count, lines.count >= 4, lines[0].count == 1, text(lines[0][0]) == header,
              lines[1].map(text).joined(separator: "\t") == source,
              lines[2].count == 2, text(lines[2][0]) == "name",
              lines[lines.count - 1].count == 1, text(lines[lines.count - 1][0]) == "end" else { return nil }
        var styles: [String: ThemeStyle] = [:]
        for line in lines[3..<(lines.count - 1)] {
            guard line.count == 5, text(line[0]) == "style", line[4].count == 5,
                  let foreground = decodeColor(Substring(text(line[2]))),
                  let background = decodeColor(Substring(text(line[3]))) else { return nil }
            var flags: [Bool?] = []
            for flag in line[4] {
                switch flag {
                case UInt8(ascii: "1"): flags.append(true)
                case UInt8(ascii: "0"): flags.append(false)
                case UInt8(ascii: "-"): flags.append(nil)
                default: return nil
                }
            }
            let scope = text(line[1])
            guard scope != "\n" else { return nil }
            styles[scope] = ThemeStyle(foreground: foreground, background: background, bold: flags[0],
                                               underline: flags[1], reverse: flags[2], italic: flags[3], dim: flags[4])
        }
        let name = text(lines[2][1])
        guard name != "\n" else { return nil }
        return Theme(name: name, styles: styles)
    }

    /// `-` (not stated), `default`, `iN` (0-255) or `#rrggbb`.
    static func encode(_ color: Color?) -> String {
        switch color {
        case nil: return "-"
        case .terminalDefault?: return "default"
        case .indexed(let i)?: return "i\(i)"
        case .rgb(let r, let g, let b)?:
            return "#" + [r, g, b].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
    }

    /// The colour written by `encode(_:)`: nil when the field is damaged, `.some(nil)` for `-`.
    static func decodeColor(_ field: Substring) -> Color?? {
        if field == "-" { return .some(nil) }
        if field == "default" { return .some(.terminalDefault) }
        if field.hasPrefix("i"), let i = UInt8(field.dropFirst()) { return .some(.indexed(i)) }
        if field.hasPrefix("#"), field.utf8.count == 7, let v = UInt32(field.dropFirst(), radix: 16) {
            return .some(.rgb(UInt8(v >> 16), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)))
        }
        return nil
    }
}
