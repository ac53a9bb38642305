/// A style as a theme states it: every field optional, so a style only changes what it names
/// and layers over the style beneath it (an entity colour over a heading keeps the bold).
public struct ThemeStyle: Equatable, Sendable {
    public var foreground: Color?
    public var background: Color?
    public var bold: Bool?
    public var underline: Bool?
    public var reverse: Bool?
    public var italic: Bool?
    public var dim: Bool?

    public init(foreground: Color? = nil, background: Color? = nil, bold: Bool? = nil, underline: Bool? = nil,
                reverse: Bool? = nil, italic: Bool? = nil, dim: Bool? = nil) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.italic = italic
        self.dim = dim
    }

    /// True when the style shows through attributes alone (what survives without colours).
    public var hasAttributes: Bool {
        bold == true || underline == true || reverse == true || italic == true
    }

    public func applied(to base: Style) -> Style {
        var s = base
        if let foreground { s.foreground = foreground }
        if let background { s.background = background }
        if let bold { s.bold = bold }
        if let underline { s.underline = underline }
        if let reverse { s.reverse = reverse }
        if let italic { s.italic = italic }
        if let dim { s.dim = dim }
        return s
    }

    /// The same style without colours (NO_COLOR, terminals without colours).
    public var withoutColors: ThemeStyle {
        var s = self
        s.foreground = nil
        s.background = nil
        return s
    }

    /// Attributes of `other` for fields this style leaves unset.
    public func attributesFilled(from other: ThemeStyle) -> ThemeStyle {
        var s = self
        s.bold = s.bold ?? other.bold
        s.underline = s.underline ?? other.underline
        s.reverse = s.reverse ?? other.reverse
        s.italic = s.italic ?? other.italic
        s.dim = s.dim ?? other.dim
        return s
    }
}

extension Color {
    /// The nearest of the 8 basic ANSI colours, for 8-colour terminals.
    public var downsampledTo8: Color {
        switch self {
        case .terminalDefault: return self
        case .indexed(let i) where i < 8: return self
        case .indexed(let i) where i < 16: return .indexed(i - 8)
        case .indexed(let i):
            let (r, g, b) = Color.rgbOfIndex(i)
            return Color.nearestBasic(r, g, b)
        case .rgb(let r, let g, let b): return Color.nearestBasic(Int(r), Int(g), Int(b))
        }
    }

    static func rgbOfIndex(_ i: UInt8) -> (Int, Int, Int) {
        if i >= 232 { let v = 8 + Int(i - 232) * 10; return (v, v, v) }
        let n = Int(i) - 16
        let steps = [0, 95, 135, 175, 215, 255]
        return (steps[n / 36], steps[(n / 6) % 6], steps[n % 6])
    }

    static func nearestBasic(_ r: Int, _ g: Int, _ b: Int) -> Color {
        let basics: [(Int, Int, Int)] = [(0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
                                         (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229)]
        var best = 0, bestDistance = Int.max
        for (i, c) in basics.enumerated() {
            let d = (c.0 - r) * (c.0 - r) + (c.1 - g) * (c.1 - g) + (c.2 - b) * (c.2 - b)
            if d < bestDistance { bestDistance = d; best = i }
        }
        return .indexed(UInt8(best))
    }
}
