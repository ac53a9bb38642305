import Testing
import MarginaliaText
@testable import MarginaliaEntities

// GermanNamePatterns.apply calls most patterns only at a capitalised token (one test per token
// instead of one in each pattern). That is right only while each of those patterns finds nothing
// at a lower-case word or a punctuation mark: checked here at every such token of sentences
// written for this test, lower-case lookalikes of the heads and kind nouns the patterns know
// beside capitalised context. (`institution` and `adjectiveHeadedName` are private; each opens
// with the same capital test.)

private let lexicon = Lexicon(places: ["Kassel", "Lindau", "Sachsen"], countries: [], firstNames: ["Anna"])
private let words = GermanWords(parsing: """
    Zeitung\tf
    Partei\tf

    """)

private let sentences = [
    "Das bundesamt für Statistik Kassel und das landgericht Kassel prüfen die zeitung Beispielblatt.",
    "Der verein Beispielfreunde e. V. und die firma Muster GmbH luden mit dem team ABC nach Lindau ein.",
    "Laut spiegel Online und der partei der Arbeit sprach die stiftung zur Förderung der Künste.",
    "Die hochschule am Main, das amt für Umwelt Sachsen und der klub Lindau 05 (fc Lindau) treten an.",
    "Die kommission 2030-Kommission, der bund deutscher Architekten und die institut-Leitung schwiegen.",
    "Anna sagte: „wir bleiben“ – und der sender das Erste, die agentur dpa sowie die gruppe namens Beispiel folgten.",
]

@Suite("German name patterns: the capital gate in apply")
struct GermanNamePatternGateTests {
    @Test("a pattern gated behind a capital finds nothing at a lower-case word or punctuation")
    func gatedPatternsNeedACapital() {
        let gated: [(String, ([Token], Int) -> Span?)] = [
            ("unquotedMediaTitle", { GermanNamePatterns.unquotedMediaTitle($0, at: $1) }),
            ("mediaApposition", { GermanNamePatterns.mediaApposition($0, nounAt: $1, words: words, lexicon: lexicon, surnames: []) }),
            ("memberBody", { GermanNamePatterns.memberBody($0, headAt: $1, lexicon: lexicon, words: words) }),
            ("siteNamedInstitution", { GermanNamePatterns.siteNamedInstitution($0, headAt: $1, words: words, lexicon: lexicon) }),
            ("purposeInstitution", { GermanNamePatterns.purposeInstitution($0, headAt: $1, lexicon: lexicon, locations: [:], words: words) }),
            ("publicOffice", { GermanNamePatterns.publicOffice($0, at: $1, lexicon: lexicon, locations: [:], words: words) }),
            ("codedBody", { GermanNamePatterns.codedBody($0, at: $1) }),
            ("organisationApposition", { GermanNamePatterns.organisationApposition($0, nounAt: $1, words: words, lexicon: lexicon, surnames: [], locations: [:]) }),
            ("federalBody", { GermanNamePatterns.federalBody($0, at: $1) }),
            ("numberedClub", { GermanNamePatterns.numberedClub($0, at: $1, lexicon: lexicon, words: words) }),
            ("webOutlet", { GermanNamePatterns.webOutlet($0, headAt: $1) }),
            ("compoundInstitution", { GermanNamePatterns.compoundInstitution($0, at: $1, lexicon: lexicon, words: words) }),
            ("englishHeadedName", { GermanNamePatterns.englishHeadedName($0, headAt: $1, words: words) }),
            ("englishPlaceName", { GermanNamePatterns.englishPlaceName($0, headAt: $1, words: words, lexicon: lexicon) }),
            ("teamName", { GermanNamePatterns.teamName($0, at: $1, organisations: [:]) }),
            ("clubBySuffix", { GermanNamePatterns.clubBySuffix($0, at: $1, words: words, lexicon: lexicon) }),
        ]
        var checked = 0
        for sentence in sentences {
            let text = ArticleText(sentence)
            let tokens = Tokenizer.tokenize(text, style: .germEval)
            for i in tokens.indices where !GermanNamePatterns.isCapitalised(tokens[i].text) {
                for (name, pattern) in gated {
                    #expect(pattern(tokens, i) == nil, "\(name) at \(tokens[i].text) in: \(sentence)")
                    checked += 1
                }
            }
        }
        #expect(checked > 500)
    }

    @Test("camelCaseBrand, the one pattern of the last line asked at a lower-case word, needs no capital")
    func camelCaseBrandIsLowerCase() {
        let tokens = Tokenizer.tokenize(ArticleText("Der Anbieter eBeispiel AG wächst."), style: .germEval)
        #expect(!GermanNamePatterns.isCapitalised(tokens[2].text))
        #expect(GermanNamePatterns.camelCaseBrand(tokens, at: 2) != nil)
    }
}
