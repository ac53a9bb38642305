import Testing
@testable import MarginaliaText

@Suite("Language detection")
struct LanguageDetectorTests {
    @Test("German", arguments: [
        "Der Hund schläft.",
        "Die Regierung hat am Montag einen neuen Plan vorgestellt, der mehr Geld für Schulen vorsieht.",
        "Größe",
    ])
    func german(_ text: String) {
        #expect(LanguageDetector.detect(ArticleText(text)) == .de)
    }

    @Test("English", arguments: [
        "The dog sleeps.",
        "The government presented a new plan on Monday that would give more money to schools.",
        "He said it was over.",
    ])
    func english(_ text: String) {
        #expect(LanguageDetector.detect(ArticleText(text)) == .en)
    }

    @Test("unknown", arguments: ["", "12345 !!!", "Kherson Mykolaiv"])
    func unknown(_ text: String) {
        #expect(LanguageDetector.detect(ArticleText(text)) == .unknown)
    }
}
