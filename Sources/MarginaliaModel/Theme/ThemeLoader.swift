import FoundationEssentials
import MarginaliaText

/// Why a theme could not be used; `description` is one line for the status line.
public struct ThemeError: Error, CustomStringConvertible, Equatable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Reads a TOML theme:
/// ```toml
/// name = "dark"
/// [palette]
/// ink = "#d8dee9"      # or an xterm index 0-255
/// [styles]
/// "default" = { fg = "ink", bg = "default" }
/// "entity.person" = { fg = "blue", bold = true }
/// ```
/// Colours are palette names, `#rrggbb`, indexes 0-255, the eight ANSI names (and `bright-*`),
/// or `default` (the terminal's own colour). Nested tables (`[styles.entity] person = {...}`)
/// mean the same as dotted names.
public enum ThemeLoader {
    static let ansiNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
    static let attributeKeys = ["bold", "underline", "reverse", "italic", "dim"]

    public static func parse(_ source: String, fallbackName: String) throws -> Theme {
        let table: TOMLTable
        do { table = try TOMLParser.parse(source) } catch { throw ThemeError(error.description) }
        let name = table["name"]?.string ?? fallbackName
        var palette: [String: Color] = [:]
        if let p = table["palette"]?.table {
            for key in p.keys {
                guard let value = p[key] else { continue }
                palette[key] = try color(value, palette: [:], context: "palette.\(key)")
            }
        }
        var styles: [String: ThemeStyle] = [:]
        if let s = table["styles"]?.table {
            try collect(s, prefix: "", palette: palette, into: &styles)
        }
        return Theme(name: name, styles: styles)
    }

    public static func load(path: String) throws -> Theme {
        let data: Data
        do { data = try FileBytes.readSettings(path: path) } catch { throw ThemeError(error.description) }
        let name = PathText.lastComponent(PathText.deletingExtension(path))
        do { return try parse(String(decoding: data, as: UTF8.self), fallbackName: name) } catch let e as ThemeError {
            throw ThemeError("theme \(name): \(e.description)")
        }
    }

    static func isStyleTable(_ t: TOMLTable) -> Bool {
        t.keys.contains { ["fg", "bg"].contains($0) || attributeKeys.contains($0) }
    }

    static func collect(_ table: TOMLTable, prefix: String, palette: [String: Color], into styles: inout [String: ThemeStyle]) throws {
        for key in table.keys {
            let scope = prefix.isEmpty ? key : "\(prefix).\(key)"
            guard let sub = table[key]?.table else { throw ThemeError("style \(scope) must be a table like { fg = \"red\" }") }
            try collectScope(scope, sub, palette: palette, into: &styles)
        }
    }

    static func collectScope(_ scope: String, _ table: TOMLTable, palette: [String: Color], into styles: inout [String: ThemeStyle]) throws {
        if isStyleTable(table) { styles[scope] = try style(table, scope: scope, palette: palette) }
        for child in table.keys {
            if let sub = table[child]?.table { try collectScope("\(scope).\(child)", sub, palette: palette, into: &styles) }
        }
    }

    static func style(_ t: TOMLTable, scope: String, palette: [String: Color]) throws -> ThemeStyle {
        var s = ThemeStyle()
        if let v = t["fg"] { s.foreground = try color(v, palette: palette, context: "\(scope).fg") }
        if let v = t["bg"] { s.background = try color(v, palette: palette, context: "\(scope).bg") }
        for key in attributeKeys {
            guard let v = t[key] else { continue }
            guard let b = v.bool else { throw ThemeError("\(scope).\(key) must be true or false") }
            switch key {
            case "bold": s.bold = b
            case "underline": s.underline = b
            case "reverse": s.reverse = b
            case "italic": s.italic = b
            default: s.dim = b
            }
        }
        return s
    }

    static func color(_ value: TOMLValue, palette: [String: Color], context: String) throws -> Color {
        if let i = value.int {
            guard (0...255).contains(i) else { throw ThemeError("\(context): colour index \(i) outside 0-255") }
            return .indexed(UInt8(i))
        }
        guard let s = value.string else { throw ThemeError("\(context): colour must be a name, #rrggbb or 0-255") }
        if let c = parseColor(s, palette: palette) { return c }
        throw ThemeError("\(context): unknown colour \"\(s)\"")
    }

    public static func parseColor(_ raw: String, palette: [String: Color] = [:]) -> Color? {
        let s = raw.lowercased()
        if let c = palette[raw] { return c }
        if s == "default" || s == "none" || s == "reset" { return .terminalDefault }
        if s.hasPrefix("#"), s.count == 7, let v = UInt32(s.dropFirst(), radix: 16) {
            return .rgb(UInt8(v >> 16), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF))
        }
        if let i = ansiNames.firstIndex(of: s) { return .indexed(UInt8(i)) }
        if s.hasPrefix("bright-"), let i = ansiNames.firstIndex(of: String(s.dropFirst(7))) { return .indexed(UInt8(i + 8)) }
        if let i = Int(s), (0...255).contains(i) { return .indexed(UInt8(i)) }
        return nil
    }
}
