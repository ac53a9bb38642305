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

    @Test("function words count in any case, decomposed umlauts too; the scores are exact")
    func scores() {
        let plain = LanguageDetector.score(ArticleText("Der Hund und die Katze."))
        #expect(plain.de == 3 && plain.en == 0)
        // "für" with a combining diaeresis is still "für"; no precomposed German letter is counted.
        let decomposed = LanguageDetector.score(ArticleText("Fu\u{308}r die Schule"))
        #expect(decomposed.de == 2 && decomposed.en == 0)
        let english = LanguageDetector.score(ArticleText("The GOVERNMENT said so."))
        #expect(english.de == 0 && english.en == 3)
    }

    @Test("no function word is longer than the detector reads, even decomposed")
    func longestWord() {
        for word in FunctionWords.german.union(FunctionWords.english) {
            let decomposedExtra = word.unicodeScalars.filter { "äöüÄÖÜ".unicodeScalars.contains($0) }.count
            #expect(word.unicodeScalars.count + decomposedExtra <= FunctionWords.longestWord, "\(word)")
        }
    }
}
