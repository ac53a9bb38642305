import Testing
import MarginaliaText
@testable import MarginaliaQuotes

// Common nouns that name people, told by the word list: a noun with a feminine "-in" form beside
// it (Landwirt/Landwirtin, Bauer/Bäuerin), its plural, and compounds ending in one (Wahlsieger).
// Things never pass, whatever their gender.

@Test func nounsWithAFeminineFormNamePeople() {
    for word in ["Landwirt", "Landwirtin", "Bauer", "Bäuerin", "Landwirte", "Wahlsieger", "Hauptgeschäftsführer", "Web-Designerin"] {
        #expect(PersonNouns.isPerson(word), "\(word)")
    }
}

@Test func thingsAreNoPersonNouns() {
    for word in ["Entscheidung", "Grund", "Arbeit", "Datenschutz", "Tag", "Gefahr", "landwirt", "Flugzeug", "Oktober", "Sekunden"] {
        #expect(!PersonNouns.isPerson(word), "\(word)")
    }
}

@Test func aPronounTakesAPersonNounTheWordListKnows() {
    // "Gärtner" has no agent ending the shape rules know ("-er" words are too many to trust).
    let text = "Am Morgen wurde ein älterer Landwirt auf dem Feld von einem Stein getroffen. Er sagte später: „Ich habe nichts kommen sehen.“"
    #expect(canonicalSpeakers(text) == ["Landwirt"])
}

@Test func aPersonNounAfterTheVerbSpeaksNotTheThingBeforeIt() {
    // The noun list makes "die Landwirtin" a person, so she is the subject of the speech verb and
    // the criticism opening the clause is its object.
    let text = "Die Kritik der Behörde wies die Landwirtin am Montag zurück: „Mein Hof ist sauber.“"
    #expect(speakers(text) == ["die Landwirtin"])
}

@Test func aPlaceAdjectiveBeforeANounIsNoPerson() {
    let finderText = "Die Wiener Linien erklärten am Montag: „Die Strecke bleibt gesperrt.“"
    #expect(canonicalSpeakers(finderText) == ["Wiener Linien"])
}

@Test func esAsASpeakerStandsForANeuterInstitution() {
    let text = "Das Landgericht legte seine Gründe dar. Es weist den Vorwurf als haltlos zurück, man habe zu lange verhandelt. Weiterhin bleibe „ein falscher Verdacht im Raum stehen“."
    #expect(canonicalSpeakers(text) == ["Landgericht"])
}

@Test func esWithoutANeuterAntecedentIsUnresolved() {
    let text = "Die Kommission legte ihre Gründe dar. Es weist den Vorwurf als haltlos zurück, man habe zu lange verhandelt. Weiterhin bleibe „ein falscher Verdacht im Raum stehen“."
    #expect(canonicalSpeakers(text).allSatisfy { $0 != "Es" })
}
