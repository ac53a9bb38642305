import Testing
import MarginaliaText
@testable import MarginaliaEntities

// A body named by capitalised adjectives before a compound ending in an organisation's head.

private let words = GermanWords(parsing: "Polizei\tf\nRat\tm\nAmt\tn\n")

private func bodies(_ s: String, _ given: [EntityMention] = []) -> [String] {
    let text = ArticleText(s)
    let tokens = Segmenter.segment(text, language: .de).sentences.map { Tokenizer.tokenize(text, in: $0, style: .germEval) }
    return GermanAdjectiveBodies.apply(given, tokens: tokens, text: text, words: words).map { "\($0.type.rawValue) \($0.text)" }
}

@Test func capitalisedAdjectivesBeforeABodysCompoundNameIt() {
    #expect(bodies("Das Urteil fällte der Internationale Quendelgerichtshof am Montag.") == ["ORG Internationale Quendelgerichtshof"])
    #expect(bodies("Gegründet wurde die Evangelische Velorapartei im Jahr 1990.") == ["ORG Evangelische Velorapartei"])
    #expect(bodies("Sprecher des Deutschen Quendelverbandes sagten ab.") == ["ORG Deutschen Quendelverbandes"])
    #expect(bodies("Das meldete das Nationale Cyber-Abwehrzentrum gestern.") == ["ORG Nationale Cyber-Abwehrzentrum"])
}

@Test func aBareHeadAPlaceAdjectiveOrALongerNameIsLeftAlone() {
    #expect(bodies("Das teilte das Auswärtige Amt mit.") == [])
    #expect(bodies("Das teilte der Oberste Rat mit.") == [])
    #expect(bodies("Das teilte die Tarnitzer Velorapartei mit.") == [])
    #expect(bodies("Das teilte die Deutsche Quendelgesellschaft für Musterkunde mit.") == [])
    #expect(bodies("Gegründet wurde eine Evangelische Velorapartei.") == [])
    #expect(bodies("Evangelische Velorapartei gegründet.") == [])
    // Not a body: a marriage.
    #expect(bodies("Es war eine Königliche Traumheirat.") == [])
}

@Test func chambersConferencesAndFederationsOfTownsAfterAnAdjectiveAreBodies() {
    #expect(bodies("Die Bayerische Landesärztekammer warnte davor.") == ["ORG Bayerische Landesärztekammer"])
    #expect(bodies("Das sagte der Deutsche Städtetag am Montag.") == ["ORG Deutsche Städtetag"])
    #expect(bodies("Das bestätigte die Österreichische Bischofskonferenz gestern.") == ["ORG Österreichische Bischofskonferenz"])
    // A torture chamber is no body.
    #expect(bodies("Man fand die Mittelalterliche Folterkammer im Keller.") == [])
}
