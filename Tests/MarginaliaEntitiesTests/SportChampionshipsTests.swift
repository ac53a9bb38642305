import Testing
import MarginaliaText
@testable import MarginaliaEntities

// A championship named by its sport in one hyphenated word (recall16), on invented sentences.

private func championships(_ s: String, _ names: [(String, EntityType)] = []) -> [String] {
    let (text, tokens, given) = tokensAndMentions(s, names)
    return SportChampionships.apply(given, tokens: tokens, text: text).map { "\($0.type.rawValue) \($0.text)" }
}

@Test func aSportsChampionshipIsOneName() {
    #expect(championships("Bei der Faustball-Weltmeisterschaft siegte das Team.") == ["ORG Faustball-Weltmeisterschaft"])
    #expect(championships("Sie spielt bei den Ringer-Europameisterschaften der Damen mit.") == ["ORG Ringer-Europameisterschaften der Damen"])
    #expect(championships("Während der Kanu-Europameisterschaften der Juniorinnen und Junioren regnete es.")
            == ["ORG Kanu-Europameisterschaften der Juniorinnen und Junioren"])
    // A part the tagger found inside gives way.
    #expect(championships("Zur Faustball-Weltmeisterschaft kamen viele.", [("Faustball-Weltmeisterschaft", .MISC)])
            == ["ORG Faustball-Weltmeisterschaft"])
}

@Test func anyChampionshipOfItsKindIsNoName() {
    #expect(championships("Das Land will eine Faustball-Weltmeisterschaft ausrichten.") == [])
    #expect(championships("Er nahm an Ringer-Europameisterschaften teil.") == [])
    #expect(championships("Die Weltmeisterschaft begann.") == [])
}
