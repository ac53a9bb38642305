import MarginaliaText

/// Public bodies named by a head noun the tagger reads as a common noun (issue 16):
/// - a federal or state office or ministry as one compound ("des Landesumweltamtes", "das
///   Bundesverkehrsministerium"), perhaps with its portfolio in the genitive ("des
///   Bundesministeriums des Innern") or its state after it ("des Landeskriminalamts Sachsen");
///   GermEval 2014 marks "Bundesjustizministerium", "Bundesamt", "Landesamtes" ORG and leaves
///   "Gesundheitsministerium" (no federal or state prefix) unmarked, and so do these rules;
/// - a body named by capitalised adjectives and its head noun after an article ("des Statistischen
///   Bundesamtes", "beim Technischen Hilfswerk"): mid-sentence a capitalised adjective is part of a
///   name;
/// - a commission named by a code with digits ("die K7-Kommission");
/// - and no committee: GermEval leaves "Innenausschuss" unmarked and a hyphenated one
///   ("EWR-Ausschusses") a part of a name, so a committee compound alone is no organisation.
/// Word shapes and endings, no body's name.
extension GermanNamePatterns {
    /// Endings of a federal or state body's compound after "Bundes" or "Landes", with genitives.
    static let officeEndings: [String] = [
        "amt", "amtes", "amts", "ministerium", "ministeriums", "anstalt", "agentur", "behörde", "gericht", "gerichts", "gerichtes",
        "gerichtshof", "gerichtshofs", "gerichtshofes", "zentrale", "institut", "instituts", "institutes",
    ]
    /// A federal office inside a compound ("Umweltbundesamt", "Kraftfahrt-Bundesamt").
    static let federalOfficeEndings: [String] = ["bundesamt", "bundesamtes", "bundesamts", "Bundesamt", "Bundesamtes", "Bundesamts"]

    /// Endings of heads that capitalised adjectives name ("Statistisches Bundesamt", "Technisches
    /// Hilfswerk", "Deutscher Wetterdienst", "Europäische Zentralbank", "Olympisches Komitee").
    static let bodyHeadEndings: [String] = [
        "amt", "amtes", "amts", "ministerium", "ministeriums", "werk", "werks", "werkes", "dienst", "dienstes", "diensts", "institut",
        "instituts", "institutes", "kommission", "komitee", "komitees", "gericht", "gerichts", "gerichtes", "gerichtshof", "gerichtshofs",
        "gerichtshofes", "rat", "rats", "rates", "bank", "anstalt", "agentur", "behörde", "akademie", "universität", "hochschule",
        "union", "parlament", "parlaments", "parlamentes", "bund", "bundes", "verband", "verbands", "verbandes", "gewerkschaft",
        "vereinigung", "stiftung", "gesellschaft", "fonds", "armee", "kongress", "kongresses",
    ]
    /// Words ending like a body's head that name none ("Vorrat", "Referat").
    static let notBodyHeads: Set<String> = ["vorrat", "apparat", "referat", "inserat", "heirat", "karat", "zierat", "beamt", "gesamt", "beirat", "beirats", "beirates"]

    /// A ministry's portfolio in the genitive ("Bundesministerium des Innern", "Ministerium der Justiz").
    static let ministryPortfolios: Set<String> = ["Innern", "Inneren", "Justiz", "Finanzen", "Verteidigung", "Auswärtigen", "Äußeren"]

    /// Articles, and prepositions merged with one, before a body's name ("beim Technischen Hilfswerk").
    static let nameArticles: Set<String> = [
        "der", "die", "das", "des", "dem", "den", "Der", "Die", "Das", "Des", "Dem", "Den", "im", "vom", "beim", "zum", "zur", "am", "ins", "Im", "Vom", "Beim",
    ]

    /// "-e", "-en", "-es", "-em" in the last two bytes.
    static func hasWeakEnding(_ w: String) -> Bool {
        w.utf8.withContiguousStorageIfAvailable { b in
            guard let last = b.last, b.count >= 2 else { return false }
            return last == UInt8(ascii: "e")
                || b[b.count - 2] == UInt8(ascii: "e") && (last == UInt8(ascii: "n") || last == UInt8(ascii: "s") || last == UInt8(ascii: "m"))
        } ?? (endsWith(w, "e") || endsWith(w, "en") || endsWith(w, "es") || endsWith(w, "em"))
    }

    /// Is `w` a federal or state body's compound ("Bundeskriminalamtes", "Landesamt", "Umweltbundesamt")?
    static func isStateOffice(_ w: String) -> Bool {
        let b = w.utf8
        guard b.count >= 9, let first = b.first, let last = b.last else { return false }
        if first == UInt8(ascii: "B") || first == UInt8(ascii: "L"), b.starts(with: "Bundes".utf8) || b.starts(with: "Landes".utf8) {
            return officeEndings.contains { b.count >= 6 + $0.utf8.count && endsWith(w, $0) } && !endsWith(w, "beamt")
        }
        // "…amt", "…amts", "…amtes" in bytes before the six forms are compared.
        guard last == UInt8(ascii: "t") && endsWith(w, "amt") || last == UInt8(ascii: "s") && (endsWith(w, "amts") || endsWith(w, "amtes")) else { return false }
        return federalOfficeEndings.contains { endsWith(w, $0) }
    }

    /// A capitalised adjective inside a body's name: weak ending, no determiner, no listed noun
    /// of one gender ("Kinder"), no place adjective in -er, no compound ("SPD-nahen",
    /// "US-amerikanische": capitalised for its first part, not as a name's).
    static func isBodyAdjective(_ w: String, words: GermanWords) -> Bool {
        guard isCapitalised(w), !w.utf8.contains(UInt8(ascii: "-")), w.unicodeScalars.count >= 5, hasWeakEnding(w),
              !determinerAdjectives.contains(w), !definiteArticles.contains(w), !indefiniteArticles.contains(w) else { return false }
        return isAttributive(w, words: words)
    }

    /// Compared in bytes: a compound's head is lower case ("Hilfswerk"), a head alone capitalised ("Rat").
    static func isBodyHead(_ w: String) -> Bool {
        guard w.utf8.count >= 3, let last = w.utf8.last, isCapitalised(w) else { return false }
        return bodyHeadsByLastByte[Int(last)].contains { endsWith(w, $0) } && !notBodyHeadForms.contains { endsWith(w, $0) }
    }
    /// The head forms by their last byte: a word is compared with the few that end as it does.
    static let bodyHeadsByLastByte: [[String]] = {
        var table = [[String]](repeating: [], count: 256)
        for form in bodyHeadForms { table[Int(form.utf8.last!)].append(form) }
        return table
    }()
    static let bodyHeadForms: [String] = bodyHeadEndings + bodyHeadEndings.map(capitalisedASCII)
    static let notBodyHeadForms: [String] = notBodyHeads.map { $0 } + notBodyHeads.map(capitalisedASCII)
    /// "rat" -> "Rat", "behörde" -> "Behörde" (the first letter of every ending is ASCII).
    static func capitalisedASCII(_ w: String) -> String { w.prefix(1).uppercased() + w.dropFirst() }

    /// "des Landesumweltamtes", "das Bundesministerium des Innern", "des Statistischen
    /// Bundesamtes", "beim Technischen Hilfswerk", "des Landeskriminalamts Sachsen". Not after an
    /// indefinite article ("ein Landesamt"), and not before für / zur / zum (`purposeInstitution`
    /// reads the longer name).
    static func publicOffice(_ s: [Token], at i: Int, lexicon: Lexicon, locations: [Int: Int], words: GermanWords) -> Span? {
        // Asked of every token: an ASCII capital first, then the article before or the prefix.
        guard let lead = s[i].text.utf8.first, lead >= 65 && lead <= 90, s[i].text.utf8.count >= 5 else { return nil }
        var head = i
        let w = s[i].text
        if isStateOffice(w) {
            var k = i - 1
            while k >= 0, i - k <= 3, !isCapitalised(s[k].text), !indefiniteArticles.contains(s[k].text),
                  ["e", "en", "er", "es", "em"].contains(where: { endsWith(s[k].text, $0) }) { k -= 1 }
            if k >= 0, indefiniteArticles.contains(s[k].text) { return nil }
        } else if i > 0, i + 1 < s.count, hasWeakEnding(w) {
            // Bytes first (the weak ending, the head's ending), then the hashed article and word
            // list. A second adjective may come before the head, unless it is the head itself
            // ("Bundesamtes" ends like an adjective).
            var h = i + 1
            if !isStateOffice(s[h].text), !isBodyHead(s[h].text) {
                guard h + 1 < s.count, hasWeakEnding(s[h].text), isStateOffice(s[h + 1].text) || isBodyHead(s[h + 1].text),
                      isBodyAdjective(s[h].text, words: words) else { return nil }
                h += 1
            }
            guard s[i - 1].text.utf8.count <= 4, nameArticles.contains(s[i - 1].text), isBodyAdjective(w, words: words) else { return nil }
            head = h
        } else {
            return nil
        }
        var end = head
        if head + 1 < s.count {
            let next = s[head + 1].text
            if next == "für" || next == "zur" || next == "zum" { return nil }
            if head + 2 < s.count, next == "des" || next == "der", ministryPortfolios.contains(s[head + 2].text),
               endsWith(s[head].text, "ministerium") || endsWith(s[head].text, "ministeriums") {
                end = head + 2
            } else if head + 2 < s.count, next == "des" || next == "der", isCapitalised(s[head + 2].text) {
                // "der Chinesischen Akademie der Wissenschaften": the name goes on further than a rule can tell.
                return nil
            } else if isCapitalised(next), !isPlaceGenitive(next, lexicon), let p = place(s, at: head + 1, lexicon: lexicon, locations: locations) {
                end = p
            } else if head != i, isCapitalised(next), !isPlaceGenitive(next, lexicon) {
                // "die Amerikanische Investmentbank Beispiel Brothers": a kind before a name, or a longer name.
                return nil
            }
        }
        return Span(s[i].span.start, s[end].span.end)
    }

    /// "die K7-Kommission", "des X10-Gremiums": a commission named by a code of capitals and digits.
    static let codedBodyHeads: Set<String> = ["Kommission", "Komitee", "Komitees", "Gremium", "Gremiums"]

    static func codedBody(_ s: [Token], at i: Int) -> Span? {
        let b = s[i].text.utf8
        // Asked of every token: an ASCII capital first and a digit second or third.
        guard b.count >= 8, let lead = b.first, lead >= 65 && lead <= 90 else { return nil }
        let digitNear = b.withContiguousStorageIfAvailable { p in p[1] >= 48 && p[1] <= 57 || p[2] >= 48 && p[2] <= 57 } ?? false
        guard digitNear else { return nil }
        let parts = s[i].text.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, codedBodyHeads.contains(String(parts[1])),
              parts[0].utf8.allSatisfy({ $0 >= 48 && $0 <= 57 || $0 >= 65 && $0 <= 90 }) else { return nil }
        return s[i].span
    }

    /// A committee compound alone is no organisation ("Innenausschuss", "des Bundestags-Innenausschusses").
    static func dropCommitteeCompounds(_ mentions: inout [EntityMention]) {
        mentions.removeAll { m in
            m.type == .ORG && !m.text.utf8.contains(0x20) && m.text.utf8.count > 9
                && (endsWith(m.text, "ausschuss") || endsWith(m.text, "ausschusses") || endsWith(m.text, "Ausschuss") || endsWith(m.text, "Ausschusses"))
        }
    }
}

extension GermanNamePatterns {
    /// English legal forms written with a period ("Corp.", "Inc.", "Co.", "Bros.", "Ltd.").
    static let englishPeriodForms: Set<String> = ["Corp", "Inc", "Co", "Bros", "Ltd"]

    /// The name before a legal form, to be found alone later in the article ("Beispiel Corp." …
    /// "Beispiel kündigte an"): one or two capitalised words, no listed common noun, place, first
    /// name or surname of a person the article names, and no connector ("Müller & Co.").
    static func legalNameStem(_ s: [Token], span: Span, closingAt i: Int, lexicon: Lexicon, words: GermanWords, surnames: Set<String>) -> String? {
        var first = i
        while first > 0, s[first - 1].span.start >= span.start { first -= 1 }
        guard first < i, i - first <= 2 else { return nil }
        let parts = s[first..<i].map(\.text)
        for w in parts {
            guard isCapitalised(w), w.unicodeScalars.count >= 3, words.wordClass(w) == nil, !lexicon.isPlace(w), !lexicon.firstNames.contains(w),
                  !surnames.contains(w), !legalForms.contains(w) else { return nil }
        }
        return parts.joined(separator: " ")
    }

    /// Does the name at `span` follow a party or movement noun ("die Oppositionspartei
    /// Beispiel Rossa")? Then the tagger's person there is the organisation the noun announces,
    /// and its last word is no surname.
    static func isAfterOrganisationKind(_ span: Span, _ text: ArticleText, lexicon: Lexicon) -> Bool {
        let e = span.start - 1
        guard e > 0, text[e] == " " else { return false }
        var b = e
        while b > 0, text[b - 1] != " ", text[b - 1] != "\n", e - b < 40 { b -= 1 }
        guard b < e, ScalarClass.isUppercase(text[b]) else { return false }
        // Parties, movements and firms only (a firm is often named after its founder: "die US-Bank
        // Beispiel Brothers"); after "der Fraktion" a member is named ("der Fraktion Anna Beispiel").
        let noun = text[Span(b, e)]
        guard personNamedKinds.contains(where: { endsWith(noun, $0) }) || isFirmKind(noun) else { return false }
        // After a firm's kind a founder's full name is the firm ("des Herstellers Beispiel Davidson").
        return isFirmKind(noun) || !lexicon.firstNames.contains(text[Span(span.start, firstWordEnd(span, text))])
    }
}

extension GermanNamePatterns {
    /// Kinds whose name may look like a person's ("die Oppositionspartei Beispiel Rossa").
    static let personNamedKinds = [
        "partei", "Partei", "bewegung", "Bewegung", "bündnis", "Bündnis", "bank", "Bank", "konzern", "Konzern", "firma", "Firma",
        "unternehmen", "Unternehmen", "kette", "Kette",
    ]
    /// Where the first word of `span` ends (its first space, or its end).
    static func firstWordEnd(_ span: Span, _ text: ArticleText) -> Int {
        var k = span.start
        while k < span.end, text[k] != " " { k += 1 }
        return k
    }
}
