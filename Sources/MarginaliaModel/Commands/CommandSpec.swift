/// Where a key binding applies: every screen that reacts to keys is one. The dispatcher looks
/// keys up in the active contexts in order (a focused pane: pane, then article, then global), so
/// a pane gives `j` its own meaning. The same command name may have a row in several contexts
/// (`down` scrolls the article, moves a pane's cursor, the library list's, the help's): one
/// name, one key to rebind, a behaviour per context.
public enum CommandContext: String, CaseIterable, Sendable {
    case global, article, visual, pane
    /// The library list (`L`), the filter line being typed in it, the `:find`/`:entity` results.
    case library, filter, hits
    /// The bottom-line editor (`:`, `/`, notes, speaker names) and the help overlay.
    case prompt, help

    /// Whether a command of this context may need the whole article (a big file's preview is
    /// completed first; see `ReaderApp.previewCommands`).
    var readsTheArticle: Bool { [.global, .article, .visual, .pane].contains(self) }

    /// Text contexts: a character no row binds is typed into the line.
    public var takesText: Bool { self == .prompt || self == .filter }

    /// The heading of the context's section in the help.
    public var title: String {
        switch self {
        case .global: return "Everywhere (article and panes)"
        case .article: return "Article"
        case .visual: return "Visual range"
        case .pane: return "Side panes"
        case .library: return "Library list"
        case .filter: return "Library filter (typed text filters the list)"
        case .hits: return "Search results (:find, :entity)"
        case .prompt: return "Command line, search, notes (typed text is edited)"
        case .help: return "Help"
        }
    }
}

/// How a command was invoked: an optional count (`5j`) and arguments (`:theme light`).
public struct Invocation: Sendable {
    public var count: Int?
    public var arguments: [String]
    /// Everything after the command name on the `:` line, unsplit (file paths with spaces).
    public var rawArgument: String

    public init(count: Int? = nil, arguments: [String] = [], rawArgument: String = "") {
        self.count = count
        self.arguments = arguments
        self.rawArgument = rawArgument
    }

    public var repeatCount: Int { max(1, count ?? 1) }
}

/// One row of the command table: every user action is one of these, reachable by its keys and
/// by name on the `:` line.
public struct CommandSpec: Sendable {
    public var name: String
    /// Short names for the `:` line (`w`, `q`, `wq`).
    public var aliases: [String]
    public var description: String
    /// Default key sequences in `KeyNotation`.
    public var keys: [String]
    public var context: CommandContext
    public var run: @Sendable (ReaderApp, Invocation) -> Void

    public init(_ name: String, aliases: [String] = [], _ description: String, keys: [String] = [],
                context: CommandContext, run: @escaping @Sendable (ReaderApp, Invocation) -> Void) {
        self.name = name
        self.aliases = aliases
        self.description = description
        self.keys = keys
        self.context = context
        self.run = run
    }
}
