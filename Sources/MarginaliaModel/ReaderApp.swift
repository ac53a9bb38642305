import Foundation
import MarginaliaText

/// What the terminal can show; decided by the front end (has_colors, COLORS, NO_COLOR).
public enum ColorMode: String, Sendable {
    case none, ansi8, ansi256
}

/// Options the executable passes when it starts the reader.
public struct LaunchOptions: Sendable {
    public var colorMode: ColorMode
    /// The environment (for XDG_CONFIG_HOME, XDG_DATA_HOME, NO_COLOR); injectable for tests.
    public var environment: [String: String]

    public init(colorMode: ColorMode = .ansi256, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.colorMode = colorMode
        self.environment = environment
    }
}

/// The reader application behind the `AppSession` contract.
/// PLACEHOLDER first version (the ui helper replaces it): shows the first article's text.
public final class ReaderApp: AppSession {
    private var lines: [String]
    private var width = 80
    private var height = 24
    private var top = 0
    public private(set) var shouldQuit = false

    /// Opens the given paths (none: the caller passes the bundled samples). Throws a LoadError
    /// (one-line description) when nothing can be opened.
    public static func open(paths: [String], options: LaunchOptions) throws -> ReaderApp {
        let article = try ArticleLoader.load(path: paths.first ?? "")
        return ReaderApp(lines: article.text.string.components(separatedBy: "\n"))
    }

    init(lines: [String]) { self.lines = lines }

    public func handle(_ key: Key) {
        switch key {
        case .character("q"): shouldQuit = true
        case .character("j"), .down: top = min(top + 1, max(0, lines.count - 1))
        case .character("k"), .up: top = max(0, top - 1)
        default: break
        }
    }

    public func resize(width: Int, height: Int) { self.width = width; self.height = height }
    public func tick(now: Date) {}
    public var cursorPosition: (x: Int, y: Int)? { nil }
    public func flush() {}

    public func render() -> CellGrid {
        var grid = CellGrid(width: width, height: height)
        for y in 0..<height where top + y < lines.count {
            for (x, ch) in lines[top + y].prefix(width).enumerated() {
                grid[x, y] = Cell(TerminalSafe.oneLine(String(ch)))
            }
        }
        return grid
    }
}
