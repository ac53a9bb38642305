/// Key sequences to command names, per context: one trie per context, so a pending prefix
/// (`z` of `zz`) is a walk down the trie, not a scan of all bindings. Built from the command
/// table's default keys, then user overrides (which replace the default keys of the commands
/// they name, in every context the command has a row in).
public struct Keymap: Sendable {
    /// A node of a context's trie: the command bound to the keys that lead here, and longer ones.
    struct Node: Sendable {
        var command: String?
        var children: [Key: Node] = [:]
    }

    private var tries: [CommandContext: Node] = [:]
    /// Each command's key sequences per context, in the order they were bound (help lists them so).
    private var boundOrder: [String: [(CommandContext, [Key])]] = [:]

    public init() {}

    public init(commands: [CommandSpec], overrides: [String: [[Key]]] = [:]) {
        for spec in commands {
            if let custom = overrides[spec.name] {
                for keys in custom { bind(keys, to: spec.name, in: spec.context) }
            } else {
                for notation in spec.keys {
                    if let keys = try? KeyNotation.parse(notation) { bind(keys, to: spec.name, in: spec.context) }
                }
            }
        }
    }

    public mutating func bind(_ keys: [Key], to command: String, in context: CommandContext) {
        guard !keys.isEmpty else { return }
        Self.insert(keys[...], command, into: &tries[context, default: Node()])
        if !(boundOrder[command]?.contains { $0.0 == context && $0.1 == keys } ?? false) {
            boundOrder[command, default: []].append((context, keys))
        }
    }

    private static func insert(_ keys: ArraySlice<Key>, _ command: String, into node: inout Node) {
        guard let first = keys.first else { node.command = command; return }
        insert(keys.dropFirst(), command, into: &node.children[first, default: Node()])
    }

    /// The command bound to exactly `keys` in `context`, if any.
    public func command(for keys: [Key], in context: CommandContext) -> String? { node(keys, context)?.command }

    private func node(_ keys: [Key], _ context: CommandContext) -> Node? {
        var node = tries[context]
        for key in keys { node = node?.children[key] }
        return node
    }

    public enum Lookup: Equatable {
        case command(String)
        /// The keys so far begin a longer binding: wait for more.
        case pending
        case none
    }

    /// Looks `keys` up in the contexts in order of precedence. A complete binding wins over a
    /// longer one it is a prefix of in a later context.
    public func lookup(_ keys: [Key], in contexts: [CommandContext]) -> Lookup {
        var isPrefix = false
        for context in contexts {
            guard let found = node(keys, context) else { continue }
            if let name = found.command { return isPrefix ? .pending : .command(name) }
            if !found.children.isEmpty { isPrefix = true }
        }
        return isPrefix ? .pending : .none
    }

    /// The key sequences bound to `command` (in `context`, or in any), for help and hints.
    public func keys(for command: String, in context: CommandContext? = nil) -> [[Key]] {
        var seen: [[Key]] = []
        for (c, keys) in boundOrder[command] ?? [] where context == nil || c == context {
            guard self.command(for: keys, in: c) == command, !seen.contains(keys) else { continue }
            seen.append(keys)
        }
        return seen
    }
}

/// Turns key presses into command invocations: collects a count (`5j`) from digits that are
/// not bound themselves, waits on pending prefixes, and lets `Esc` clear what is pending.
public struct KeyDispatcher: Sendable {
    public private(set) var pendingKeys: [Key] = []
    public private(set) var pendingCount: Int? = nil

    public init() {}

    public enum Outcome: Equatable {
        case run(String, count: Int?)
        case pending
        case unbound([Key])
        case cancelled
    }

    public var isPending: Bool { !pendingKeys.isEmpty || pendingCount != nil }

    /// What is pending, as the status line shows it (`5`, `z`).
    public var pendingDescription: String {
        (pendingCount.map(String.init) ?? "") + pendingKeys.map(KeyNotation.describe).joined()
    }

    public mutating func reset() { pendingKeys = []; pendingCount = nil }

    public mutating func feed(_ key: Key, keymap: Keymap, contexts: [CommandContext]) -> Outcome {
        // A digit extends a count already started; it starts one only where it is not bound
        // itself (by default 1-9 tag in the article, so counts work in panes and with remapped tags).
        if pendingKeys.isEmpty, case .character(let c) = key, c.isASCII, let digit = c.wholeNumberValue {
            let startsCount = digit > 0 && keymap.lookup([key], in: contexts) == .none
            if pendingCount != nil || startsCount {
                pendingCount = min(99_999, (pendingCount ?? 0) * 10 + digit)
                return .pending
            }
        }
        if key == .escape, isPending {
            reset()
            return .cancelled
        }
        let sequence = pendingKeys + [key]
        switch keymap.lookup(sequence, in: contexts) {
        case .command(let name):
            let count = pendingCount
            reset()
            return .run(name, count: count)
        case .pending:
            pendingKeys = sequence
            return .pending
        case .none:
            reset()
            return .unbound(sequence)
        }
    }
}
