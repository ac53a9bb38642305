import Testing
@testable import MarginaliaQuotes

// A partial quote whose own sentence has a person as its subject belongs to that person, not to
// the speaker of the paragraph's previous quote; reported speech goes on with that speaker.

@Test func personSubjectOfThePartialQuoteBeatsThePreviousSpeaker() {
    let text = "„Wir haben gut gespielt“, sagte Trainer Paul Heller. Später wollte die Kapitänin Lena Graf „nichts mehr zu diesem Spiel sagen, das keiner vergessen wird“."
    #expect(speakers(text) == ["Trainer Paul Heller", "die Kapitänin Lena Graf"])
}

@Test func pronounSubjectAfterTheVerbIsTheMention() {
    let text = "„Das Dach ist dicht“, sagte die Architektin Mona Sauer. Ursprünglich wollte er „ein ganz anderes Haus mit einem großen Garten“ bauen."
    #expect(speakers(text) == ["die Architektin Mona Sauer", "er"])
}

@Test func reportedSpeechKeepsThePreviousSpeaker() {
    let text = "„Wir haben gut gespielt“, sagte Trainer Paul Heller. Die Spieler seien „auf einem guten Weg, den sie weiter gehen werden“."
    #expect(speakers(text) == ["Trainer Paul Heller", "Trainer Paul Heller"])
}

@Test func aThingAsSubjectKeepsThePreviousSpeaker() {
    let text = "„Wir haben gut gespielt“, sagte Trainer Paul Heller. Das Ergebnis ist „mehr als verdient, weil wir besser waren“."
    #expect(speakers(text) == ["Trainer Paul Heller", "Trainer Paul Heller"])
}

@Test func aSpeakingSubjectMayHaveANameInApposition() {
    let text = "Auch der innenpolitische Sprecher der Fraktion der SPD im Landtag, Dieter Brandt, will „in den kommenden Wochen alles noch einmal prüfen“, ob ein Verbot angestrebt werden solle."
    let entities = [mention("Dieter Brandt", in: text, type: .PER)]
    #expect(speakers(text, entities: entities) == ["der innenpolitische Sprecher der Fraktion der SPD"])
}

@Test func aNounWithAPersonEndingCanSpeak() {
    #expect(SpeechCueLexicon.isRoleNoun("meteorologen"))
    #expect(SpeechCueLexicon.isRoleNoun("umweltaktivistinnen"))
    #expect(SpeechCueLexicon.isRoleNoun("demonstranten"))
    #expect(!SpeechCueLexicon.isRoleNoun("ente"))
    #expect(!SpeechCueLexicon.isRoleNoun("regenfälle"))
    let text = "„Wir sind vorbereitet“, sagte der Bürgermeister Tom Hale. Meteorologen rechnen jedoch mit „sehr ergiebigen Niederschlägen“."
    #expect(speakers(text, entities: [mention("Tom Hale", in: text, type: .PER)]).last == "Meteorologen")
}
