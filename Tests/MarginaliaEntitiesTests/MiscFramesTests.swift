import Testing
import MarginaliaText
@testable import MarginaliaEntities

// Product frames, named events and prizes, currency signs and Arabic name particles (issue 16),
// on sentences written for these tests; the names in them are invented or general knowledge.

private let lexicon = Lexicon(places: ["Tarnitz", "Wendelstadt", "München", "Genf"], countries: ["Irak", "Korea"],
                              firstNames: ["Jana", "Ole", "Karim"])
private let nouns = GermanWords(parsing: "Haus\tn\nMaschine\tf\nFlugzeug\tn\nVertrag\tm\nKrieg\tm\nTruppen\tp\nSender\tm\nher\t-\nMiliz\tf\n")

/// MiscKinds (frames, events), then the person passes, as the recognizer runs them, over `s`;
/// "TYPE text" per result.
private func run(_ s: String, _ mentions: [(String, EntityType)] = []) -> [String] {
    let text = ArticleText(s)
    let tokens = Segmenter.segment(text, language: .de).sentences.map { Tokenizer.tokenize(text, in: $0, style: .germEval) }
    let scalars = Array(s.unicodeScalars)
    let given = mentions.map { (name, type) -> EntityMention in
        let start = scalars.indices.first { String(String.UnicodeScalarView(scalars[$0...])).hasPrefix(name) }!
        return EntityMention(span: Span(start, start + name.unicodeScalars.count), text: name, type: type, canonical: name, confidence: 0.9)
    }
    let kinds = MiscKinds.apply(given, tokens: tokens, text: text, lexicon: lexicon, commonWords: ["der", "die", "mit"], words: nouns)
    let particles = PersonNameParticles.apply(kinds, tokens: tokens, text: text, lexicon: lexicon, words: nouns)
    return PersonFrames.apply(particles, tokens: tokens, text: text, lexicon: lexicon, words: nouns)
        .map { "\($0.type.rawValue) \($0.text)" }
}

@Test func aTypeFrameNamesOneProduct() {
    // The maker's name the tagger read as a place joins the type number.
    #expect(run("Eine Maschine des Typs Tarnitz T-17 landete.", [("Tarnitz", .LOC)]) == ["MISC Tarnitz T-17"])
    // A name without a type number, and one in marks.
    #expect(run("Ein Flugzeug vom Typ Falkenmeier Skyrunner stürzte ab.") == ["MISC Falkenmeier Skyrunner"])
    #expect(run("Der Hubschrauber vom Typ „Wendelstadt“ flog los.", [("Wendelstadt", .LOC)]) == ["MISC Wendelstadt"])
    // "vom Typ her" names nothing; "dem Typ" is a man.
    #expect(run("Vom Typ her passt es.") == [])
    #expect(run("Sie sprach mit dem Typ Ole.", [("Ole", .PER)]) == ["PER Ole"])
}

@Test func otherProductFramesNeedANameThatIsNoWordOrPlace() {
    #expect(run("Das Medikament Zolvarin hilft.") == ["MISC Zolvarin"])
    // The same name elsewhere in the article is that product too.
    #expect(run("Zolvarin wirkt schnell. Das Medikament Zolvarin hilft.", [("Zolvarin", .LOC)]) == ["MISC Zolvarin", "MISC Zolvarin"])
    #expect(run("Das Modell Tarnitz gilt als Vorbild.", [("Tarnitz", .LOC)]) == ["LOC Tarnitz"])
    #expect(run("Das Modell Haus ist alt.") == [])
}

@Test func craftAndOperationsAfterTheirNoun() {
    #expect(run("Die Raumsonde Zolvarin erreichte den Mars.", [("Zolvarin", .PER)]) == ["MISC Zolvarin"])
    #expect(run("Im Rahmen der Operation Falkmobil landeten sie.") == ["MISC Falkmobil"])
    // A listed noun after the frame is no name.
    #expect(run("Nach einer Operation Haus und Hof verloren.") == [])
}

@Test func productsByTheirShapeOrArticle() {
    #expect(run("Sie kaufte ein iTelefon 5 und zwei iWatches.") == ["MISC iTelefon 5", "MISC iWatches"])
    // A maker after an indefinite article is its product; not before another capitalised word.
    #expect(run("Dort stand ein Falkmobil. Falkmobil baut Autos.", [("Falkmobil", .ORG)]) == ["MISC Falkmobil"])
    #expect(run("Dort stand ein Falkmobil Sprecher.", [("Falkmobil", .ORG)]) == ["ORG Falkmobil"])
}

@Test func personsEitherSideOfAParticleAreOneName() {
    #expect(run("Dann sprach Rui da Pereira lange.", [("Rui", .PER), ("Pereira", .PER)]) == ["PER Rui da Pereira"])
    #expect(run("Es führt Karim al Tahiri an.", [("Karim", .PER), ("Tahiri", .PER)]) == ["PER Karim al Tahiri"])
    // German "von" between two persons is left.
    #expect(run("Ein Bild Jana von Ole.", [("Jana", .PER), ("Ole", .PER)]) == ["PER Jana", "PER Ole"])
}

@Test func currencySignsAfterOrBeforeAnAmount() {
    #expect(run("Es kostet 500 € im Jahr.") == ["MISC €"])
    #expect(run("Der Verlust lag bei CHF 7 Mio. im Jahr.") == ["MISC CHF"])
    #expect(run("Sie zahlten 40 CFA-Franc.") == ["MISC CFA-Franc"])
    #expect(run("Das Zeichen € steht für den Euro.") == [])
}

@Test func warsTreatiesAndPrizesNamedByCommonWords() {
    #expect(run("Nach dem Ende des Kalten Krieges zog er um.") == ["MISC Kalten Krieges"])
    #expect(run("Er kämpfte im Irakkrieg und im Korea-Krieg.") == ["MISC Irakkrieg", "MISC Korea-Krieg"])
    // "Bürgerkrieg" names no country.
    #expect(run("Der Bürgerkrieg dauerte an.") == [])
    #expect(run("Die Genfer Konventionen gelten, auch der Münchner Vertrag.") == ["MISC Genfer Konventionen", "MISC Münchner Vertrag"])
    // An indefinite article: any contract.
    #expect(run("Er unterschrieb einen Münchner Vertrag.") == [])
    #expect(run("Sie erhielt den Nobelpreis für Chemie.") == ["MISC Nobelpreis für Chemie"])
    #expect(run("Er ist Träger des „Sacharow-Preises für geistige Freiheit“.") == ["MISC Sacharow-Preises für geistige Freiheit"])
}

@Test func prizesOfAPlaceOrANationAndPrizesNamedAfterAPerson() {
    #expect(run("Sie wurde mit dem Tarnitzer Musikpreis geehrt.") == ["MISC Tarnitzer Musikpreis"])
    #expect(run("Der Film steht auf der Liste des Deutschen Filmpreises.") == ["MISC Deutschen Filmpreises"])
    // An indefinite article, a price of goods, or no place's adjective: no name.
    #expect(run("Die Stadt stiftet einen Tarnitzer Kulturpreis.") == [])
    #expect(run("Der Tarnitzer Ölpreis stieg.") == [])
    #expect(run("Der neue Filmpreis wird im Mai vergeben.") == [])
    #expect(run("Er gewann den Jana-Holmberg-Preis und war Gast des Ole-Brandt-Preises.") == ["MISC Jana-Holmberg-Preis", "MISC Ole-Brandt-Preises"])
    // No first name before the surname: left to the tagger.
    #expect(run("Er gewann den Stahlwerk-Holmberg-Preis.") == [])
}

@Test func arabicParticleNamesAndTheirShortForms() {
    // A role before the name is the evidence; the short form later is the same person.
    #expect(run("Der Machthaber Faruk al-Mansuri sprach. Später widersprach al-Mansuri.")
            == ["PER Faruk al-Mansuri", "PER al-Mansuri"])
    // The tagger's cut name is made whole, the genitive short form follows.
    #expect(run("Karim bin Tahar kam an. Die Truppen bin Tahars zogen ab.", [("Karim", .PER)])
            == ["PER Karim bin Tahar", "PER bin Tahars"])
    // No evidence of a person: a group of the same shape stays as the tagger left it.
    #expect(run("Die Miliz Ansar al-Dschadid griff an.") == [])
    #expect(run("Die Gruppe Ansar al-Dschadid griff an.", [("Ansar al-Dschadid", .ORG)]) == ["ORG Ansar al-Dschadid"])
    // A noun before the article is no name ("dem Sender al-…").
    #expect(run("Der Chef sprach mit dem Sender al-Rayyan.") == [])
}

@Test func nicknamesAndUnknownNamesAfterARoleArePersons() {
    #expect(run("Der unter dem Spitznamen „Kobold77“ bekannte Hacker schwieg.") == ["PER Kobold77"])
    #expect(run("Ole Brandt, genannt „Der Bäcker“, wurde verhaftet.", [("Ole Brandt", .PER)]) == ["PER Ole Brandt", "PER Der Bäcker"])
    // "genannt" after no person names a thing.
    #expect(run("Das Verfahren, genannt „Schnellweg“, gilt.") == [])
    #expect(run("Gestern wurde der Blogger Zartuvan verhaftet.") == ["PER Zartuvan"])
    // A German word, a place or a longer name after the role is left to the tagger.
    #expect(run("Der Sänger Haus trat auf.") == [])
    #expect(run("Der Sänger Tarnitz trat auf.") == [])
    #expect(run("Der Sänger Zartuvan Belko trat auf.") == [])
}

@Test func aMissionAnActiveIngredientAndSoftwareNameAProduct() {
    #expect(run("Die Mission Falkenstern-4 startete pünktlich.") == ["MISC Falkenstern-4"])
    #expect(run("Der Wirkstoff Zolvarin senkt den Blutdruck.") == ["MISC Zolvarin"])
    // The tagger's organisation of frame noun and name gives way to the name.
    #expect(run("Die Seite lief mit der Software Wikorama weiter.", [("Software Wikorama", .ORG)]) == ["MISC Wikorama"])
    // A listed noun or a place after the frame is no name.
    #expect(run("Die Mission Tarnitz endete.", [("Tarnitz", .LOC)]) == ["LOC Tarnitz"])
    #expect(run("Die Mission Haus begann.") == [])
}

@Test func aTypeDesignationAfterAVehicleNounIsTheProduct() {
    #expect(run("Der Konzern baut das Flugzeug Q400X in Tarnitz.", [("Tarnitz", .LOC)]) == ["MISC Q400X", "LOC Tarnitz"])
    // The tagger's place of the designation is retyped.
    #expect(run("Das Werk fertigt das Flugzeug B2 ab Mai.", [("B2", .LOC)]) == ["MISC B2"])
    // Digits alone are a count; a capitalised word after it goes on as another name.
    #expect(run("Das Flugzeug 12 flog.") == [])
    #expect(run("Das Flugzeug B2 Tarnitz hielt.", [("Tarnitz", .LOC)]) == ["LOC Tarnitz"])
}

@Test func aCompoundEndingInAFrameNounIsAFrame() {
    // The last part names the kind; the name after it passes the same checks.
    #expect(run("Das Nachfolgemodell QX 40 ist schwerer.") == ["MISC QX 40"])
    #expect(run("Die ESA-Raumsonde Falkmobil fliegt weiter.", [("Falkmobil", .PER)]) == ["MISC Falkmobil"])
    #expect(run("Das Erfolgsmodell Tarnitz gilt als Vorbild.", [("Tarnitz", .LOC)]) == ["LOC Tarnitz"])
    #expect(run("Das Geschäftsmodell Haus lohnt sich.") == [])
}

@Test func aCraftFrameTakesAFirstNameAsTheCraft() {
    #expect(run("Die Raumsonde Jana erreichte den Mond.", [("Jana", .PER)]) == ["MISC Jana"])
    // Not after the other frames: "das Medikament Jana" stays unsure of a name.
    #expect(run("Das Medikament Jana wirkt.", [("Jana", .PER)]) == ["PER Jana"])
}

@Test func aGroupOfStatesSummitByItsNumberIsAnEvent() {
    #expect(run("Vor dem G9-Gipfel in Wendelstadt tagten sie.", [("Wendelstadt", .LOC)]) == ["MISC G9-Gipfel", "LOC Wendelstadt"])
    #expect(run("Nach dem Ende des G-30-Gipfels reisten sie ab.") == ["MISC G-30-Gipfels"])
    // The group's ministers meeting, and the group itself, name no summit.
    #expect(run("Sie sprachen beim G9-Treffen der Minister.") == [])
    #expect(run("Die G9-Staaten beraten.") == [])
}
