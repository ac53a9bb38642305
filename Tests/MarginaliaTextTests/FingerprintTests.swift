import Testing
@testable import MarginaliaText

/// The article's fingerprint is SHA-256 of its UTF-8, fed in chunks: the FIPS 180-4 test vectors,
/// and chunk boundaries that fall inside multi-byte characters.
struct FingerprintTests {
    @Test func knownDigests() {
        #expect(ArticleText("").sha256 == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ArticleText("abc").sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ArticleText(String(repeating: "a", count: 1_000_000)).sha256
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func chunkedEqualsWhole() {
        let text = String(repeating: "Fähre „Zitat“ 😀 ", count: 9_000)
        #expect(ArticleText(text).sha256 == SHA256.hex(of: text))
        var hasher = SHA256.Hasher()
        let bytes = Array(text.utf8)
        for piece in stride(from: 0, to: bytes.count, by: 37) { hasher.update(Array(bytes[piece..<min(piece + 37, bytes.count)])) }
        #expect(hasher.hex() == SHA256.hex(bytes))
    }
}
