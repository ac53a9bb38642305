import Testing
@testable import MarginaliaText

@Suite("English sentences")
struct SentenceEnglishTests {
    @Test("abbreviations do not end sentences", arguments: [
        "Mr. Smith met Mrs. Jones and Ms. Lee.",
        "Dr. Okafor works at St. Mary's hospital.",
        "The U.S. economy grew quickly.",
        "Sen. Harris and Rep. Long met Gen. Ward.",
        "Acme Inc. said profits rose.",
        "It was Smith vs. Jones in the final.",
        "The meeting is on Jan. 5 in Boston.",
        "Read No. 10 before the others.",
        "Prof. Lin spoke first.",
        "Acme Corp. and Foo Ltd. merged last year.",
        "The Feb. figures were weak, the Oct. ones better.",
        "Gov. Reyes met Col. Hart and Capt. Lowe.",
        "Growth hit 3.2% in the U.S. economy.",
    ])
    func abbreviation(_ text: String) {
        #expect(sentences(text, .en) == [text])
    }

    @Test func abbreviationEndingSentence() {
        #expect(sentences("She moved to the U.S. The move was hard.", .en) ==
                ["She moved to the U.S.", "The move was hard."])
        #expect(sentences("They sold apples, pears, etc. Then they left.", .en) ==
                ["They sold apples, pears, etc.", "Then they left."])
    }

    @Test func initials() {
        #expect(sentences("The author J. R. R. Tolkien wrote it.", .en) == ["The author J. R. R. Tolkien wrote it."])
    }

    @Test func decimals() {
        #expect(sentences("Growth was 1.5 percent in May.", .en) == ["Growth was 1.5 percent in May."])
    }

    @Test func quotes() {
        #expect(sentences("“We will stay,” she said. Then she left.", .en) ==
                ["“We will stay,” she said.", "Then she left."])
        #expect(sentences("“Why?” she asked. Nobody knew.", .en) == ["“Why?” she asked.", "Nobody knew."])
        #expect(sentences("He said: “It is over.” Then he left.", .en) ==
                ["He said: “It is over.”", "Then he left."])
        #expect(sentences("\"Go!\" They ran.", .en) == ["\"Go!\"", "They ran."])
    }

    @Test func ellipsis() {
        #expect(sentences("He paused... Then he spoke.", .en) == ["He paused...", "Then he spoke."])
        #expect(sentences("He paused … and spoke.", .en) == ["He paused … and spoke."])
    }

    @Test func questionAndExclamation() {
        #expect(sentences("Really?! I had no idea. Wow!", .en) == ["Really?!", "I had no idea.", "Wow!"])
    }

    @Test func emailAndURL() {
        #expect(sentences("Write to desk@example.com or visit https://example.com/news. We reply fast.", .en) ==
                ["Write to desk@example.com or visit https://example.com/news.", "We reply fast."])
    }
}

@Suite("English sentences, more abbreviations")
struct SentenceEnglishMoreTests {
    @Test func dottedAbbreviationsCloseSentencesBeforeOpeners() {
        #expect(sentences("They met at 10 a.m. The talks lasted hours.", .en) ==
                ["They met at 10 a.m.", "The talks lasted hours."])
        #expect(sentences("She lives in Washington, D.C., near the river.", .en) ==
                ["She lives in Washington, D.C., near the river."])
        #expect(sentences("She earned a Ph.D. in physics.", .en) == ["She earned a Ph.D. in physics."])
    }

    @Test func ordinaryWordsStillEndSentences() {
        #expect(sentences("He did his best. Then he left.", .en) == ["He did his best.", "Then he left."])
        #expect(sentences("The bill came from Bill. Then it rained.", .en) == ["The bill came from Bill.", "Then it rained."])
    }
}
