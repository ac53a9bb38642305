import Foundation
import Testing
import MarginaliaText
@testable import MarginaliaStore

@Suite struct JSONShapeTests {
    let text = ArticleText(sampleText)

    func collection() -> AnnotationCollection {
        let sentence = text.span(of: "Der Kampf um Kherson könnte zu einer der brutalsten Schlachten des Ukraine-Krieges werden.")
        let tagged = Annotation.tagging(sentence, in: text, tags: ["claim", "fact"], note: "Einschätzung", now: "2026-11-25T10:00:00Z")
        let quote = text.span(of: "Entscheidungsschlacht")
        let speaker = text.span(of: "Aleksandar Vučić")
        let corrected = Annotation.quoteCorrection(quote, in: text, isQuote: true,
                                                   speaker: SpeakerBody(name: "Aleksandar Vučić", span: speaker), now: "2026-11-25T10:01:00Z")
        let entity = Annotation.entityCorrection(text.span(of: "Kherson"), in: text, type: "LOC", now: "2026-11-25T10:02:00Z")
        return AnnotationCollection(generator: "marginalia 0.1.0", source: AnnotationSource(path: "a.txt", text: text, articlePath: "/news/a b.txt"),
                                    items: [tagged, corrected, entity])
    }

    @Test func fieldsFollowDesign() throws {
        let bytes = AnnotationEncoder.data(of: collection())
        let string = String(decoding: bytes, as: UTF8.self)
        #expect(string.hasPrefix("{\n  \"@context\": [\n    \"http://www.w3.org/ns/anno.jsonld\","))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(root["type"] as? String == "AnnotationCollection")
        // W3C MUSTs: the collection has an IRI id, stable for the same article.
        let collectionID = try #require(root["id"] as? String)
        #expect(collectionID.hasPrefix("urn:uuid:") && collectionID.count == "urn:uuid:".count + 36)
        #expect(collectionID == AnnotationCollection.derivedID(for: AnnotationSource(path: "a.txt", text: text, articlePath: "/news/a b.txt")))
        // The generator is an agent, not a string that JSON-LD would read as an IRI.
        let generator = try #require(root["generator"] as? [String: Any])
        #expect(generator["name"] as? String == "marginalia 0.1.0")
        #expect(generator["type"] as? String == "Software")
        #expect((generator["id"] as? String)?.hasPrefix("https://") == true && (generator["homepage"] as? String)?.hasPrefix("https://") == true)
        // The project's terms are defined by a second context entry.
        let contexts = try #require(root["@context"] as? [Any])
        let terms = try #require(contexts[1] as? [String: Any])
        for term in ["tagSet", "path", "sha256", "length", "contentId"] { #expect(terms[term] != nil, "\(term)") }
        let source = try #require(root["source"] as? [String: Any])
        #expect(source["id"] as? String == "file:///news/a%20b.txt")
        #expect(source["contentId"] as? String == "urn:sha256:" + SHA256.hex(of: text.string))
        #expect(source["path"] as? String == "a.txt")
        #expect(source["sha256"] as? String == SHA256.hex(of: text.string))
        #expect(source["length"] as? Int == text.count)
        #expect(root["tagSet"] as? [String] == ["claim", "source", "speculation", "fact", "opinion"])
        let items = try #require(root["items"] as? [[String: Any]])
        #expect(items.count == 3)

        let first = items[0]
        let id = try #require(first["id"] as? String)
        #expect(id.hasPrefix("urn:uuid:") && id.count == "urn:uuid:".count + 36)
        #expect(first["type"] as? String == "Annotation")
        #expect(first["motivation"] as? String == "tagging")
        #expect(first["created"] as? String == "2026-11-25T10:00:00Z")
        #expect(first["modified"] as? String == "2026-11-25T10:00:00Z")
        let bodies = try #require(first["body"] as? [[String: Any]])
        #expect(bodies.map { $0["purpose"] as? String } == ["tagging", "tagging", "commenting"])
        #expect(bodies.map { $0["value"] as? String } == ["claim", "fact", "Einschätzung"])
        #expect(bodies.allSatisfy { $0["type"] as? String == "TextualBody" })
        let target = try #require(first["target"] as? [String: Any])
        #expect(target["source"] as? String == "file:///news/a%20b.txt")
        #expect(target["contentId"] as? String == "urn:sha256:" + SHA256.hex(of: text.string))
        let selectors = try #require(target["selector"] as? [[String: Any]])
        #expect(selectors[0]["type"] as? String == "TextPositionSelector")
        #expect(selectors[0]["start"] as? Int == 0)
        #expect(selectors[0]["end"] as? Int == 90)
        #expect(selectors[1]["type"] as? String == "TextQuoteSelector")
        #expect(selectors[1]["exact"] as? String == "Der Kampf um Kherson könnte zu einer der brutalsten Schlachten des Ukraine-Krieges werden.")
        #expect(selectors[1]["prefix"] as? String == "")
        let suffix = try #require(selectors[1]["suffix"] as? String)
        #expect(suffix.unicodeScalars.count == 32 && suffix.hasPrefix(" Serbiens Präs"))

        let quote = items[1]
        #expect(quote["motivation"] as? String == "classifying")
        let quoteBodies = try #require(quote["body"] as? [[String: Any]])
        #expect(quoteBodies[0]["purpose"] as? String == "classifying")
        #expect(quoteBodies[0]["value"] as? String == "quote")
        #expect(quoteBodies[1]["purpose"] as? String == "identifying")
        #expect(quoteBodies[1]["value"] as? String == "Aleksandar Vučić")
        #expect(quoteBodies[1]["selector"] == nil)   // no selector on a TextualBody (outside the model)
        // Where the speaker is named: a SpecificResource body of its own.
        #expect(quoteBodies[2]["type"] as? String == "SpecificResource")
        #expect(quoteBodies[2]["source"] as? String == "file:///news/a%20b.txt")
        let place = try #require(quoteBodies[2]["selector"] as? [String: Any])
        #expect(text[Span(place["start"] as! Int, place["end"] as! Int)] == "Aleksandar Vučić")
        let quoteSelectors = try #require((quote["target"] as? [String: Any])?["selector"] as? [[String: Any]])
        let prefix = try #require(quoteSelectors[1]["prefix"] as? String)
        #expect(prefix.unicodeScalars.count == 32)

        let entity = items[2]
        #expect(entity["motivation"] as? String == "identifying")
        #expect((entity["body"] as? [[String: Any]])?.first?["value"] as? String == "LOC")
    }

    @Test func positionsMatchExactText() throws {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(AnnotationEncoder.data(of: collection()))) as? [String: Any])
        for item in try #require(root["items"] as? [[String: Any]]) {
            let selectors = try #require((item["target"] as? [String: Any])?["selector"] as? [[String: Any]])
            let span = Span(selectors[0]["start"] as! Int, selectors[0]["end"] as! Int)
            #expect(text[span] == selectors[1]["exact"] as? String)
        }
    }

    @Test func roundTripGivesTheSameCollection() throws {
        let original = collection()
        let decoded = try AnnotationDecoder.decode(AnnotationEncoder.data(of: original), path: "a.json")
        #expect(decoded.warnings.isEmpty)
        #expect(decoded.collection == original)
        #expect(AnnotationEncoder.data(of: decoded.collection) == AnnotationEncoder.data(of: original))
    }
}
