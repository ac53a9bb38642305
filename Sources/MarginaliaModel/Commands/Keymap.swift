/// Key sequences to command names, per context. Built from the command table's default keys,
/// then user overrides (which replace all default keys of the commands they name).
public struct Keymap: Sendable {
    public private(set) var bindings: [CommandContext: [[Key]: String]] = [:]
    /// Each command's key sequences in the order they were bound (defaults as docs/CONTRACTS.md lists them).
    private var boundOrder: [String: [[Key]]] = [:]

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
        bindings[context, default: [:]][keys] = command
        if !(boundOrder[command]?.contains(keys) ?? false) { boundOrder[command, default: []].append(keys) }
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
            guard let table = bindings[context] else { continue }
            if let name = table[keys] { return isPrefix ? .pending : .command(name) }
            if table.keys.contains(where: { $0.count > keys.count && Array($0.prefix(keys.count)) == keys }) { isPrefix = true }
        }
        return isPrefix ? .pending : .none
    }

    /// The key sequences bound to `command`, for help and the status line.
    public func keys(for command: String) -> [[Key]] {
        (boundOrder[command] ?? []).filter { keys in
            CommandContext.allCases.contains { bindings[$0]?[keys] == command }
        }
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
