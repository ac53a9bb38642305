import Testing
@testable import MarginaliaText

/// The compact store gives back exactly the code points it was made from, whatever width its
/// codes need: one byte (at most 256 distinct code points), two, or the scalar values themselves.
struct ScalarStoreTests {
    static func roundTrip(_ scalars: [Unicode.Scalar]) {
        let store = ScalarStore(scalars)
        #expect(store.count == scalars.count)
        #expect(Array(store) == scalars)
        #expect(store.withReader { r in (0..<r.count).map { r[$0] } } == scalars)
        #expect(store.string(0..<store.count) == String(String.UnicodeScalarView(scalars)))
    }

    @Test func oneByteCodesForAnArticle() {
        let text = "Der Bürgermeister sagte: „Wir öffnen die Fähre.“ – 5 € 😀\n"
        Self.roundTrip(Array(text.unicodeScalars))
        #expect(ScalarStore(Array(text.unicodeScalars)).byteCount < text.unicodeScalars.count + 4 * 64)
    }

    @Test func twoByteCodesPast256DistinctCodePoints() {
        let scalars = (0x400..<0x700).compactMap(Unicode.Scalar.init) + (0x1F600..<0x1F610).compactMap(Unicode.Scalar.init)
        Self.roundTrip(scalars + scalars.reversed())
        #expect(ScalarStore(scalars).byteCount < 2 * scalars.count + 4 * scalars.count + 1)
    }

    @Test func scalarValuesPast65535DistinctCodePoints() {
        let scalars = (0x0..<0x12000).compactMap(Unicode.Scalar.init)
        Self.roundTrip(scalars)
        #expect(ScalarStore(scalars).byteCount == 4 * scalars.count)
    }

    @Test func equalityIgnoresTheCodes() {
        let a = ScalarStore(Array("abcä".unicodeScalars))
        let b = ScalarStore(Array("äbca".unicodeScalars)[1...] + ["ä"])   // same text, codes in another order
        #expect(Array(b) == Array("bcaä".unicodeScalars))
        #expect(ScalarStore(Array("bcaä".unicodeScalars)) == b)
        #expect(a != b)
        #expect(ScalarStore() == ScalarStore([Unicode.Scalar]()))
        #expect(ArticleText("x\u{10FFFF}") == ArticleText(scalars: ["x", "\u{10FFFF}"]))
    }

    @Test func stringClampsItsRange() {
        let store = ScalarStore(Array("Fähre".unicodeScalars))
        #expect(store.string(1..<3) == "äh")
        #expect(store.string(3..<99) == "re")
        #expect(store.string(-4..<1) == "F")
    }
}

struct OffsetFlagsTests {
    @Test func setAndClearAcrossWords() {
        var flags = OffsetFlags(count: 130)
        for k in [0, 63, 64, 127, 129] { flags[k] = true }
        #expect((0..<130).filter { flags[$0] } == [0, 63, 64, 127, 129])
        flags[64] = false
        #expect((0..<130).filter { flags[$0] } == [0, 63, 127, 129])
    }
}
