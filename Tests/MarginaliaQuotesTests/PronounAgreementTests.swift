import Testing
import MarginaliaText
import MarginaliaEntities
@testable import MarginaliaQuotes

// The mention graph: a pronoun speaker names the person it agrees with, or "?" when none is in reach.

@Test func femalePronounSkipsNearerMan() {
    let s = "Anna Berger traf am Montag Thomas Kühn. Sie sagte: „Wir sind zufrieden.“"
    let people = [mention("Anna Berger", in: s, type: .PER), mention("Thomas Kühn", in: s, type: .PER)]
    let (text, found) = quotes(in: s, entities: people)
    #expect(found.map { $0.speaker?.text } == ["Sie"])
    #expect(found.map { $0.speaker?.canonical } == ["Anna Berger"])
    // The antecedent is the mention the pronoun stands for, so a reader can be taken there.
    #expect(found.first?.speaker?.antecedent.map { text[$0] } == "Anna Berger")
}

@Test func malePronounSkipsNearerWoman() {
    let s = "Thomas Kühn traf am Montag Anna Berger. Er sagte: „Wir sind zufrieden.“"
    let people = [mention("Thomas Kühn", in: s, type: .PER), mention("Anna Berger", in: s, type: .PER)]
    #expect(canonicalSpeakers(s, entities: people) == ["Thomas Kühn"])
}

@Test func pronounStandsForRoleNoun() {
    let s = "Die Sprecherin des Vereins bestätigte den Termin. Sie sagte: „Alles ist vorbereitet.“"
    #expect(speakers(s) == ["Sie"])
    #expect(canonicalSpeakers(s) == ["Sprecherin"])
}

@Test func pronounWithoutAntecedentIsShownAsUnknown() {
    let (_, found) = quotes(in: "Er sagte: „Wir kommen wieder.“")
    #expect(found.first?.speaker?.text == "Er")
    #expect(found.first?.speaker?.canonical == SpeakerMention.unresolved)
    #expect(found.first?.speaker?.isResolved == false)
}

@Test func sentenceInitialAdverbCannotSpeak() {
    let s = "Unterdessen wächst die Sorge. Demgegenüber sagte die Sprecherin Lena Vogt nichts."
    let text = ArticleText(s)
    let segmentation = Segmenter.segment(text, language: .de)
    let paragraph = ParagraphUnits(text: text, span: Span(0, text.count), candidates: [], candidateRange: 0..<0,
                                   sentences: segmentation.sentences)
    let finder = SpeakerFinder(units: paragraph.units, language: .german, nameQuotes: [])
    let units = paragraph.units
    func np(_ first: String, _ count: Int) -> Range<Int> {
        let k = units.firstIndex { $0.text == first }!
        return k..<(k + count)
    }
    #expect(!finder.canSpeak(np("Unterdessen", 1)))
    #expect(!finder.canSpeak(np("Demgegenüber", 1)))
    #expect(finder.canSpeak(np("die", 4)))           // "die Sprecherin Lena Vogt"
    #expect(finder.canSpeak(np("Sorge", 1)) )        // a noun can (whether it does is word order's question)
}
