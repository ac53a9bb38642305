import MarginaliaText

/// An organisation named after a noun of its kind in the sentence's first phrase (issue 16): "Der
/// Stromversorger Beispielstrom hat …", "Der Versicherer Allianz will …", "Der Fernsehsender
/// Premiere zeigt …". In a German main clause the finite verb comes second, so everything before
/// the first lower-case word after the opening "Der/Die/Das + noun" is that one phrase: a
/// capitalised word right after the kind noun is its name in apposition, even where the noun list
/// holds it as a common noun or a frequent word (a firm named "Premiere", "Allianz", "Lego"). Elsewhere
/// such a word may be the clause's object ("weil der Versicherer Geld verlor"), so the frame is
/// asked only at the sentence's start.
extension GermanNamePatterns {
    /// Does the phrase of the kind noun at `i` open the sentence: a definite article first (perhaps
    /// after an opening mark), then at most three lower-case adjectives ("Der halbstaatliche
    /// Stromversorger")?
    static func opensSentence(_ s: [Token], nounAt i: Int) -> Bool {
        var k = i - 1
        while k >= 1, k >= i - 3, isLowerCaseAdjective(s[k].text) { k -= 1 }
        guard k >= 0, k <= 1, s[k].text == "Der" || s[k].text == "Die" || s[k].text == "Das" else { return false }
        return k == 0 || openingMarks.contains(s[0].text)
    }

    /// "halbstaatliche", "größte", "US-amerikanische": lower-case, ending as an inflected adjective.
    static func isLowerCaseAdjective(_ w: String) -> Bool {
        guard let first = w.unicodeScalars.first, ScalarClass.isLowercase(first) || w.utf8.contains(UInt8(ascii: "-")),
              w.unicodeScalars.count >= 4 else { return false }
        return endsWith(w, "e") || endsWith(w, "en") || endsWith(w, "er") || endsWith(w, "es")
    }

    /// The word at `j`, right after the opening phrase's kind noun at `i`, names the organisation:
    /// capitalised, no article or determiner, no plural noun, and a lower-case word follows that is
    /// no preposition or article (the finite verb: "… Allianz will"). Only a singular kind noun: a
    /// plural after "Die" ("Die Hersteller …") is a list, which `organisationApposition` refuses.
    static func isPrefieldName(_ s: [Token], nounAt i: Int, nameAt j: Int, words: GermanWords) -> Bool {
        guard j == i + 1, j + 1 < s.count, s[j].text.unicodeScalars.count >= 3, isCapitalised(s[j].text),
              let next = s[j + 1].text.unicodeScalars.first, ScalarClass.isLowercase(next),
              !compoundKindStops.contains(s[j + 1].text), !prefieldStops.contains(s[j + 1].text), opensSentence(s, nounAt: i),
              !titleArticles.contains(s[j].text), !definiteArticles.contains(s[j].text), !determinerAdjectives.contains(s[j].text),
              !legalForms.contains(s[j].text), !nameOpeningKinds.contains(s[i].text) else { return false }
        if case .noun(.plural)? = words.listedClass(s[j].text) { return false }
        return true
    }

    /// Prepositions and conjunctions that may go on with a name of several words ("Die Organisation
    /// Reporter ohne Grenzen hisste …"): after them the name's end is not known.
    static let prefieldStops: Set<String> = [
        "ohne", "gegen", "unter", "nach", "vor", "seit", "bis", "durch", "wegen", "zwischen", "hinter", "neben", "ob", "oder", "sowie",
        "&", "of", "for", "and", "de", "del", "della", "di", "du", "la", "le", "y", "e",
    ]

    /// Kinds that open the name themselves ("Stiftung Warentest", "Verein Beispielfreunde"): the
    /// word after them is the rest of the name, which the apposition would cut.
    static let nameOpeningKinds: Set<String> = ["Stiftung", "Verein", "Verband", "Institut", "Bündnis", "Bewegung", "Gruppe", "Initiative"]

    /// "appellierte an den Sender Premiere:", "im Fernsehsender Zeitgeist.": after a definite article
    /// and a media noun, one capitalised word the noun list holds, closed by punctuation, names the
    /// outlet (an object noun there would need a verb after it).
    static func isClosedMediaName(_ s: [Token], nounAt i: Int, nameAt j: Int, words: GermanWords) -> Bool {
        guard j == i + 1, i > 0, j + 1 < s.count, [",", ":", ".", ";", ")"].contains(s[j + 1].text), definiteArticles.contains(s[i - 1].text),
              s[j].text.unicodeScalars.count >= 3, !titleArticles.contains(s[j].text), !determinerAdjectives.contains(s[j].text) else { return false }
        if case .noun(.plural)? = words.listedClass(s[j].text) { return false }
        return true
    }
}
