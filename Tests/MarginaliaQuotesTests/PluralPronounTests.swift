import Testing
import MarginaliaEntities
@testable import MarginaliaQuotes

// "sie" with a plural verb stands for a group, never for one person (PronounNumber.swift).

@Test func pluralSieIsNotTheWomanNamedBefore() {
    let text = "Die Ministerin Anna Berg sprach am Morgen. Er sowie sein Kollege lehnen den Plan ab; daran ändern sie nichts: „Wir bleiben bei unserem Nein.“"
    let entities = [mention("Anna Berg", in: text, type: .PER)]
    #expect(canonicalSpeakers(text, entities: entities) == ["?"])
}

@Test func pluralSieTakesAPluralPersonNoun() {
    let text = "In der Nacht drangen die Einbrecher in das Rathaus ein. Sie schrieben Parolen wie „Wir kommen wieder“ an die Wand."
    #expect(canonicalSpeakers(text) == ["Einbrecher"])
}

@Test func singularSieStillTakesTheWoman() {
    let text = "Die Ministerin Anna Berg sprach am Morgen. Sie sagte: „Wir bleiben bei unserem Nein.“"
    let entities = [mention("Anna Berg", in: text, type: .PER)]
    #expect(canonicalSpeakers(text, entities: entities) == ["Anna Berg"])
}

@Test func pluralVerbShapes() {
    #expect(PronounNumber.isPluralVerb("schrieben"))
    #expect(PronounNumber.isPluralVerb("sind"))
    #expect(!PronounNumber.isPluralVerb("sagte"))
    #expect(!PronounNumber.isPluralVerb("denen"))
}
