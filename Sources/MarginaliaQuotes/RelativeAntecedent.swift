import MarginaliaText
import MarginaliaEntities

/// What a relative pronoun after a comma stands for: "Der oberste Richter des Landes, der …" ->
/// "Der oberste Richter des Landes"; "…, Anna Berg, die …" -> "Anna Berg". A person or organisation
/// the recognizer found ending at the comma wins; else the noun phrase before the comma, read
/// backwards over its attributes to its article, and over one genitive to the noun it belongs to.
enum RelativeAntecedent {
    static func phrase(before pronoun: Span, in text: ArticleText, entities: EntitySpans) -> Span? {
        let scalars = text.scalars
        var comma = pronoun.start - 1
        while comma >= 0, scalars[comma] == " " { comma -= 1 }
        guard comma > 0, scalars[comma] == "," else { return nil }
        let window = Span(max(0, comma - 120), comma)
        if let entity = entities.overlapping(window).last(where: { ($0.type == .PER || $0.type == .ORG) && $0.span.end >= comma - 6 }) {
            // The phrase around the name ("Bürgermeisterin Anna Berg (SPD)") is the same mention.
            return Span(entity.span.start, comma)
        }
        let tokens = Tokenizer.tokenize(text, in: window)
        guard var i = tokens.indices.last, isCapitalised(tokens[i].text) else { return nil }
        var start = i
        var genitives = 0
        while i > 0 {
            let previous = tokens[i - 1].text, lower = previous.lowercased()
            if SpeechCueLexicon.germanDeterminers.contains(lower) {
                start = i - 1
                // "des Landes" after a noun: the genitive belongs to the noun before it.
                if ["des", "der", "eines", "einer"].contains(lower), genitives == 0, i - 2 >= 0, isCapitalised(tokens[i - 2].text),
                   !SpeechCueLexicon.functionWords.contains(tokens[i - 2].text.lowercased()) {
                    genitives += 1; i -= 2; start = i; continue
                }
                break
            }
            // Attributes ("oberste", "geistliche") and the words of a name run back to the article.
            let isAttribute = !isCapitalised(previous) && ["e", "en", "er", "es", "em"].contains(where: { lower.hasSuffix($0) })
                && !SpeechCueLexicon.functionWords.contains(lower) && !SpeechCueLexicon.isCueVerb(lower, language: .german)
            // A name runs back over words the list does not hold ("Ute Sommer"), not over a common
            // noun or a number word ("Tausende").
            let nameWord = isCapitalised(previous) && !isListedNoun(previous) && !SpeechCueLexicon.functionWords.contains(lower)
                && !["tausende", "hunderte", "dutzende"].contains(where: { lower.hasSuffix($0) })
            // A noun before a name in the genitive ("Führer Irans") is the phrase's head.
            let headOfGenitiveName = isCapitalised(previous) && isListedNoun(previous) && !isListedNoun(tokens[i].text)
            guard isAttribute || nameWord || headOfGenitiveName, i - start < 8 else { break }
            i -= 1
            if isCapitalised(previous) { start = i }
        }
        return Span(tokens[start].span.start, comma)
    }

    private static func isListedNoun(_ word: String) -> Bool {
        if case .noun? = GermanWords.shipped.wordClass(word) { return true }
        return false
    }

    private static func isCapitalised(_ word: String) -> Bool {
        word.unicodeScalars.first?.properties.isUppercase == true
    }
}
