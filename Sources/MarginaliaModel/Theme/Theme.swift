/// A named set of scoped styles. Lookups fall back along dotted names: `entity.person`, then
/// `entity`, then `default`; so a theme may style a whole family at once.
public struct Theme: Equatable, Sendable {
    public var name: String
    public var styles: [String: ThemeStyle]

    public init(name: String, styles: [String: ThemeStyle]) {
        self.name = name
        self.styles = styles
    }

    /// The style stated for `scope` or its nearest dotted ancestor; nil if none (not even `default`).
    public func lookup(_ scope: String) -> ThemeStyle? {
        var name = Substring(scope)
        while true {
            if let s = styles[String(name)] { return s }
            guard let dot = name.lastIndex(of: ".") else { break }
            name = name[..<dot]
        }
        return nil
    }

    /// The style for `scope` with its fallback, or the `default` style.
    public func style(_ scope: String) -> ThemeStyle {
        lookup(scope) ?? styles["default"] ?? ThemeStyle()
    }

    /// The complete cell style of the base text.
    public var baseStyle: Style { (styles["default"] ?? ThemeStyle()).applied(to: .plain) }

    /// A last-resort theme if no theme file can be read: attributes only.
    public static let builtinFallback = Theme(name: "builtin", styles: [
        "default": ThemeStyle(),
        "ui.statusline": ThemeStyle(reverse: true),
        "ui.pane.focused": ThemeStyle(bold: true),
        "ui.heading": ThemeStyle(bold: true),
        "selection": ThemeStyle(reverse: true),
        "search.match": ThemeStyle(underline: true),
        "entity": ThemeStyle(bold: true),
        "quote": ThemeStyle(italic: true),
        "tag": ThemeStyle(underline: true),
        "ui.error": ThemeStyle(bold: true),
    ])
}

/// A theme adapted to what the terminal can show. Without colours every highlight must still be
/// visible, so a scope whose own style has no attribute borrows the attributes of the
/// monochrome theme; with 8 colours, colours are mapped to the nearest basic one. With 8 colours
/// or none, tags take the monochrome theme's styles, which keep nine tags apart.
public struct ResolvedTheme: Sendable {
    public let theme: Theme
    public let colorMode: ColorMode
    let attributeFallback: Theme

    public init(theme: Theme, colorMode: ColorMode, attributeFallback: Theme) {
        self.theme = theme
        self.colorMode = colorMode
        self.attributeFallback = attributeFallback
    }

    public func style(_ scope: String) -> ThemeStyle {
        var s = theme.style(scope)
        switch colorMode {
        case .ansi256: return s
        case .ansi8:
            // The colour themes' tag colours collapse to one or two of the eight basic colours:
            // tags take the monochrome theme's (eight colours and distinct attributes).
            if scope.hasPrefix("tag."), let own = attributeFallback.styles[scope] { s = own }
            s.foreground = s.foreground?.downsampledTo8
            s.background = s.background?.downsampledTo8
            return s
        case .none:
            // Tags are told apart by colour alone in the colour themes: without colours each
            // takes the monochrome theme's attributes for it (a distinct set per tag).
            if scope.hasPrefix("tag."), let own = attributeFallback.styles[scope] { return own.withoutColors }
            s = s.withoutColors
            if !s.hasAttributes, scope != "default" {
                s = s.attributesFilled(from: attributeFallback.style(scope))
            }
            return s
        }
    }

    /// `scope` layered over `base`.
    public func apply(_ scope: String, to base: Style) -> Style { style(scope).applied(to: base) }

    public var base: Style { style("default").applied(to: .plain) }
}
