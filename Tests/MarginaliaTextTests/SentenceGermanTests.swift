import Testing
@testable import MarginaliaText

@Suite("German sentences")
struct SentenceGermanTests {
    @Test("abbreviations do not end sentences", arguments: [
        "Es gibt z. B. Äpfel und Birnen.",
        "Es gibt z.B. Äpfel und Birnen.",
        "Dr. Anna Berger leitet die Klinik.",
        "Die Kirche St. Marien steht im Zentrum.",
        "Es kamen u. a. Vertreter der Stadt.",
        "Das Gesetz Nr. 12 gilt ab sofort.",
        "Prof. Dr. Jonas Albrecht sprach zuerst.",
        "Der Preis stieg bzw. fiel je nach Lage.",
        "Es kamen ca. 300 Menschen.",
        "Siehe dazu vgl. Abs. 3 und Art. 5 des Gesetzes.",
        "Das Jh. der Aufklärung endete.",
        "Der Umsatz lag bei 3 Mio. Euro.",
        "Es fehlen 2 Mrd. Euro im Haushalt.",
        "Das ist d. h. kaum zu schaffen.",
        "Die Frist gilt i. d. R. zwei Wochen.",
        "Das Buch (Hrsg. Jana Lorenz) erschien spät.",
        "Am 5. Jan. begann die Sitzung.",
        "Äpfel, Birnen usw. sind teuer.",
    ])
    func abbreviation(_ text: String) {
        #expect(sentences(text) == [text])
    }

    @Test("ordinals do not end sentences", arguments: [
        "Die Feier fand am 3. Oktober statt.",
        "Der 2. Weltkrieg endete 1945.",
        "Im 19. Jahrhundert wuchs die Stadt.",
        "Sie feiert ihren 80. Geburtstag.",
        "Er lief vom 1. bis 3. Mai.",
        "Das Treffen am 25.11. war kurz.",
    ])
    func ordinal(_ text: String) {
        #expect(sentences(text) == [text])
    }

    @Test func yearWithFullStopEndsSentence() {
        #expect(sentences("Die Mauer fiel 1989. Danach änderte sich alles.") ==
                ["Die Mauer fiel 1989.", "Danach änderte sich alles."])
    }

    @Test("initials", arguments: [
        "Der Autor J. R. R. Tolkien schrieb viel.",
        "Wladimir W. Putin sprach lange.",
    ])
    func initials(_ text: String) {
        #expect(sentences(text) == [text])
    }

    @Test("parenthesised remarks", arguments: [
        "Biden (r.) und Putin haben nicht gesprochen.",
        "Scholz (l.) begrüßt Macron in Berlin.",
    ])
    func parenthesised(_ text: String) {
        #expect(sentences(text) == [text])
    }

    @Test("numbers, times and dates", arguments: [
        "Der Wert liegt bei 3.5 Prozent.",
        "Es kamen 300.000 Menschen.",
        "Der Zug fährt um 10.30 Uhr ab.",
        "Die Frist endet am 25.11.2026 um Mitternacht.",
        "Der Wert stieg auf 3,5 Prozent.",
    ])
    func numbers(_ text: String) {
        #expect(sentences(text) == [text])
    }

    @Test("URLs and e-mail addresses", arguments: [
        "Mehr steht auf www.example.org/artikel.html im Netz.",
        "Fragen an anna.berger@example.com bitte schriftlich.",
        "Die Seite https://example.org/a.b?c=d ist neu.",
    ])
    func urls(_ text: String) {
        #expect(sentences(text) == [text])
    }

    @Test func urlAtSentenceEnd() {
        #expect(sentences("Mehr unter www.example.org. Danach folgt mehr.") ==
                ["Mehr unter www.example.org.", "Danach folgt mehr."])
    }

    @Test func quoteEndingWithSpeechVerb() {
        #expect(sentences("„Wir bleiben hier“, sagte er. Dann ging er.") ==
                ["„Wir bleiben hier“, sagte er.", "Dann ging er."])
        #expect(sentences("„Kommt!“, rief sie. Alle kamen.") ==
                ["„Kommt!“, rief sie.", "Alle kamen."])
    }

    @Test func sentenceEndingInsideQuote() {
        #expect(sentences("„Kommt!“ Dann rannten alle los.") == ["„Kommt!“", "Dann rannten alle los."])
        #expect(sentences("Er sagte: „Das ist gut.“ Danach schwieg er.") ==
                ["Er sagte: „Das ist gut.“", "Danach schwieg er."])
        #expect(sentences("„Wer?“ fragte sie leise.") == ["„Wer?“ fragte sie leise."])
    }

    @Test func consecutiveQuotes() {
        #expect(sentences("„Kommt!“ „Nein!“") == ["„Kommt!“", "„Nein!“"])
    }

    @Test func ellipsis() {
        #expect(sentences("Er wartete … Dann kam der Bus.") == ["Er wartete …", "Dann kam der Bus."])
        #expect(sentences("Er wartete … und wartete.") == ["Er wartete … und wartete."])
        #expect(sentences("Er wartete... Dann kam der Bus.") == ["Er wartete...", "Dann kam der Bus."])
        #expect(sentences("Er wartete... und wartete.") == ["Er wartete... und wartete."])
    }

    @Test func interrobang() {
        #expect(sentences("Wirklich?! Das glaube ich nicht.") == ["Wirklich?!", "Das glaube ich nicht."])
    }

    @Test func abbreviationClosingSentence() {
        #expect(sentences("Sie kauften Brot, Milch usw. Dann fuhren sie heim.") ==
                ["Sie kauften Brot, Milch usw.", "Dann fuhren sie heim."])
    }

    @Test func sentencesNeverCrossParagraphs() {
        let text = "Erster Absatz ohne Punkt\nzweite Zeile\n\nzweiter Absatz beginnt klein."
        let article = ArticleText(text)
        let seg = Segmenter.segment(article)
        #expect(seg.paragraphs.count == 2)
        for sentence in seg.sentences {
            #expect(seg.paragraphs.contains { $0.contains(sentence) })
        }
    }

    @Test func whitespaceIsExcludedFromSpans() {
        let text = "  Erster Satz.   Zweiter Satz.  \n\n  Dritter Satz.  "
        let article = ArticleText(text)
        let seg = Segmenter.segment(article)
        #expect(seg.sentences.map { article[$0] } == ["Erster Satz.", "Zweiter Satz.", "Dritter Satz."])
        #expect(seg.paragraphs.map { article[$0] } == ["Erster Satz.   Zweiter Satz.", "Dritter Satz."])
    }

    @Test func nonBreakingSpaceActsAsSpace() {
        let text = "Er kam am 3.\u{00A0}Oktober an. Dann\u{00A0}ging er."
        #expect(sentences(text) == ["Er kam am 3.\u{00A0}Oktober an.", "Dann\u{00A0}ging er."])
    }

    @Test func plainSplits() {
        #expect(sentences("Der Regen hört auf. Die Sonne kommt. Ist das gut? Ja!") ==
                ["Der Regen hört auf.", "Die Sonne kommt.", "Ist das gut?", "Ja!"])
    }

    @Test func listItemsAreSentences() {
        #expect(sentences("Wir brauchen:\n• Brot\n• Milch") == ["Wir brauchen:", "• Brot", "• Milch"])
    }
}

@Suite("German sentences, more abbreviations")
struct SentenceGermanMoreTests {
    @Test("titles and founding dates", arguments: [
        "Die Firma (gegr. 1900) ist alt.",
        "Frau Dr. med. Berger kam.",
        "Er lebt in der Str. des 17. Juni in Berlin.",
    ])
    func abbreviation(_ text: String) {
        #expect(sentences(text) == [text])
    }

    @Test func interruptedQuoteIsOneSentence() {
        #expect(sentences("„Wir prüfen das“, sagte sie, „aber nicht heute.“ Dann ging sie.") ==
                ["„Wir prüfen das“, sagte sie, „aber nicht heute.“", "Dann ging sie."])
    }

    @Test func missingSpaceAfterFullStopSplits() {
        #expect(sentences("Der Antrag kam vom Stadtrat.Danach sprach die Kämmerin.") ==
                ["Der Antrag kam vom Stadtrat.", "Danach sprach die Kämmerin."])
    }

    @Test("dotted names and domains without a space stay whole", arguments: [
        "Die Meldung stand auf bild.de am Morgen.",
        "Er traf Dr.Berger im Flur.",
        "Er schrieb an A.B.Müller einen Brief.",
    ])
    func dottedNamesStayWhole(_ text: String) {
        #expect(sentences(text) == [text])
    }

    @Test func quoteInsideSentenceWithExclamation() {
        #expect(sentences("Er rief: „Halt!“ und rannte los.") == ["Er rief: „Halt!“ und rannte los."])
    }
}
