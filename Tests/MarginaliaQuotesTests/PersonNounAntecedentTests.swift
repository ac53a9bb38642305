import Testing
import MarginaliaText
@testable import MarginaliaQuotes

// A pronoun with no name or role before it stands for the person noun that is the subject
// before it, when one agrees; otherwise it stays unresolved ("?"), not a guess.

@Test func aPronounWithoutANameTakesTheAgreeingPersonNoun() {
    let text = "Am Morgen wurde ein 52-jähriger Förster im Wald von einem Ast getroffen. Er sagte später: „Ich habe den Baum nicht fallen hören.“"
    #expect(canonicalSpeakers(text) == ["Förster"])
}

@Test func pluralSieTakesAPluralPersonNounAfterDie() {
    let text = "Nach dem Konzert warteten die Besucher noch lange vor dem Eingang. Sie riefen: „Wir wollen noch ein Lied hören!“"
    #expect(canonicalSpeakers(text) == ["Besucher"])
}

@Test func aNounInAPrepositionalPhraseIsNoAntecedent() {
    let text = "Der Unfall geschah am Abend auf einem Feldweg mit dem Mähdrescher. Er sagte: „Ich konnte nicht mehr bremsen.“"
    #expect(canonicalSpeakers(text) == ["?"])
}

@Test func aDemonstrativeAfterThePronounTakesTheNearestPerson() {
    // "diesem" stands for the passer-by, so "er" is someone else: unresolved rather than wrong.
    let text = "Als ein Radfahrer vorbeifuhr, schlug er diesem ins Gesicht und rief: „Verschwinde endlich von hier!“"
    #expect(canonicalSpeakers(text) == ["?"])
}

@Test func aThingDoesNotStandForAPronoun() {
    let text = "Am Mittag fiel der Strom im ganzen Viertel aus. Er sagte: „Das passiert hier jeden Winter.“"
    #expect(canonicalSpeakers(text) == ["?"])
}
