import Testing
import MarginaliaText
@testable import MarginaliaEntities

// Terms that are no names: substances (TermsNotNames), quoted terms used as common nouns
// (QuotedPhrases), numbered groups of states. Sentences invented for these tests.

private let nouns = GermanWords(parsing: "Brücke\tf\nZukunft\tf\nWende\tf\nPlan\tm\n")

/// `mentions` at their first occurrence in `s`.
private func at(_ s: String, _ mentions: [(String, EntityType)]) -> [EntityMention] {
    let scalars = Array(s.unicodeScalars)
    return mentions.map { (name, type) in
        let start = scalars.indices.first { String(String.UnicodeScalarView(scalars[$0...])).hasPrefix(name) }!
        return EntityMention(span: Span(start, start + name.unicodeScalars.count), text: name, type: type, canonical: name, confidence: 0.7)
    }
}

/// TermsNotNames over `s`; "TYPE text" per result.
private func terms(_ s: String, _ mentions: [(String, EntityType)]) -> [String] {
    TermsNotNames.apply(at(s, mentions)).map { "\($0.type.rawValue) \($0.text)" }
}

/// QuotedPhrases (which drops quoted terms used as common nouns) over `s`.
private func quotedTerms(_ s: String, _ mentions: [(String, EntityType)]) -> [String] {
    let lexicon = Lexicon(places: [], countries: [], firstNames: [])
    return QuotedPhrases.filter(at(s, mentions), text: ArticleText(s), lexicon: lexicon, words: nouns).map { "\($0.type.rawValue) \($0.text)" }
}

@Test func substancesAreNoNames() {
    #expect(terms("Das Werk stößt jährlich 40 Tonnen CO2 aus.", [("CO2", .MISC)]) == [])
    #expect(terms("Im Keller lagerten Fässer mit PVC und Farbe.", [("PVC", .ORG)]) == [])
    #expect(terms("Die Kampagne gegen AIDS beginnt.", [("AIDS", .ORG)]) == [])
    #expect(terms("Der Erreger H7N9 wurde in Geflügel gefunden.", [("H7N9", .PER)]) == [])
    // A name with a digit that is no formula stays.
    #expect(terms("Der Sender N24 meldete es zuerst.", [("N24", .ORG)]) == ["ORG N24"])
}

@Test func aQuotedTermAfterAnIndefiniteArticleIsNoName() {
    #expect(quotedTerms("Der Minister sprach von einer „Brücke in die Zukunft“ für die Region.", [("Brücke in die Zukunft", .MISC)]) == [])
    // The article's other uses of the same term go too.
    #expect(quotedTerms("Sie fordern einen „Plan Wende“. Der „Plan Wende“ kommt.", [("Plan Wende", .ORG)]) == [])
    #expect(quotedTerms("Man sprach von der sogenannten „Wende“ im Herbst.", [("Wende", .MISC)]) == [])
}

@Test func quotedNamesWithoutATermCueStay() {
    // No cue before the marks, a first word that is no noun.
    #expect(quotedTerms("Die Zeitung „Brücke“ berichtet.", [("Brücke", .ORG)]) == ["ORG Brücke"])
    #expect(quotedTerms("Er kaufte eine „Zorvex“ für die Reise.", [("Zorvex", .MISC)]) == ["MISC Zorvex"])
    // A compound's quoted part is no name at all (GermEval: a part), cue or none.
    #expect(quotedTerms("Sie traf einen „Brücke“-Reporter.", [("Brücke", .ORG)]) == [])
    #expect(quotedTerms("Eine „Wende“ gab es nicht.", [("Wende", .MISC)]) == [])
}

@Test func aNumberedGroupOfStatesIsAnOrganisation() {
    #expect(terms("Die G20 beraten über Zölle.", [("G20", .MISC)]) == ["ORG G20"])
    #expect(terms("Der Gipfel der G7 beginnt.", [("G7", .ORG)]) == ["ORG G7"])
}

@Test func peoplesTechnicalStandardsAndFeastsAreNoNames() {
    #expect(terms("In Tarnow leben viele Roma und Sinti; unter den Kurden wächst die Sorge.",
                  [("Tarnow", .LOC), ("Roma", .ORG), ("Sinti", .LOC), ("Kurden", .PER)]) == ["LOC Tarnow"])
    #expect(terms("Das Gerät der Firma Weltfunk kann GSM, UMTS und WLAN.", [("Weltfunk", .ORG), ("GSM", .ORG), ("UMTS", .ORG), ("WLAN", .MISC)])
            == ["ORG Weltfunk"])
    #expect(terms("Zwischen Weihnachten und Silvester ruht in Tarnow der Betrieb.", [("Weihnachten", .MISC), ("Silvester", .PER), ("Tarnow", .LOC)])
            == ["LOC Tarnow"])
    #expect(terms("Der Dialog zwischen Christentum und Islam wächst.", [("Christentum", .MISC), ("Islam", .PER)]) == [])
    // Inside a longer name the word stays: a club, a party.
    #expect(terms("Der AS Roma gewann.", [("AS Roma", .ORG)]) == ["ORG AS Roma"])
}

/// QuotedPhrases.unsureQuotedNames over `s`, the mentions shown with `confidence`.
private func unsureQuoted(_ s: String, _ mentions: [(String, EntityType)], confidence: Double = 0.6) -> [String] {
    let lexicon = Lexicon(places: ["Tarnitz"], countries: [], firstNames: [])
    let shown = at(s, mentions).map { m -> EntityMention in
        var m = m
        m.confidence = confidence
        return m
    }
    return QuotedPhrases.unsureQuotedNames(shown, text: ArticleText(s), lexicon: lexicon, words: nouns).map { "\($0.type.rawValue) \($0.text)" }
}

@Test func anUnsureLoneWordInMarksIsAProductOrNoName() {
    // A name in marks that no list knows: a product, a craft, a storm (MISC).
    #expect(unsureQuoted("Der Hersteller stellte die Kamera „Lumora“ vor.", [("Lumora", .ORG)]) == ["MISC Lumora"])
    #expect(unsureQuoted("Die Kapsel „Selvana“ dockte an.", [("Selvana", .PER)]) == ["MISC Selvana"])
    // A common noun in marks is a coined term, no name.
    #expect(unsureQuoted("Am Sonntag steht die „Wende“ an.", [("Wende", .LOC)]) == [])
    // A compound of nouns with an inner capital is written as a name: MISC, not dropped.
    #expect(unsureQuoted("Die „WendePlan“ wird gebaut.", [("WendePlan", .ORG)]) == ["MISC WendePlan"])
}

@Test func anUnsureMiscThatIsACommonNounInMarksIsNoName() {
    #expect(unsureQuoted("Sie sprachen über das Thema „Wende“ lange.", [("Wende", .MISC)]) == [])
    // Sure, or after a work noun (a title), or no listed noun: kept.
    #expect(unsureQuoted("Sie sprachen über das Thema „Wende“ lange.", [("Wende", .MISC)], confidence: 0.9) == ["MISC Wende"])
    #expect(unsureQuoted("Er drehte den Film „Wende“ im Mai.", [("Wende", .MISC)]) == ["MISC Wende"])
    #expect(unsureQuoted("Die Sonde „Lumora“ flog.", [("Lumora", .MISC)]) == ["MISC Lumora"])
}

@Test func loneWordsInMarksWithAFrameOrConfidenceStay() {
    // Confident, after an outlet's or organisation's noun, an acronym, a listed place, a
    // compound's quoted part, a word with a dot.
    #expect(unsureQuoted("Die „Lumora“ kam an.", [("Lumora", .ORG)], confidence: 0.9) == ["ORG Lumora"])
    #expect(unsureQuoted("Das berichtete die Zeitung „Morgenlicht“ am Montag.", [("Morgenlicht", .ORG)]) == ["ORG Morgenlicht"])
    #expect(unsureQuoted("Der Verband „VKL“ klagt.", [("VKL", .ORG)]) == ["ORG VKL"])
    #expect(unsureQuoted("Sie fuhren nach „Tarnitz“ zurück.", [("Tarnitz", .LOC)]) == ["LOC Tarnitz"])
    #expect(unsureQuoted("Eine „Lumora“-Sprecherin sagte das.", [("Lumora", .ORG)]) == ["ORG Lumora"])
    #expect(unsureQuoted("Die Liste „Bunt.Links“ trat an.", [("Bunt.Links", .ORG)]) == ["ORG Bunt.Links"])
    #expect(unsureQuoted("Sie stimmte für die „Grünen“ im Rat.", [("Grünen", .ORG)]) == ["ORG Grünen"])
}

@Test func anAcronymOfACommonTermIsNoName() {
    func acronyms(_ s: String, _ mentions: [(String, EntityType)]) -> [String] {
        TermsNotNames.termAcronyms(at(s, mentions), text: ArticleText(s)).map { "\($0.type.rawValue) \($0.text)" }
    }
    // The initials of the words before the bracket, one an adjective in small letters.
    #expect(acronyms("Das Labor misst flüchtige organische Verbindungen (FOV) im Wasser.", [("FOV", .ORG)]) == [])
    // Capitalised adjectives name a body; initials that do not match name something else.
    #expect(acronyms("Die Nordische Wetterbehörde (NW) warnt.", [("NW", .ORG)]) == ["ORG NW"])
    #expect(acronyms("Sie fordern schnelle Hilfe (BKV) vom Land.", [("BKV", .ORG)]) == ["ORG BKV"])
}
