/// A colour as a theme names it; the terminal layer maps it to what the terminal can show
/// (256 colours, 8 colours, or none under NO_COLOR).
public enum Color: Hashable, Sendable {
    /// The terminal's own default foreground or background.
    case terminalDefault
    /// 0...255: the xterm palette (0...7 the basic ANSI colours, 8...15 their bright forms).
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)
}

/// How a cell looks. Attributes are what remains when colours are unavailable, so every
/// highlight must stay visible through them alone (bold, underline, reverse).
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var italic: Bool
    public var dim: Bool

    public init(foreground: Color = .terminalDefault, background: Color = .terminalDefault,
                bold: Bool = false, underline: Bool = false, reverse: Bool = false,
                italic: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.italic = italic
        self.dim = dim
    }

    public static let plain = Style()
}
