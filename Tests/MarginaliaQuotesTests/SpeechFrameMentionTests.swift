import Testing
import MarginaliaText
import MarginaliaEntities
@testable import MarginaliaQuotes

// Issue 16, speakers round 3: the mention in the speech frame (relative pronoun, subordinate
// clause subject, impersonal report), case after the quote, and inflected cue verbs. Sentences
// written for these tests.

@Test func phraseBeforeAVerbAfterTheQuoteMustBeNominative() {
    // "vor den Anwohnern" is a prepositional object of "sieht", not its subject.
    let text = "Kritik kommt vom Mieterverein Nord, der den Plan als „Kapitulation“ vor den Anwohnern sieht."
    let entities = [mention("Mieterverein Nord", in: text, type: .ORG)]
    let (_, found) = quotes(in: text, entities: entities)
    #expect(found.first?.speaker?.text != "den Anwohnern")
    #expect(found.first?.speaker?.canonical == "Mieterverein Nord")
}

@Test func relativeClauseFrameShowsItsPronounResolvedToTheNounBeforeTheComma() {
    let text = "Der oberste Richter des Landes, der zunächst den Entwurf als „Fortschritt“ bezeichnete, ordnete inzwischen eine Prüfung an."
    let (source, found) = quotes(in: text)
    let speaker = try! #require(found.first?.speaker)
    #expect(speaker.text == "der")
    #expect(speaker.isResolved)
    #expect(speaker.antecedent.map { source[$0] } == "Der oberste Richter des Landes")
}

@Test func relativeAntecedentPrefersTheRecognizedName() {
    let string = "Lob kam von der Stadträtin Ute Sommer, die den Umbau „längst überfällig“ nannte."
    let text = ArticleText(string)
    let entities = EntitySpans([mention("Ute Sommer", in: string, type: .PER)])
    let start = mention("die den", in: string, type: .MISC).span.start
    let pronoun = Span(start, start + 3)
    #expect(text[pronoun] == "die")
    #expect(RelativeAntecedent.phrase(before: pronoun, in: text, entities: entities).map { text[$0] } == "Ute Sommer")
}

@Test func quoteInsideAFrontedClauseBelongsToThatClausesSpeaker() {
    let text = "Während Maria Huber erklärte, sehr froh zu sein, „besser wird es nicht“, räumte Peter Klein ein, müde zu sein."
    let entities = [mention("Maria Huber", in: text, type: .PER), mention("Peter Klein", in: text, type: .PER)]
    #expect(canonicalSpeakers(text, entities: entities) == ["Maria Huber"])
}

@Test func mainClauseSpeakerStillWinsWhenTheQuoteFollowsIt() {
    // The quote comes after the main clause's verb: its subject speaks.
    let text = "Nachdem Maria Huber gesprochen hatte, sagte Peter Klein: „Wir sind bereit.“"
    let entities = [mention("Maria Huber", in: text, type: .PER), mention("Peter Klein", in: text, type: .PER)]
    #expect(canonicalSpeakers(text, entities: entities) == ["Peter Klein"])
}

@Test func impersonalReportGoesOnSpeakingInReportedSpeech() {
    let text = "In einem Papier des Umweltamtes heißt es, die neuen Filter hätten sich bewährt. Deshalb sei es „richtig, sie überall einzubauen“."
    #expect(speakers(text) == ["einem Papier des Umweltamtes"])
}

@Test func inflectedSpeechVerbsAreCues() {
    for form in ["feststellt", "festgestellt", "hinzufügte", "bemängelte", "beschwören", "konstatierte", "monierte", "mitteilte"] {
        #expect(SpeechCueLexicon.isCueVerb(form, language: .german), "\(form)")
    }
    // A separable verb's bare stem form is not a cue ("stellte … ein" is no speech).
    #expect(!SpeechVerbForms.all.contains("stellte"))
    #expect(!SpeechCueLexicon.isCueVerb("bekannt", language: .german))
    // Infinitives in -en are not generated: lower-cased they are often nouns ("Posten", "Klagen").
    #expect(!SpeechCueLexicon.isCueVerb("posten", language: .german))
}

@Test func verbFinalSeparableCueAttributesTheQuote() {
    let text = "Wie die Gutachterin Lena Brandt dazu feststellt, sei der Bau „in keinem Punkt zu beanstanden“."
    let entities = [mention("Lena Brandt", in: text, type: .PER)]
    #expect(canonicalSpeakers(text, entities: entities) == ["Lena Brandt"])
}

@Test func aSourceInALaterClauseIsNearerThanTheSentenceInitialOne() {
    let text = "Nach Angaben des Landesamtes handelt es sich um eine Gruppe, die jedoch nach Einschätzung der Feuerwehr „keine Gefahr“ darstellt."
    let (_, found) = quotes(in: text)
    #expect(found.first?.speaker?.canonical == "Feuerwehr")
    // Without a later source the sentence-initial one still speaks.
    #expect(canonicalSpeakers("Nach Angaben des Landesamtes ist die Lage „unter Kontrolle“.") == ["Landesamt"])
}

@Test func aRelativeClauseAfterAPrepositionHasItsOwnSubject() {
    let text = "Gäste applaudierten der Bürgermeisterin Eva Roth bei ihrer Rede, in der sie die Stadt aufforderte, schneller zu bauen. Es sei an der Zeit, dass nun „neue Wohnungen“ entstehen."
    let entities = [mention("Eva Roth", in: text, type: .PER)]
    #expect(canonicalSpeakers(text, entities: entities) == ["Eva Roth"])
}
