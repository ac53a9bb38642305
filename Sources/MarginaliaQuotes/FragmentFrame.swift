import MarginaliaText
import MarginaliaEntities

/// Is a short fragment in marks someone's words? Decided by the clause it stands in, not by the
/// words inside: news quotes a word or a phrase a speaker used as an argument of that speaker's
/// verb of saying or judging ("Der Minister nannte den Plan „unsinnig“", "Sie sprach von einer
/// „Zäsur“", "… warf der Regierung „Wortbruch“ vor", "bezeichnete das Urteil als „Skandal“"), or
/// inside what a speaker is reported to have said ("Die Ministerin sagte, der Plan sei „unsinnig“").
/// A name, a title or a scare quote stands in a clause with no speaker of its own.
enum FragmentFrame {
    enum Kind: Sendable { case speakerClause, reportedClause }

    /// The frame of the fragment at unit `u`, if a speaker's clause holds it.
    static func frame(of u: Int, words: [String], sentence: Range<Int>, previousSentence: Range<Int>?, finder: SpeakerFinder) -> Kind? {
        let units = finder.units
        // A question asks; it reports no one's words.
        if let last = sentence.last, units[last].text == "?" { return nil }
        // "die so genannten „…“", "nennt sich „…“": a term or a name is given, not words quoted.
        if u > 0, SpeechCueLexicon.namingCues.contains(units[u - 1].lower) || NamingEvidence.namingVerbBefore(units, before: u) { return nil }
        guard !isCircumstance(u, units: units), !isApposition(u, words: words, units: units), isCommonWords(words) else { return nil }
        let clause = clauseAround(u, units: units, sentence: sentence)
        if let v = speechVerb(in: clause, excluding: u, units: units, language: finder.language),
           !inPrefield(u, verb: v, clause: clause, units: units), !isInvertedSubject(u, verb: v, clause: clause, units: units),
           hasSpeaker(verb: v, quote: u, clause: clause, sentence: sentence, finder: finder) {
            return .speakerClause
        }
        // "Laut dem Minister ist die Lage „ernst“", "Der Ministerin zufolge …", "Nach Angaben der
        // Polizei …": a source before the fragment in its clause, when it can speak.
        if let m = (clause.lowerBound..<u).last(where: { units[$0].isWord && AttributionCues.isSourceMarker(units, at: $0, language: finder.language) }),
           !finder.isPossessiveMarker(m), let np = finder.sourceNP(at: m, sentence: sentence), !np.contains(u),
           finder.isPerson(np) || finder.isPersonLike(np) {
            return .speakerClause
        }
        if hasViewHolder(clause, quote: u, finder: finder) { return .speakerClause }
        if isReported(clause, excluding: u, units: units) || followsSpeechClause(clause, sentence: sentence, units: units, language: finder.language) {
            // The clause reports what a speaker named before it in the sentence says ("X sagte,
            // …"), or the sentence goes on reporting the speaker of the sentence before.
            let before = sentence.lowerBound..<clause.lowerBound
            if let v = before.last(where: { units[$0].isWord && AttributionCues.isCue(units[$0].lower, language: finder.language) }),
               hasSpeaker(verb: v, quote: u, clause: sentence.lowerBound..<clause.lowerBound, sentence: sentence, finder: finder) {
                return .reportedClause
            }
            if before.allSatisfy({ !units[$0].isWord || !AttributionCues.isCue(units[$0].lower, language: finder.language) }),
               let previous = previousSentence, let np = finder.reportedSpeaker(in: previous), finder.isPerson(np) {
                return .reportedClause
            }
        }
        // Its subject right after it: "…, bestritt jedoch nicht …" after a subordinate clause is
        // the main clause's own verb.
        if let v = trailingAttribution(after: clause, sentence: sentence, units: units, language: finder.language),
           let np = finder.forwardNP(from: v + 1, limit: sentence.upperBound),
           // ", so die Behörde" names a source, whatever it is; a verb needs someone to speak.
           units[v].lower == "so" || finder.isPerson(np) || finder.isPersonLike(np) {
            return .reportedClause
        }
        return nil
    }

    /// "Der Plan sei ein „Skandal“ gewesen, sagte die Ministerin": a verb of saying that opens the
    /// last clause of the sentence right after a comma (verb first, its subject after it), or a
    /// source after "so" ("…, so die Polizei"), attributes everything before it, the fragment's clause too.
    static func trailingAttribution(after clause: Range<Int>, sentence: Range<Int>, units: [Unit], language: CueLanguage) -> Int? {
        guard language != .english else { return nil }
        var k = clause.upperBound + 1
        while k < sentence.upperBound {
            if units[k - 1].text == ",", units[k].isWord {
                if AttributionCues.isCue(units[k].lower, language: language) || AttributionCues.isSourceMarker(units, at: k, language: language) && units[k].lower == "so" { return k }
            }
            k += 1
        }
        return nil
    }

    /// Common words, as someone says them: lower-case words, and capitalised words that the noun
    /// list knows as common nouns (or that end like abstract nouns). A name, a number or a word
    /// shaped like a brand ("iPod") makes the marks a name.
    static func isCommonWords(_ words: [String]) -> Bool {
        guard !words.isEmpty else { return false }
        return words.indices.allSatisfy { i in
            isCommonWord(words[i]) || i > 0 && isGenitiveName(words[i]) && isCommonWord(words[i - 1])
                && words[i - 1].unicodeScalars.first!.properties.isUppercase
        }
    }

    private static func isCommonWord(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        if first.properties.numericType != nil { return false }
        if first.properties.isLowercase { return !word.unicodeScalars.dropFirst().contains { $0.properties.isUppercase } }
        return GermanWords.shipped.isCommonNoun(word) || abstractEndings.contains { word.count > $0.count + 2 && word.hasSuffix($0) }
            || endsInListedNoun(word)
    }

    /// "Verhöhnung Polens", "Zukunft Europas": a name in the genitive after the common noun it
    /// belongs to is part of the phrase a speaker used, not a name filling the marks. (A plain
    /// word in lower case after its capital; brands and acronyms are shaped otherwise.)
    private static func isGenitiveName(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 4, scalars[0].properties.isUppercase, scalars.last == "s",
              scalars.dropFirst().allSatisfy({ $0.properties.isLowercase }) else { return false }
        return true
    }

    /// A compound whose last part (five letters or more, after at least three) is a listed noun,
    /// whatever the first part: "Lohnverzichts|theorien", "Hinhalte|taktik". (The noun list's own
    /// compound rule wants a noun before the head, to keep adverbs like "Unterdessen" out; the
    /// frame around a fragment already says it is no adverb.)
    static func endsInListedNoun(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 9 else { return false }
        for start in 3...(scalars.count - 5) {
            let head = String(String.UnicodeScalarView(scalars[start...]))
            if GermanWords.shipped.isListedNoun(head.prefix(1).uppercased() + head.dropFirst()) { return true }
        }
        return false
    }

    static let abstractEndings = ["ung", "ungen", "heit", "keit", "schaft", "ismus", "ität", "tion", "nahme", "nahmen"]

    /// "die Nachrichtenagentur „Petra“", "das Restaurant „Da Bruno“": a capitalised fragment right
    /// after a noun names what the noun is. ("nannte den Plan „unsinnig“" predicates instead.)
    static func isApposition(_ u: Int, words: [String], units: [Unit]) -> Bool {
        guard u > 0, let first = words.first?.unicodeScalars.first, first.properties.isUppercase else { return false }
        let before = units[u - 1]
        // A capital that only opens the sentence ("Von „Panikmache“ sprach …") is no noun.
        guard before.isWord, before.isCapitalised, !SpeechCueLexicon.germanDeterminers.contains(before.lower),
              !SpeechCueLexicon.functionWords.contains(before.lower),
              // "hatte am Freitag „Konsequenzen“ angekündigt": a time is named by no marks.
              !timeNouns.contains(before.lower) else { return false }
        // "warf dem Vorstand „Wortbruch“ vor": a noun in the dative is an object of its own, the
        // fragment a second one (unless the noun is one that introduces names).
        // "warf der Regierung „Versagen“ vor" too; not after a preposition ("in der Gaststätte „Krone“").
        if u >= 2, ["dem", "der"].contains(units[u - 2].lower), !MediaNounFrame.isMediaNoun(before.lower),
           u < 3 || !(SpeakerFinder.placePrepositions.contains(units[u - 3].lower) || circumstancePrepositions.contains(units[u - 3].lower)) {
            return false
        }
        return true
    }

    /// Days, months and parts of the day or year: a noun of time before the marks closes an
    /// adverbial ("am Montag", "im Herbst"), it is nothing the marks could name.
    static let timeNouns: Set<String> = [
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag", "wochenende",
        "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
        "morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "frühjahr", "frühling", "sommer", "herbst", "winter",
        "jahr", "jahres", "monat", "monats", "woche", "tag", "tages", "jahresende", "jahresbeginn",
    ]

    /// Before the verb with no preposition governing it, the fragment is the clause's subject
    /// ("„Ärzte ohne Grenzen“ kündigten an"), not what the subject says.
    /// Not so when the finite verb stands before it and the verb of saying closes the clause
    /// ("Der Minister hatte „Konsequenzen“ angekündigt", "Sie will den Plan „überprüfen“ lassen"),
    /// nor in a clause a conjunction opens ("weil der Minister „Fehler“ eingeräumt hatte"): there
    /// the fragment stands in the middle field, an object of the verb.
    static func inPrefield(_ u: Int, verb v: Int, clause: Range<Int>, units: [Unit]) -> Bool {
        guard u < v else { return false }
        if u > clause.lowerBound + 1, subordinators.contains(units[clause.lowerBound].lower) { return false }
        return !(clause.lowerBound..<u).contains { units[$0].isWord && (SpeakerFinder.placePrepositions.contains(units[$0].lower)
            || ["von", "vom", "als", "wie", "durch", "um", "wegen"].contains(units[$0].lower) || finiteAuxiliaries.contains(units[$0].lower)) }
    }

    /// Finite forms of the auxiliaries and modals: before a participle or an infinitive that
    /// closes the clause, they stand second in a main clause (general German grammar).
    static let finiteAuxiliaries: Set<String> = [
        "hat", "hatte", "hatten", "haben", "habe", "hätte", "hätten", "ist", "war", "waren", "sind", "sei", "seien", "wäre",
        "wird", "wurde", "wurden", "werden", "werde", "würde", "würden", "will", "wollte", "wollten", "wollen", "wolle",
        "kann", "konnte", "konnten", "können", "könne", "muss", "musste", "mussten", "müssen", "müsse",
        "soll", "sollte", "sollten", "sollen", "solle", "darf", "durfte", "dürfe", "möchte", "möchten",
    ]

    /// Conjunctions opening a clause with its verb last.
    static let subordinators: Set<String> = ["dass", "weil", "ob", "obwohl", "nachdem", "wenn", "da", "damit", "während", "bevor", "sobald"]

    /// The units from the clause boundary before `u` to the one after it, inside the sentence and
    /// at most `reach` units either side (a longer run without punctuation is no clause these rules
    /// can read, and the bound keeps the work per pair of marks constant).
    static func clauseAround(_ u: Int, units: [Unit], sentence: Range<Int>) -> Range<Int> {
        var lo = u
        while lo > sentence.lowerBound, u - lo < reach, !isBoundary(units[lo - 1]) { lo -= 1 }
        var hi = u + 1
        while hi < sentence.upperBound, hi - u <= reach, !isBoundary(units[hi]) { hi += 1 }
        return lo..<hi
    }

    static let reach = 24

    static func isBoundary(_ unit: Unit) -> Bool {
        unit.kind == .punct && [",", ";", ":", "(", ")", "–", "—", "-"].contains(unit.text)
    }

    /// Where, to whom and about what something was said is no part of what was said: "sagte der
    /// „Welt“", "im „Spiegel“", "im Gespräch mit der „Zeit“", "gegenüber dem „Stern“", "laut
    /// „Bild“", "sagte sie zum „Umbau“".
    static func isCircumstance(_ u: Int, units: [Unit]) -> Bool {
        var k = u - 1
        if k >= 0, units[k].isWord, SpeechCueLexicon.germanDeterminers.contains(units[k].lower) { k -= 1 }
        guard k >= 0, units[k].isWord else { return false }
        // "rief zur „Besonnenheit“ auf", "mahnte zur „Geduld“": with a verb of calling for, "zur"
        // gives what is called for, the speaker's words.
        if units[k].lower == "zur" || units[k].lower == "zum",
           (max(0, k - 4)..<k).contains(where: { callingVerbs.contains(units[$0].lower) }) { return false }
        if circumstancePrepositions.contains(units[k].lower) {
            // "in einen „Bunker“ verwandelt": "in" with the accusative gives a direction, not a place.
            return !(units[k].lower == "in" && k + 1 < u && ["einen", "eine", "ein", "den", "die", "das"].contains(units[k + 1].lower))
        }
        // An addressee in the dative right after the verb: "sagte der „Zeitung“".
        return k < u - 1 && AttributionCues.isCue(units[k].lower, language: .german) && ["der", "dem"].contains(units[k + 1].lower)
    }

    /// Finite forms of verbs of calling for something ("zu etwas aufrufen, mahnen, raten, drängen").
    static let callingVerbs: Set<String> = [
        "rief", "riefen", "ruft", "rufen", "mahnte", "mahnten", "mahnt", "riet", "rieten", "rät", "drängte", "drängten", "drängt",
        "ermahnte", "ermahnt", "aufgerufen", "gemahnt", "geraten", "gedrängt", "aufforderte", "forderte", "forderten", "fordert",
    ]

    static let circumstancePrepositions: Set<String> = [
        "in", "im", "bei", "beim", "gegenüber", "laut", "zufolge", "gemäß", "aus", "seit", "am", "an", "unter", "zum", "zur", "mit",
    ]

    /// A verb of saying or judging in the clause, in the active voice and not naming a term.
    static func speechVerb(in clause: Range<Int>, excluding u: Int, units: [Unit], language: CueLanguage) -> Int? {
        for k in clause where k != u && units[k].isWord {
            let w = units[k].lower
            guard AttributionCues.isCue(w, language: language) || SpeechCueLexicon.judgingVerbs.contains(w) else { continue }
            if SpeechCueLexicon.namingCues.contains(w) || isNamingUse(k, units: units, sentence: clause) { continue }
            return k
        }
        return nil
    }

    /// Does the verb at `k` name rather than report someone saying? An attributive participle
    /// ("die als „…“ bezeichnete Koalition") or a passive with no one doing it ("der als „…“
    /// bezeichnet wird", "wurde „…“ genannt"): a term, not words someone used.
    static func isNamingUse(_ k: Int, units: [Unit], sentence: Range<Int>) -> Bool {
        let w = units[k].lower
        if k > sentence.lowerBound, k + 1 < sentence.upperBound, units[k + 1].isWord, units[k + 1].isCapitalised,
           ["e", "en", "er", "es"].contains(where: { w.hasSuffix($0) }), !w.hasSuffix("ten") || w.hasPrefix("ge") || w.hasPrefix("be") {
            // A finite past plural ("nannten Zeugen") stands before a noun too; a participle
            // stands after "als"/the marks or an article.
            let before = units[k - 1]
            if before.quoteIndex != nil || before.isWord && (SpeechCueLexicon.germanDeterminers.contains(before.lower) || before.lower == "als") { return true }
        }
        let clause = FragmentFrame.clauseAround(k, units: units, sentence: sentence)
        return clause.contains { SpeakerFinder.passiveAuxiliaries.contains(units[$0].lower) }
            && !clause.contains { ["von", "vom", "durch"].contains(units[$0].lower) }
    }

    /// "„…“, zitiert die „Computerwoche“ X", "„…“, sagte der „Sprecher“": a verb opening its
    /// clause after a quote has its subject right after it.
    static func isInvertedSubject(_ u: Int, verb v: Int, clause: Range<Int>, units: [Unit]) -> Bool {
        guard v == clause.lowerBound, v < u else { return false }
        // Only right after a quotation: "X, Leiterin des Amtes, sprach von einer „…“" opens its
        // clause with the verb too, its subject before the apposition.
        let lb = clause.lowerBound
        guard lb >= 1 && units[lb - 1].quoteIndex != nil || lb >= 2 && units[lb - 2].quoteIndex != nil else { return false }
        return ((v + 1)..<u).allSatisfy { units[$0].isWord && !units[$0].isCapitalised }
    }

    /// Does someone who can speak (a person, an organisation, a role, "er"/"sie") do the verb's
    /// saying? By word order first; else a person in the clause not governed by a preposition.
    static func hasSpeaker(verb v: Int, quote u: Int, clause: Range<Int>, sentence: Range<Int>, finder: SpeakerFinder) -> Bool {
        // "hieß es aus Kreisen der Regierung", "wie es in der Mitteilung heißt": an unnamed
        // source reported speaking (the naming "heißt" has a subject, not "es").
        if ["heißt", "hieß", "hieße"].contains(finder.units[v].lower), v + 1 < sentence.upperBound && finder.units[v + 1].lower == "es"
            || (clause.lowerBound..<v).contains(where: { finder.units[$0].lower == "es" }) {
            return true
        }
        let np = v < u ? finder.subjectBefore(verb: v, sentenceStart: sentence.lowerBound, quote: u)
                       : finder.subjectOfLaterCue(lastQuote: u, sentence: sentence)
        // "„…“, zitiert die „Computerwoche“ X": the fragment is who speaks.
        if let np, np.contains(u) { return false }
        // "wie man sagt", "hielt man für": people in general, no one quoted.
        if hasGenericSubject(verb: v, units: finder.units) { return false }
        // By word order a bare plural ("Weiße Farmer berichteten") or a name speaks too; so do
        // papers, broadcasters and reports ("Die Zeitung sprach von einem „…“").
        if let np, finder.isPerson(np) || finder.isPersonLike(np) || isMediaPhrase(np, units: finder.units) { return true }
        let units = finder.units
        if hasPassiveAgent(clause, quote: u, finder: finder) { return true }
        // A clause that opens with its verb ("X, Leiter des Amtes, sprach von …", "X äußerte … und
        // warf … vor") has its subject before the comma or the "und": from the sentence's start.
        let opensWithVerb = clause.lowerBound == v || clause.lowerBound + 1 == v && ["und", "oder", "sowie"].contains(units[clause.lowerBound].lower)
        let from = opensWithVerb ? sentence.lowerBound : clause.lowerBound
        var k = from
        while k < clause.upperBound {
            guard k != u, units[k].isWord, !SpeakerFinder.placePrepositions.contains(units[k].lower) else {
                if k < clause.upperBound, units[k].isWord, SpeakerFinder.placePrepositions.contains(units[k].lower) {
                    // Skip the prepositional phrase's noun phrase.
                    if let np = finder.forwardNP(from: k + 1, limit: clause.upperBound) { k = np.upperBound; continue }
                }
                k += 1
                continue
            }
            if SpeakerFinder.nonNominative.contains(units[k].lower) {
                if let np = finder.forwardNP(from: k, limit: clause.upperBound) { k = max(k + 1, np.upperBound); continue }
            }
            if let np = finder.forwardNP(from: k, limit: clause.upperBound) {
                if np.contains(u) { k = np.upperBound; continue }
                if finder.isPerson(np) { return true }
                k = max(k + 1, np.upperBound)
                continue
            }
            k += 1
        }
        return false
    }

    /// "man" right before or after the verb is its subject: "wie man sagt", "hielt man für".
    static func hasGenericSubject(verb v: Int, units: [Unit]) -> Bool {
        v > 0 && units[v - 1].lower == "man" || v + 1 < units.count && units[v + 1].lower == "man"
    }

    /// A noun phrase ending in a noun for a medium or a text ("die Zeitung", "die Staatsmedien",
    /// "der Bericht"): it can say something.
    static func isMediaPhrase(_ np: Range<Int>, units: [Unit]) -> Bool {
        guard let last = np.last, units[last].isWord, units[last].isCapitalised else { return false }
        let word = units[last].lower
        return MediaNounFrame.isMediaNoun(word) || word.hasSuffix("medien")
    }

    /// "wird von vielen als die „…“ bezeichnet", "wurde vom Minister „…“ genannt": in a passive
    /// clause the one doing the saying follows "von"/"vom"/"durch"; people or a quantifier
    /// standing for people ("von vielen", "von Kritikern") can speak.
    static func hasPassiveAgent(_ clause: Range<Int>, quote u: Int, finder: SpeakerFinder) -> Bool {
        let units = finder.units
        guard clause.contains(where: { units[$0].isWord && SpeakerFinder.passiveAuxiliaries.contains(units[$0].lower) }) else { return false }
        for k in clause where k != u && units[k].isWord && ["von", "vom", "durch"].contains(units[k].lower) && k + 1 < clause.upperBound {
            // "von vielen Seiten" is where, not who: the quantifier alone.
            if k + 1 != u, peopleQuantifiers.contains(units[k + 1].lower),
               !(k + 2 < clause.upperBound && units[k + 2].isWord && units[k + 2].isCapitalised) { return true }
            if let np = finder.forwardNP(from: k + 1, limit: clause.upperBound), !np.contains(u), finder.isPerson(np) { return true }
        }
        return false
    }

    /// Quantifiers that stand for people when no noun follows: "von vielen", "von manchen".
    static let peopleQuantifiers: Set<String> = ["vielen", "manchen", "einigen", "allen", "anderen", "mehreren", "beiden"]

    /// "Für die Ministerin ist die Lage „ernst“", "Was für ihn ein „Fehler“ war": a copula clause
    /// giving the view of someone after "für".
    static func hasViewHolder(_ clause: Range<Int>, quote u: Int, finder: SpeakerFinder) -> Bool {
        let units = finder.units
        guard clause.contains(where: { $0 != u && copulas.contains(units[$0].lower) }) else { return false }
        for k in clause.lowerBound..<u where units[k].lower == "für" {
            if let np = finder.forwardNP(from: k + 1, limit: u), finder.isPerson(np) { return true }
        }
        return false
    }

    static let copulas: Set<String> = ["ist", "war", "sei", "wäre", "sind", "waren", "seien", "wären"]

    /// "X hat behauptet, die Oberstufen kämen durch „…“ zustande": a clause right after the comma
    /// that closes a clause with a verb of saying is what was said, whatever its mood.
    static func followsSpeechClause(_ clause: Range<Int>, sentence: Range<Int>, units: [Unit], language: CueLanguage) -> Bool {
        let comma = clause.lowerBound - 1
        guard comma > sentence.lowerBound, units[comma].text == "," else { return false }
        // The verb closes that clause, or only its subject follows it ("sagte der Minister,").
        var k = comma - 1
        while k > sentence.lowerBound, comma - k <= 4, units[k].isWord, !SpeakerFinder.placePrepositions.contains(units[k].lower) {
            if AttributionCues.isCue(units[k].lower, language: language) { return true }
            k -= 1
        }
        // "appellierte an die Bürger, „Ruhe zu bewahren“": an infinitive with "zu" closing the
        // clause is what the verb of saying in the clause before asks or says, however far back.
        if isZuInfinitive(clause, units: units) {
            var j = comma - 1
            while j >= sentence.lowerBound, units[j].text != "," {
                if units[j].isWord, AttributionCues.isCue(units[j].lower, language: language) { return true }
                j -= 1
            }
        }
        return false
    }

    /// A clause closed by "zu" and a lower-case word (inside or after the marks): "„Ruhe zu bewahren“".
    static func isZuInfinitive(_ clause: Range<Int>, units: [Unit]) -> Bool {
        guard let last = clause.last(where: { units[$0].kind != .punct }) else { return false }
        if units[last].quoteIndex != nil {
            let words = units[last].text.split(separator: " ")
            return words.count >= 2 && words[words.count - 2] == "zu" && words.last!.first!.isLowercase
        }
        return last > clause.lowerBound && units[last - 1].lower == "zu" && units[last].isWord && !units[last].isCapitalised
    }

    /// A clause of reported speech: a Konjunktiv form ("der Plan sei „unsinnig“"), or a
    /// "dass" clause.
    static func isReported(_ clause: Range<Int>, excluding u: Int, units: [Unit]) -> Bool {
        clause.contains { k in
            k != u && units[k].isWord && (SpeechCueLexicon.konjunktivForms.contains(units[k].lower)
                || SpeakerFinder.subjunctiveExtras.contains(units[k].lower) || units[k].lower == "dass" && k == clause.lowerBound)
        }
    }
}
