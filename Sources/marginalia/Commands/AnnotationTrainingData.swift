import FoundationEssentials
import MarginaliaText
import MarginaliaEntities
import MarginaliaAnalysis
import MarginaliaStore
import MarginaliaLibrary

/// `train ner --from-annotations FILE_OR_FOLDER_OR_CORPUS`: the user's corrected German articles
/// as training sentences. An article marked complete with `:entities-done` gives all its
/// sentences (names the user left unmarked count as "not a name" there); any other article only
/// the sentences where the user corrected an entity (the rest of such a sentence as the reader
/// showed it). A JSON-lines corpus (`corpus.jsonl`, also inside a folder) is read article by
/// article with its annotations where the reader saves them (`corpus.jsonl.annotations/`).
enum AnnotationTrainingData {
    static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm"]

    static func sentences(from paths: [String]) -> [TaggedSentence] {
        let done = EntitiesDoneList(environment: ProcessEnvironment.variables)
        var result: [TaggedSentence] = []
        var complete = 0, partial = 0, skipped = 0
        func add(_ article: LoadedArticle, location: AnnotationFileLocation?) {
            var options = AnnotationStore.OpenOptions(readOnly: true)
            options.location = location
            let store = AnnotationStore.open(article, options: options)
            let corrections = store.items.filter { $0.motivation == .identifying && !$0.isOrphaned }
            let isDone = done?.contains(article.text) == true
            guard isDone || !corrections.isEmpty else { return }
            let raw = Analyzer.analyze(article)
            guard raw.language == .de else { skipped += 1; return }
            let analysis = store.corrected(raw)
            let sentences = analysis.segmentation.sentences.filter { s in
                isDone || corrections.contains { $0.span.overlaps(s) }
            }
            if isDone { complete += 1 } else { partial += 1 }
            for s in sentences {
                let tagged = CorrectedSentences.tagged(s, text: article.text, entities: analysis.entities)
                if !tagged.words.isEmpty { result.append(tagged) }
            }
        }
        for path in paths.flatMap(articleFiles) {
            if isCorpus(path) {
                // Only articles with an annotation file can hold corrections, unless one was marked complete.
                let library = Library.open(paths: [path], environment: ProcessEnvironment.variables, readOnly: true)
                let anyDone = done.map { !$0.hashes.isEmpty } ?? false
                for i in 0..<library.count {
                    let location = library.annotationLocation(at: i)
                    guard anyDone || location.readPath != nil else { continue }
                    guard let article = try? library.article(at: i) else { skipped += 1; continue }
                    add(article, location: location)
                }
            } else {
                guard let article = try? ArticleLoader.load(path: path) else { skipped += 1; continue }
                add(article, location: nil)
            }
        }
        say("from annotations: \(result.count) sentences of \(complete) articles marked complete and \(partial) with corrections"
            + (skipped > 0 ? " (\(skipped) skipped: unreadable or not German)" : ""))
        return result
    }

    /// A JSON-lines corpus by its extension, as the library decides.
    static func isCorpus(_ path: String) -> Bool {
        ["jsonl", "ndjson"].contains(PathText.pathExtension(path).lowercased())
    }

    /// The file itself, or the article files and corpora in a folder (recursively, sorted; the
    /// reader's annotation folders are left out).
    static func articleFiles(_ path: String) -> [String] {
        guard FileStatus(path: path)?.isDirectory == true else { return [path] }
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []
        return names.sorted().filter { !$0.contains(".annotations/") }.map { PathText.appending(path, $0) }
            .filter { p in
                let ext = PathText.pathExtension(p).lowercased()
                return (articleExtensions.contains(ext) || isCorpus(p)) && FileStatus(path: p)?.isRegular == true
            }
    }
}
