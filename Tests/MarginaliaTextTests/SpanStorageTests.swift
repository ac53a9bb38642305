import Foundation
import Testing
@testable import MarginaliaText

/// Spans are stored as two 32-bit offsets (half the memory of every span array of a big
/// article) but read, written and coded as `Int`s, as before.
struct SpanStorageTests {
    @Test func aSpanTakesEightBytes() {
        #expect(MemoryLayout<Span>.stride == 8)
    }

    @Test func offsetsReadAndWriteAsInts() {
        var span = Span(3, 7)
        span.start += 1
        span.end = 1_000_000_000
        #expect(span.start == 4 && span.end == 1_000_000_000 && span.length == 999_999_996)
        #expect(Span(0, Span.maximumOffset).end == Int(Int32.max))
    }

    @Test func codedAsStartAndEnd() throws {
        let data = try JSONEncoder().encode(Span(3, 7))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Int]
        #expect(object == ["start": 3, "end": 7])
        #expect(try JSONDecoder().decode(Span.self, from: Data(#"{"start": 12, "end": 40}"#.utf8)) == Span(12, 40))
        // An offset beyond 32 bits is a decoding error, not a crash.
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Span.self, from: Data(#"{"start": 0, "end": 5000000000}"#.utf8))
        }
    }
}
