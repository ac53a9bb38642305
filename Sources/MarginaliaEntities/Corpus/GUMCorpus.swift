import FoundationEssentials
import MarginaliaText

/// The GUM folder of `../shared/data/gum-en/`: `splits/<split>.txt` names the documents,
/// `conllu/<name>.conllu` holds each one.
public enum GUMCorpus {
    public static let splits = ["train", "dev", "test"]

    /// Paths of the documents of `split` (in the order of the split file).
    public static func paths(directory: String, split: String) throws -> [String] {
        guard splits.contains(split) else { throw GUMReader.ParseError(description: "unknown GUM split '\(split)' (train, dev, test)") }
        let listPath = PathText.appending(directory, "splits/\(split).txt")
        guard let list = try? String(contentsOfFile: listPath, encoding: .utf8) else {
            throw GUMReader.ParseError(description: "cannot read \(listPath) (is \(directory) the gum-en folder?)")
        }
        return list.split(whereSeparator: \.isNewline).map { PathText.appending(directory, "conllu/\($0).conllu") }
    }

    public static func read(path: String) throws -> GUMDocument {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw GUMReader.ParseError(description: "cannot read \(path)")
        }
        return try GUMReader.parse(text, name: PathText.lastComponent(path))
    }

    /// Training sentences as the English recognizer will see them at run time: each gold sentence
    /// cut by `Tokenizer` (English style), a token labelled when it overlaps a gold mention.
    public static func taggedSentences(_ doc: GUMDocument) -> [TaggedSentence] {
        var result: [TaggedSentence] = []
        var m = 0
        let mentions = doc.mentions
        for sentence in doc.sentences {
            let tokens = Tokenizer.tokenize(doc.text, in: sentence, style: .english)
            guard !tokens.isEmpty else { continue }
            while m < mentions.count, mentions[m].span.end <= sentence.start { m += 1 }
            var labels = [Int](repeating: 0, count: tokens.count)
            var k = m
            while k < mentions.count, mentions[k].span.start < sentence.end {
                let g = mentions[k]
                var begun = false
                for (i, t) in tokens.enumerated() where t.span.start < g.span.end && t.span.end > g.span.start && labels[i] == 0 {
                    labels[i] = begun ? EntityTagSet.inside(g.type) : EntityTagSet.begin(g.type)
                    begun = true
                }
                k += 1
            }
            result.append(TaggedSentence(words: tokens.map(\.text), labels: labels))
        }
        return result
    }

    /// Spans as the comparison scores them: a leading "the" and a trailing possessive ("'s",
    /// "'") do not count, so a system is not penalised for the treebank's span convention.
    public static func forgiving(_ span: Span, in text: ArticleText) -> Span {
        var s = span
        let t = text[s]
        for article in ["the ", "The ", "THE "] where t.hasPrefix(article) && s.length > article.unicodeScalars.count {
            s = Span(s.start + article.unicodeScalars.count, s.end)
        }
        let tail = text[s]
        for possessive in ["'s", "’s", "'", "’"] where tail.hasSuffix(possessive) && s.length > possessive.unicodeScalars.count {
            s = Span(s.start, s.end - possessive.unicodeScalars.count)
            break
        }
        return s
    }
}
