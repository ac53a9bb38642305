import MarginaliaText

/// A gulf, bay, horn or strait named "of" a place is one place with it: "Golf von Biskaya",
/// "Bucht von Kiel", "Golf von Guinea", "Meerenge von Messina". The tagger finds the place after
/// "von" and sometimes the noun as a town of its own ("[Golf] von [Guinea]"). The noun is a
/// landform's, never a road's ("die Straße von Kabul nach Herat" is a road between two towns); the
/// place after "von" a word of the place list or the tables, a place the tagger found, or a single
/// word no list knows ("Golf von Biskaya"), that no further capitalised word continues.
extension GermanPlaceFrames {
    static let landformNouns: Set<String> = [
        "Golf", "Golfs", "Golfes", "Bucht", "Horn", "Horns", "Meerenge", "Landenge",
    ]

    /// Is `w` a landform noun? Asked of capitalised words of four to nine letters.
    static func isLandformNoun(_ w: Span, _ text: ArticleText) -> Bool {
        (4...9).contains(w.length) && landformNouns.contains(text[w])
    }

    /// The landform's name from `w` through the place after " von ", one word or a place the tagger
    /// found (`mentions` sorted, `cursor` the first that does not end before `w`).
    static func landformName(_ w: Span, _ text: ArticleText, lexicon: Lexicon, words: GermanWords, mentions: [EntityMention], from cursor: Int) -> Span? {
        let n = text.count
        guard w.end + 6 < n, text[w.end] == " ", text.spells(Span(w.end + 1, w.end + 4), "von"), text[w.end + 4] == " ",
              ScalarClass.isUppercase(text[w.end + 5]) else { return nil }
        let start = w.end + 5
        var place = Span(start, PlaceWordScanner(text: text, position: start).peekEnd(from: start))
        var k = cursor
        while k < mentions.count, mentions[k].span.start < start { k += 1 }
        let word = text[place]
        if k < mentions.count, mentions[k].span.start == start, mentions[k].type == .LOC {
            place = mentions[k].span
        } else if k < mentions.count, mentions[k].span.start < place.end {
            // A name the tagger typed otherwise: a place only as a single word of no list ("Biskaya" as a person).
            guard mentions[k].type == .PER, mentions[k].span == place, isUnknownName(word, lexicon: lexicon, words: words) else { return nil }
        } else {
            guard lexicon.isPlace(word) || tableNames.contains(word) || isUnknownName(word, lexicon: lexicon, words: words) else { return nil }
        }
        guard followingCapitalised(place, text) == nil else { return nil }
        return Span(w.start, place.end)
    }

    /// A name the word list does not know (`NameContinuation.isUnknownName`), four letters or more,
    /// no hyphen, not written small in the list either, and no first name.
    static func isUnknownName(_ word: String, lexicon: Lexicon, words: GermanWords) -> Bool {
        word.count >= 4 && !word.contains("-") && NameContinuation.isUnknownName(word, words: words)
            && words.listedClass(word.lowercased()) == nil && !lexicon.firstNames.contains(word)
    }
}
