import MarginaliaText

/// Kinds of MISC that the words around a token tell (issue 16, GermEval 2014 OTH):
/// - a currency after an amount ("16 Millionen Kronen", "15.000 Pesos", "ein Pfund (…)"): the
///   tagger knows "Euro" and "Dollar" from its training, rarer currencies it leaves out or
///   takes for a region ("Franken");
/// - a language named as a noun ("in Hebräisch", "Englisch und Deutsch"): the adjective is
///   written small, so a capitalised form mid-sentence that no name holds is the language;
/// - a product's model designation: a name and a type number ("Tupolew 214", "Sojus TMA-8",
///   "Airbus A380") is one MISC, the maker's name inside it no longer an organisation; a maker of
///   the table in `MiscCueNames` counts even where the tagger left it out ("eine Boeing 747").
/// Tables of general categories (currencies, languages), none taken from the evaluation texts.
enum MiscKinds {
    static let confidence = GermanNamePatterns.patternConfidence

    static let currencies: Set<String> = [
        "Euro", "Dollar", "Cent", "Yen", "Yuan", "Renminbi", "Rubel", "Krone", "Kronen", "Franken", "Pfund",
        "Peso", "Pesos", "Rupie", "Rupien", "Zloty", "Forint", "Lira", "Dinar", "Rial", "Riyal", "Baht", "Won",
        "Rand", "Schilling", "Mark", "D-Mark", "Reichsmark", "Dirham", "Schekel", "Lew", "Hrywnja", "Rappen",
        "Franc", "Francs", "Gulden", "Taler", "Peseta", "Peseten", "Drachme", "Drachmen", "Escudo", "Escudos", "Lats",
        "Litas", "Kuna", "Leu", "Lei", "Lewa", "Dong", "Naira", "Rupiah", "Ringgit", "Real", "Reais", "Tenge", "Manat",
        "Lari", "Afghani", "Kwacha", "Cedi", "Birr", "Bitcoin", "Bitcoins", "Kopeken", "Pence", "Penny",
        "Złoty", "Złotys", "Zlotys", "Rubeln", "Forints", "Griwna", "Hrywnjas", "Somoni", "Som", "Lempira",
        "Quetzal", "Bolívar", "Bolivar", "Soles", "Guaraní", "Kyat", "Taka", "Kip", "Riel", "Denar", "Lek", "Dram",
        "Lire", "Rupees",
    ]
    /// Signs and ISO codes of currencies, before or after an amount ("5,6 Mrd. €", "CHF 7 Mio.").
    static let currencySigns: Set<String> = ["€", "$", "£", "¥", "US$", "EUR", "USD", "CHF", "GBP", "JPY", "CNY", "RUB", "DM"]
    /// Words for an amount before a currency (besides numerals).
    static let amounts: Set<String> = [
        "Million", "Millionen", "Milliarde", "Milliarden", "Billion", "Billionen", "Mio.", "Mrd.", "Tausend",
        "tausend", "hundert", "ein", "einen", "einem", "zwei", "drei", "zehn", "hundert", "wenige", "paar",
        "Mio", "Mrd", "Tsd",
    ]
    static let languages: Set<String> = [
        "Englisch", "Deutsch", "Französisch", "Spanisch", "Italienisch", "Portugiesisch", "Russisch", "Polnisch",
        "Tschechisch", "Slowakisch", "Ungarisch", "Rumänisch", "Bulgarisch", "Serbisch", "Kroatisch", "Slowenisch",
        "Albanisch", "Griechisch", "Türkisch", "Arabisch", "Hebräisch", "Persisch", "Kurdisch", "Chinesisch",
        "Japanisch", "Koreanisch", "Vietnamesisch", "Thailändisch", "Indonesisch", "Niederländisch", "Dänisch",
        "Schwedisch", "Norwegisch", "Finnisch", "Estnisch", "Lettisch", "Litauisch", "Ukrainisch", "Georgisch",
        "Armenisch", "Baskisch", "Katalanisch", "Galicisch", "Galizisch", "Walisisch", "Irisch", "Gälisch",
        "Luxemburgisch", "Isländisch", "Jiddisch", "Aramäisch", "Tibetisch", "Bengalisch", "Sorbisch",
        "Plattdeutsch", "Hochdeutsch", "Latein", "Esperanto", "Mandarin", "Kantonesisch", "Hindi", "Urdu",
        "Farsi", "Paschtu", "Swahili", "Tamil", "Afrikaans", "Amharisch", "Mongolisch", "Usbekisch", "Kasachisch",
        "Grönländisch", "Färöisch", "Maltesisch", "Mazedonisch", "Makedonisch", "Bosnisch", "Montenegrinisch",
        "Belarussisch", "Weißrussisch", "Moldauisch", "Kirgisisch", "Tadschikisch", "Turkmenisch", "Aserbaidschanisch",
        "Tatarisch", "Tschetschenisch", "Uigurisch", "Somalisch", "Malaiisch", "Singhalesisch", "Nepalesisch",
        "Birmanisch", "Burmesisch", "Laotisch", "Rätoromanisch", "Friesisch", "Bretonisch", "Korsisch", "Sardisch",
        "Okzitanisch", "Flämisch", "Samisch", "Schweizerdeutsch", "Niederdeutsch", "Altgriechisch", "Neugriechisch",
        "Althochdeutsch", "Mittelhochdeutsch", "Koptisch", "Kreolisch", "Tagalog", "Sanskrit", "Punjabi", "Pandschabi",
        "Gujarati", "Marathi", "Telugu", "Malayalam", "Tigrinya", "Inuktitut",
    ]

    static func apply(_ mentions: [EntityMention], tokens: some Collection<[Token]>, text: ArticleText, lexicon: Lexicon,
                      commonWords: Set<String>, words: GermanWords = .shipped) -> [EntityMention] {
        let kinds = MiscWords.kinds(tokens)
        var mentions = RoadDesignations.apply(mentions, tokens: tokens, text: text, kinds: kinds)
        mentions = WebAddresses.apply(mentions, tokens: tokens, text: text)
        mentions = SoftwareProducts.apply(mentions, tokens: tokens, text: text)
        mentions = applyProductFrames(mentions, tokens: tokens, text: text, lexicon: lexicon, words: words, kinds: kinds)
        mentions = NamedEvents.apply(mentions, tokens: tokens, text: text, lexicon: lexicon, kinds: kinds)
        mentions = MiscCueNames.apply(mentions, tokens: tokens, text: text, lexicon: lexicon, words: words, kinds: kinds)
        var mentionAt: [Int: Int] = [:]
        for (k, m) in mentions.enumerated() { mentionAt[m.span.start] = k }
        var retyped: [Int: EntityType] = [:]
        var added: [EntityMention] = []
        var replaced = Set<Int>()
        func isCapitalised(_ w: String) -> Bool { w.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false }
        /// The mention that is exactly this token, if any, and whether a longer one covers it.
        func single(_ t: Token) -> (index: Int?, free: Bool) {
            if let k = mentionAt[t.span.start] { return (k, mentions[k].span.end == t.span.end) }
            return (nil, !mentions.contains { $0.span.overlaps(t.span) })
        }
        var base = 0
        for sentence in tokens {
            defer { base += sentence.count }
            for (i, token) in sentence.enumerated() {
                let kind = kinds[base + i]
                guard kind.contains(.sign) || isCapitalised(token.text) else { continue }
                if kind.contains(.sign) {
                    // A sign or code stands after an amount or before a number ("€ 500", "CHF 7 Mio.").
                    guard followsAmount(sentence, i) || i + 1 < sentence.count
                            && sentence[i + 1].text.unicodeScalars.first.map(ScalarClass.isNumeric) == true else { continue }
                    let (k, free) = single(token)
                    if let k, free, mentions[k].type != .MISC { retyped[k] = .MISC }
                    if k == nil, free { added.append(mention(token.span, text)) }
                } else if kind.contains(.currency) || isCurrencyCompound(token.text) {
                    guard followsAmount(sentence, i) || i > 1 && isAmount(sentence[i - 2].text) && isLowercaseWord(sentence[i - 1].text)
                    else { continue }
                    // "750 Pfund Benzin" weighs: a currency is not followed by what it measures.
                    if token.text == "Pfund", i + 1 < sentence.count, isCapitalised(sentence[i + 1].text) { continue }
                    let (k, free) = single(token)
                    if let k, free, mentions[k].type != .MISC { retyped[k] = .MISC }
                    if k == nil, free { added.append(mention(token.span, text)) }
                } else if kind.contains(.language) {
                    // Not a surname ("Peter Deutsch", "Frau Deutsch"; a word on the line before is
                    // no first name: a list's lines), not a compound ("Deutsch-").
                    guard i == 0 || !isCapitalised(sentence[i - 1].text)
                            || (sentence[i - 1].span.end..<token.span.start).contains(where: { text[$0] == "\n" }),
                          !(i + 1 < sentence.count && sentence[i + 1].text.hasPrefix("-")) else { continue }
                    let (k, free) = single(token)
                    // A language the tagger took for a person or a place ("Hindi kennt …") is retyped.
                    if let k, free, mentions[k].type != .MISC, mentions[k].type != .ORG { retyped[k] = .MISC }
                    if k == nil, free { added.append(mention(token.span, text)) }
                } else if i + 1 < sentence.count, sentence[i + 1].span.start == token.span.end + 1,
                          case let after = sentence[i + 1].text,
                          after.utf8.contains(where: { $0 &- 0x30 < 10 || $0 >= 0x80 }),
                          after.unicodeScalars.contains(where: ScalarClass.isNumeric), text[token.span.end] == " ",
                          isDesignation(after, next: i + 2 < sentence.count ? sentence[i + 2].text : ""),
                          case let (k, free) = single(token),
                          kind.contains(.maker) || isProductName(token.text, lexicon: lexicon, commonWords: commonWords, words: words)
                            || isTaggedMaker(token.text, k.map { mentions[$0] }, free: free, lexicon: lexicon, words: words) {
                    // Not a person, not a place the tagger is sure of ("…straße 2" is an address).
                    guard free, k.map({ mentions[$0].type != .PER && !(mentions[$0].type == .LOC && mentions[$0].confidence >= 0.5) }) ?? true
                    else { continue }
                    let (d, dFree) = single(sentence[i + 1])
                    guard dFree, d.map({ mentions[$0].type == .MISC }) ?? true, k != nil || d != nil || after.count > 1 else { continue }
                    if let k { replaced.insert(k) }
                    if let d { replaced.insert(d) }
                    added.append(mention(Span(token.span.start, sentence[i + 1].span.end), text))
                }
            }
        }
        guard !retyped.isEmpty || !added.isEmpty else { return mentions }
        var result: [EntityMention] = []
        for (k, m) in mentions.enumerated() where !replaced.contains(k) {
            var m = m
            if let t = retyped[k] { m.type = t }
            result.append(m)
        }
        return (result + added).sorted { $0.span.start < $1.span.start }
    }

    /// Places each span as one mention of `type` (the product, event and person frames share it):
    /// a mention with the same span is retyped and keeps the surer confidence, the mentions inside
    /// the span give way, a span crossing a longer mention is left out. Answers the mentions in
    /// order and the spans placed.
    static func placing(_ spans: [Span], as type: EntityType, in mentions: [EntityMention],
                        text: ArticleText) -> (mentions: [EntityMention], placed: [Span]) {
        var result = mentions
        var placed: [Span] = []
        for p in spans {
            let touching = result.indices.filter { result[$0].span.overlaps(p) }
            guard touching.allSatisfy({ result[$0].span.start >= p.start && result[$0].span.end <= p.end }) else { continue }
            placed.append(p)
            if touching.count == 1, result[touching[0]].span == p {
                result[touching[0]].type = type
                result[touching[0]].confidence = max(result[touching[0]].confidence, confidence)
                continue
            }
            for k in touching.reversed() { result.remove(at: k) }
            result.append(EntityMention(span: p, text: text[p], type: type, canonical: text[p], confidence: confidence))
        }
        return (result.sorted { $0.span.start < $1.span.start }, placed)
    }

    static func mention(_ span: Span, _ text: ArticleText) -> EntityMention {
        EntityMention(span: span, text: text[span], type: .MISC, canonical: text[span], confidence: confidence)
    }

    static func isAmount(_ w: String) -> Bool {
        amounts.contains(w) || w.unicodeScalars.first.map(ScalarClass.isNumeric) == true
    }

    /// Does an amount stand right before token `i`: "500 €", "3 Mio. Euro" (cut "Mio" ".")?
    static func followsAmount(_ s: [Token], _ i: Int) -> Bool {
        guard i > 0 else { return false }
        if isAmount(s[i - 1].text) { return true }
        // A round price written "100,- €" or "5,– DM": the dash stands for the cents.
        if s[i - 1].text == "-" || s[i - 1].text == "–" || s[i - 1].text == ",-" || s[i - 1].text == ",–" {
            return i > 1 && (s[i - 2].text == "," ? i > 2 && isAmount(s[i - 3].text) : isAmount(s[i - 2].text))
        }
        return i > 1 && s[i - 1].text == "." && ["Mio", "Mrd", "Tsd"].contains(s[i - 2].text)
    }

    /// A currency named with its country or area: "US-Dollar", "CFA-Franc", "Hongkong-Dollar".
    static func isCurrencyCompound(_ w: String) -> Bool {
        // Asked of every capitalised word: the bytes after the last hyphen must start a listed word.
        let u = w.utf8
        guard MiscWords.mayEndCurrency(u), let dash = u.lastIndex(of: UInt8(ascii: "-")) else { return false }
        let tail = u[u.index(after: dash)...]
        if !tail.isEmpty, !MiscWords.mayStart(tail) { return false }
        guard let last = w.split(separator: "-").last, last.count < w.count - 1 else { return false }
        return MiscWords.kind(String(last)).contains(.currency)
    }

    static func isLowercaseWord(_ w: String) -> Bool {
        w.count > 2 && w.unicodeScalars.allSatisfy(ScalarClass.isLowercase)
    }

    /// A maker the word list knows as a frequent word that is no noun ("Boeing", "Opel"), so no
    /// product name by `isProductName`, but that the tagger found alone as an organisation: with a
    /// type number after it ("Boeing 747") the two are a product.
    static func isTaggedMaker(_ w: String, _ m: EntityMention?, free: Bool, lexicon: Lexicon, words: GermanWords) -> Bool {
        guard free, let m, m.type == .ORG, words.listedClass(w) == .other, w.unicodeScalars.count >= 3,
              w.unicodeScalars.allSatisfy({ ScalarClass.isUppercase($0) || ScalarClass.isLowercase($0) }) else { return false }
        return !lexicon.isPlace(w) && !lexicon.firstNames.contains(w)
    }

    /// A type number: letters and digits ("A380", "TMA-8", "3SL"), or one or three digits (two
    /// digits name clubs, "Schalke 04"; four are years), or three digits and a variant after a
    /// hyphen ("737-300"; a score has fewer digits). Not a score, a share or a count.
    static func isDesignation(_ w: String, next: String) -> Bool {
        let scalars = Array(w.unicodeScalars)
        if scalars.contains(".") { return isVersion(scalars, next: next) }
        guard let first = scalars.first, scalars.count <= 10, scalars.contains(where: ScalarClass.isNumeric),
              scalars.allSatisfy({ ScalarClass.isNumeric($0) || ScalarClass.isUppercase($0) || ScalarClass.isLowercase($0) || $0 == "-" }),
              scalars.last != "-", first != "-" else { return false }
        guard next != "%", next != "Prozent", next != ":", !(next.unicodeScalars.first.map(ScalarClass.isNumeric) ?? false) else { return false }
        // A number before a noun counts it ("die NFL 100 Jahre").
        if let dash = scalars.firstIndex(of: "-"), dash == 3, scalars.count <= 7,
           scalars[..<dash].allSatisfy(ScalarClass.isNumeric), scalars[(dash + 1)...].allSatisfy(ScalarClass.isNumeric) {
            return !(next.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false)
        }
        if scalars.allSatisfy(ScalarClass.isNumeric) {
            return (scalars.count == 1 || scalars.count == 3) && !(next.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false)
        }
        // Letters and digits: a type, not a unit after a number ("25px") or an ordinal.
        return scalars.contains(where: ScalarClass.isUppercase)
    }

    /// A software version: one to three digits, then one or more groups of a full stop and one
    /// or two digits ("17.2", "1.0.6"; "1.500" is a thousand, "01.02.2006" a date), not counting
    /// a noun after it ("11.20 Uhr").
    static func isVersion(_ scalars: [Unicode.Scalar], next: String) -> Bool {
        let groups = scalars.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count >= 2, (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ (1...2).contains($0.count) }),
              groups.allSatisfy({ $0.allSatisfy(ScalarClass.isNumeric) }) else { return false }
        return !(next.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false)
    }

    /// A maker's or a product's name: a capitalised word of letters, no common or frequent word,
    /// no compound ending in a listed noun ("Regionalindex", "Subvirus", "Hausnummer"), no place,
    /// no first name.
    static func isProductName(_ w: String, lexicon: Lexicon, commonWords: Set<String>, words: GermanWords) -> Bool {
        let scalars = Array(w.unicodeScalars)
        guard scalars.count >= 3, scalars.allSatisfy({ ScalarClass.isUppercase($0) || ScalarClass.isLowercase($0) }),
              !commonWords.contains(w.lowercased()), words.wordClass(w) == nil, !lexicon.isPlace(w),
              !lexicon.firstNames.contains(w), !(w.hasSuffix("s") && lexicon.isPlace(String(w.dropLast()))) else { return false }
        for start in stride(from: 1, through: scalars.count - 4, by: 1) {
            let tail = String(String.UnicodeScalarView(scalars[start...]))
            if words.isListedNoun(tail.prefix(1).uppercased() + tail.dropFirst()) { return false }
        }
        return true
    }
}
