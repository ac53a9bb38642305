import MarginaliaText

/// MISC names announced by the word right before them (issue 16), in kinds of news where the
/// tagger reads them as persons, places or organisations:
/// - a weather system after a weather noun: "das Tiefdruckgebiet Anna", "Orkan Xaver", "des
///   Hurrikans Maria", "Taifun „Lan“" (storms carry given names, so the tagger says person);
/// - a virus variant named by a Greek letter after "Variante", "Virusvariante": "die Variante
///   Omikron"; also after "Omikron-Variante" every lone "Omikron" of the article is the variant;
/// - a standard or system spelt out in English with its acronym in brackets after "Kopierschutz",
///   "Standard", "System", "Format": "das Format High Efficiency Video Coding (HEVC)", or ending
///   in an English head ("… Coding (HEVC)"); the frame "Name (ACRONYM)" alone makes an organisation;
/// - a product by maker and model: "ein Toyota Corolla", "50.000 Volkswagen Golf", "der Tesla
///   Model 3": a maker from a small table of car, aircraft and device makers, the model
///   a capitalised word that is no listed word (a listed noun only where the tagger already
///   read maker and model as one MISC: "VW Golf", not "VW Chef").
/// Each name found stands for its other mentions in the article too (a storm's or a model's
/// name alone later on). Tables of general knowledge, none taken from the evaluation texts.
enum MiscCueNames {
    static let weatherNouns: Set<String> = [
        "Tiefdruckgebiet", "Tiefdruckgebiets", "Tiefdruckgebietes", "Hochdruckgebiet", "Hochdruckgebiets",
        "Hochdruckgebietes", "Hoch", "Hochs", "Tief", "Tiefs", "Orkan", "Orkans", "Orkantief", "Orkantiefs",
        "Sturm", "Sturms", "Sturmes", "Sturmtief", "Sturmtiefs", "Wintersturm", "Wintersturms", "Tropensturm",
        "Tropensturms", "Wirbelsturm", "Wirbelsturms", "Hurrikan", "Hurrikans", "Hurrikanes", "Taifun", "Taifuns",
        "Taifunes", "Zyklon", "Zyklons", "Zyklones", "Unwettertief", "Unwettertiefs", "Blizzard", "Blizzards",
    ]
    static let variantNouns: Set<String> = [
        "Variante", "Varianten", "Virusvariante", "Virusvarianten", "Virus-Variante", "Coronavariante",
        "Corona-Variante", "Subvariante", "Subvarianten", "Mutante", "Mutanten", "Virusmutante",
    ]
    /// Greek letters by their German names (variants of a virus are named after them).
    static let greekLetters: Set<String> = [
        "Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota", "Jota", "Kappa", "Lambda",
        "My", "Ny", "Xi", "Omikron", "Omicron", "Pi", "Rho", "Sigma", "Tau", "Ypsilon", "Phi", "Chi", "Psi", "Omega",
    ]
    static let techNouns: Set<String> = [
        "Kopierschutz", "Kopierschutzes", "Standard", "Standards", "System", "Systems", "Format", "Formats",
        "Dateiformat", "Dateiformats", "Protokoll", "Protokolls", "Verfahren", "Verfahrens", "Codec",
        "Verschlüsselung", "Verschlüsselungsverfahren", "Technik", "Technologie",
    ]
    /// Makers whose name and a model's name make a product ("Toyota Corolla").
    static let makers: Set<String> = [
        "Volkswagen", "VW", "Audi", "BMW", "Mercedes", "Mercedes-Benz", "Porsche", "Opel", "Ford", "Toyota", "Honda",
        "Nissan", "Mazda", "Mitsubishi", "Subaru", "Suzuki", "Hyundai", "Kia", "Renault", "Peugeot", "Citroën", "Fiat",
        "Lancia", "Ferrari", "Lamborghini", "Maserati", "Bugatti", "Skoda", "Škoda", "Seat", "Volvo", "Saab", "Tesla",
        "Chevrolet", "Chrysler", "Dodge", "Jeep", "Cadillac", "Dacia", "Lada", "Jaguar", "Boeing", "Airbus", "Embraer",
        "Bombardier", "Cessna", "Antonow", "Tupolew", "Iljuschin", "Suchoi", "Lockheed", "Dassault", "Eurocopter",
        "Sikorsky", "Fokker", "Dornier", "Samsung", "Nokia", "Motorola", "Sony", "Nintendo", "Huawei", "Xiaomi",
    ]
    /// Words after a maker that name the company or a part of it, not a model.
    static let companyWords: Set<String> = [
        "Group", "Motor", "Motors", "Company", "Corporation", "Holding", "International", "Deutschland", "Europe",
        "Aviation", "Automobile", "Defence", "Defense", "Commercial", "Financial", "Bank", "Sport", "Motorsport",
        "Racing", "Team", "Trucks", "Electronics", "Music", "Pictures", "Entertainment", "Mobile", "Networks",
        "Interactive", "Studios", "Records", "Arena", "Dome", "Center", "Park", "Stadium", "Foundation", "Space",
        "Helicopters", "Industries", "Benz",
    ]

    static func apply(_ mentions: [EntityMention], tokens: some Collection<[Token]>, text: ArticleText, lexicon: Lexicon,
                      words: GermanWords, kinds: [MiscWord]) -> [EntityMention] {
        var spans: [Span] = []
        var framed = Set<Span>()
        var echoes = Set<String>()
        let miscSpans = Set(mentions.lazy.filter { $0.type == .MISC }.map(\.span))
        let personStarts = Set(mentions.lazy.filter { $0.type == .PER }.map(\.span.start))
        var base = 0
        for sentence in tokens {
            defer { base += sentence.count }
            for (i, token) in sentence.enumerated() {
                let kind = kinds[base + i]
                guard !kind.isDisjoint(with: [.weatherNoun, .variantNoun, .techNoun, .techHead, .maker]) else {
                    // "Omikron-Variante": the letter alone elsewhere is the variant (the compound is no name).
                    if let letter = variantLetter(token.text) { echoes.insert(letter) }
                    continue
                }
                if kind.contains(.weatherNoun), let name = givenName(sentence, after: i, lexicon: lexicon, words: words) {
                    spans.append(name.span)
                    framed.insert(Span(token.span.start, name.span.end))
                    echoes.insert(name.text)
                } else if kind.contains(.variantNoun), i + 1 < sentence.count, greekLetters.contains(sentence[i + 1].text) {
                    spans.append(sentence[i + 1].span)
                    echoes.insert(sentence[i + 1].text)
                } else if kind.contains(.techNoun), let (name, acronym) = spelledOut(sentence, after: i) {
                    spans.append(name)
                    spans.append(acronym)
                    echoes.insert(text[acronym])
                } else if kind.contains(.techHead), let (name, acronym) = spelledOut(sentence, endingAt: i) {
                    spans.append(name)
                    spans.append(acronym)
                    echoes.insert(text[acronym])
                } else if kind.contains(.maker), !personStarts.contains(token.span.start),
                          let model = model(sentence, after: i, lexicon: lexicon, words: words, miscSpans: miscSpans) {
                    spans.append(Span(token.span.start, model.end))
                    if model.echo { echoes.insert(sentence[i + 1].text) }
                }
            }
        }
        if !echoes.isEmpty {
            for sentence in tokens {
                for t in sentence where echoes.contains(t.text) { spans.append(t.span) }
            }
        }
        guard !spans.isEmpty else { return mentions }
        let mentions = MiscKinds.droppingFramed(framed, from: mentions)
        return MiscKinds.placing(Array(Set(spans)).sorted { $0.start < $1.start }, as: .MISC, in: mentions, text: text).mentions
    }

    /// The given name after a weather noun, bare or in marks: capitalised letters, a first name or
    /// no listed word or place, not itself followed by a name ("Sturm Peter Müller").
    static func givenName(_ s: [Token], after i: Int, lexicon: Lexicon, words: GermanWords) -> (span: Span, text: String)? {
        // "Dirk Sturm": a surname after a first name.
        if i > 0, lexicon.firstNames.contains(s[i - 1].text) { return nil }
        var j = i + 1
        let marked = j < s.count && (s[j].text == "„" || s[j].text == "\"")
        if marked { j += 1 }
        guard j < s.count, case let w = s[j].text, w.unicodeScalars.count >= 3,
              let head = w.unicodeScalars.first, ScalarClass.isUppercase(head),
              w.unicodeScalars.dropFirst().allSatisfy(ScalarClass.isLowercase) else { return nil }
        if marked {
            guard j + 1 < s.count, ["“", "\"", "”"].contains(s[j + 1].text) else { return nil }
        } else {
            guard lexicon.firstNames.contains(w) || words.listedClass(w) == nil && !lexicon.isPlace(w),
                  !(j + 1 < s.count && s[j + 1].text.unicodeScalars.first.map(ScalarClass.isUppercase) == true) else { return nil }
        }
        return (s[j].span, w)
    }

    /// The Greek letter of "Kappa-Variante", "Kappa-Mutanten"; the last bytes first (asked of every word).
    static func variantLetter(_ w: String) -> String? {
        let u = w.utf8
        guard u.count > 9, let last = u.last, last == UInt8(ascii: "e") || last == UInt8(ascii: "n"),
              u.dropLast(last == UInt8(ascii: "n") ? 1 : 0).suffix(4).elementsEqual("ante".utf8),
              let dash = u.firstIndex(of: UInt8(ascii: "-")) else { return nil }
        let letter = String(w[..<dash]), noun = String(w[w.index(after: dash)...])
        return variantNouns.contains(noun) && greekLetters.contains(letter) ? letter : nil
    }

    /// English heads of a standard's name: "High Efficiency Video Coding (HEVC)" is one without a
    /// technical noun before it ("System" alone names bodies too: "Federal Reserve System").
    static let techHeads: Set<String> = ["Coding", "Protocol", "Format", "Standard", "Interface", "Encryption", "Codec"]

    /// "… Video Coding (HEVC)": the head at `i`, the capitalised words before it (two at least),
    /// the acronym in brackets after it.
    static func spelledOut(_ s: [Token], endingAt i: Int) -> (Span, Span)? {
        guard i + 3 < s.count, s[i + 1].text == "(", s[i + 3].text == ")", isAcronym(s[i + 2].text) else { return nil }
        var j = i
        // Not past an article or a technical noun ("das Format High … Coding").
        while j > 0, i - j < 5, case let w = s[j - 1].text, isNameWord(w), s[j - 1].span.end + 1 == s[j].span.start,
              !techNouns.contains(w), !GermanNamePatterns.articleWords.contains(w) { j -= 1 }
        guard j < i else { return nil }
        return (Span(s[j].span.start, s[i].span.end), s[i + 2].span)
    }

    static func isNameWord(_ w: String) -> Bool {
        guard let head = w.unicodeScalars.first, ScalarClass.isUppercase(head) else { return false }
        return w.unicodeScalars.dropFirst().contains(where: ScalarClass.isLowercase)
    }

    static func isAcronym(_ w: String) -> Bool {
        let a = w.unicodeScalars
        return a.count >= 2 && a.count <= 8 && a.allSatisfy { ScalarClass.isUppercase($0) || ScalarClass.isNumeric($0) || $0 == "-" }
    }

    /// "High Efficiency Video Coding (HEVC)": capitalised words, then an acronym of capitals in brackets.
    static func spelledOut(_ s: [Token], after i: Int) -> (Span, Span)? {
        var j = i + 1
        while j < s.count, j - i <= 6, isNameWord(s[j].text) { j += 1 }
        guard j - i >= 3, j + 2 < s.count, s[j].text == "(", s[j + 2].text == ")", isAcronym(s[j + 1].text) else { return nil }
        return (Span(s[i + 1].span.start, s[j - 1].span.end), s[j + 1].span)
    }

    /// The model after a maker: its end, and whether the model's name alone stands for it elsewhere.
    static func model(_ s: [Token], after i: Int, lexicon: Lexicon, words: GermanWords, miscSpans: Set<Span>) -> (end: Int, echo: Bool)? {
        guard i + 1 < s.count, s[i + 1].span.start == s[i].span.end + 1, case let w = s[i + 1].text,
              case let scalars = w.unicodeScalars, scalars.count >= 2, let head = scalars.first, ScalarClass.isUppercase(head),
              scalars.dropFirst().allSatisfy(ScalarClass.isLowercase), !companyWords.contains(w),
              !lexicon.isPlace(w), !lexicon.firstNames.contains(w) else { return nil }
        // A listed word only where the tagger read maker and model as one name ("VW Golf", not "VW Chef").
        if words.wordClass(w) != nil, !miscSpans.contains(Span(s[i].span.start, s[i + 1].span.end)) { return nil }
        // A type number after the model belongs to it ("Model 3").
        if i + 2 < s.count, s[i + 2].span.start == s[i + 1].span.end + 1, s[i + 2].text.utf8.contains(where: { $0 &- 0x30 < 10 }),
           MiscKinds.isDesignation(s[i + 2].text, next: i + 3 < s.count ? s[i + 3].text : "") {
            return (s[i + 2].span.end, true)
        }
        return (s[i + 1].span.end, true)
    }
}
