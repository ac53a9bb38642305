import Testing
import MarginaliaText
@testable import MarginaliaEntities

// Web hosts and well-known software as MISC, on sentences written for these tests.

private func tokens(_ text: ArticleText) -> [[Token]] {
    Segmenter.segment(text, language: .de).sentences.map { Tokenizer.tokenize(text, in: $0, style: .germEval) }
}

private func given(_ s: String, _ mentions: [(String, EntityType)]) -> [EntityMention] {
    let scalars = Array(s.unicodeScalars)
    return mentions.map { (name, type) -> EntityMention in
        let start = scalars.indices.first { String(String.UnicodeScalarView(scalars[$0...])).hasPrefix(name) }!
        return EntityMention(span: Span(start, start + name.unicodeScalars.count), text: name, type: type, canonical: name, confidence: 0.9)
    }
}

private func hosts(_ s: String, _ mentions: [(String, EntityType)] = []) -> [String] {
    let text = ArticleText(s)
    return WebAddresses.apply(given(s, mentions), tokens: tokens(text), text: text).map { "\($0.type.rawValue) \($0.text)" }
}

private func software(_ s: String, _ mentions: [(String, EntityType)] = []) -> [String] {
    let text = ArticleText(s)
    return SoftwareProducts.apply(given(s, mentions), tokens: tokens(text), text: text).map { "\($0.type.rawValue) \($0.text)" }
}

@Test func aHostOfSeveralLabelsIsAName() {
    #expect(hosts("Das meldete laut „nachrichten.beispiel.co.uk“ der Sender.") == ["MISC nachrichten.beispiel.co.uk"])
    #expect(hosts("Die Seite www.tarnitz-verein.de war gestern nicht erreichbar.") == ["MISC www.tarnitz-verein.de"])
    // The tagger's type gives way.
    #expect(hosts("Laut Beispiel.de sank der Preis.", [("Beispiel.de", .ORG)]) == ["MISC Beispiel.de"])
}

@Test func linksAbbreviationsAndMailAreNoHosts() {
    #expect(hosts("Mehr steht unter https://www.beispiel.de/seite im Netz.").isEmpty)
    #expect(hosts("Er schrieb an info@beispiel.de eine Mail.").isEmpty)
    #expect(hosts("Sie kamen z.B. aus Tarnitz und sagten u.a. nichts.").isEmpty)
    #expect(hosts("Die Preise stiegen um 1.5 Prozent.").isEmpty)
}

@Test func softwareByItsNameIsAProduct() {
    #expect(software("Das Gerät läuft mit Android 9.1 und iOS.") == ["MISC Android 9.1", "MISC iOS"])
    #expect(software("Ab Herbst gibt es Windows 12 für alle.") == ["MISC Windows 12"])
    // Read as a place or a company by the tagger.
    #expect(software("Er installierte Ubuntu auf dem Rechner.", [("Ubuntu", .LOC)]) == ["MISC Ubuntu"])
    // A maker taken into the name, or a model after the product.
    #expect(software("Der Browser Mozilla Firefox stürzt ab.", [("Mozilla Firefox", .ORG)]) == ["MISC Mozilla Firefox"])
    #expect(software("Sie kaufte Windows Vista im Laden.", [("Windows Vista", .ORG)]) == ["MISC Windows Vista"])
}

@Test func softwareInCompoundsAndBodiesIsNoProduct() {
    #expect(software("Es gibt Windows- und Linux-Versionen.").isEmpty)
    #expect(software("Die Linux Foundation tagte in Tarnitz.", [("Linux Foundation", .ORG)]) == ["ORG Linux Foundation"])
    // A count of things after the name is no version.
    #expect(software("Sie verkaufte Xbox 3 Konsolen.") == ["MISC Xbox"])
}
