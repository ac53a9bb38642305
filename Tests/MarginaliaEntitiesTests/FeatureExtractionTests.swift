import Testing
@testable import MarginaliaEntities

struct FeatureExtractionTests {
    let lexicon = Lexicon(places: ["New York", "Moskau"], countries: ["Russland"], firstNames: ["Maria"])

    func extractor(common: Set<String> = ["dennoch"]) -> FeatureExtractor {
        FeatureExtractor(lexicon: lexicon, commonWords: common, hashBits: 16)
    }

    @Test func tokenViewReadsCaseDigitsAndHyphens() {
        let v = TokenView("EU-Gipfel")
        #expect(v.isCapitalised)
        #expect(!v.isAllCaps)
        #expect(v.lower == "eu-gipfel")
        #expect(v.hLastPart == TokenView("gipfel").hLower)
        #expect(v.hFirstPart == TokenView("eu").hLower)
        #expect(TokenView("NATO").isAllCaps)
        #expect(TokenView("G20").hasDigit)
        #expect(TokenView("„").isQuoteMark)
    }

    @Test func organisationEndingsMatchWholeLowercaseScalars() {
        let endings = NameCues.organisationEndings
        func ending(_ word: String) -> String? {
            let view = TokenView(word)
            return view.lowerSuffixIndex(FeatureCues.german.organisationEndings).map { endings[$0] }
        }
        #expect(ending("Bundesbehörde") == "behörde")
        #expect(ending("LANDGERICHT") == "gericht")
        #expect(ending("Amt") == "amt")
        #expect(ending("Wissenschaftsuniversität") == "universität")
        #expect(ending("Behörd") == nil)
        #expect(ending("Gerichte") == nil)
        #expect(ending("Bank-Chef") == nil)
    }

    @Test func shapesGeneraliseOverNames() {
        #expect(TokenView("Putin").hShort == TokenView("Biden").hShort)
        #expect(TokenView("Putin").hLong == TokenView("Biden").hLong)
        #expect(TokenView("Putin").hShort != TokenView("putin").hShort)
        #expect(TokenView("Xi").hLong != TokenView("Xiao").hLong)
    }

    @Test func everyTokenGetsFeaturesInRange() {
        let f = extractor().extract(["Dennoch", "reiste", "Maria", "nach", "New", "York", "."])
        #expect(f.count == 7)
        #expect(f.offsets.first == 0 && f.offsets.last == f.buckets.count)
        #expect(f.buckets.allSatisfy { $0 < 1 << 16 })
        for i in 0..<7 { #expect(f.of(i).count >= 20) }
    }

    @Test func extractionIsDeterministic() {
        let words = ["Wladimir", "Putin", "sprach", "in", "Moskau", "."]
        #expect(extractor().extract(words).buckets == extractor().extract(words).buckets)
    }

    @Test func commonWordFeatureDependsOnTrainingVocabulary() {
        // The same capitalised sentence-initial word, known vs unknown as a lowercase word.
        let known = Set(extractor(common: ["dennoch"]).extract(["Dennoch", "kam", "er"]).of(0))
        let unknown = Set(extractor(common: []).extract(["Dennoch", "kam", "er"]).of(0))
        #expect(known != unknown)
    }

    @Test func multiWordPlacesAreMarkedLongestFirst() {
        let views = ["Sie", "flog", "nach", "New", "York", "und", "Russland"].map(TokenView.init)
        let e = extractor()
        let marks = e.markPlaces(views, views.map(e.wordFlags))
        #expect(marks.map(\.place) == [0, 0, 0, 1, 2, 0, 1])
        #expect(marks[6].country && !marks[3].country)
    }

    @Test func quotationMarksOpenAndClose() {
        let views = ["Er", "nannte", "es", "„", "Entscheidungsschlacht", "“", "und", "ging", "."].map(TokenView.init)
        let inside = extractor().insideQuotes(views)
        #expect(inside == [false, false, false, false, true, false, false, false, false])
    }

    @Test func placeFeatureFiresOnlyForGazetteerWords() {
        let e = extractor()
        let withPlace = Set(e.extract(["in", "Moskau"]).of(1))
        let withoutPlace = Set(FeatureExtractor(lexicon: Lexicon(), commonWords: ["dennoch"], hashBits: 16).extract(["in", "Moskau"]).of(1))
        #expect(withPlace.count > withoutPlace.count)
    }
}
