import MarginaliaText
import MarginaliaLibrary

/// What a library view asks its host (the reader) to do after a key.
public enum LibraryAction: Equatable, Sendable {
    case none
    /// Open entry `article` (an index into `Library.entries`) at its remembered position.
    case open(article: Int)
    /// Open entry `article` and select/show this span (a `:find`/`:entity` hit).
    case jump(article: Int, span: Span)
    /// Hide the view, back to the reader.
    case close
    /// Quit the program (saving first).
    case quit
    /// Open the reader's `:` command line (e.g. for `:find` from the list).
    case commandLine
}

/// The commands of the library list, bound to keys by a table (`LibraryListKeys.defaults`).
public enum LibraryListCommand: String, CaseIterable, Sendable {
    case up, down, pageUp, pageDown, top, bottom
    case open, toggleDone, cycleSort, startFilter, clearOrClose, close, quit, commandLine
}

public enum LibraryListKeys {
    /// Keys that are commands while the list is not in filter-typing mode. Any other printable
    /// character starts the filter with itself ("type to filter"); `/` starts an empty filter
    /// (to type a word beginning with a command letter).
    public static let defaults: [Key: LibraryListCommand] = [
        .up: .up, .character("k"): .up, .down: .down, .character("j"): .down,
        .pageUp: .pageUp, .character("b"): .pageUp, .pageDown: .pageDown, .character(" "): .pageDown,
        .home: .top, .character("g"): .top, .end: .bottom, .character("G"): .bottom,
        .enter: .open, .character("D"): .toggleDone, .character("s"): .cycleSort, .tab: .cycleSort,
        .character("/"): .startFilter, .escape: .clearOrClose, .character("L"): .close, .character("q"): .quit,
        .character(":"): .commandLine,
    ]

    /// While typing a filter only these keys are commands; everything printable is text.
    public static let whileFiltering: [Key: LibraryListCommand] = [
        .up: .up, .down: .down, .pageUp: .pageUp, .pageDown: .pageDown,
        .enter: .open, .escape: .clearOrClose, .tab: .cycleSort,
    ]
}
