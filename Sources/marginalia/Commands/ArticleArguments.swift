import FoundationEssentials
import MarginaliaText
import MarginaliaModel
import MarginaliaStore
import MarginaliaLibrary

/// The articles named on the command line of `export` and `import`: a file, a JSON-lines corpus
/// (every article line, or those of `--ids`), or one corpus article as `corpus.jsonl#ID`. A
/// corpus article's annotations are the reader's: `corpus.jsonl.annotations/ID.annotations.json`
/// (or its data-directory fallback), found through the library exactly as the reader finds them.
struct ArticleArguments {
    struct Item {
        var article: LoadedArticle
        /// Where its annotation file is; nil: the store's rule for a file (beside it).
        var location: AnnotationFileLocation?
        /// The corpus id (a corpus article only).
        var id: String?
        /// The corpus wrote the id as a number.
        var idIsNumber = false
    }

    /// The items of `arguments` in order. `ids` keeps only corpus articles with those ids. A bad
    /// argument exits with a one-line message (nothing is written before every input is read).
    static func resolve(_ arguments: [String], ids: Set<String>?) -> [Item] {
        var items: [Item] = []
        for argument in arguments {
            if let (corpusPath, id) = corpusArticle(argument) {
                let found = corpusItems(corpusPath, ids: [id])
                guard !found.isEmpty else { CommandLineError.exit("\(argument): no article with id '\(id)' in \(corpusPath)") }
                items += found
            } else if isCorpus(argument) {
                items += corpusItems(argument, ids: ids)
            } else {
                do { items.append(Item(article: try ArticleLoader.load(path: argument), location: nil, id: nil)) }
                catch let error as LoadError { CommandLineError.exit(error.description) }
                catch { CommandLineError.exit("\(argument): \(error)") }
            }
        }
        if let ids {
            let seen = Set(items.compactMap(\.id))
            let missing = ids.subtracting(seen).sorted()
            if !missing.isEmpty { CommandLineError.exit("--ids: no article with id \(missing.joined(separator: ", "))") }
        }
        return items
    }

    /// A JSON-lines corpus by its extension (`.jsonl`, `.ndjson`), as the library decides.
    static func isCorpus(_ path: String) -> Bool {
        ["jsonl", "ndjson"].contains(PathText.pathExtension(path).lowercased()) && FileStatus(path: path)?.isDirectory != true
    }

    /// `corpus.jsonl#ID` when `corpus.jsonl` is a corpus and the whole argument is not a file.
    static func corpusArticle(_ argument: String) -> (String, String)? {
        guard FileStatus(path: argument) == nil, let hash = argument.lastIndex(of: "#") else { return nil }
        let corpus = String(argument[..<hash])
        let id = String(argument[argument.index(after: hash)...])
        return isCorpus(corpus) && FileStatus(path: corpus) != nil ? (corpus, id) : nil
    }

    static func corpusItems(_ path: String, ids: Set<String>?) -> [Item] {
        guard FileStatus(path: path) != nil else { CommandLineError.exit("\(path): no such file") }
        let library = Library.open(paths: [path], environment: ProcessEnvironment.variables, readOnly: true)
        for skipped in library.skipped {
            StandardStreams.writeError("marginalia: \(TerminalSafe.oneLine(skipped.description)); skipped\n")
        }
        var items: [Item] = []
        for i in 0..<library.count {
            guard case .corpusLine = library.entries[i].location else { continue }
            let key = library.entries[i].corpusArticleKey ?? library.entries[i].key
            if let ids, !ids.contains(key) { continue }
            do {
                var item = Item(article: try library.article(at: i), location: library.annotationLocation(at: i), id: key)
                if case .corpusLine(let c, let line) = library.entries[i].location {
                    item.idIsNumber = library.corpora[c].lines[line].idIsNumber && key == library.corpora[c].lines[line].id
                }
                items.append(item)
            } catch let error as LoadError {
                CommandLineError.exit(error.description)
            } catch {
                CommandLineError.exit("\(path): \(error)")
            }
        }
        return items
    }

    /// The store of an item, read-only (no lock, no saves) or for writing (import).
    static func store(for item: Item, readOnly: Bool) -> AnnotationStore {
        var options = AnnotationStore.OpenOptions(readOnly: readOnly)
        options.location = item.location
        return AnnotationStore.open(item.article, options: options)
    }
}
