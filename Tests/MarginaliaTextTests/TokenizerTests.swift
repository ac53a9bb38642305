import Testing
@testable import MarginaliaText

@Suite("Tokenizer")
struct TokenizerTests {
    /// A document's tokens, kept or cut again on each read, are the sentences' tokens.
    @Test func tokenizedSentencesAreEachSentenceCut() {
        let text = ArticleText("Dr. Müller sagte am 3. Oktober: „Wir kommen.“ Warhol's Bild hing in der Str. 5.")
        let sentences = [Span(0, 45), Span(46, text.count)]
        for style in [Tokenizer.TokenizationStyle.germEval, .english, .reading] {
            let document = TokenizedSentences(text: text, sentences: sentences, style: style)
            #expect(text.count <= TokenizedSentences.keptLimit)
            #expect(Array(document) == sentences.map { Tokenizer.tokenize(text, in: $0, style: style) })
            #expect(document[1] == Tokenizer.tokenize(text, in: sentences[1], style: style))
        }
        #expect(TokenizedSentences(text: text, sentences: sentences, style: .germEval)[0].map(\.text).prefix(3) == ["Dr", ".", "Müller"])
    }

    @Test func hyphenatedCompoundsAndApostrophes() {
        #expect(tokens("des Ukraine-Krieges") == ["des", "Ukraine-Krieges"])
        #expect(tokens("Anti-Drohnen-Raketen") == ["Anti-Drohnen-Raketen"])
        #expect(tokens("don't stop") == ["don't", "stop"])
        #expect(tokens("Putin's plan") == ["Putin's", "plan"])
        #expect(tokens("Putin’s plan") == ["Putin’s", "plan"])
        #expect(tokens("O'Brien said") == ["O'Brien", "said"])
    }

    @Test func truncatedCompoundKeepsHyphen() {
        #expect(tokens("Ein- und Ausgang") == ["Ein-", "und", "Ausgang"])
    }

    @Test func numbers() {
        #expect(tokens("300.000 Menschen") == ["300.000", "Menschen"])
        #expect(tokens("3,5 Prozent") == ["3,5", "Prozent"])
        #expect(tokens("1.5 percent") == ["1.5", "percent"])
        #expect(tokens("um 10.30 Uhr") == ["um", "10.30", "Uhr"])
        #expect(tokens("am 25.11.2026") == ["am", "25.11.2026"])
        #expect(tokens("10:30") == ["10:30"])
        #expect(tokens("3,5%") == ["3,5", "%"])
    }

    @Test func abbreviationsKeepTheirDot() {
        #expect(tokens("Dr. Berger") == ["Dr.", "Berger"])
        #expect(tokens("z. B. hier") == ["z.", "B.", "hier"])
        #expect(tokens("z.B. hier") == ["z.B.", "hier"])
        #expect(tokens("St. Marien") == ["St.", "Marien"])
        #expect(tokens("the U.S. economy") == ["the", "U.S.", "economy"])
        #expect(tokens("J. R. R. Tolkien") == ["J.", "R.", "R.", "Tolkien"])
        #expect(tokens("Biden (r.) und") == ["Biden", "(", "r.", ")", "und"])
    }

    @Test func sentenceFinalDotIsSeparate() {
        #expect(tokens("Er kam.") == ["Er", "kam", "."])
        #expect(tokens("Er kam 1990.") == ["Er", "kam", "1990", "."])
    }

    @Test func ordinals() {
        #expect(tokens("am 3. Oktober") == ["am", "3.", "Oktober"])
        #expect(tokens("der 2. Weltkrieg") == ["der", "2.", "Weltkrieg"])
        #expect(tokens("im 19. Jahrhundert") == ["im", "19.", "Jahrhundert"])
        #expect(tokens("vom 1. bis 3. Mai") == ["vom", "1.", "bis", "3.", "Mai"])
        #expect(tokens("Sie wurde 2. Dann") == ["Sie", "wurde", "2", ".", "Dann"])
    }

    @Test func punctuationAndQuotesAreTokens() {
        #expect(tokens("„Entscheidungsschlacht“, sagte er.") == ["„", "Entscheidungsschlacht", "“", ",", "sagte", "er", "."])
        #expect(tokens("“Yes,” she said!") == ["“", "Yes", ",", "”", "she", "said", "!"])
        #expect(tokens("Wirklich?!") == ["Wirklich", "?", "!"])
        #expect(tokens("Er wartete... lange") == ["Er", "wartete", "...", "lange"])
        #expect(tokens("Er wartete … lange") == ["Er", "wartete", "…", "lange"])
        #expect(tokens("Berlin – Hamburg") == ["Berlin", "–", "Hamburg"])
    }

    @Test func urlsAndEmail() {
        #expect(tokens("siehe https://example.org/a?b=c.") == ["siehe", "https://example.org/a?b=c", "."])
        #expect(tokens("www.example.org/x, dann") == ["www.example.org/x", ",", "dann"])
        #expect(tokens("an anna.berger@example.com.") == ["an", "anna.berger@example.com", "."])
        #expect(tokens("HTTPS://Example.org/X und WWW.example.org") == ["HTTPS://Example.org/X", "und", "WWW.example.org"])
        #expect(tokens("(siehe https://de.wikipedia.org/wiki/Hamburg_(Begriffsklärung))") ==
                ["(", "siehe", "https://de.wikipedia.org/wiki/Hamburg_(Begriffsklärung)", ")"])
    }

    @Test func nonBreakingSpaceAndSoftHyphen() {
        #expect(tokens("3.\u{00A0}Oktober") == ["3.", "Oktober"])
        #expect(tokens("Bundes\u{00AD}regierung tagt") == ["Bundes\u{00AD}regierung", "tagt"])
    }

    @Test func emojiAndCombiningMarks() {
        let text = ArticleText("Cafe\u{0301} 👍🏽 ok")
        let tokens = Tokenizer.tokenize(text)
        #expect(tokens.map(\.text) == ["Cafe\u{0301}", "👍🏽", "ok"])
        #expect(tokens.map(\.span) == [Span(0, 5), Span(6, 8), Span(9, 11)])
    }

    @Test func spansAreCodePointOffsets() {
        let text = ArticleText("😀 é\u{0301}x Kiew")
        let kiew = Tokenizer.tokenize(text).last!
        #expect(kiew.text == "Kiew")
        #expect(kiew.span == Span(6, 10))
        #expect(text[kiew.span] == "Kiew")
    }

    @Test func tokensInsideRange() {
        let text = ArticleText("Eins zwei drei")
        #expect(Tokenizer.tokenize(text, in: Span(5, 14)).map(\.text) == ["zwei", "drei"])
    }

    @Test func tokensPerSentence() {
        let text = ArticleText("Er kam. Sie ging.")
        let segmentation = Segmenter.segment(text)
        let grouped = Tokenizer.tokenize(text, sentences: segmentation.sentences)
        #expect(grouped.map { $0.map(\.text) } == [["Er", "kam", "."], ["Sie", "ging", "."]])
    }

    @Test func controlCharactersDoNotVanish() {
        #expect(tokens("a\u{1B}[31mb") == ["a", "\u{1B}", "[", "31mb"])
    }
}

@Suite("Tokenizer, GermEval conventions")
struct TokenizerGermEvalTests {
    @Test func compoundsWithSlashesAndUnits() {
        #expect(tokens("und/oder km/h") == ["und/oder", "km/h"])
        #expect(tokens("20 km² Fläche") == ["20", "km²", "Fläche"])
        #expect(tokens("von 1939–1945") == ["von", "1939–1945"])
        #expect(tokens("die „Bild“-Zeitung") == ["die", "„", "Bild", "“", "-Zeitung"])
        #expect(tokens("(Früh-) Rente") == ["(", "Früh-", ")", "Rente"])
    }

    @Test func ordinalsInContext() {
        #expect(tokens("der 1. FC Köln") == ["der", "1.", "FC", "Köln"])
        #expect(tokens("Spieler 1. FC") == ["Spieler", "1.", "FC"])
        #expect(tokens("ein volles 13. Monatsgehalt") == ["ein", "volles", "13.", "Monatsgehalt"])
        #expect(tokens("Saha (29.) traf") == ["Saha", "(", "29.", ")", "traf"])
        #expect(tokens("Kaiser Wilhelm II. starb") == ["Kaiser", "Wilhelm", "II.", "starb"])
        #expect(tokens("Sie wurden 3. Dann") == ["Sie", "wurden", "3", ".", "Dann"])
    }

    @Test func germEvalStyleSplitsSomeAbbreviationDots() {
        let text = ArticleText("Dr. Berger aus St. Pauli, bzw. z.B. ca. 3 Mio. Euro am 3. Mai")
        let cut = Tokenizer.tokenize(text, style: .germEval).map(\.text)
        #expect(cut == ["Dr", ".", "Berger", "aus", "St", ".", "Pauli", ",", "bzw.", "z.B.", "ca.", "3", "Mio", ".", "Euro", "am", "3.", "Mai"])
        #expect(Tokenizer.tokenize(text, style: .reading) == Tokenizer.tokenize(text))
    }

    @Test func regnalNumberCanCloseASentence() {
        #expect(sentences("Das Schloss baute Heinrich IV. Danach verfiel es.") ==
                ["Das Schloss baute Heinrich IV.", "Danach verfiel es."])
        #expect(sentences("Kaiser Wilhelm II. dankte ab.") == ["Kaiser Wilhelm II. dankte ab."])
    }

    /// The scanner asks the abbreviation lists only about words no longer than the longest entry.
    @Test func longestAbbreviationsKeepTheirDot() {
        for word in Abbreviations.common.union(Abbreviations.beforeNumber) {
            #expect(word.unicodeScalars.count <= Abbreviations.longest, "\(word)")
        }
        #expect(tokens("Der Oberstlt. kam") == ["Der", "Oberstlt.", "kam"])
        #expect(tokens("Der Oberstleutnant. Dann") == ["Der", "Oberstleutnant", ".", "Dann"])
        #expect(tokens("Vgl. Art. 5") == ["Vgl.", "Art.", "5"])
        // A decomposed "ä" takes two code points: "Präs." is still found.
        #expect(tokens("Der Pra\u{308}s. kam") == ["Der", "Pra\u{308}s.", "kam"])
    }
}
