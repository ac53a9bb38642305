import MarginaliaText
import MarginaliaEntities

/// CoNLL-style BIO tokens for NER training: one `token<SEP>tag` a line (`B-PER`, `I-PER`, `O`),
/// a blank line after each sentence, and before each article the `-DOCSTART- -X- O O` line
/// CoNLL-2003 readers (spaCy's `conll_ner` converter, flair, seqeval's examples) split documents
/// on, or none. Tokens come from `Tokenizer`, sentences from the analysis' segmentation, entity
/// types after corrections; whitespace inside a token becomes `_` so columns stay columns.
public enum CoNLLExport {
    public static let docstart = "-DOCSTART- -X- O O"

    public static func document(text: ArticleText, sentences: [Span], entities: [EntityMention],
                                docstart: Bool = true, separator: Character = "\t") -> String {
        // Always with spaces: spaCy's converter splits documents on exactly this string.
        var out = docstart ? CoNLLExport.docstart + "\n\n" : ""
        let sortedEntities = entities.sorted { $0.span < $1.span }
        var e = 0
        for sentence in sentences {
            let tokens = Tokenizer.tokenize(text, in: sentence)
            guard !tokens.isEmpty else { continue }
            var previousEntity: Span?
            for token in tokens {
                while e < sortedEntities.count, sortedEntities[e].span.end <= token.span.start { e += 1 }
                var tag = "O"
                var current: Span?
                if e < sortedEntities.count, sortedEntities[e].span.overlaps(token.span) {
                    let entity = sortedEntities[e]
                    current = entity.span
                    tag = (previousEntity == entity.span ? "I-" : "B-") + LineFormatText.name(entity.type.rawValue)
                }
                previousEntity = current
                out += LineFormatText.token(token.text) + String(separator) + tag + "\n"
            }
            out += "\n"
        }
        return out
    }

    /// Reads BIO lines (tab- or space-separated, first column the token, last the tag) back
    /// into documents of sentences; `-DOCSTART-` lines start a new document.
    public static func readDocuments(_ conll: String) -> [[[(token: String, tag: String)]]] {
        var documents: [[[(token: String, tag: String)]]] = []
        var sentences: [[(token: String, tag: String)]] = []
        var current: [(token: String, tag: String)] = []
        var sawDocstart = false
        for line in conll.split(separator: "\n", omittingEmptySubsequences: false) {
            let parts = line.split(whereSeparator: { $0 == "\t" || $0 == " " }).map(String.init)
            if parts.isEmpty {
                if !current.isEmpty { sentences.append(current); current = [] }
                continue
            }
            if parts[0] == "-DOCSTART-" {
                if !current.isEmpty { sentences.append(current); current = [] }
                if sawDocstart || !sentences.isEmpty { documents.append(sentences) }
                sentences = []
                sawDocstart = true
                continue
            }
            guard parts.count >= 2 else { continue }
            current.append((parts[0], parts[parts.count - 1]))
        }
        if !current.isEmpty { sentences.append(current) }
        if !sentences.isEmpty || sawDocstart { documents.append(sentences) }
        return documents
    }

    /// All sentences of all documents.
    public static func read(_ conll: String) -> [[(token: String, tag: String)]] {
        readDocuments(conll).flatMap { $0 }
    }
}
