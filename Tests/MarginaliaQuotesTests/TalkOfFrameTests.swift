import Testing
import MarginaliaEntities
@testable import MarginaliaQuotes

// "von „…“ die Rede sein" and a passive's indefinite agent ("von vielen als „…“ bezeichnet").

@Test func talkOfFrameMakesAPhraseInMarksSaid() {
    let text = "Die Firma will sparen. In einem Brief an die Belegschaft war von einem „fairen und offenen Gespräch“ die Rede."
    #expect(quotedTexts(text) == ["fairen und offenen Gespräch"])
    #expect(speakers(text) == ["einem Brief an die Belegschaft"])
}

@Test func passiveWithAnIndefiniteAgent() {
    let text = "Das Turnier wird von vielen als das „stärkste“ Turnier seit Jahren bezeichnet."
    #expect(speakers(text) == ["vielen"])
}
