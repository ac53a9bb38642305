import MarginaliaText
@testable import MarginaliaEntities

/// Runs the German name patterns over `s`, given the tagger's mentions as (text, type,
/// confidence) found at their first occurrence; answers "TYPE text" per resulting mention.
func applyNamePatterns(_ s: String, _ mentions: [(String, EntityType, Double)], lexicon: Lexicon, words: GermanWords) -> [String] {
    let text = ArticleText(s)
    let sentences = Segmenter.segment(text, language: .de).sentences
    let tokens = sentences.map { Tokenizer.tokenize(text, in: $0, style: .germEval) }
    let scalars = Array(s.unicodeScalars)
    let given = mentions.map { (name, type, confidence) -> EntityMention in
        let start = scalars.indices.first { String(String.UnicodeScalarView(scalars[$0...])).hasPrefix(name) }!
        return EntityMention(span: Span(start, start + name.unicodeScalars.count), text: name, type: type, canonical: name, confidence: confidence)
    }
    return GermanNamePatterns.apply(given, tokens: tokens, text: text, lexicon: lexicon, words: words).map { "\($0.type.rawValue) \($0.text)" }
}
