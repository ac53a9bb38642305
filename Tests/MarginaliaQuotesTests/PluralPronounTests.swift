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

// A personal pronoun never stands for a phrase of its own clause (SpeakerResolver).

@Test func pronounSkipsTheMediumOfItsOwnClause() {
    let text = "Die Stadträtin Eva Lind (SPD) ist dafür. Gegenüber dem Nordkurier erklärte sie: „Wir wollen die Schule behalten.“"
    let entities = [mention("Eva Lind", in: text, type: .PER), mention("SPD", in: text, type: .ORG), mention("Nordkurier", in: text, type: .ORG)]
    #expect(canonicalSpeakers(text, entities: entities) == ["Eva Lind"])
}

@Test func sieStillTakesAnOrganisationNamedApart() {
    let text = "Die Stadträtin Eva Lind hatte den Antrag gestellt. Die Partei lehnte ihn am Abend ab. Sie erklärte: „Das Geld fehlt.“"
    let entities = [mention("Eva Lind", in: text, type: .PER), mention("Partei", in: text, type: .ORG)]
    #expect(canonicalSpeakers(text, entities: entities) == ["Partei"])
}
