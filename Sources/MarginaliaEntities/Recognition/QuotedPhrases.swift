import MarginaliaText

/// A phrase of common words in quotation marks is no name (issue 16: MISC precision). The tagger
/// reads quotation marks as a title's and types the slogans, mottos and catchwords that news
/// quotes ("Plakate mit der Aufschrift „Arbeit = Würde“", "riet zu „Geduld und Mut“")
/// as MISC; GermEval marks none of them ("Nach dem Motto „Natur Natur sein lassen“"). A MISC that
/// is exactly the content of the marks is dropped when it has two words at least, opens with no
/// article (titles often do: „Der Schrei“), holds no digit, and each capitalised word in it is a
/// common noun of the noun list or a compound of its nouns, written as nouns are (no place, no
/// "iPod"; a first name only where it is also a listed noun and a plain noun stands beside it).
/// Titles with a work noun before the marks („Stück „…“", "der Film „…“") are found again by
/// `WorkTitles`, which runs after.
enum QuotedPhrases {
    static let articles: Set<String> = ["Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Einem", "Einer", "Eines"]

    static func filter(_ mentions: [EntityMention], text: ArticleText, lexicon: Lexicon, words: GermanWords = .shipped) -> [EntityMention] {
        mentions.filter { m in
            guard m.type == .MISC, isQuoted(m.span, text) else { return true }
            return !isCommonPhrase(m.text, lexicon: lexicon, words: words)
        }
    }

    /// Marks right around the span, or with one space inside them (tokenised text: „ Titel “).
    static func isQuoted(_ span: Span, _ text: ArticleText) -> Bool {
        var open = span.start - 1, close = span.end
        if open > 0, text[open] == " " { open -= 1 }
        if close + 1 < text.count, text[close] == " " { close += 1 }
        guard open >= 0, close < text.count else { return false }
        // A pair as titles use them: „…“, «…», »…«, "…" and the English “…”.
        let o = text[open]
        guard o == "„" || o == "\"" || o == "«" || o == "»" || o == "“" else { return false }
        return text[close] == WorkTitles.Marks(open: o).close
    }

    static func isCommonPhrase(_ phrase: String, lexicon: Lexicon, words: GermanWords) -> Bool {
        let parts = phrase.split { " ,;:!?=–-".unicodeScalars.contains($0.unicodeScalars.first!) }
        guard parts.count >= 2, !articles.contains(String(parts[0])) else { return false }
        // A first name that is also a common noun ("Leib", "Wolf") counts as the noun beside a
        // noun that is no first name: „Gefahr für Leib und Leben“.
        var nameNouns = 0, plainNouns = 0
        for part in parts {
            let scalars = part.unicodeScalars
            guard let first = scalars.first, !scalars.contains(where: ScalarClass.isNumeric) else { return false }
            let inner = scalars.dropFirst()
            if ScalarClass.isLowercase(first) {
                // Small letters only: not "iPod" (a product), not "beispiel.de" (a site).
                guard inner.allSatisfy(ScalarClass.isLowercase) else { return false }
                continue
            }
            let word = String(part)
            // A listed noun, or a compound of listed nouns ("Amtsmissbrauch"), not an
            // adjective in "-isch" that only looks like one ("Ungar|ische").
            guard ScalarClass.isUppercase(first), inner.allSatisfy(ScalarClass.isLowercase),
                  words.isListedNoun(word) || words.listedClass(word) == nil && words.isCommonNoun(word) && !isAdjectiveInIsch(word),
                  !lexicon.isPlace(word) else { return false }
            if lexicon.firstNames.contains(word) {
                guard words.isListedNoun(word) else { return false }
                nameNouns += 1
            } else {
                plainNouns += 1
            }
        }
        return nameNouns == 0 || plainNouns > 0
    }

    static func isAdjectiveInIsch(_ word: String) -> Bool {
        ["isch", "ische", "ischen", "ischer", "isches", "ischem"].contains { word.hasSuffix($0) }
    }
}
