import Testing
import MarginaliaText
@testable import MarginaliaEntities

// Entity precision on news (issue 16): compound common nouns, names cut short, genitives and
// names of several words typed with the article, appositions that are no lists. Sentences and
// names written for these tests.

/// A small word list: nouns with their gender, "-" for frequent words of other classes.
private let words = GermanWords(parsing: """
Wahl\tf
Kommission\tf
Studie\tf
Fraktion\tf
Bund\tm
Streifen\tm
Garten\tm
Platz\tm
Markt\tm
Nord\tm
Arzt\tm
Lage\tf
Donnerstag\tm
Gestern\t-
Auch\t-
""")

private let lexicon = Lexicon(places: ["Tarnitz", "Wendelstedt"], countries: [], firstNames: ["Anna", "Jonas"])

private func mention(_ text: String, _ type: EntityType, _ confidence: Double, at start: Int) -> EntityMention {
    EntityMention(span: Span(start, start + text.unicodeScalars.count), text: text, type: type, canonical: text, confidence: confidence)
}

/// `name` at its first occurrence in `s`.
private func mention(_ name: String, in s: String, _ type: EntityType, _ confidence: Double = 0.9) -> EntityMention {
    let scalars = Array(s.unicodeScalars)
    let start = scalars.indices.first { String(String.UnicodeScalarView(scalars[$0...])).hasPrefix(name) }!
    return mention(name, type, confidence, at: start)
}

// MARK: compound common nouns

@Test func unconfidentCompoundOfTwoNounsIsNoName() {
    let kept = CompoundNounEvidence.filter([mention("Wahlkommission", .PER, 0.6, at: 0)], lexicon: lexicon, words: words)
    #expect(kept.isEmpty)
    // The tagger sure of it: kept.
    #expect(CompoundNounEvidence.filter([mention("Wahlkommission", .ORG, 0.9, at: 0)], lexicon: lexicon, words: words).count == 1)
    // A site's name ("Nordplatz", "Gartenmarkt") is a place however common its parts.
    #expect(CompoundNounEvidence.filter([mention("Nordplatz", .LOC, 0.2, at: 0)], lexicon: lexicon, words: words).count == 1)
    // Inner capitals mark a brand ("StadtGarten"); a listed place stays.
    #expect(CompoundNounEvidence.filter([mention("WahlStudie", .ORG, 0.2, at: 0)], lexicon: lexicon, words: words).count == 1)
    #expect(CompoundNounEvidence.filter([mention("Wendelstedt", .LOC, 0.2, at: 0)], lexicon: lexicon, words: words).count == 1)
}

@Test func nameAndNounCompoundIsNoPersonButMayBeAPlace() {
    let found = CompoundNounEvidence.filter([
        mention("UNO-Studie", .PER, 0.6, at: 0), mention("SPD-Bundfraktion", .PER, 0.6, at: 20),
        mention("Gaza-Streifen", .LOC, 0.6, at: 40),
    ], lexicon: lexicon, words: words)
    #expect(found.map(\.text) == ["Gaza-Streifen"])
}

@Test func wordNamedConfidentlyElsewhereStays() {
    // "Gartenstudie" is a compound of two nouns, but the article names it with confidence (and
    // its genitive follows the name).
    let found = CompoundNounEvidence.filter([
        mention("Gartenstudie", .ORG, 0.95, at: 0), mention("Gartenstudie", .ORG, 0.3, at: 40), mention("Gartenstudies", .ORG, 0.3, at: 80),
    ], lexicon: lexicon, words: words)
    #expect(found.count == 3)
    // The last word of a person's full name vouches for the surname alone.
    let person = CompoundNounEvidence.filter([
        mention("Jonas Wahlstudie", .PER, 0.95, at: 0), mention("Wahlstudie", .PER, 0.4, at: 40),
    ], lexicon: lexicon, words: words)
    #expect(person.count == 2)
}

// MARK: names cut short

private func continued(_ s: String, _ given: [(String, EntityType)]) -> [String] {
    let text = ArticleText(s)
    let mentions = given.map { mention($0.0, in: s, $0.1) }
    return NameContinuation.extend(mentions, text: text, lexicon: lexicon, words: words).map { "\($0.type.rawValue) \($0.text)" }
}

@Test func personTakesInTheUnknownWordAfterIt() {
    #expect(continued("Besorgt äußerte sich Kofo Anang über die Lage.", [("Kofo", .PER)]) == ["PER Kofo Anang"])
    #expect(continued("Der Sprecher Ky Lerong sagte das.", [("Ky", .PER)]) == ["PER Ky Lerong"])
    // A known word is no part of the name; nor are digits ("DMP-BD30").
    #expect(continued("Das sagte Anna Berga Donnerstag.", [("Anna Berga", .PER)]) == ["PER Anna Berga"])
    #expect(continued("Das bestätigte Morlan DMP-BD30 gestern.", [("Morlan", .PER)]) == ["PER Morlan"])
}

@Test func personTakesInTheUnknownWordBeforeIt() {
    #expect(continued("Die Anhänger des Dolai Lamo protestierten.", [("Lamo", .PER)]) == ["PER Dolai Lamo"])
    #expect(continued("Der Trainer lobte Tiwan Koressa sehr.", [("Koressa", .PER)]) == ["PER Tiwan Koressa"])
}

@Test func roleNounsAdjectivesAndSentenceStartsStayOutside() {
    // A feminine role noun, a genitive, an adjective the list lacks, a word ending in a noun.
    #expect(continued("Das sagte die Meteorologin Zora Vakul.", [("Zora Vakul", .PER)]) == ["PER Zora Vakul"])
    #expect(continued("Er folgte des Argentiniers Kalo Marin.", [("Kalo Marin", .PER)]) == ["PER Kalo Marin"])
    #expect(continued("Das sagte der Stadtarzt Kalo Marin.", [("Kalo Marin", .PER)]) == ["PER Kalo Marin"])
    // Capitalised anyway at a sentence's start, after a colon or an opening mark.
    #expect(continued("Wahrlich Kalo Marin kam.", [("Kalo Marin", .PER)]) == ["PER Kalo Marin"])
    #expect(continued("Er rief: Wahrlich Kalo kam.", [("Kalo", .PER)]) == ["PER Kalo"])
    // Places and organisations do not grow: an unknown neighbour is as often another name.
    #expect(continued("Er flog über Tarnitz Oberwald.", [("Tarnitz", .LOC)]) == ["LOC Tarnitz"])
    // Never into another mention (a place after a full name may be its second surname: `NameExtentTests`).
    #expect(continued("Sie trafen Kalo Marin Tarnitz.", [("Kalo Marin", .PER), ("Tarnitz", .ORG)]) == ["PER Kalo Marin", "ORG Tarnitz"])
}

// MARK: document types

@Test func genitiveVotesWithItsName() {
    let unified = DocumentTypes.unify([
        mention("Marlow", .PER, 0.9, at: 0), mention("Marlows", .LOC, 0.8, at: 30), mention("Marlow", .PER, 0.7, at: 60),
    ], lexicon: lexicon)
    #expect(unified.map(\.type) == [.PER, .PER, .PER])
    // A name of several words and its genitive.
    let place = DocumentTypes.unify([
        mention("Bel Amor", .LOC, 1.0, at: 0), mention("Bel Amors", .PER, 0.9, at: 30), mention("Bel Amor", .LOC, 1.0, at: 60),
    ], lexicon: lexicon)
    #expect(place.map(\.type) == [.LOC, .LOC, .LOC])
}

@Test func nameOfSeveralWordsTakesItsMajorityType() {
    let unified = DocumentTypes.unify([
        mention("Dolai Lamo", .PER, 1.0, at: 0), mention("Dolai Lamo", .LOC, 1.0, at: 30), mention("Dolai Lamo", .PER, 0.8, at: 60),
    ], lexicon: lexicon)
    #expect(unified.map(\.type) == [.PER, .PER, .PER])
}

@Test func everyLaterWordOfAFullNameVotesForAPerson() {
    let unified = DocumentTypes.unify([mention("Adolfo Perales Esquina", .PER, 1.0, at: 0), mention("Perales", .LOC, 0.8, at: 40)], lexicon: lexicon)
    #expect(unified.map(\.type) == [.PER, .PER])
}

// MARK: appositions are no lists

private func evidence(_ s: String, _ given: [(String, EntityType)]) -> [String] {
    let text = ArticleText(s)
    let sentences = Segmenter.segment(text, language: .de).sentences
    let tokens = sentences.map { Tokenizer.tokenize(text, in: $0, style: .germEval) }
    let mentions = given.map { mention($0.0, in: s, $0.1) }
    return DocumentEvidence.extend(mentions, tokens: tokens, text: text, commonWords: ["der", "des"])
        .sorted { $0.span < $1.span }.map { "\($0.type.rawValue) \($0.text)" }
}

@Test func commaBeforeAFullNameJoinsARoleNotAList() {
    #expect(evidence("Der Direktor des Hilfsbundes, Anna Berger, sagte das.", [("Anna Berger", .PER)]) == ["PER Anna Berger"])
    // After a place in the genitive, a word starting a longer name is no second place.
    #expect(evidence("Der Präsident Tarnitzs, Sulo Bamberg Jodo, sagte das.", [("Tarnitzs", .LOC), ("Bamberg Jodo", .PER)])
            == ["LOC Tarnitzs", "PER Bamberg Jodo"])
    // A list of names, one on each side of the comma, still shares the type.
    #expect(evidence("Es sprachen Berger, Kowalczyk und andere.", [("Berger", .PER)]) == ["PER Berger", "PER Kowalczyk"])
    #expect(evidence("Es sprachen Berger und Kowalczyk.", [("Berger", .PER)]) == ["PER Berger", "PER Kowalczyk"])
}

// MARK: the word list

@Test func builderFindsNounsSpeltWithEszett() throws {
    // wordfreq keys "Straße" as "strasse": looked up as written, every noun with ß was missing.
    let csv = """
    lemma,pos,genus,genus 1,genus 2,genus 3,genus 4,nominativ singular,nominativ plural
    Straße,Substantiv,f,,,,,Straße,Straßen
    """
    let list = GermanWords(parsing: try GermanWordsBuilder.build(nounsCSV: csv, frequencies: "strasse\t4.5\nstrassen\t4.0\n", knownNames: []))
    #expect(list.wordClass("Straße") == .noun(.feminine))
    #expect(list.wordClass("Straßen") == .noun(.plural))
    // The ss spelling is no word of another class.
    #expect(list.wordClass("Strasse") == nil)
}

// MARK: names of several words made whole

@Test func nameOfSeveralWordsIsMadeWholeWhereTheTaggerCutIt() {
    let s = "Die Stadt Bad Kelburg liegt nahe. In Bad Kelburg regnet es."
    let second = Array(s.unicodeScalars).count - "Kelburg regnet es.".unicodeScalars.count
    let given = [mention("Bad Kelburg", in: s, .LOC), mention("Kelburg", .LOC, 0.9, at: second)]
    let text = ArticleText(s)
    let tokens = Segmenter.segment(text, language: .de).sentences.map { Tokenizer.tokenize(text, in: $0, style: .germEval) }
    let found = DocumentEvidence.extend(given, tokens: tokens, text: text, commonWords: [])
        .sorted { $0.span < $1.span }.map { "\($0.type.rawValue) \($0.text)" }
    #expect(found == ["LOC Bad Kelburg", "LOC Bad Kelburg"])
}

@Test func nameOfSeveralWordsIsNotAddedWhereNothingOfItWasTagged() {
    // The tagger's one guess is not repeated into text it left alone (a star typed as a body).
    #expect(evidence("Der Stern Kel Tau leuchtet. Um Kel Tau kreist ein Planet.", [("Kel Tau", .ORG)]) == ["ORG Kel Tau"])
}
