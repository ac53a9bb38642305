import FoundationEssentials
import MarginaliaText
import MarginaliaEntities
import MarginaliaAnalysis
import MarginaliaStore

/// `train ner --from-annotations FILE_OR_FOLDER`: the user's corrected German articles as
/// training sentences. An article marked complete with `:entities-done` gives all its sentences
/// (names the user left unmarked count as "not a name" there); any other article only the
/// sentences where the user corrected an entity (the rest of such a sentence as the reader showed it).
enum AnnotationTrainingData {
    static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm"]

    static func sentences(from paths: [String]) -> [TaggedSentence] {
        let done = EntitiesDoneList(environment: ProcessEnvironment.variables)
        var result: [TaggedSentence] = []
        var complete = 0, partial = 0, skipped = 0
        for path in paths.flatMap(articleFiles) {
            guard let article = try? ArticleLoader.load(path: path) else { skipped += 1; continue }
            let store = AnnotationStore.open(article, options: .init(readOnly: true))
            let corrections = store.items.filter { $0.motivation == .identifying && !$0.isOrphaned }
            let isDone = done?.contains(article.text) == true
            guard isDone || !corrections.isEmpty else { continue }
            let raw = Analyzer.analyze(article)
            guard raw.language == .de else { skipped += 1; continue }
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
        say("from annotations: \(result.count) sentences of \(complete) articles marked complete and \(partial) with corrections"
            + (skipped > 0 ? " (\(skipped) skipped: unreadable or not German)" : ""))
        return result
    }

    /// The file itself, or the article files in a folder (recursively, sorted).
    static func articleFiles(_ path: String) -> [String] {
        guard FileStatus(path: path)?.isDirectory == true else { return [path] }
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []
        return names.sorted().map { PathText.appending(path, $0) }
            .filter { articleExtensions.contains(PathText.pathExtension($0).lowercased()) && FileStatus(path: $0)?.isRegular == true }
    }
}
