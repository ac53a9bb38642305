import MarginaliaText

/// One gold article: its plain text and the annotated mentions (code-point spans).
public struct GoldDocument: Sendable {
    public var text: ArticleText
    public var mentions: [(span: Span, type: EntityType)]
}

/// Gold files with inline annotations: `[PER Joe Biden] met [ORG NATO] officials.` Articles are
/// separated by a line `---`; lines starting with `#` are comments. Brackets are markup only,
/// so the plain text (and its code-point offsets) is the file with the markup removed.
public enum GoldMarkup {
    public struct ParseError: Error, CustomStringConvertible {
        public let description: String
    }

    public static func parseDocuments(_ file: String) throws -> [GoldDocument] {
        var documents: [GoldDocument] = []
        var current: [Substring] = []
        func flush() throws {
            let body = current.joined(separator: "\n").trimmingNewlines
            current = []
            if !body.isEmpty { documents.append(try parse(body)) }
        }
        for line in file.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#") { continue }
            if line == "---" { try flush(); continue }
            current.append(line)
        }
        try flush()
        return documents
    }

    public static func parse(_ marked: String) throws -> GoldDocument {
        var plain = String.UnicodeScalarView()
        var mentions: [(span: Span, type: EntityType)] = []
        var open: (start: Int, type: EntityType)?
        let scalars = Array(marked.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "[" {
                guard open == nil else { throw ParseError(description: "nested '[' at scalar \(i)") }
                var j = i + 1
                while j < scalars.count, scalars[j] != " " { j += 1 }
                let name = String(String.UnicodeScalarView(scalars[(i + 1)..<j]))
                guard let type = EntityType(rawValue: name) else { throw ParseError(description: "unknown type '\(name)' at scalar \(i)") }
                open = (plain.count, type)
                i = j + 1
                continue
            }
            if c == "]" {
                guard let o = open else { throw ParseError(description: "']' without '[' at scalar \(i)") }
                mentions.append((Span(o.start, plain.count), o.type))
                open = nil
                i += 1
                continue
            }
            plain.append(c)
            i += 1
        }
        if open != nil { throw ParseError(description: "unclosed '['") }
        return GoldDocument(text: ArticleText(String(plain)), mentions: mentions)
    }

    /// Runs the full recognizer (segmentation, tokenisation, tagging, document evidence, name
    /// patterns) on each article; for German with `german` instead of the shipped model if given.
    /// `each` sees every article with what was found in it (for `eval ner --export`).
    public static func evaluate(_ documents: [GoldDocument], language: Language, german: GermanRecognizer? = nil,
                                each: (GoldDocument, [EntityMention]) -> Void = { _, _ in }) -> SpanEvaluation {
        var eval = SpanEvaluation()
        for doc in documents {
            let segmentation = Segmenter.segment(doc.text, language: language)
            let found = if language == .de, let german {
                german.recognize(doc.text, sentences: segmentation.sentences.isEmpty ? [Span(0, doc.text.count)] : segmentation.sentences)
            } else {
                EntityRecognition.recognize(doc.text, segmentation: segmentation, language: language)
            }
            eval.add(gold: doc.mentions.map { ($0.span, $0.type) }, predicted: found.map { ($0.span, $0.type) })
            each(doc, found)
        }
        return eval
    }

    /// The documents as training sentences: each cut into sentences and tokens as the tagger cuts
    /// news (German sentences, GermEval tokens), a token labelled when it lies inside a gold name.
    public static func trainingSentences(_ documents: [GoldDocument], language: Language = .de) -> [TaggedSentence] {
        var result: [TaggedSentence] = []
        for doc in documents {
            let names = doc.mentions.map { EntityMention(span: $0.span, text: doc.text[$0.span], type: $0.type, canonical: doc.text[$0.span], confidence: 1) }
            for sentence in Segmenter.segment(doc.text, language: language).sentences {
                let tagged = CorrectedSentences.tagged(sentence, text: doc.text, entities: names)
                if !tagged.words.isEmpty { result.append(tagged) }
            }
        }
        return result
    }
}
