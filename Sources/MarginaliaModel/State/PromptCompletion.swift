import FoundationEssentials
import MarginaliaText
import MarginaliaLibrary
import MarginaliaEntities

/// Tab in the bottom-line editor: completes the word before the cursor from what fits there,
/// case- and accent-insensitively, at the start of any word (`vuc` finds `Aleksandar Vučić`); Tab again cycles through the other
/// candidates. Command names first on the `:` line, then per command: theme names, entity
/// types, tag names, paths (`:e`), names of the article's people and organisations (speaker).
struct PromptCompletion {
    /// The line before the word being completed, and the candidates for the word.
    var head: String
    var candidates: [String]
    var index: Int
}

extension ReaderApp {
    func completePrompt() {
        promptLine.complete { kind, text in
            let (head, word, pool) = completionPool(kind, text)
            let folded = TextFolding.fold(word)
            var seen = Set<String>()
            // A candidate fits when it or one of its words begins with the word typed (`vuc`: Vučić).
            let fits = { (candidate: String) -> Bool in
                let c = TextFolding.fold(candidate)
                return c.hasPrefix(folded) || (!folded.isEmpty && c.contains(" " + folded))
            }
            return (head, pool.filter { fits($0) && seen.insert($0).inserted })
        }
    }

    /// What Tab may put in place of the last word of `text`: (the text before it, the word, the candidates).
    func completionPool(_ kind: PromptKind, _ text: String) -> (String, String, [String]) {
        switch kind {
        case .speaker:
            return ("", text, speakerNames)
        case .search, .note, .confirm:
            return ("", text, [])
        case .command:
            guard let space = text.firstIndex(of: " ") else {
                return ("", text, commands.flatMap { [$0.name] + $0.aliases }.sorted())
            }
            let name = String(text[..<space])
            let rest = String(text[text.index(after: space)...])
            let head = String(text[...space])
            switch commandsByName[name]?.first?.name {
            case "theme": return (head, rest, themeNames)
            case "retype", "mark-entity": return (head, rest, EntityType.allCases.map(\.rawValue))
            case "speaker", "mark-quote", "entity": return (head, rest, speakerNames)
            case "edit": return pathCompletion(head: head, typed: rest)
            case "tags":
                // The last name of the comma-separated list.
                let lastComma = rest.lastIndex(of: ",").map { rest.index(after: $0) } ?? rest.startIndex
                return (head + String(rest[..<lastComma]), String(rest[lastComma...]), tagSet)
            default: return (head, rest, [])
            }
        }
    }

    /// The canonical names of the article's people and organisations, most mentioned first.
    var speakerNames: [String] {
        entityGroups.filter { $0.type == .PER || $0.type == .ORG }.map(\.canonical)
    }

    /// Files and folders (with a `/`) in the folder of the path typed so far.
    func pathCompletion(head: String, typed: String) -> (String, String, [String]) {
        let slash = typed.lastIndex(of: "/")
        let folder = slash.map { String(typed[...$0]) } ?? ""
        let word = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        let expanded = folder.hasPrefix("~/") ? (options.environment["HOME"] ?? "~") + folder.dropFirst() : folder
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: expanded.isEmpty ? "." : expanded)) ?? [])
            .filter { !$0.hasPrefix(".") || word.hasPrefix(".") }
            .sorted()
            .map { name in FileStatus(path: expanded + name)?.isDirectory == true ? name + "/" : name }
        return (head + folder, word, names)
    }
}
