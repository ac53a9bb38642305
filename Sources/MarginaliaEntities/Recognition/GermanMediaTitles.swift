import MarginaliaText

/// A newspaper, magazine, broadcaster or agency named in quotation marks (issue 16): news cites
/// other outlets by their title in marks, and the tagger reads such a title as a work, a place or a
/// person ("die britische Tageszeitung „The Guardian“", "laut „Welt“", "gegenüber dem „Stern“",
/// "Die Nachrichtenagentur „Petra“ berichtet"). Outlets named by common nouns ("Welt", "Zeit",
/// "Stern") are told only by such a frame. The whole content of the marks is the name.
/// Frames, no outlet's name. And a website named by its domain ("laut faz.net") is a work (MISC),
/// as GermEval types websites.
extension GermanNamePatterns {
    /// Nouns naming an outlet right before its title in marks. Compounds with a hyphen are left out:
    /// "ARD-Magazin „…“" is mostly a programme, a work.
    static let mediaNouns: Set<String> = [
        "Zeitung", "Tageszeitung", "Wochenzeitung", "Sonntagszeitung", "Boulevardzeitung", "Lokalzeitung", "Regionalzeitung",
        "Wirtschaftszeitung", "Zeitschrift", "Fachzeitschrift", "Wochenzeitschrift", "Magazin", "Nachrichtenmagazin",
        "Wochenmagazin", "Wirtschaftsmagazin", "Onlinemagazin", "Online-Magazin", "Fachblatt", "Boulevardblatt", "Blatt",
        "Sender", "Fernsehsender", "Radiosender", "Nachrichtensender", "Rundfunksender", "Privatsender", "Fernsehkanal",
        "Nachrichtenagentur", "Presseagentur", "Agentur", "Nachrichtenportal", "Onlineportal", "Internetportal", "Newsportal",
        "Portal", "Nachrichtenseite", "Zeitungen", "Zeitschriften", "Nachrichtenagenturen",
    ]
    /// Heads of compounds naming an outlet's kind ("Wissenschaftsmagazin", "Apothekenzeitschrift",
    /// "Musiksender", "Werbeagentur"), in lower case, with their genitives and plurals.
    static let mediaCompoundHeads: [String] = [
        "zeitung", "zeitungen", "zeitschrift", "zeitschriften", "magazin", "magazins", "portal", "portals",
        "sender", "senders", "agentur",
    ]
    /// First parts that make a magazine a broadcast programme, a work ("Fernsehmagazin „…“").
    static let programmePrefixes = ["Fernseh", "TV", "Polit", "Radio", "Morgen", "Abend", "Mittags", "Satire"]

    /// A compound without a hyphen whose last part is a media head and whose first part has three
    /// letters or more ("Wissenschaftsmagazin", not "Absender"); a magazine of television or radio
    /// is a programme. The first byte and the last are compared before any ending.
    static func isMediaCompound(_ word: String) -> Bool {
        let u = word.utf8
        guard u.count >= 9, let first = u.first, first >= 65 && first <= 90, let last = u.last,
              last == UInt8(ascii: "g") || last == UInt8(ascii: "n") || last == UInt8(ascii: "t") || last == UInt8(ascii: "l")
                || last == UInt8(ascii: "r") || last == UInt8(ascii: "s"),
              !u.contains(UInt8(ascii: "-")) else { return false }
        for head in mediaCompoundHeads where u.count >= head.utf8.count + 3 {
            guard u.suffix(head.utf8.count).elementsEqual(head.utf8) else { continue }
            if head.hasPrefix("magazin"), programmePrefixes.contains(where: { word.hasPrefix($0) }) { return false }
            return true
        }
        return false
    }
    /// Media nouns in the genitive or dative ("der Zeitung", "des Magazins", "dem Sender").
    static let mediaNounForms: Set<String> = mediaNouns.union(mediaNouns.map { $0 + "s" })

    /// Nouns of reports and "gegenüber": before an article and a title they make it a source or
    /// an addressee whatever the case ("Bericht der „…“", "gegenüber dem „…“").
    static let sourceFrameNouns: Set<String> = [
        "gegenüber", "Gegenüber", "Bericht", "Berichten", "Angaben", "Informationen", "Interview", "Recherchen",
    ]
    /// Verbs right after a title that make it the source: "Die „…“ berichtete", "dem „…“ zufolge".
    static let sourceVerbsAfter: Set<String> = SpeechVerbs.germanReporting.union(["zufolge"])

    /// Does `word` before `article` make the title after them a source or an addressee? A noun of
    /// reports or "gegenüber" with any article; a verb of reporting with its subject ("berichtete
    /// die „…“"); another verb of saying only with a dative, the addressee ("sagte der „…“",
    /// "erklärte dem „…“"): after "kritisierte die „…“" or "bestätigte den „…“" the marks hold the
    /// object, a word of the speaker's, not an outlet.
    static func isSourceFrame(_ word: String, article: String) -> Bool {
        if sourceFrameNouns.contains(word) || SpeechVerbs.germanReporting.contains(word) { return true }
        return SpeechVerbs.germanFinite.contains(word) && (article == "der" || article == "dem")
    }
    static let openingMarks: Set<String> = ["„", "»", "\""]
    static let closingMarks: Set<String> = ["“", "«", "\"", "”"]
    static let definiteArticles: Set<String> = ["der", "die", "das", "dem", "den", "des", "Der", "Die", "Das", "Dem", "Den", "Des"]

    /// The content of the marks opening at `i` when a media frame holds it: one to six words, the
    /// first capitalised, no sentence punctuation inside (a quote is no title).
    static func mediaTitle(_ s: [Token], openAt i: Int) -> Span? {
        // Asked of every token: the first byte of „ » " read before any hashing.
        guard let lead = s[i].text.utf8.first, lead == 0xE2 || lead == 0xC2 || lead == 0x22 else { return nil }
        guard s[i].text.utf8.count <= 3, openingMarks.contains(s[i].text), i + 2 < s.count,
              let j = closingMark(s, openAt: i, words: 6) else { return nil }
        let before = i > 0 ? s[i - 1].text : ""
        let afterMediaNoun = mediaNounForms.contains(before) || isMediaCompound(before)
        // "sagte der „…“", "sagte er dem „…“": a source or an addressee after a speech verb.
        var articleFrame = false
        if !afterMediaNoun, i > 1, definiteArticles.contains(before) {
            var k = i > 2 && ["er", "sie", "es"].contains(s[i - 2].text) ? i - 3 : i - 2
            // "sagte Meier der „…“", "sagte Ministerin Anna Meier dem „…“": the speaker's name, up to
            // three capitalised words, between the verb and the addressee (a dative: "betonte Meier
            // die „…“" names the object).
            var named = 0
            while k > 0, named < 3, before == "der" || before == "dem", isCapitalised(s[k].text), !sourceFrameNouns.contains(s[k].text) {
                k -= 1; named += 1
            }
            articleFrame = isSourceFrame(s[k].text, article: before)
        }
        // A title in lower case ("taz") only after a media noun or an article in a source frame:
        // elsewhere it is a word in marks.
        guard isCapitalised(s[i + 1].text) || (afterMediaNoun || articleFrame) && j == i + 2 else { return nil }
        var framed = afterMediaNoun || articleFrame || before == "laut" || before == "Laut"
        if !framed, j + 1 < s.count, sourceVerbsAfter.contains(s[j + 1].text), i == 0 || definiteArticles.contains(before) { framed = true }
        guard framed else { return nil }
        return Span(s[i + 1].span.start, s[j - 1].span.end)
    }
}

extension GermanNamePatterns {
    /// Nouns of web platforms and services that name one in apposition ("das Netzwerk …", "auf der
    /// Videoplattform …"), beside the media nouns.
    static let platformNouns: Set<String> = [
        "Netzwerk", "Kurznachrichtendienst", "Plattform", "Internetplattform", "Onlineplattform", "Videoplattform",
        "Onlinedienst", "Internetdienst", "Suchmaschine", "Onlineenzyklopädie", "Internet-Enzyklopädie", "Online-Enzyklopädie",
    ]
    static let appositionNouns: Set<String> = mediaNounForms.union(platformNouns).union(platformNouns.map { $0 + "s" })
    /// Articles that open an outlet's name ("Der Spiegel", "DIE WELT", "The Guardian", "Le Monde").
    static let titleArticles: Set<String> = ["Der", "Die", "Das", "DER", "DIE", "DAS", "The", "THE", "Le", "La", "Les", "El", "Il"]

    /// "die Zeitung Haaretz", "das Online-Netzwerk Plauderfink", "im Nachrichtenmagazin Der Spiegel": an outlet or
    /// platform named without marks right after its media noun. Capitalised words the noun list
    /// lacks (a listed noun only after a title's article), at most four; not a place standing alone,
    /// not a first name nor a surname of a person the article names ("hätte der Sender Meier die
    /// Gelegenheit gegeben": the dative object).
    static func mediaApposition(_ s: [Token], nounAt i: Int, words: GermanWords, lexicon: Lexicon, surnames: Set<String>) -> Span? {
        guard i + 1 < s.count, isCapitalised(s[i].text), isCapitalised(s[i + 1].text) else { return nil }
        // "TV-Kanal …", "Online-Netzwerk …": a hyphenated media noun counts by its last part here (a
        // name follows without marks, so no programme title is taken for an outlet).
        let noun = s[i].text
        guard appositionNouns.contains(noun) || isMediaCompound(noun)
                || noun.utf8.contains(UInt8(ascii: "-")) && appositionNouns.contains(String(noun.split(separator: "-").last ?? "")) else { return nil }
        var j = i + 1
        let article = titleArticles.contains(s[j].text)
        if article {
            guard j + 1 < s.count, isCapitalised(s[j + 1].text) else { return nil }
            j += 1
        }
        func nameWord(_ w: String, afterArticle: Bool) -> Bool {
            isCapitalised(w) && w.unicodeScalars.count >= 2 && words.wordClass(w) != .other && !titleArticles.contains(w)
                && (afterArticle || !words.isListedNoun(w)) && !definiteArticles.contains(w)
        }
        // A capitalised word the list holds as no noun ("Focus") is a title here when the clause goes
        // on in lower case: mid-sentence only a name is written so.
        let title = nameWord(s[j].text, afterArticle: article)
            || !article && words.listedClass(s[j].text) == .other && j + 1 < s.count && !isCapitalised(s[j + 1].text)
            || !article && isPrefieldName(s, nounAt: i, nameAt: j, words: words) || !article && isClosedMediaName(s, nounAt: i, nameAt: j, words: words)
        guard title, !surnames.contains(s[j].text), !lexicon.firstNames.contains(s[j].text) else { return nil }
        var end = j
        while end + 1 < s.count, end - i < 4, nameWord(s[end + 1].text, afterArticle: false) { end += 1 }
        if end == i + 1, lexicon.isPlace(s[end].text) { return nil }
        return Span(s[i + 1].span.start, s[end].span.end)
    }
}

extension GermanNamePatterns {
    /// Titles of widely read German-language papers and magazines that are also common words
    /// ("Spiegel", "Welt"), with their genitives: names only in a source frame (below).
    static let commonWordMediaTitles: Set<String> = [
        "Spiegel", "Spiegels", "Stern", "Sterns", "Focus", "Welt", "Zeit", "Bild", "Blick", "Blicks",
    ]
    /// First parts of an edition's compound ("Onlineausgabe", "Print-Ausgabe"; not "Herausgabe").
    static let editionPrefixes = ["Online", "Internet", "Print", "Web", "Digital", "Sonntags", "Wochenend", "Abend", "Morgen", "Samstags", "E-Paper"]

    /// An outlet named without marks in a source frame: a title of the table after "laut dem",
    /// "sagte er der", "gegenüber dem", or before "zufolge" / "berichtete"; and any capitalised
    /// words after an edition ("der Onlineausgabe des Spiegels", "der Printausgabe der Beispielpost").
    static func unquotedMediaTitle(_ s: [Token], at i: Int) -> Span? {
        // Asked of every token: an article before it (three bytes, "d" or "D" first).
        guard i > 1, s[i - 1].text.utf8.count == 3, let a = s[i - 1].text.utf8.first, a == UInt8(ascii: "d") || a == UInt8(ascii: "D"),
              let t = s[i].text.utf8.first, t >= 65 && t <= 90 else { return nil }
        let before = s[i - 2].text
        // "der Onlineausgabe des Spiegels": an edition compound, not "Ausgabe" alone ("Ausgabe des Schmucks").
        if before.utf8.count > 9, before.utf8.last == UInt8(ascii: "e"), endsWith(before, "ausgabe") || endsWith(before, "Ausgabe"),
           s[i - 1].text == "des" || s[i - 1].text == "der",
           editionPrefixes.contains(where: { before.hasPrefix($0) }) {
            var end = i
            while end + 1 < s.count, end - i < 2, isCapitalised(s[end + 1].text), !definiteArticles.contains(s[end + 1].text) { end += 1 }
            return Span(s[i].span.start, s[end].span.end)
        }
        // The titles start with one of five capitals and have four to eight bytes: most words are not hashed.
        guard t == UInt8(ascii: "S") || t == UInt8(ascii: "F") || t == UInt8(ascii: "W") || t == UInt8(ascii: "Z") || t == UInt8(ascii: "B"),
              (4...8).contains(s[i].text.utf8.count), definiteArticles.contains(s[i - 1].text), commonWordMediaTitles.contains(s[i].text) else { return nil }
        // A capitalised word after it: a longer name ("Welt am Sonntag") or no title at all.
        if i + 1 < s.count, isCapitalised(s[i + 1].text) { return nil }
        let k = i > 2 && ["er", "sie"].contains(before) ? i - 3 : i - 2
        // "laut dem Spiegel", "sagte der Welt", "berichtete die Zeit".
        if s[k].text == "laut" || s[k].text == "Laut" || isSourceFrame(s[k].text, article: s[i - 1].text) { return s[i].span }
        if i + 1 < s.count, sourceVerbsAfter.contains(s[i + 1].text) { return s[i].span }
        return nil
    }

    /// "die Bewegung „People's Front“", "das Bündnis „Neue Mitte“", "die Partei „Die Freiheit“":
    /// the content of marks right after a noun of an organisation's kind (one to eight words, the
    /// first capitalised, no sentence punctuation) is its name, not a work's title.
    static func quotedOrganisation(_ s: [Token], openAt i: Int) -> Span? {
        // Asked of every token: the first byte of „ » " read before any hashing.
        guard let lead = s[i].text.utf8.first, lead == 0xE2 || lead == 0xC2 || lead == 0x22, i > 0, i + 2 < s.count,
              s[i].text.utf8.count <= 3, openingMarks.contains(s[i].text), isCapitalised(s[i + 1].text) else { return nil }
        // "Band" is also a book's volume ("der Band „…“").
        guard isOrganisationKind(s[i - 1].text) || quotedKindNouns.contains(s[i - 1].text), s[i - 1].text != "Band", s[i - 1].text != "Bands" else { return nil }
        guard let j = closingMark(s, openAt: i, words: 8) else { return nil }
        return Span(s[i + 1].span.start, s[j - 1].span.end)
    }
    /// The index of the mark closing the one at `i` after one to `words` tokens, none of them
    /// sentence punctuation or another opening mark (a quote is no name).
    static func closingMark(_ s: [Token], openAt i: Int, words: Int) -> Int? {
        var j = i + 1
        while j < s.count, j - i <= words + 1, !closingMarks.contains(s[j].text) {
            if [".", ",", "!", "?", ":", ";", "(", ")", "„", "»"].contains(s[j].text) { return nil }
            j += 1
        }
        guard j < s.count, j - i <= words + 1, j > i + 1, closingMarks.contains(s[j].text) else { return nil }
        return j
    }

    /// Kinds of groups that the organisation table lacks as whole words.
    static let quotedKindNouns: Set<String> = ["Initiative", "Bürgerinitiative", "Koalition", "Front", "Kampagnenbündnis", "Plattform"]

    /// "die Gewerkschaft ver.di", "der Sender n12", "laut n12", "nach Angaben von n12": a lower-case
    /// name written with a digit or an inner dot right after a noun of an organisation's or outlet's
    /// kind, or in a source frame.
    static func lowerCaseName(_ s: [Token], at i: Int) -> Span? {
        let b = s[i].text.utf8
        // Asked of every token: a lower-case ASCII first byte and a short length.
        guard i > 0, b.count >= 2, b.count <= 10, let lead = b.first, lead >= 97 && lead <= 122, let last = b.last, last != 0x2E,
              // The word before: a capitalised noun, "laut" or "von".
              let p = s[i - 1].text.utf8.first, p >= 65 && p <= 90 || p >= 0xC3 || p == UInt8(ascii: "l") || p == UInt8(ascii: "v") else { return nil }
        let shaped = b.withContiguousStorageIfAvailable { bytes -> Bool in
            var digit = false, dot = false
            for c in bytes {
                if c >= 48 && c <= 57 { digit = true } else if c == 0x2E { dot = true }
                else if !(c >= 97 && c <= 122 || c >= 65 && c <= 90 || c == 0x2D) { return false }
            }
            return digit || dot
        } ?? false
        guard shaped else { return nil }
        let before = s[i - 1].text
        guard before == "laut" || before == "Laut" || before == "von" && i > 1 && s[i - 2].text == "Angaben" || isOrganisationKind(before)
                || appositionNouns.contains(before) else { return nil }
        return s[i].span
    }
}
