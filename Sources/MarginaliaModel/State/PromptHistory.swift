import FoundationEssentials
import MarginaliaText

/// The `:` commands and `/` searches typed before, kept across sessions, one a line, in
/// `$XDG_STATE_HOME/marginalia/` (default `~/.local/state`; `command-history`, `search-history`).
/// Up and Down in the prompt walk back and forth through the entries that begin with what was
/// typed before the first Up, as in Vim.
struct PromptHistory {
    static let limit = 500
    let folder: String?
    private var entries: [PromptKind: [String]] = [:]

    init(environment: [String: String]) {
        let state = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? environment["HOME"].map { $0 + "/.local/state" }
        folder = state.map { $0 + "/marginalia" }
    }

    static func fileName(_ kind: PromptKind) -> String? {
        switch kind {
        case .command: return "command-history"
        case .search: return "search-history"
        default: return nil
        }
    }

    /// The entries of `kind`, oldest first (read from the file on first use).
    mutating func entries(_ kind: PromptKind) -> [String] {
        if let known = entries[kind] { return known }
        var loaded: [String] = []
        if let folder, let name = Self.fileName(kind),
           let data = try? ArticleLoader.read(path: folder + "/" + name, sizeLimit: 1 << 20) {
            loaded = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).suffix(Self.limit).map { $0 }
        }
        entries[kind] = loaded
        return loaded
    }

    /// Remembers `line` (moved to the end if it was there) and writes the file; `save: false`
    /// for a look that must not write (`--dump`).
    mutating func add(_ line: String, kind: PromptKind, save: Bool) {
        guard Self.fileName(kind) != nil, !line.trimmingSpaces.isEmpty, !line.contains("\n") else { return }
        var list = entries(kind).filter { $0 != line }
        list.append(line)
        if list.count > Self.limit { list.removeFirst(list.count - Self.limit) }
        entries[kind] = list
        guard save, let folder, let name = Self.fileName(kind) else { return }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? Data((list.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: folder + "/" + name), options: .atomic)
    }
}

/// Where Up/Down are in the history of the open prompt.
struct HistoryWalk {
    var draft: String
    var index: Int
}
