import MarginaliaText
import MarginaliaEntities

/// Is a pair of quotation marks a quotation, or a name, title or scare quote?
///
/// An explainable linear score: each piece of evidence has a hand-set weight (tuned by looking at
/// the errors on the WikiNews train and dev splits, never fitted to them), and the marks hold a
/// quotation when the sum is positive. `explain` lists the evidence that fired.
enum QuoteEvidence: String, CaseIterable, Sendable {
    case bias
    /// Inside the marks.
    case manyWords              // 6 or more words
    case someWords              // 3 to 5 words
    case singleWord
    case endsSentence           // ends with . ! ? …
    case hasComma
    case personalWord           // ich, wir, I, we, you ...
    case clauseWord             // ist, hat, nicht, dass, is, was, not ...
    case startsLowercase        // "falsch", "mit Füßen getreten": a partial quotation
    case titleCase              // every word capitalised: a name or title ("BBC News", "Da Bruno")
    case joinedNouns            // capitalised words joined by function words: a German noun phrase or a title
    case hasDigit               // "Shenzhou 6", "Stuttgart 21"
    case entityInside           // the entity recognizer found a name filling the marks
    case nameShaped             // iPod, amazon.de, .asia: inner capitals or dots in a word
    case nameHead               // „Gesetz zur …“, „2. Deutscher Klimakongress …“: opens with what it names
    case titleWithSubtitle      // „Dresden – ein Knoten im Postverkehr“: a title, a dash and a subtitle
    /// Around the marks.
    case colonBefore            // X sagte: „…“
    case cueAfter               // „…“, sagte X  /  „…“, so X
    case cueInSentence          // a speech verb elsewhere in the sentence
    case reportedSpeech         // Konjunktiv I in the sentence (sei, habe, werde): indirect speech around a partial quote
    case subjectOfCue           // „BBC News“ berichtet / wie „heise online“ berichtet: the marks name the source
    case namingCueAfter         // „BD-Live“ genannt, „X“ heißt
    case startsSentence         // the quote opens its sentence
    case evaluativeBefore       // als „…“, nannte „…“, bezeichnete „…“
    case indefiniteBefore       // von einer „…“, ein „…“
    case evaluativeWithCue      // als/ein „…“ in a sentence with a speech verb: "bezeichnete es als „Wortbruch“"
    case alsWithJudgingVerb     // als „…“ with a verb that judges something as something: "wies dies als „Unverschämtheit“ zurück"
    case cueFrame               // a speech verb a few words before the marks: "spricht gar von einer „…“", "nannte ihn „…“"
    case mediaNounBefore        // die Tageszeitung „…“, the newspaper “…”
    case titleWithoutCue        // das Buch „…“ in a sentence with no speech cue: a title, whatever its shape
    case namingCueBefore        // sogenannte „…“, called “…”
    case sourcePrepositionBefore // laut „La Repubblica“: a source, not a statement
    case definiteArticleBefore  // die „Roma-Garde“
    case parenthesisAfter       // „Fed“ (Federal Reserve)
    case parenthesisBefore      // „Cast Lead“ („gegossenes Blei“): a translation or gloss
    case inList                 // „A“, „B“ oder „C“: three or more marked items in a row are titles
    case hyphenAfter            // „Stuttgart 21“-Gegner: part of a compound, a name
    case repeated               // the same text stands in marks elsewhere in the article: a name
    case echoed                 // the words stand inside a longer pair of marks elsewhere: a name or a mention of words quoted there
    case noSpeechContext        // short, and nothing around it speaks (no cue, no Konjunktiv, no colon)
    case quotingParagraph       // a long quotation stands in the same paragraph: someone is being quoted here
    case utteranceNounBefore    // Parolen wie „…“, die Parole „…“: chanted or written words, quoted as said
    case coordinatedFragment    // „aggressiv“ und „herausfordernd“: lower-case fragments in marks joined by und/oder: someone's words
    case labelVerbAls           // gilt als „…“, als „…“ bekannt: a label the thing goes by, not a verdict someone speaks
    case titleNounBefore        // unter dem Motto „…“, mit dem Titel „…“, den Namen „…“: what follows is the title or name, whatever its shape
    case speakerClause          // a short fragment in the clause of a speaker's verb of saying or judging: "X nannte den Plan „unsinnig“"
    case reportedClause         // a short fragment in what a speaker is reported to say: "X sagte, der Plan sei „unsinnig“"
    case miscOfCommonWords      // the recognizer typed common nouns in marks MISC, and a speaker's clause holds them: "sprach von einer „Gefahr für Leib und Leben“"
    case sloganWithName         // Parolen wie „X raus!“: a name inside a slogan does not make the slogan a name
    case editorialBrackets      // „Probleme[n] mit …“, „… und […] …“: a writer's brackets inside the marks adapt someone's words
    case sourceAfterWie         // Wie „heise online“ berichtet: the subject of a "wie"-clause of reporting is a source
    case titleList              // „A“, „B“ und „C“ after a noun for works: "Stücke wie „…“, „…“ und „…“" lists titles
    case translationGloss       // "(übersetzt etwa: „…“)", "(deutsch: „…“)": a translation, not someone's words
    case performedTitle         // "in dem er „…“ sang": a song or piece performed, a title
    case worksNounAgainst       // "des Magazines „…“": a publication or work noun right against the marks
    case doubledApostrophes     // ''…'': wiki markup for italics (a term, a name, a foreign word), not quotation marks
    case acronymAfter           // „militanten Gruppe“ (mg), „Reporter ohne Grenzen“ (ROG): the abbreviation of what the marks name
    case beforeAls              // "bezeichnete den „…“ als Lügner", "erhielt das „…“ als Preis", "„…“ früher als": what is classed or compared, the verdict follows "als"

    var weight: Double {
        switch self {
        case .bias: -1.6
        case .manyWords: 2.0
        case .someWords: 0.2
        case .singleWord: -1.8
        case .endsSentence: 1.4
        case .hasComma: 1.2
        case .personalWord: 1.0
        case .clauseWord: 2.0
        case .startsLowercase: 2.8
        case .titleCase: -2.4
        case .hasDigit: -1.0
        case .entityInside: -3.0
        case .nameShaped: -1.0
        case .nameHead: -1.5
        case .titleWithSubtitle: -1.5
        case .reportedSpeech: 0.5
        case .subjectOfCue: -1.0
        case .namingCueAfter: -1.0
        case .indefiniteBefore: 0.3
        case .colonBefore: 1.1
        case .cueAfter: 1.0
        case .cueInSentence: 0.5
        case .startsSentence: 1.0
        case .evaluativeBefore: 0.3
        case .mediaNounBefore: -1.4
        case .titleWithoutCue: -1.0
        case .namingCueBefore: -2.5
        case .sourcePrepositionBefore: -1.0
        case .definiteArticleBefore: -1.0
        case .parenthesisAfter: -0.5
        case .joinedNouns: -0.8
        case .evaluativeWithCue: 1.4
        case .alsWithJudgingVerb: 1.3
        case .parenthesisBefore: -1.5
        case .inList: -1.5
        case .hyphenAfter: -1.0
        case .repeated: -1.1
        case .echoed: -3.0
        case .cueFrame: 1.5
        case .quotingParagraph: 0.8
        case .noSpeechContext: -2.0
        case .utteranceNounBefore: 1.6
        case .coordinatedFragment: 1.0
        case .titleNounBefore: -5.0
        case .labelVerbAls: -2.5
        case .speakerClause: 4.0
        case .reportedClause: 4.0
        case .miscOfCommonWords: 3.0
        case .titleList: -4.0
        case .translationGloss: -4.0
        case .performedTitle: -4.0
        case .worksNounAgainst: -2.0
        case .doubledApostrophes: -2.5
        case .acronymAfter: -3.0
        case .beforeAls: -2.5
        case .sourceAfterWie: -2.0
        case .editorialBrackets: 2.0
        case .sloganWithName: 3.0
        }
    }
}

/// The evidence for one candidate, with its score.
struct QuoteJudgement: Sendable {
    var evidence: [QuoteEvidence]
    var score: Double { evidence.reduce(0) { $0 + $1.weight } }
    var isQuote: Bool { score > 0 }
    /// "+2.0 manyWords, -1.0 definiteArticleBefore, ...": why the decision fell as it did.
    var explanation: String {
        evidence.map { ($0.weight >= 0 ? "+" : "") + "\($0.weight) \($0.rawValue)" }.joined(separator: ", ")
    }
}

enum QuoteJudge {
    static func judge(_ candidate: QuoteCandidate, unitIndex u: Int, in paragraph: ParagraphUnits,
                      text: ArticleText, entities: EntitySpans, language: CueLanguage, repeated: Bool = false, echoed: Bool = false) -> QuoteJudgement {
        var evidence: [QuoteEvidence] = [.bias]
        let innerUnits = Tokenizer.tokenize(text, in: candidate.inner)
        let words = innerUnits.filter { $0.text.unicodeScalars.first.map(QuoteScanner.isWordScalar) ?? false }
        let lowered = words.map { $0.text.lowercased() }
        switch words.count {
        case 6...: evidence.append(.manyWords)
        case 3...5: evidence.append(.someWords)
        default: break
        }
        let last = candidate.inner.isEmpty ? " " : text.scalars[candidate.inner.end - 1]
        if ".!?…".unicodeScalars.contains(last) { evidence.append(.endsSentence) }
        // One word that is a whole sentence („Ja.“, „Niemals!“) is an utterance, not a name.
        if words.count == 1 && !evidence.contains(.endsSentence) { evidence.append(.singleWord) }
        if innerUnits.contains(where: { $0.text == "," }) && words.count >= 4 { evidence.append(.hasComma) }
        let personal = SpeechCueLexicon.personalWords(language)
        if lowered.contains(where: personal.contains) { evidence.append(.personalWord) }
        if lowered.contains(where: SpeechCueLexicon.clauseWords.contains) { evidence.append(.clauseWord) }
        let nameShaped = words.contains { word in
            let scalars = word.text.unicodeScalars
            return scalars.first!.properties.isLowercase
                && scalars.dropFirst().contains { $0.value < 0x80 ? (0x41...0x5A).contains($0.value) : $0.properties.isUppercase }
        } || innerUnits.count <= 4 && innerUnits.contains { $0.text == "." } && !".!?…".unicodeScalars.contains(text.scalars[candidate.inner.end - 1])
        if nameShaped || words.count <= 2 && words.contains(where: { NamingEvidence.isWebAddress($0.text) })
            || NamingEvidence.endsWithLegalForm(lowered) {
            evidence.append(.nameShaped)
        }
        else if let first = words.first, first.text.unicodeScalars.first!.properties.isLowercase { evidence.append(.startsLowercase) }
        let function = QuoteJudge.titleFunctionWords
        // A phrase opening with a lower-case preposition or particle („auf Messers Schneide“) is
        // cut from a sentence; names and titles open with a capital or an article ("der Dicke").
        if words.count >= 2, words.first!.text.unicodeScalars.first!.properties.isUppercase
            || SpeechCueLexicon.germanDeterminers.contains(lowered[0]) || !function.contains(lowered[0]),
           words.indices.allSatisfy({ words[$0].text.unicodeScalars.first!.properties.isUppercase || function.contains(lowered[$0]) }),
           !evidence.contains(.endsSentence) {
            let joined = words.dropFirst().contains { !$0.text.unicodeScalars.first!.properties.isUppercase }
            evidence.append(joined ? .joinedNouns : .titleCase)
        }
        if !evidence.contains(.endsSentence), !lowered.contains(where: SpeechCueLexicon.clauseWords.contains),
           NamingEvidence.opensWithNameHead(words.map(\.text)) {
            evidence.append(.nameHead)
        }
        if !evidence.contains(.endsSentence), NamingEvidence.isTitleWithSubtitle(innerUnits) { evidence.append(.titleWithSubtitle) }
        if words.count <= 4, words.contains(where: { $0.text.unicodeScalars.contains { $0.properties.numericType != nil } }) {
            evidence.append(.hasDigit)
        }
        if entities.covers(candidate.inner) { evidence.append(.entityInside) }
        if candidate.openMark == "'", candidate.openIndex > 0 && text.scalars[candidate.openIndex - 1] == "'"
            || candidate.openIndex + 1 < text.count && text.scalars[candidate.openIndex + 1] == "'" {
            evidence.append(.doubledApostrophes)
        }
        // Square brackets mark what a writer changed or left out of someone's words; names and
        // titles are not edited that way.
        if innerUnits.contains(where: { $0.text.hasPrefix("[") }) && innerUnits.contains(where: { $0.text.hasSuffix("]") }) {
            evidence.append(.editorialBrackets)
        }

        // Context.
        let units = paragraph.units
        let startsCapitalised = words.first?.text.unicodeScalars.first?.properties.isUppercase ?? false
        let sentence = paragraph.sentenceRange(of: u)
        let before = u > 0 ? units[u - 1] : nil
        let after = u + 1 < units.count ? units[u + 1] : nil
        if before?.text == ":" { evidence.append(.colonBefore) }
        let innerEndsClause = ",?!".unicodeScalars.contains(last)
        if let v = AttributionCues.cueAfter(units, after: u, language: language),
           // „…“ – so der Minister – „…“: a dash stands for the comma, unless it closes a dash
           // opened before the marks ("– beide von der Sorte „…“ – sah er …").
           v > u + 1 && (units[u + 1].text == "," || QuoteJudge.dashes.contains(units[u + 1].text)
                && !(sentence.lowerBound..<u).contains { QuoteJudge.dashes.contains(units[$0].text) }) || innerEndsClause {
            evidence.append(.cueAfter)
        } else if
                  // A speech cue or source marker in the sentence (AttributionCues.hasCue, whose
                  // test this refines, so it is not asked first: one pass over the sentence).
                  // "Die als „…“ bezeichnete Koalition", "der als „…“ bezeichnet wird": a verb that
                  // names (attributive, or passive with no one doing it) is no one speaking.
                  // (A lower-case word in marks is a verdict however the verb is used: "die als
                  // „nebelartig“ beschrieben wurden".)
                  sentence.contains(where: { k in k != u && units[k].isWord
                      && (AttributionCues.isCue(units[k].lower, language: language)
                            && !(startsCapitalised && FragmentFrame.isNamingUse(k, units: units, sentence: sentence))
                          || AttributionCues.isSourceMarker(units, at: k, language: language)
                          || AttributionCues.isTalkOfFrame(units, at: k, sentence: sentence)) }) {
            evidence.append(.cueInSentence)
        }
        // „Unverantwortlich“ nannte …, „Katastrophal“ sei …: at the start of a sentence a capital
        // says nothing of the word; one the word list knows as no noun (an adjective, an adverb, a
        // verb) opens a fragment cut from someone's words, as a lower-case word would elsewhere.
        // (Not before a verb that names: „Verrückt“ lautet der Titel …)
        let capitalByPosition = sentence.lowerBound == u && words.count <= 4 && startsCapitalised
            && !(after.map { $0.isWord && SpeechCueLexicon.namingCues.contains($0.lower) } ?? false)
            && !evidence.contains(where: { [.startsLowercase, .nameShaped, .titleCase].contains($0) }) && QuoteJudge.isCapitalisedNonNoun(words[0].text)
        if capitalByPosition { evidence.append(.startsLowercase) }
        // "Von „Panikmache“ sprach die Opposition": after a preposition the marks are no subject.
        if words.count <= 4, !capitalByPosition, let after, after.isWord, AttributionCues.isCue(after.lower, language: language),
           before?.lower == "wie" || before == nil || sentence.lowerBound >= u - 1 && !QuoteJudge.frontedPrepositions.contains(before!.lower) {
            evidence.append(.subjectOfCue)
            // "Wie „heise online“ berichtet": the marks name who reports, whatever their case.
            if before?.lower == "wie" { evidence.append(.sourceAfterWie) }
        }
        if let after, after.isWord, SpeechCueLexicon.namingCues.contains(after.lower)
            || after.lower == "nennt" && u + 2 < units.count && units[u + 2].lower == "sich" {
            evidence.append(.namingCueAfter)
        }
        if units[sentence].contains(where: { $0.isWord && SpeechCueLexicon.konjunktivForms.contains($0.lower) })
            || lowered.contains(where: SpeechCueLexicon.konjunktivForms.contains) {
            evidence.append(.reportedSpeech)
        }
        if sentence.lowerBound == u { evidence.append(.startsSentence) }
        // "nennt sich „…“", "nennt man „…“": the verb gives a name, so it is no speech cue either.
        let namingVerb = NamingEvidence.namingVerbBefore(units, before: u)
        if let before, before.isWord {
            if SpeechCueLexicon.evaluativeCues.contains(before.lower) { evidence.append(.evaluativeBefore) }
            if SpeechCueLexicon.indefiniteArticles.contains(before.lower) || before.lower == "von" { evidence.append(.indefiniteBefore) }
            if SpeechCueLexicon.namingCues.contains(before.lower) || namingVerb {
                evidence.append(.namingCueBefore)
            }
            if SpeechCueLexicon.germanSourcePrepositions.contains(before.lower)
                || before.lower == "to" && u >= 2 && units[u - 2].lower == "according" {
                evidence.append(.sourcePrepositionBefore)
            }
            if ["der", "die", "das", "den", "dem", "des", "the"].contains(before.lower) { evidence.append(.definiteArticleBefore) }
        }
        if evidence.contains(.cueInSentence) || evidence.contains(.cueAfter) || evidence.contains(.reportedSpeech),
           let before, before.isWord, SpeechCueLexicon.evaluativeCues.contains(before.lower) || SpeechCueLexicon.indefiniteArticles.contains(before.lower) {
            evidence.append(.evaluativeWithCue)
        }
        // "bezeichnete den Sieg als „Fest“", "der die Maßnahme als „Kapitulation“ sieht": a verb of
        // judging makes the word after "als" someone's verdict, even one word long (not "galt als",
        // "als „kleineres Übel“ unterstützt", which name a role).
        // An agentless passive ("der als „Sonnenwind“ bezeichnet wird") names a term instead.
        if let before, before.lower == "als", sentence.contains(where: { k in
            units[k].isWord && SpeechCueLexicon.judgingVerbs.contains(units[k].lower)
                && !(k + 1 < sentence.upperBound && SpeakerFinder.passiveAuxiliaries.contains(units[k + 1].lower))
                && !(startsCapitalised && FragmentFrame.isNamingUse(k, units: units, sentence: sentence)) }) {
            evidence.append(.alsWithJudgingVerb)
        }
        // A speech verb at most five words before the marks, with no punctuation in between; not
        // one whose subject is the generic "man" ("hielt man für einen „…“", "sieht man den „…“"):
        // what people in general say or think is a common term, nobody's words.
        var k = u - 1
        while !namingVerb, k >= 0, u - k <= 5, units[k].isWord {
            if AttributionCues.isCue(units[k].lower, language: language) {
                if !FragmentFrame.hasGenericSubject(verb: k, units: units) { evidence.append(.cueFrame) }
                break
            }
            k -= 1
        }
        if MediaNounFrame.namesTitle(units, before: u) {
            evidence.append(.mediaNounBefore)
            if MediaNounFrame.worksNounAgainst(units, before: u) { evidence.append(.worksNounAgainst) }
            if !evidence.contains(where: { [.colonBefore, .cueAfter, .cueInSentence, .cueFrame, .reportedSpeech].contains($0) }) {
                evidence.append(.titleWithoutCue)
            }
        }
        if QuoteJudge.titleNounBefore(units, before: u) { evidence.append(.titleNounBefore) }
        if GlossFrame.translates(units, before: u) { evidence.append(.translationGloss) }
        if GlossFrame.performedTitle(units, after: u, sentence: sentence) { evidence.append(.performedTitle) }
        // "Er galt als „…“", "der als „…“ bekannte Fall": a verb of being regarded or known as.
        // "präsentiert sich als „…“", "die sich als „…“ versteht": a label someone gives
        // themselves, unless a verb of saying or judging makes it their words ("nannte sich").
        if let before, before.lower == "als", !evidence.contains(.alsWithJudgingVerb) {
            let clause = FragmentFrame.clauseAround(u, units: units, sentence: sentence)
            let reflexive = (clause.lowerBound..<u).contains { units[$0].lower == "sich" }
                && !clause.contains { $0 != u && units[$0].isWord && AttributionCues.isCue(units[$0].lower, language: language) }
            if reflexive || clause.contains(where: { QuoteJudge.labelVerbs.contains(units[$0].lower) }) {
                evidence.append(.labelVerbAls)
            }
        }
        // "Parolen wie „…“": a noun for words people chant, write or demand, right before (or with
        // "wie", "wie zum Beispiel"); the later items of a list too ("Rufe wie „A“ und „B“").
        if QuoteJudge.utteranceNounBefore(units, before: QuoteJudge.listStart(units, around: u)) {
            evidence.append(.utteranceNounBefore)
            // A slogan may hold a name ("Parolen wie „X raus!“"): the noun says it was said.
            if evidence.contains(.entityInside) { evidence.append(.sloganWithName) }
        }
        // "X bezeichnete den „…“ als Lügner": the marks hold the thing classed (or compared); the
        // words someone judges it by follow "als". (A quoted sentence may be classed too: only fragments.)
        if let after, after.lower == "als", words.count <= 6, !evidence.contains(.endsSentence) { evidence.append(.beforeAls) }
        if after?.text == "(" {
            evidence.append(.parenthesisAfter)
            if NamingEvidence.acronymAfter(units, after: u, words: words.map(\.text)) { evidence.append(.acronymAfter) }
        }
        if before?.text == "(" || before?.text == ":" && u >= 3 && units[u - 3].text == "(" { evidence.append(.parenthesisBefore) }
        if listLength(units, around: u) >= 3 {
            evidence.append(.inList)
            if MediaNounFrame.namesTitle(units, before: listStart(units, around: u)) { evidence.append(.titleList) }
        }
        // "die sich selbst „…“ nennt", "nennt sich „…“"; "„…“, wie sich die Gruppe selbst nennt".
        if let after, ["nennt", "nannte", "nennen", "heißt", "hieß"].contains(after.lower)
            && (max(0, u - 2)..<u).contains(where: { ["sich", "selbst"].contains(units[$0].lower) })
            || NamingEvidence.selfNamingAfter(units, after: u) {
            evidence.append(.namingCueAfter)
        }
        if candidate.closeIndex + 1 < text.count, text.scalars[candidate.closeIndex + 1] == "-" { evidence.append(.hyphenAfter) }
        if repeated { evidence.append(.repeated) }
        if echoed { evidence.append(.echoed) }
        // (Whether this quote is one of them is asked only when it could be the only one.)
        let longQuoteNearby = paragraph.longQuoteCount > 1 || paragraph.longQuoteCount == 1 && !ParagraphUnits.isLong(units[u])
        if longQuoteNearby { evidence.append(.quotingParagraph) }
        // A short sentence of its own („Niemand muss sich sorgen.“) is said, not named.
        let wholeSentence = evidence.contains(.startsSentence) && evidence.contains(.endsSentence)
            && words.first.map { $0.text.unicodeScalars.first!.properties.isUppercase } == true
        // Two lower-case fragments in marks joined by "und"/"oder" („weniger gut“ oder „schlecht“):
        // words or attributes picked from what someone said, not names (names are capitalised, a
        // list of three or more is `inList`, an article opening the fragment makes it a term).
        // "nicht nur „A“, sondern auch „B“" joins them as well.
        func across(_ k: Int, step: Int) -> Int? {
            var j = k
            var seen: [String] = []
            while j >= 0, j < units.count, seen.count < 3 {
                let token = units[j].lower.isEmpty ? units[j].text : units[j].lower
                guard [",", "und", "oder", "sondern", "auch"].contains(token) else { break }
                seen.append(token); j += step
            }
            guard seen == ["und"] || seen == ["oder"] || seen.contains("sondern") && seen.contains("auch") else { return nil }
            return j
        }
        let joinedToFragment = across(u - 1, step: -1).map { isLowercaseFragment(units, $0) } ?? false
            || across(u + 1, step: 1).map { isLowercaseFragment(units, $0) } ?? false
        if joinedToFragment, evidence.contains(.startsLowercase), !evidence.contains(.hasDigit), !evidence.contains(.inList),
           let first = lowered.first, !SpeechCueLexicon.germanDeterminers.contains(first) {
            evidence.append(.coordinatedFragment)
        }
        // "als" alone gives a role or a comparison ("als „blinder Passagier“ reisen", "als
        // „kleineres Übel“ unterstützt"): it speaks only with a verb of saying or judging in the
        // sentence, which the cue evidence already counts.
        let speakingBefore = evidence.contains(.evaluativeBefore) && before?.lower != "als"
        // A long quotation elsewhere in the paragraph makes a phrase in marks likely someone's
        // words too, but not a single word with nothing around it speaking ("mit zehn Prozent
        // „verzinst“ werden", "das Fahrzeug „mindset“"): a term or a name.
        let quotingNearby = evidence.contains(.quotingParagraph) && words.count >= 2
        if words.count <= 4, !wholeSentence, !speakingBefore, !quotingNearby, !evidence.contains(where: { [.cueAfter, .cueInSentence, .reportedSpeech, .colonBefore, .utteranceNounBefore, .coordinatedFragment].contains($0) }) {
            evidence.append(.noSpeechContext)
        }
        // Last, and only where it can change the decision (the clause analysis is the judge's
        // costliest step): is a short fragment held by a speaker's clause?
        let scoreSoFar = QuoteJudgement(evidence: evidence).score
        // The recognizer's MISC over words the noun list knows as common nouns is unsure: when a
        // speaker's clause holds them, the clause outweighs it.
        // Only after an indefinite article ("sprach von einer „…“", "nannte es eine „…“"): a name
        // takes none.
        let miscOfCommonWords = evidence.contains(.entityInside) && words.count <= 6 && u > 0
            && SpeechCueLexicon.indefiniteArticles.contains(units[u - 1].lower)
            && FragmentFrame.isCommonWords(words.map(\.text)) && entities.overlapping(candidate.inner).allSatisfy { $0.type == .MISC }
        let lift = miscOfCommonWords ? QuoteEvidence.miscOfCommonWords.weight : 0
        // A speaker's clause found by the clause analysis ("Für den Minister ist das ein „…“",
        // "Die Kritiker halten das für „…“") is a speech context the word tables missed: it
        // takes back the penalty for having none.
        let silentContext = evidence.contains(.noSpeechContext) ? -QuoteEvidence.noSpeechContext.weight : 0
        // Up to six words: "konstatierte eine wachsende „Kluft zwischen Arm und Reich“". Marks that
        // something names ("„…“, wie sich die Gruppe nennt", „Rat zur …“, "des Magazins „…“") hold a
        // name or a title, whatever clause holds them; so do marks before "als" the thing classed.
        let named = evidence.contains { [.namingCueAfter, .nameHead, .acronymAfter, .worksNounAgainst, .titleNounBefore, .beforeAls].contains($0) }
        if words.count <= 6 || miscOfCommonWords, !wholeSentence, !named, language != .english,
           scoreSoFar <= 0, scoreSoFar + lift + silentContext + max(QuoteEvidence.speakerClause.weight, QuoteEvidence.reportedClause.weight) > 0 {
            let finder = SpeakerFinder(units: units, language: language, nameQuotes: [], entities: entities)
            let number = paragraph.sentenceOf[u]
            let previous = number > 0 ? paragraph.sentenceRanges[number - 1] : nil
            switch FragmentFrame.frame(of: u, words: words.map(\.text), sentence: sentence, previousSentence: previous, finder: finder) {
            case .speakerClause: evidence.append(.speakerClause)
            case .reportedClause: evidence.append(.reportedClause)
            case nil: break
            }
            if evidence.contains(.speakerClause) || evidence.contains(.reportedClause) { evidence.removeAll { $0 == .noSpeechContext } }
            if miscOfCommonWords, evidence.contains(.speakerClause) || evidence.contains(.reportedClause) { evidence.append(.miscOfCommonWords) }
        }
        return QuoteJudgement(evidence: evidence)
    }

    /// A capitalised word the word list knows as a frequent non-noun, and no article, pronoun or
    /// function word (those open titles and whole sentences: „Die Zeit“, „Wir …“).
    static func isCapitalisedNonNoun(_ word: String) -> Bool {
        guard GermanWords.shipped.listedClass(word) == .other else { return false }
        let lower = word.lowercased()
        return !SpeechCueLexicon.germanDeterminers.contains(lower) && !SpeechCueLexicon.functionWords.contains(lower)
            && !SpeechCueLexicon.pronouns.contains(lower) && !SpeechCueLexicon.germanPersonalWords.contains(lower)
    }

    static let dashes: Set<String> = ["–", "—", "-"]

    /// Prepositions that may open a sentence before marks governed by the verb after them.
    static let frontedPrepositions: Set<String> = ["von", "vom", "mit", "über", "für", "gegen", "zu", "zum", "zur", "nach", "vor", "auf"]

    /// Words that join the capitalised words of a name or title ("Gesetz zur Förderung der …").
    static let titleFunctionWords: Set<String> = [
        "der", "die", "das", "des", "dem", "den", "und", "für", "von", "vom", "zum", "zur", "mit", "ohne", "auf", "um",
        "zwischen", "statt", "gegen", "of", "the", "and", "for", "in", "im", "am", "an", "on", "de", "la", "le", "del",
        "dello", "du", "et", "ein", "eine", "einer", "a",
    ]

    /// "Parolen wie „…“", "Forderungen wie etwa „…“", "die Parole „…“".
    static func utteranceNounBefore(_ units: [Unit], before u: Int) -> Bool {
        var n = u - 1
        var examples = 0
        while n >= 0, examples < 2, ["etwa", "beispielsweise", "beispiel", "zum"].contains(units[n].lower) { n -= 1; examples += 1 }
        if n >= 0, units[n].lower == "wie" { n -= 1 } else if examples > 0 { return false }
        guard n >= 0, units[n].isWord else { return false }
        return SpeechCueLexicon.utteranceNouns.contains(units[n].lower) || demandNouns.contains(units[n].lower)
    }

    /// Nouns for what people call for, whose marks hold the words called for.
    static let demandNouns: Set<String> = ["forderung", "forderungen", "rufe", "rufen", "losung", "losungen"]

    /// Verbs of being regarded, known or used as something ("gilt als", "ist als … bekannt",
    /// "dient als"): what follows "als" is a label, not anyone's words.
    static let labelVerbs: Set<String> = [
        "gilt", "galt", "gelten", "galten", "gegolten", "bekannt", "bekannte", "bekannten", "dient", "diente", "dienen",
        "fungiert", "fungierte",
    ]

    /// Nouns whose whole meaning is "the title or name of": a sentence in marks after them is still
    /// a title ("unter dem Motto „Wir bleiben hier“"), not someone's words. Nouns for a saying
    /// everyone knows or a principle ("die Weisheit, „…“", "nach dem Grundsatz „…“") and for a
    /// heading ("unter der Überschrift „…“") name a text of that kind: quoted as a saying or a
    /// heading, it is nobody's words in the article.
    static let titleNouns: Set<String> = ["motto", "titel", "slogan", "leitspruch", "name", "namen", "stichwort", "beiname", "beinamen",
                                          "weisheit", "prinzip", "grundsatz", "sprichwort", "redewendung", "überschrift", "schlagzeile"]

    /// Compound heads of title nouns, for words over six letters ("Codenamen", "Rechtsgrundsatz").
    private static let titleNounHeads = ["name", "namen", "titel", "motto", "prinzip", "grundsatz", "weisheit", "überschrift", "schlagzeile"]

    private static func isTitleNoun(_ unit: Unit) -> Bool {
        guard unit.isWord, unit.isCapitalised else { return false }
        let w = unit.lower
        return titleNouns.contains(w) || w.count > 6 && titleNounHeads.contains(where: { w.hasSuffix($0) })
    }

    /// "unter dem Motto „…“", "mit dem Titel „…“", "unter dem diesjährigen Motto „…“", "(Motto: „…“)",
    /// "die Weisheit, „…“", compounds too ("Codenamen „…“", "Arbeitstitel „…“"), and a bracket that
    /// opens with the noun ("(Überschrift der Startseite: „…“)").
    static func titleNounBefore(_ units: [Unit], before u: Int) -> Bool {
        var k = u - 1
        if k >= 0, units[k].text == ":" || units[k].text == "," { k -= 1 }
        if k >= 0, isTitleNoun(units[k]) { return true }
        guard u >= 3, units[u - 1].text == ":" else { return false }
        var open = u - 2
        while open >= 0, u - open <= 10, units[open].text != "(" {
            guard units[open].isWord else { return false }
            open -= 1
        }
        guard open >= 0, units[open].text == "(", open + 1 < u - 1 else { return false }
        let head = SpeechCueLexicon.germanDeterminers.contains(units[open + 1].lower) ? open + 2 : open + 1
        return head < u - 1 && isTitleNoun(units[head])
    }

    /// A unit in marks whose first word is lower case and not a number or an article.
    static func isLowercaseFragment(_ units: [Unit], _ k: Int) -> Bool {
        guard k >= 0, k < units.count, units[k].quoteIndex != nil else { return false }
        let scalars = units[k].text.unicodeScalars
        guard let start = scalars.firstIndex(where: QuoteScanner.isWordScalar) else { return false }
        guard scalars[start].properties.isLowercase else { return false }
        let firstWord = String(String.UnicodeScalarView(scalars[start...].prefix(while: QuoteScanner.isWordScalar)))
        return !SpeechCueLexicon.germanDeterminers.contains(firstWord)
    }

    /// Words and marks that join marked items into a list.
    private static let listJoiners: Set<String> = [",", "und", "oder", "sowie", "and", "or"]

    private static func isListJoiner(_ unit: Unit) -> Bool { listJoiners.contains(unit.lower.isEmpty ? unit.text : unit.lower) }

    /// The unit of the first marked item of the list `u` stands in.
    static func listStart(_ units: [Unit], around u: Int) -> Int {
        var k = u
        while k >= 2, isListJoiner(units[k - 1]), units[k - 2].quoteIndex != nil { k -= 2 }
        return k
    }

    /// How many marked items stand in a row joined only by commas, "und", "oder", "sowie".
    static func listLength(_ units: [Unit], around u: Int) -> Int {
        var count = 1
        var k = listStart(units, around: u) + 1
        while k + 1 < units.count, isListJoiner(units[k]), units[k + 1].quoteIndex != nil { count += 1; k += 2 }
        return count
    }

}
