import MarginaliaModel

/// Which colours to use, decided from the environment and the terminal's capabilities.
/// NO_COLOR (https://no-color.org) wins whenever it is set to a non-empty value.
public enum ColorModeDecision {
    public static func decide(noColor: String?, hasColors: Bool, colorCount: Int) -> ColorMode {
        if let noColor, !noColor.isEmpty { return .none }
        guard hasColors, colorCount >= 8 else { return .none }
        return colorCount >= 256 ? .ansi256 : .ansi8
    }

    /// The mode with fewer colours: what was asked for, limited by what curses turned out to have.
    public static func poorer(_ a: ColorMode, _ b: ColorMode) -> ColorMode {
        let order: [ColorMode] = [.none, .ansi8, .ansi256]
        return order[min(order.firstIndex(of: a)!, order.firstIndex(of: b)!)]
    }
}
