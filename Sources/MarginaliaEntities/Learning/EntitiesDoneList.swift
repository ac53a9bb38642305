import FoundationEssentials
import MarginaliaText

/// Articles whose entity corrections the user marked complete (`:entities-done`): there every
/// name the user left unmarked counts as "not a name" when a model is trained from annotations.
/// One line per article, `<SHA-256 of the article text> <path>`, in
/// `$XDG_DATA_HOME/marginalia/models/entities-done.txt`; by text, so a moved file still counts.
public struct EntitiesDoneList: Sendable {
    public let path: String
    public private(set) var hashes: Set<String> = []
    var lines: [String] = []

    public init?(environment: [String: String]) {
        guard let location = UserModelLocation(language: "de", environment: environment) else { return nil }
        self.init(path: PathText.appending(location.folder, "entities-done.txt"))
    }

    public init(path: String) {
        self.path = path
        if let data = FileManager.default.contents(atPath: path) {
            lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
            hashes = Set(lines.compactMap { $0.split(separator: " ", maxSplits: 1).first.map(String.init) })
        }
    }

    public static func hash(of text: ArticleText) -> String {
        text.sha256
    }

    public func contains(_ text: ArticleText) -> Bool { hashes.contains(Self.hash(of: text)) }

    /// Adds the article (atomically rewrites the list); false if it was there already.
    public mutating func add(_ text: ArticleText, path articlePath: String) throws -> Bool {
        let h = Self.hash(of: text)
        guard !hashes.contains(h) else { return false }
        hashes.insert(h)
        lines.append(h + " " + TerminalSafe.oneLine(articlePath))
        try FileManager.default.createDirectory(atPath: PathText.parent(path), withIntermediateDirectories: true)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        return true
    }
}
