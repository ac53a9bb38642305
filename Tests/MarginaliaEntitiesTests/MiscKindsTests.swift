import Testing
import MarginaliaText
@testable import MarginaliaEntities

// Works, currencies, languages and model designations (issue 16), on sentences written for these tests.

private let places = Lexicon(places: ["Tarnitz", "Wendelstadt"], countries: [], firstNames: ["Jana", "Ole"])
private let nouns = GermanWords(parsing: "Haus\tn\nIndex\tm\nVirus\tn\nStraße\tf\nJahre\tp\nVelmar\t-\n")

private func given(_ s: String, _ mentions: [(String, EntityType)]) -> [EntityMention] {
    let scalars = Array(s.unicodeScalars)
    return mentions.map { (name, type) -> EntityMention in
        let start = scalars.indices.first { String(String.UnicodeScalarView(scalars[$0...])).hasPrefix(name) }!
        return EntityMention(span: Span(start, start + name.unicodeScalars.count), text: name, type: type, canonical: name, confidence: 0.9)
    }
}

/// WorkTitles over `s`; "TYPE text" per result.
private func titles(_ s: String, _ mentions: [(String, EntityType)] = []) -> [String] {
    WorkTitles.apply(given(s, mentions), text: ArticleText(s)).map { "\($0.type.rawValue) \($0.text)" }
}

/// MiscKinds over `s`; "TYPE text" per result.
private func kinds(_ s: String, _ mentions: [(String, EntityType)] = []) -> [String] {
    let text = ArticleText(s)
    let tokens = Segmenter.segment(text, language: .de).sentences.map { Tokenizer.tokenize(text, in: $0, style: .germEval) }
    return MiscKinds.apply(given(s, mentions), tokens: tokens, text: text, lexicon: places, commonWords: ["der", "die", "mit", "eine"],
                           words: nouns).map { "\($0.type.rawValue) \($0.text)" }
}

@Test func aWorkNounBeforeTheMarksMakesATitle() {
    #expect(titles("Ihr Roman „Die Nacht über Tarnitz“ erschien im Mai.", [("Tarnitz", .LOC)]) == ["MISC Die Nacht über Tarnitz"])
    #expect(titles("Er drehte den Kinofilm „Wendelstadt“.", [("Wendelstadt", .LOC)]) == ["MISC Wendelstadt"])
    // A list of titles after "wie", each joined by a comma, "und" or "oder".
    #expect(titles("Sie sang Lieder wie „Graue Tage“, „Jana am Meer“ und „Nordwind“.", [("Jana", .PER)])
            == ["MISC Graue Tage", "MISC Jana am Meer", "MISC Nordwind"])
    // The tagger's whole title keeps its mention.
    #expect(titles("Die Serie „Kleine Welt“ endet.", [("Kleine Welt", .MISC)]) == ["MISC Kleine Welt"])
}

@Test func marksWithoutAWorkNounHoldNoTitle() {
    // A motto, a quoted statement, a member ("Mitglied" ends in "lied"), a lower-case phrase.
    #expect(titles("Unter dem Motto „Tarnitz bleibt“ zogen sie los.", [("Tarnitz", .LOC)]) == ["LOC Tarnitz"])
    #expect(titles("Das Buch „Wir gehen. Tarnitz wartet“ ist da.", [("Tarnitz", .LOC)]) == ["LOC Tarnitz"])
    #expect(titles("Das Mitglied „Ole Brandt“ trat aus.", [("Ole Brandt", .PER)]) == ["PER Ole Brandt"])
    #expect(titles("Der Film „ziemlich gut“ lief.") == [])
}

@Test func aTitleTheTaggerCutIsTheWholeContentOfTheMarks() {
    // A MISC from the opening mark to a word inside: the whole title, with or without a work noun.
    #expect(titles("Die neue Platte „Sing a slow song“ kam an.", [("Sing a slow", .MISC)]) == ["MISC Sing a slow song"])
    #expect(titles("Nach der Sendung „Fälle XY… ungeklärt“ kamen Hinweise.", [("Fälle XY…", .MISC)]) == ["MISC Fälle XY… ungeklärt"])
    // A quoted statement ending in a full stop, a MISC not at the mark, another type: left.
    #expect(titles("Er rief: „Tarnitz gewinnt heute.“", [("Tarnitz", .MISC)]) == ["MISC Tarnitz"])
    #expect(titles("Sie las „Im Wald von Tarnitz“ vor.", [("Tarnitz", .MISC)]) == ["MISC Tarnitz"])
    #expect(titles("Sie sagte „Tarnitz bleibt“ und ging.", [("Tarnitz", .LOC)]) == ["LOC Tarnitz"])
}

@Test func aShipOrCraftNounBeforeTheMarksMakesAName() {
    #expect(titles("Der Frachter „Nordlicht“ lief aus.", [("Nordlicht", .ORG)]) == ["MISC Nordlicht"])
    #expect(titles("Das Space Shuttle „Wendelstadt“ startete.", [("Wendelstadt", .LOC)]) == ["MISC Wendelstadt"])
    // A hyphenated compound by its last part.
    #expect(titles("Die Band-LP „Graue Tage“ erschien.") == ["MISC Graue Tage"])
    // Warships and boats by their names.
    #expect(titles("Das Wrack des Flugzeugträgers „Admiral Nordwind“ liegt tief.", [("Admiral Nordwind", .ORG)])
            == ["MISC Admiral Nordwind"])
    #expect(titles("Das U-Boot „Seeigel“ tauchte auf.") == ["MISC Seeigel"])
}

@Test func aTitlesNameElsewhereInTheArticleIsTheSameWork() {
    let words = GermanWords(parsing: "Heimat\tf\n")
    /// The mentions stand at the last occurrence of their text (after the title).
    func run(_ s: String, _ mentions: [(String, EntityType)] = []) -> [String] {
        let scalars = Array(s.unicodeScalars)
        let given = mentions.map { (name, type) -> EntityMention in
            let start = scalars.indices.last { String(String.UnicodeScalarView(scalars[$0...])).hasPrefix(name) }!
            return EntityMention(span: Span(start, start + name.unicodeScalars.count), text: name, type: type, canonical: name, confidence: 0.9)
        }
        return WorkTitles.apply(given, text: ArticleText(s), words: words).map { "\($0.type.rawValue) \($0.text)" }
    }
    // Bare or in marks, an organisation's reading retyped; a compound holding the name is none.
    #expect(run("Der Frachter „Nordlicht“ lief aus. Nordlicht-Fans jubelten, die Nordlicht kam an.")
            == ["MISC Nordlicht", "MISC Nordlicht"])
    #expect(run("Der Tanker „Kolmar Star“ sank. Die Kolmar Star hatte Öl.", [("Kolmar Star", .ORG)])
            == ["MISC Kolmar Star", "MISC Kolmar Star"])
    // A place or a person keeps its type; a listed word is no echo.
    #expect(run("Die Oper „Tarnitz“ lief. In Tarnitz sang sie.", [("Tarnitz", .LOC)]) == ["MISC Tarnitz", "LOC Tarnitz"])
    #expect(run("Die Oper „Olaf“ lief. Olaf stirbt am Ende.", [("Olaf", .PER)]) == ["MISC Olaf", "PER Olaf"])
    #expect(run("Der Film „Heimat“ lief. Die Heimat ist fern.") == ["MISC Heimat"])
}

@Test func aSeriesNounBeforeTheMarksMakesATitle() {
    #expect(titles("Es lief die Krimireihe „Kalt & Kälter“ im Abendprogramm.", [("Kalt & Kälter", .ORG)]) == ["MISC Kalt & Kälter"])
}

@Test func aProgrammeProjectOrContestNounBeforeTheMarksMakesATitle() {
    #expect(titles("Die Stadt startet das Förderprogramm „Grüne Höfe“ im Mai.", [("Grüne Höfe", .ORG)]) == ["MISC Grüne Höfe"])
    #expect(titles("Das Raumfahrtprojekt „Morgenstern“ ruht.") == ["MISC Morgenstern"])
    #expect(titles("Die Klasse gewann den Wettbewerb \"Kluge Köpfe\" im Land.") == ["MISC Kluge Köpfe"])
    #expect(titles("Die Studie „Armut in Tarnitz 2010 bis 2020“ erschien.", [("Tarnitz", .LOC)]) == ["MISC Armut in Tarnitz 2010 bis 2020"])
    // A quoted statement after the noun is no title.
    #expect(titles("Er nannte das Projekt „ein teures Spiel“.") == [])
}

@Test func aLawsTitleInMarksIsOneName() {
    #expect(titles("Der Landtag beriet das „Gesetz zur Stärkung der Feuerwehren in Tarnitz“ lange.", [("Tarnitz", .LOC)])
            == ["MISC Gesetz zur Stärkung der Feuerwehren in Tarnitz"])
    #expect(titles("Teile des „Gesetzes über den Schutz der Moore“ gelten nicht.") == ["MISC Gesetzes über den Schutz der Moore"])
    // A law noun without its preposition, or a bare law noun and one more word, names no law.
    #expect(titles("Er sprach vom „Gesetz der Serie“ und vom „Gesetz gegen“.") == [])
}

/// QuotedPhrases over `s`; "TYPE text" per result.
private func quoted(_ s: String, _ mentions: [(String, EntityType)]) -> [String] {
    let words = GermanWords(parsing: "Arbeit\tf\nWürde\tf\nGeduld\tf\nMut\tm\nSchrei\tm\nHaus\tn\nWolf\tm\nBär\tm\nVertrauen\tn\nBruch\tm\n")
    let lexicon = Lexicon(places: ["Tarnitz"], countries: [], firstNames: ["Wolf", "Ole"])
    return QuotedPhrases.filter(given(s, mentions), text: ArticleText(s), lexicon: lexicon, words: words).map { "\($0.type.rawValue) \($0.text)" }
}

@Test func aClosingSingleMarkLeavesTheName() {
    #expect(quoted("Es war wie im ‚Stillen Meer‘ damals.", [("Stillen Meer‘", .MISC)]) == ["MISC Stillen Meer"])
    #expect(quoted("Sie hielt an der ''Lindenhalle'' an.", [("Lindenhalle'", .LOC)]) == ["LOC Lindenhalle"])
    // An apostrophe of a genitive stays: no mark opens the name.
    #expect(quoted("Er las Andreas' Brief.", [("Andreas'", .PER)]) == ["PER Andreas'"])
}

@Test func aNameInMarksThatOpensACompoundIsNoName() {
    #expect(quoted("Die „Tarnitz“-Entwickler warnten.", [("Tarnitz", .MISC)]) == [])
    #expect(quoted("Eine \"Ole Brandt\"-Reporterin war dort.", [("Ole Brandt", .ORG)]) == [])
    // Marks closed before a dash with spaces, or a name without marks: kept.
    #expect(quoted("Er nannte „Tarnitz“ - und ging.", [("Tarnitz", .LOC)]) == ["LOC Tarnitz"])
    #expect(quoted("Die Tarnitz-Entwickler warnten, sagte Ole.", [("Ole", .PER)]) == ["PER Ole"])
}

@Test func aPhraseOfCommonWordsInMarksIsNoName() {
    #expect(quoted("Sie trugen Schilder mit der Aufschrift „Arbeit = Würde“ durch die Stadt.", [("Arbeit = Würde", .MISC)]) == [])
    #expect(quoted("Der Arzt riet zu „Geduld und Mut“.", [("Geduld und Mut", .MISC)]) == [])
    // A title opening with an article, a name inside, a single word, a site, no marks: kept.
    #expect(quoted("Das Bild „Der Schrei“ hängt hier.", [("Der Schrei", .MISC)]) == ["MISC Der Schrei"])
    #expect(quoted("Sie las „Geduld in Tarnitz“ vor.", [("Geduld in Tarnitz", .MISC)]) == ["MISC Geduld in Tarnitz"])
    #expect(quoted("Das Motto hieß „Mut“.", [("Mut", .MISC)]) == ["MISC Mut"])
    #expect(quoted("Laut „arbeit.info“ stimmt das.", [("arbeit.info", .MISC)]) == ["MISC arbeit.info"])
    #expect(quoted("Es geht um Geduld und Mut im Alltag.", [("Geduld und Mut", .MISC)]) == ["MISC Geduld und Mut"])
    // A compound of listed nouns; a first name that is also a noun beside a plain noun.
    #expect(quoted("Sie sprachen von „Vertrauensbruch und Mut“.", [("Vertrauensbruch und Mut", .MISC)]) == [])
    #expect(quoted("Er fürchtet um „Wolf und Würde“.", [("Wolf und Würde", .MISC)]) == [])
    // First names alone, or one that is no noun, keep the name.
    #expect(quoted("Sie las „Wolf und Ole“ vor.", [("Wolf und Ole", .MISC)]) == ["MISC Wolf und Ole"])
    #expect(quoted("Sie las „Ole und Mut“ vor.", [("Ole und Mut", .MISC)]) == ["MISC Ole und Mut"])
}

@Test func aCurrencyAfterAnAmountIsMisc() {
    #expect(kinds("Der Umsatz betrug 16 Millionen Kronen im Jahr.") == ["MISC Kronen"])
    #expect(kinds("Die Strafe lag bei 300 Franken.", [("Franken", .LOC)]) == ["MISC Franken"])
    #expect(kinds("Es kostet zehn Millionen schwedische Kronen.") == ["MISC Kronen"])
    // A round price with a dash for the cents, and the Deutsche Mark's sign.
    #expect(kinds("Der Eintritt kostet 100,- € pro Person.") == ["MISC €"])
    #expect(kinds("Damals zahlte man 5,– DM dafür.", [("DM", .PER)]) == ["MISC DM"])
    // A weight is no currency; a region without an amount stays a region.
    #expect(kinds("Sie luden 750 Pfund Mehl aus.") == [])
    #expect(kinds("Er wohnt in Franken.", [("Franken", .LOC)]) == ["LOC Franken"])
}

@Test func aLanguageNamedAsANounIsMisc() {
    #expect(kinds("Der Unterricht ist in Englisch und Deutsch.") == ["MISC Englisch", "MISC Deutsch"])
    #expect(kinds("Die Kurse finden auf Färöisch statt.") == ["MISC Färöisch"])
    // A capitalised word on the line before is no first name.
    #expect(kinds("Es gibt 500 Artikel\n Baskisch, dazu 300 Artikel.") == ["MISC Baskisch"])
    // A surname, a compound.
    #expect(kinds("Dort sprach Ole Deutsch.", [("Ole Deutsch", .PER)]) == ["PER Ole Deutsch"])
    #expect(kinds("Die Deutsch-Kurse beginnen.") == [])
    // A language the tagger typed as a person or a place.
    #expect(kinds("Das Buch gibt es jetzt auch auf Baskisch.", [("Baskisch", .PER)]) == ["MISC Baskisch"])
    #expect(kinds("Hindi hat viele Sprecher.", [("Hindi", .LOC)]) == ["MISC Hindi"])
}

@Test func aNameWithATypeNumberIsAProduct() {
    #expect(kinds("Eine Tupolew 214 landete.") == ["MISC Tupolew 214"])
    #expect(kinds("Der Kranich A320 ist da.", [("Kranich", .ORG), ("A320", .MISC)]) == ["MISC Kranich A320"])
    #expect(kinds("Sie flog mit der Sojus TMA-9.") == ["MISC Sojus TMA-9"])
    // A software version; not a thousand, a date or a time.
    #expect(kinds("Dann erschien Zolvix 2.14 für alle.", [("Zolvix", .ORG)]) == ["MISC Zolvix 2.14"])
    #expect(kinds("Dort lebten Zolvix 1.500 Leute.") == [])
    #expect(kinds("Das war Zolvix 01.02.2006 passiert.") == [])
    #expect(kinds("Es begann Zolvix 11.20 Uhr.") == [])
    // A place with a number, a compound noun, a count, a year, a score, a person.
    #expect(kinds("Der Zug fuhr nach Tarnitz 214 Kilometer.", [("Tarnitz", .LOC)]) == ["LOC Tarnitz"])
    #expect(kinds("Der Regionalindex X20 stieg.") == [])
    #expect(kinds("Die Liga Kolmar 100 Jahre alt.") == [])
    #expect(kinds("Er gewann gegen Kolmar 2008.") == [])
    #expect(kinds("Ole Brandt 3 Punkte.", [("Ole Brandt", .PER)]) == ["PER Ole Brandt"])
}

@Test func aMakerTheTaggerFoundWithATypeNumberIsAProduct() {
    // The word list knows the maker as a frequent word; the tagger's organisation and a type number make a product.
    #expect(kinds("Eine Velmar 747 landete.", [("Velmar", .ORG)]) == ["MISC Velmar 747"])
    #expect(kinds("An Bord der Velmar 737-300 waren 90 Menschen.", [("Velmar", .ORG)]) == ["MISC Velmar 737-300"])
    // Not without the tagger's organisation, nor before a score.
    #expect(kinds("Eine Velmar 747 landete.") == [])
    #expect(kinds("Velmar gewann 3-2 gegen Tarnitz.", [("Velmar", .ORG)]) == ["ORG Velmar"])
}

/// CommonNounUse over `s`; "TYPE text" per result.
private func nounUse(_ s: String, _ mentions: [(String, EntityType)], lexicon: Lexicon = places) -> [String] {
    let text = ArticleText(s)
    let tokens = Segmenter.segment(text, language: .de).sentences.map { Tokenizer.tokenize(text, in: $0, style: .germEval) }
    let scalars = Array(s.unicodeScalars)
    var all: [EntityMention] = []
    for (name, type) in mentions {   // every occurrence, as the document passes repeat a name
        let n = name.unicodeScalars.count
        for k in scalars.indices where k + n <= scalars.count && String(String.UnicodeScalarView(scalars[k..<(k + n)])) == name {
            all.append(EntityMention(span: Span(k, k + n), text: name, type: type, canonical: name, confidence: 0.9))
        }
    }
    return CommonNounUse.filter(all, tokens: tokens, lexicon: lexicon, words: GermanWords(parsing: "Hai\tm\nTor\tn\nFischer\tm\n"))
        .map { "\($0.type.rawValue) \($0.text)" }
}

@Test func aWordTheArticleUsesAsACommonNounIsNoName() {
    #expect(nounUse("Ein Hai biss zu. Der Hai entkam.", [("Hai", .PER)]) == [])
    // A listed place needs two uses as a noun; one is not enough.
    let withVillage = Lexicon(places: ["Tor"], countries: [], firstNames: [])
    #expect(nounUse("Das erste Tor fiel früh, das zweite Tor spät. Im Tor stand Kolb.", [("Tor", .LOC)], lexicon: withVillage) == [])
    #expect(nounUse("Das erste Tor fiel früh. Sie fuhr nach Tor.", [("Tor", .LOC)], lexicon: withVillage) == ["LOC Tor", "LOC Tor"])
    // No noun use, or a full name's surname: kept.
    #expect(nounUse("Dann sagte Hai nichts.", [("Hai", .PER)]) == ["PER Hai"])
    #expect(nounUse("Jana Fischer kam. Ein Fischer sah sie. Fischer lachte.", [("Jana Fischer", .PER), ("Fischer", .PER)]).filter { $0 == "PER Fischer" }.count == 3)
}

@Test func roadNumbersAfterARoadNounArePlaces() {
    // Each number of a list after the noun, whether the tagger typed it MISC or found nothing.
    #expect(kinds("Gesperrt waren die Autobahnen A7, A 9 und A99.", [("A7", .MISC), ("A99", .MISC)]) == ["LOC A7", "LOC A 9", "LOC A99"])
    // Without a road noun a letter and a number stay what they were.
    #expect(kinds("Die Firma baut den A7 in Serie.", [("A7", .MISC)]) == ["MISC A7"])
}

// Web hosts and well-known software as MISC.

private func hosts(_ s: String, _ mentions: [(String, EntityType)] = []) -> [String] {
    let text = ArticleText(s)
    let tokens = Segmenter.segment(text, language: .de).sentences.map { Tokenizer.tokenize(text, in: $0, style: .germEval) }
    return WebAddresses.apply(given(s, mentions), tokens: tokens, text: text).map { "\($0.type.rawValue) \($0.text)" }
}

private func software(_ s: String, _ mentions: [(String, EntityType)] = []) -> [String] {
    let text = ArticleText(s)
    let tokens = Segmenter.segment(text, language: .de).sentences.map { Tokenizer.tokenize(text, in: $0, style: .germEval) }
    return SoftwareProducts.apply(given(s, mentions), tokens: tokens, text: text).map { "\($0.type.rawValue) \($0.text)" }
}

@Test func aHostIsAName() {
    #expect(hosts("Das meldete laut „nachrichten.beispiel.co.uk“ der Sender.") == ["MISC nachrichten.beispiel.co.uk"])
    #expect(hosts("Die Seite www.tarnitz-verein.de war gestern nicht erreichbar.") == ["MISC www.tarnitz-verein.de"])
    // One label before the domain, as the source of a report.
    #expect(hosts("Laut abendblick.de ist er zurückgetreten.") == ["MISC abendblick.de"])
    #expect(hosts("Wie Morgen-Lampe.at berichtete, ist er weg.") == ["MISC Morgen-Lampe.at"])
    // The tagger's type gives way.
    #expect(hosts("Laut Beispiel.de sank der Preis.", [("Beispiel.de", .ORG)]) == ["MISC Beispiel.de"])
}

@Test func linksAbbreviationsAndMailAreNoHosts() {
    #expect(hosts("Mehr steht unter https://www.beispiel.de/seite im Netz.").isEmpty)
    #expect(hosts("Er schrieb an info@beispiel.de eine Mail.").isEmpty)
    #expect(hosts("Sie kamen z.B. aus Tarnitz und sagten u.a. nichts.").isEmpty)
    #expect(hosts("Die Preise stiegen um 1.5 Prozent.").isEmpty)
}

@Test func softwareByItsNameIsAProduct() {
    #expect(software("Das Gerät läuft mit Android 9.1 und iOS.") == ["MISC Android 9.1", "MISC iOS"])
    #expect(software("Ab Herbst gibt es Windows 12 für alle.") == ["MISC Windows 12"])
    // Read as a place or a company by the tagger.
    #expect(software("Er installierte Ubuntu auf dem Rechner.", [("Ubuntu", .LOC)]) == ["MISC Ubuntu"])
    // A maker taken into the name, or a model after the product.
    #expect(software("Der Browser Mozilla Firefox stürzt ab.", [("Mozilla Firefox", .ORG)]) == ["MISC Mozilla Firefox"])
    #expect(software("Sie kaufte Windows Vista im Laden.", [("Windows Vista", .ORG)]) == ["MISC Windows Vista"])
}

@Test func softwareInCompoundsAndBodiesIsNoProduct() {
    #expect(software("Es gibt Windows- und Linux-Versionen.").isEmpty)
    #expect(software("Die Linux Foundation tagte in Tarnitz.", [("Linux Foundation", .ORG)]) == ["ORG Linux Foundation"])
    // A count of things after the name is no version.
    #expect(software("Sie verkaufte Xbox 3 Konsolen.") == ["MISC Xbox"])
}
