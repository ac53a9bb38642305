import Testing
import MarginaliaText
@testable import MarginaliaEntities

// A subsidiary after a "-tochter" compound and an English firm closed by ", Inc." (recall16), on
// sentences written for these tests; the firms in them are invented.

private let words = GermanWords(parsing: "Quelle\tf\nVerluste\tp\nTochter\tf\n")

private func firms(_ s: String, _ names: [(String, EntityType)] = []) -> [String] {
    let (text, tokens, given) = tokensAndMentions(s, names)
    return FirmFrames.apply(given, tokens: tokens, text: text, words: words).map { "\($0.type.rawValue) \($0.text)" }
}

@Test func aSubsidiaryAfterATochterCompoundIsAnOrganisation() {
    #expect(firms("Geliefert hat die Velora-Tochter Brisk-Data das Programm.") == ["ORG Brisk-Data"])
    // A firm may be named by a noun; the noun stays a noun elsewhere.
    #expect(firms("Die Versandtochter Quelle schrieb Verluste. Die Quelle ist unklar.") == ["ORG Quelle"])
    // A person the tagger found there is the firm; its other lone mentions too.
    #expect(firms("Die Konzerntochter Marvell Tarn wuchs.", [("Marvell Tarn", .PER)]) == ["ORG Marvell Tarn"])
    #expect(firms("Die Velora-Tochter Brisklon wächst. Brisklon stellt ein.") == ["ORG Brisklon", "ORG Brisklon"])
}

@Test func aDaughterIsNoSubsidiary() {
    #expect(firms("Seine Tochter Anna kam mit.", [("Anna", .PER)]) == ["PER Anna"])
    #expect(firms("Ihre Stieftochter Lena kam mit.", [("Lena", .PER)]) == ["PER Lena"])
}

@Test func aLegalFormAfterACommaClosesTheFirm() {
    #expect(firms("Er hielt Aktien der Brisk Analytics, Inc. und verkaufte sie.", [("Brisk Analytics", .PER), ("Inc", .ORG)])
            == ["ORG Brisk Analytics, Inc."])
    // Not after an article or a small word.
    #expect(firms("Sie kaufte die, Inc. genannt.") == [])
}
