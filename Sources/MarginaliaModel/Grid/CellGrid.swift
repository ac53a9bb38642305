/// One screen cell: a grapheme cluster that is already safe to print (no control characters),
/// or "" for the right half of a double-width character.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String = " ", style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell()
    /// The right half of a wide (2-column) character; the terminal draws nothing there.
    public static let continuation = Cell("")
}

/// The in-memory screen every view renders into (as ratatui's Buffer). Tests assert on it; the
/// curses layer only copies it to the terminal.
public struct CellGrid: Equatable, Sendable {
    public private(set) var width: Int
    public private(set) var height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set {
            guard x >= 0, y >= 0, x < width, y < height else { return }
            cells[y * width + x] = newValue
        }
    }

    /// The visible text of row `y` (continuation cells contribute nothing).
    public func rowText(_ y: Int) -> String {
        cells[(y * width)..<((y + 1) * width)].map(\.text).joined()
    }

    /// All rows joined by newlines: handy in tests and for `--dump` screenshots.
    public var text: String { (0..<height).map(rowText).joined(separator: "\n") }
}
