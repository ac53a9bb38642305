/// Where a command applies. The dispatcher looks keys up in the active contexts in order
/// (e.g. a focused pane: pane, then article, then global), so a pane can give `j` its own meaning.
public enum CommandContext: String, CaseIterable, Sendable {
    case global, article, visual, pane
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
