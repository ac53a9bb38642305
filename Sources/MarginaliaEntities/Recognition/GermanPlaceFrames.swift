import MarginaliaText

/// Places the tagger leaves out or types as a person, found by what stands around them and by
/// their form (GermEval 2014 spans: the place-type noun stays outside, "Provinz [LOC Helmand]"):
/// - a place-type noun before a name: "in der Provinz Helmand", "der Fluss Litani", "auf der
///   Ferieninsel Mallorca", "im US-Bundesstaat Kansas";
/// - a name of the hand-written geography tables (`GermanPlaceNames`) that nothing covers: "über
///   der Arktis", "an die Adria"; a river whose name is also a word only after "am" / "an der";
/// - a town of the place list after "in", "bei", "nach", "aus" or a geographic adjective ("im
///   französischen Toulouse"), when the noun list does not know the word; a town the list lacks
///   by its ending ("-ingen", "-dorf") after such a preposition;
/// - a street, square, bridge, lake or range named by a compound the noun list does not hold:
///   "Goetheplatz", "Comersee" (but "Marktplatz", "Stausee" are common nouns), or with hyphens
///   ("Marlene-Dietrich-Platz");
/// - a road with its number ("Autobahn 6", "die B 500");
/// - a town with its river as one place ("Frankfurt an der Oder"), also where the tagger cut it;
/// - a geographic opener and the place after it as one place ("Cape Canaveral", `GermanPlaceOpeners`).
/// One pass over the words of the text; strings are built only for capitalised words no name
/// covers, or that a capitalised word follows.
enum GermanPlaceFrames {
    static func apply(_ mentions: inout [EntityMention], text: ArticleText, lexicon: Lexicon, words: GermanWords) {
        if zip(mentions, mentions.dropFirst()).contains(where: { $1.span < $0.span }) { mentions.sort { $0.span < $1.span } }
        repairTaggerPlaces(&mentions, text: text, lexicon: lexicon, words: words)
        splitJoinedPlaces(&mentions, text: text, lexicon: lexicon, words: words)
        joinPlaceOpeners(&mentions, text: text)
        var added: [EntityMention] = []
        var removed = Set<Int>()
        var scanner = PlaceWordScanner(text: text, position: 0)
        var prev1: Span? = nil, prev2: Span? = nil, prev3: Span? = nil
        var cursor = 0          // the first mention that does not end before the current word
        var skipUntil = 0       // inside a name just added
        while let w = scanner.next() {
            defer { prev3 = prev2; prev2 = prev1; prev1 = w }
            while cursor < mentions.count, mentions[cursor].span.end <= w.start { cursor += 1 }
            guard w.start >= skipUntil, ScalarClass.isUppercase(text[w.start]) else { continue }
            if let road = road(w, prev1: prev1, text: text) {
                if replace(with: road, from: cursor, in: mentions, removed: &removed) {
                    added.append(GermanNamePatterns.mention(road, .LOC, text))
                    skipUntil = road.end
                }
                continue
            }
            guard w.end - w.start >= 2 else { continue }
            if isRealmNoun(w, text) || isLandformNoun(w, text),
               let realm = realmName(w, text, lexicon: lexicon, words: words)
                ?? landformName(w, text, lexicon: lexicon, words: words, mentions: mentions, from: cursor) {
                var from = cursor
                while from > 0, mentions[from - 1].span.end > realm.start { from -= 1 }
                if replace(with: realm, from: from, in: mentions, removed: &removed) {
                    added.append(GermanNamePatterns.mention(realm, .LOC, text))
                    skipUntil = realm.end
                }
                continue
            }
            let covered = cursor < mentions.count && mentions[cursor].span.start < w.end
            if !covered, let next = followingCapitalised(w, text), isFrameNoun(text[w], words: words, lexicon: lexicon),
               let name = frameName(at: next, text: text, lexicon: lexicon, words: words) {
                // The tagger's name reaches past the frame's ("Stadt Chemnitz Detlef Nonnen"): it stays.
                // A place the tagger found inside stays as found ("Insel Java" + a noun after it).
                guard replace(with: name, from: cursor, in: mentions, removed: &removed, keepingPlaces: true) else { continue }
                added.append(GermanNamePatterns.mention(name, .LOC, text))
                skipUntil = name.end
                continue
            }
            // The river may be a name of its own that the tagger cut from its town ("Frankfurt" + "Oder"),
            // the head one cut from its place adjective ("Lüneburger" + "Heide").
            let wordAlone = covered && mentions[cursor].span == w
            guard !covered || wordAlone else { continue }
            // Built once for the word no name covers: most capitalised words of German are nouns.
            let word = text[w]
            // One look-up for the word as written, asked of most capitalised words.
            let kind = tableKinds[word] ?? []
            // A town and its river, a place adjective and its landscape: the words before join the place.
            if let place = qualifiedTown(w, word, kind, prev1: prev1, prev2: prev2, prev3: prev3, text: text, lexicon: lexicon, words: words,
                                         mentions: mentions, before: cursor)
                ?? (kind.contains(.adjectiveHead) ? adjectiveNamedPlace(w, prev1: prev1, text: text, lexicon: lexicon, mentions: mentions, before: cursor) : nil) {
                if let k = place.mention { removed.insert(k) }
                if wordAlone { removed.insert(cursor) }
                // The town alone may have been found a moment ago ("in Kirchdorf").
                while let last = added.last, last.span.overlaps(place.span) { added.removeLast() }
                added.append(GermanNamePatterns.mention(place.span, .LOC, text))
                skipUntil = place.span.end
                continue
            }
            guard !covered else { continue }
            if let span = tablePlace(w, word, kind, prev1: prev1, prev2: prev2, text: text, lexicon: lexicon, words: words)
                ?? listedTown(w, word, prev1: prev1, prev2: prev2, text: text, lexicon: lexicon, words: words)
                ?? unlistedPlace(w, word, prev1: prev1, prev2: prev2, text: text, lexicon: lexicon, words: words)
                ?? hyphenatedPlace(w, word, prev1: prev1, text: text, lexicon: lexicon, words: words)
                ?? namedStructure(w, word, text: text, words: words, lexicon: lexicon) {
                // A table name of several words may reach over a name the tagger found.
                guard cursor >= mentions.count || mentions[cursor].span.start >= span.end else { continue }
                added.append(GermanNamePatterns.mention(span, .LOC, text))
                skipUntil = span.end
            }
        }
        guard !added.isEmpty else { return }
        if !removed.isEmpty {
            mentions = mentions.indices.filter { !removed.contains($0) }.map { mentions[$0] }
        }
        mentions.append(contentsOf: added)
        mentions.sort { $0.span < $1.span }
    }

    /// May a place at `span` take the place of the mentions it overlaps? Only those inside it
    /// (then marked in `removed`); with `keepingPlaces`, none that is a place already.
    static func replace(with span: Span, from cursor: Int, in mentions: [EntityMention], removed: inout Set<Int>,
                        keepingPlaces: Bool = false) -> Bool {
        var k = cursor, inside: [Int] = []
        while k < mentions.count, mentions[k].span.start < span.end {
            if mentions[k].span.end > span.start { inside.append(k) }
            k += 1
        }
        guard inside.allSatisfy({ span.contains(mentions[$0].span) }),
              !inside.contains(where: { mentions[$0].span == span && mentions[$0].type == .LOC }),
              !keepingPlaces || !inside.contains(where: { mentions[$0].type == .LOC }) else { return false }
        removed.formUnion(inside)
        return true
    }

    // MARK: roads

    static let roadNouns: Set<String> = ["Autobahn", "Bundesautobahn", "Bundesstraße", "Landesstraße", "Staatsstraße", "Kreisstraße"]
    static let roadArticles: Set<String> = ["der", "die", "zur", "Die", "Der"]

    /// "Autobahn 6", "Landesstraße 502" (GermEval keeps the noun inside), and after a feminine
    /// article "die A 2", "der B173" (not "eines A 340", "Airbus A380").
    static func road(_ w: Span, prev1: Span?, text: ArticleText) -> Span? {
        let length = w.end - w.start
        let first = text[w.start]
        if length >= 8 {
            guard w.end + 1 < text.count, text[w.end] == " ", ScalarClass.isNumeric(text[w.end + 1]), roadNouns.contains(text[w]) else { return nil }
            var end = w.end + 1
            while end < text.count, ScalarClass.isNumeric(text[end]) { end += 1 }
            return end - w.end - 1 <= 3 && (end == text.count || !PlaceWordScanner.isWordScalar(text[end])) ? Span(w.start, end) : nil
        }
        guard first == "A" || first == "B", let p = prev1, p.end + 1 == w.start, roadArticles.contains(text[p]) else { return nil }
        var end = w.start + 1
        if length == 1, end + 1 < text.count, text[end] == " " { end += 1 }
        let digits = end
        while end < text.count, end - digits < 4, ScalarClass.isNumeric(text[end]) { end += 1 }
        guard end > digits, end - digits <= 3, end == text.count || !PlaceWordScanner.isWordScalar(text[end]) else { return nil }
        // Airbus types ("der A340") are no roads.
        if first == "A", end - digits == 3, text[digits] == "3" { return nil }
        return length == 1 || end == w.end ? Span(w.start, end) : nil
    }

    // MARK: towns named with their river

    /// "Frankfurt an der Oder", "Rothenburg ob der Tauber", "Freiburg im Breisgau", "Neumarkt in der
    /// Oberpfalz", "Halle (Saale)": a town and its river or landscape are one place (GermEval: one
    /// span). The town is a place the tagger found (ending with the town's word, "Bad Neustadt"), or
    /// a word of the place list. After the link comes a river of the table (also where its name is a
    /// common word: "Main", "Lippe"), or a capitalised word that is no word of the noun list, no first
    /// name and no country: "am Freitag" is no part of the name, and "in Kassel in der Schweiz" are
    /// two places. This is the only rule that joins a town and its river.
    static func qualifiedTown(_ w: Span, _ river: String, _ kind: TableKind, prev1: Span?, prev2: Span?, prev3: Span?, text: ArticleText,
                              lexicon: Lexicon, words: GermanWords, mentions: [EntityMention], before cursor: Int) -> (span: Span, mention: Int?)? {
        guard let p1 = prev1 else { return nil }
        let town: Span
        var end = w.end, bracketed = false
        if w.start >= 2, text[w.start - 1] == "(", p1.end == w.start - 1 || p1.end == w.start - 2 && text[p1.end] == " ",
           w.end < text.count, text[w.end] == ")" {
            // Written without spaces inside the brackets; "Dannenberg ( Elbe )" is a river after a town.
            town = p1; end = w.end + 1; bracketed = true
        } else {
            guard let p2 = prev2, p1.end + 1 == w.start, p2.end + 1 == p1.start, p1.length <= 3 else { return nil }
            if text.spells(p1, "am") || text.spells(p1, "im") {
                town = p2
            } else if text.spells(p1, "der"), text.spells(p2, "an") || text.spells(p2, "ob") || text.spells(p2, "in"),
                      let p3 = prev3, p3.end + 1 == p2.start {
                town = p3
            } else {
                return nil
            }
        }
        guard ScalarClass.isUppercase(text[town.start]) else { return nil }
        // The name the tagger found that ends with the town's word: a place, or the town's word alone.
        var k = cursor - 1
        while k >= 0, mentions[k].span.end > town.end { k -= 1 }
        let found = k >= 0 && mentions[k].span.end == town.end ? k : nil
        let foundPlace = found.map { mentions[$0].type == .LOC } ?? false
        if let f = found, !foundPlace, mentions[f].span.start != town.start { return nil }
        let start = foundPlace ? mentions[found!].span.start : town.start
        // A word opening the sentence is a town only where the tagger found one: a function word may
        // bear a town's name ("Auch am Bodensee").
        let isTown = foundPlace || lexicon.isPlace(text[town]) && !NameContinuation.isSentenceStart(town.start, text)
        let accepted: Bool
        if bracketed {
            // "Halle (Saale)" as the list holds it, or a town and a river of the table ("Berlin (AFP)" is a dateline).
            accepted = kind.contains(.qualifyingRiver) && isTown || lexicon.isPlace(text[Span(town.start, end)])
        } else {
            // "im" / "in der" link a landscape: of the table or by its ending ("Breisgau", "Oberpfalz"), not
            // a hall or a league ("Innsbruck in der Olympia-World", "in der DEL").
            let riverLink = text.spells(p1, "am") || text.spells(p1, "der") && prev2.map({ !text.spells($0, "in") }) == true
            // A state or territory of the tables after "im" / "in der" is a second place ("Kirchdorf in der
            // Steiermark", "im Westjordanland"), where a landscape names the town ("Freiburg im Breisgau").
            accepted = isTown && (kind.contains(.qualifyingRiver) || lexicon.isPlace(text[Span(town.start, end)])
                || (riverLink || kind.contains(.name) || hasLandscapeEnding(river))
                && words.wordClass(river) == nil && !lexicon.firstNames.contains(river) && !lexicon.countries.contains(river)
                && (riverLink || !GermanNamePatterns.countriesAndRegions.contains(river)))
        }
        return accepted ? (Span(start, end), found) : nil
    }

    // MARK: frames

    /// Provinces, states, towns, islands, rivers: nouns after which a name is the place itself.
    static let frameNouns: Set<String> = [
        "Provinz", "Region", "Bundesstaat", "Bundesland", "Bezirk", "Distrikt", "Kanton", "Landkreis", "Kreis",
        "Stadtkreis", "Gouvernement", "Oblast", "Präfektur", "Departement", "Département", "Région", "Stadtteil", "Ortsteil",
        "Stadtbezirk", "Verwaltungsbezirk", "Regierungsbezirk", "Metropole", "Siedlung", "Ortschaft", "Grafschaft",
        "Emirat", "Kommune", "Gemeinde", "Nachbargemeinde", "Vorortgemeinde", "Ortsgemeinde", "Marktgemeinde",
        "Staat", "Nachbarland", "Heimatland", "Stadt", "Großstadt", "Kleinstadt", "Ort", "Vorort",
        "Dorf", "Fluss", "Grenzfluss", "Nebenfluss", "Insel", "Halbinsel", "Inselgruppe", "Atoll", "Archipel",
        "Gebirge", "Bergregion", "Hafen", "Bucht", "Meerenge", "Landesteil",
    ]

    /// Heads whose compounds are place-type nouns when the part before is a noun or a place
    /// ("Hafenstadt", "Ferieninsel", "Nordseeinsel", "Grenzregion", "Heimatort", "US-Bundesstaat").
    static let frameHeads: [String] = ["stadt", "insel", "provinz", "region", "staat", "dorf", "ort"]

    /// The heads as they may end a word, with a genitive ending, and the last bytes of these.
    static let frameHeadEndings: [String] = frameHeads.flatMap { [$0, $0 + "s", $0 + "es"] }
    static let endsFrameHead: [Bool] = (0..<256).map { byte in frameHeadEndings.contains { $0.utf8.last == UInt8(byte) } }

    /// The frame nouns and their genitives ("Bundesstaates", "Kreises", "Staats").
    static let frameNounForms: Set<String> = frameNouns.union(frameNouns.map { $0 + "s" }).union(frameNouns.map { $0 + "es" })
        .union(frameNounPlurals)

    /// Masculine and neuter frame nouns take a genitive "-s" / "-es" ("des Bundesstaates Queensland").
    static func isFrameNoun(_ word: String, words: GermanWords, lexicon: Lexicon) -> Bool {
        if frameNounForms.contains(word) { return true }
        // "US-Bundesstaat", "Nord-Provinz": the part after the last hyphen decides.
        if let hyphen = word.utf8.lastIndex(of: 0x2D), frameNounForms.contains(String(word[word.utf8.index(after: hyphen)...])) { return true }
        // Most words end in no head, with or without a genitive ending: no strings built for them.
        guard let last = word.utf8.last, endsFrameHead[Int(last)],
              frameHeadEndings.contains(where: { word.endsWithBytes($0) }) else { return false }
        var forms = [word]
        if word.endsWithBytes("es") { forms.append(String(word.dropLast(2))) }
        if word.endsWithBytes("s") { forms.append(String(word.dropLast())) }
        for form in forms {
            for head in frameHeads where form.endsWithBytes(head) && form.count > head.count + 2 {
                let modifier = String(form.dropLast(head.count))
                if words.isListedNoun(modifier) || lexicon.isPlace(modifier) || words.isListedNoun(modifier + "e")
                    || modifier.endsWithBytes("s") && words.isListedNoun(String(modifier.dropLast())) { return true }
            }
        }
        return false
    }

    /// Where the capitalised word right after `w` (one space between) starts.
    static func followingCapitalised(_ w: Span, _ text: ArticleText) -> Int? {
        guard w.end + 1 < text.count, text[w.end] == " ", ScalarClass.isUppercase(text[w.end + 1]) else { return nil }
        return w.end + 1
    }

    /// Up to three capitalised words from `start`, one space apart, that the noun list does not
    /// hold as common words (unless a place), with name particles between them: "Haute-Savoie",
    /// "Koh Samui", "Côte d'Or", "Schatt el-Arab". A first name with a further name after it is a
    /// person ("des Bundesstaates Andrew Cuomo").
    static func frameName(at start: Int, text: ArticleText, lexicon: Lexicon, words: GermanWords) -> Span? {
        var scanner = PlaceWordScanner(text: text, position: start)
        var end = start, count = 0, particleEnd: Int? = nil
        while count < 3, let w = scanner.next(), w.start == (count == 0 ? start : end + 1), count == 0 || text[end] == " " {
            let word = text[w]
            if count > 0, !ScalarClass.isUppercase(text[w.start]) {
                guard isNameParticle(word) else { break }
                // A particle joined to its name ("el-Arab", "d'Or") ends the name; one alone needs a name after it.
                if word.contains(where: { $0 == "-" || $0 == "'" || $0 == "’" }) { end = w.end; particleEnd = nil; break }
                particleEnd = end
                end = w.end
                continue
            }
            guard ScalarClass.isUppercase(text[w.start]) else { break }
            let known = lexicon.isPlace(word)
            // The first word as the list holds it; a later one also as a compound's head ("Java Flugzeugtrümmer").
            let common = count == 0 ? words.listedClass(word) != nil : words.wordClass(word) != nil
            guard known || !common && words.listedClass(word.lowercased()) == nil else { break }
            if lexicon.firstNames.contains(word) && !known {
                if count == 0, let next = followingCapitalised(w, text), words.listedClass(text[Span(next, scanner.peekEnd(from: next))]) == nil {
                    return nil
                }
                if count > 0 { break }
            }
            end = w.end
            particleEnd = nil
            count += 1
        }
        if let p = particleEnd { end = p }
        return count == 0 ? nil : Span(start, end)
    }

    /// "de", "del", "el-Arab", "d'Or": lower-case words inside a foreign place's name.
    static let nameParticles: Set<String> = ["de", "del", "della", "di", "da", "do", "du", "la", "le", "el", "al", "of", "y"]
    static func isNameParticle(_ word: String) -> Bool {
        if nameParticles.contains(word) { return true }
        guard let cut = word.firstIndex(where: { $0 == "-" || $0 == "'" || $0 == "’" }) else { return false }
        let after = word.index(after: cut)
        return after < word.endIndex && word[after].isUppercase
            && ["d", "l", "el", "al", "as", "ad", "ar", "ash", "at", "az"].contains(String(word[..<cut]))
    }

    // MARK: table places

    static let tableNames: Set<String> = {
        let names = GermanPlaceNames.countries + GermanPlaceNames.regions + GermanPlaceNames.landscapes + GermanPlaceNames.administrativeRegions
        return Set(names).union(declinedForms(of: names))
    }()

    struct TableKind: OptionSet {
        let rawValue: UInt8
        static let name = TableKind(rawValue: 1)
        /// First word of a table name of several words ("Roten" of "Roten Meer").
        static let start = TableKind(rawValue: 2)
        static let masculineRiver = TableKind(rawValue: 4)
        static let feminineRiver = TableKind(rawValue: 8)
        /// A table name's genitive ("Atlantiks", "Griechenlandes").
        static let genitive = TableKind(rawValue: 16)
        /// A river that may qualify a town ("Frankfurt am Main", "Halle (Saale)").
        static let qualifyingRiver = TableKind(rawValue: 32)
        /// A landscape, water or street a place adjective may name ("Lüneburger Heide").
        static let adjectiveHead = TableKind(rawValue: 64)
        /// A river whose name is a common noun, a river only where a river is spoken of ("Pegel der Mulde").
        static let riverWord = TableKind(rawValue: 128)
    }
    static let tableKinds: [String: TableKind] = {
        var kinds: [String: TableKind] = [:]
        for name in tableNames {
            kinds[name, default: []].insert(.name)
            let words = name.split(separator: " ")
            if words.count > 1 { kinds[String(words[0]), default: []].insert(.start) }
        }
        for river in GermanPlaceNames.masculineRiversAfterArticle { kinds[river, default: []].insert(.masculineRiver) }
        for river in GermanPlaceNames.feminineRiversAfterArticle { kinds[river, default: []].insert(.feminineRiver) }
        for river in GermanPlaceNames.qualifyingRivers.union(GermanPlaceNames.masculineRiversAfterArticle)
            .union(GermanPlaceNames.feminineRiversAfterArticle) { kinds[river, default: []].insert(.qualifyingRiver) }
        for head in adjectiveHeads { kinds[head, default: []].insert(.adjectiveHead) }
        for river in GermanPlaceNames.riversNamedByAWord { kinds[river, default: []].insert(.riverWord) }
        // The genitives `isTableName` accepts, so that a word is asked once instead of up to three times.
        for name in tableNames where !name.contains(" ") {
            if !name.endsWithBytes("s") { kinds[name + "s", default: []].insert(.genitive) }
            kinds[name + "es", default: []].insert(.genitive)
        }
        return kinds
    }()
    /// Nouns after which "der" and a river's name speak of the river ("der Pegel der Oder").
    static let riverNouns: Set<String> = [
        "Pegel", "Pegelstand", "Wasserstand", "Hochwasser", "Flut", "Fluten", "Ufer", "Ufern", "Mündung", "Quelle", "Oberlauf",
        "Unterlauf", "Deich", "Deiche", "Deichen", "Flussbett", "Strömung", "entlang",
    ]

    /// Regions whose name is also their people's ("die Bayern") or a currency ("Franken").
    static let peopleNamedRegions: Set<String> = [
        "Bayern", "Sachsen", "Hessen", "Franken", "Schwaben", "Niedersachsen", "Westfalen", "Preußen",
        "Oberfranken", "Mittelfranken", "Unterfranken", "Oberschwaben",
    ]
    static let articles: Set<String> = [
        "der", "die", "das", "den", "dem", "des", "Die", "Der", "Den", "Dem", "Des",
        "ein", "eine", "einen", "einem", "eines", "einer", "Ein", "Eine", "Einen", "Einem",
    ]

    /// A name of the hand-written tables that nothing covers, not inside a longer name: not after
    /// a capitalised word that is no function word ("Long Island", "Radio Bremen"), not before one.
    static func tablePlace(_ w: Span, _ word: String, _ kind: TableKind, prev1: Span?, prev2: Span?, text: ArticleText, lexicon: Lexicon,
                           words: GermanWords) -> Span? {
        // A compass compound ("Süditalien", "Nordatlantiks") is asked only of words opening as one.
        let named = kind.contains(.name) || kind.contains(.genitive)
        let compass = !named && opensWithCompassPoint(word) && isTableName(word, listed: false)
        guard !kind.isEmpty || compass else { return nil }
        var prevWord: String? { prev1.map { text[$0] } }
        if kind.contains(.masculineRiver) {
            return ["am", "vom", "zum"].contains(prevWord ?? "") && !continuesName(w, text, words) ? w : nil
        }
        if kind.contains(.feminineRiver) || kind.contains(.riverWord) {
            // "an der Oder", "auf der Oder"; a river of common words only after a river's noun ("Hochwasser der Mulde").
            guard prevWord == "der", let before = prev2.map({ text[$0] }) else { return nil }
            let framed = riverNouns.contains(before) || kind.contains(.feminineRiver) && (before == "an" || before == "auf")
            return framed && !continuesName(w, text, words) ? w : nil
        }
        var span: Span? = named || compass ? w : nil
        if kind.contains(.start) {
            var scanner = PlaceWordScanner(text: text, position: w.end)
            var end = w.end
            for _ in 0..<3 {
                guard let next = scanner.next(), next.start == end + 1, text[end] == " " else { break }
                end = next.end
                if tableNames.contains(text[Span(w.start, end)]) { span = Span(w.start, end) }
            }
        }
        guard let found = span, !continuesName(found, text, words) else { return nil }
        // A genitive that is also a first name ("Nils", not the Nile's).
        if !kind.contains(.name), lexicon.firstNames.contains(word) { return nil }
        // A genitive after a common noun is the place the noun belongs to ("an den Küsten Portugals").
        if let p = prev1, p.end + 1 == w.start, ScalarClass.isUppercase(text[p.start]),
           words.listedClass(text[p].lowercased()) != .other, !opensSentenceAsFrame(p, text),
           kind.contains(.name) || !words.isCommonNoun(text[p]) { return nil }
        if peopleNamedRegions.contains(word), let p = prevWord, articles.contains(p) || p.first?.isNumber == true { return nil }
        return found
    }

    /// Compass points and parts that make a region of a table's place ("Süditalien", "Nordhessen").
    static let directionPrefixes = ["Nordost", "Nordwest", "Südost", "Südwest", "Nord", "Süd", "Ost", "West", "Zentral", "Mittel"]

    /// A table's name, its genitive ("des Atlantiks", "Griechenlandes"), or a compass point
    /// joined to it ("Süditalien", "Nordatlantik").
    static func isTableName(_ word: String, listed: Bool = true) -> Bool {
        if listed && tableNames.contains(word) || isCompassCompound(word) { return true }
        guard word.endsWithBytes("s"), !word.endsWithBytes("ss") else { return false }
        let genitive = String(word.dropLast()), longGenitive = String(word.dropLast(2))
        return tableNames.contains(genitive) || isCompassCompound(genitive)
            || word.endsWithBytes("es") && (tableNames.contains(longGenitive) || isCompassCompound(longGenitive))
    }

    static func opensWithCompassPoint(_ word: String) -> Bool {
        guard let first = word.utf8.first, first == 0x4E || first == 0x53 || first == 0x4F || first == 0x57 || first == 0x5A || first == 0x4D else { return false }
        return directionPrefixes.contains { word.startsWithBytes($0) }
    }

    static func isCompassCompound(_ form: String) -> Bool {
        // Only words opening as a compass point does ("N", "S", "O", "W", "Z", "M").
        guard let first = form.utf8.first, first == 0x4E || first == 0x53 || first == 0x4F || first == 0x57 || first == 0x5A || first == 0x4D else { return false }
        for prefix in directionPrefixes where form.startsWithBytes(prefix) && form.utf8.count > prefix.utf8.count + 3 {
            let rest = form.dropFirst(prefix.count)
            if tableNames.contains(rest.prefix(1).uppercased() + rest.dropFirst()) { return true }
        }
        return false
    }

    /// Is `span` followed (one space between) by a capitalised word the noun list does not know?
    static func continuesName(_ span: Span, _ text: ArticleText, _ words: GermanWords) -> Bool {
        guard let next = followingCapitalised(span, text) else { return false }
        var scanner = PlaceWordScanner(text: text, position: next)
        guard let w = scanner.next() else { return false }
        return words.listedClass(text[w]) == nil
    }

    // MARK: listed towns

    static let townPrepositions: [String] = ["in", "bei", "nach", "aus", "nahe"]
    static let neuterArticles: Set<String> = ["das", "dem", "des", "im", "ins", "vom", "zum", "beim", "am"]

    /// "in Kaiserslautern", "im französischen Toulouse": a place of the list after a preposition
    /// or a geographic adjective, when the noun list and the first names do not know the word.
    static func listedTown(_ w: Span, _ word: String, prev1: Span?, prev2: Span?, text: ArticleText, lexicon: Lexicon, words: GermanWords) -> Span? {
        guard let p = prev1, p.end + 1 == w.start else { return nil }
        let opening = ScalarClass.isUppercase(text[p.start])
        guard !opening || p.length <= 4 && opensSentenceAsFrame(p, text) else { return nil }
        // A town's name is neuter: an adjective before it follows "das", "dem", "im" ("die
        // chinesischen Waren" are goods).
        let framed = opening ? townPrepositions.contains(text[p].lowercased())
            : p.length <= 4 ? townPrepositions.contains(where: { text.spells(p, $0) })
            : p.length >= 6 && (text.ends(p, with: "ische") || text.ends(p, with: "ischen")) && prev2.map({ neuterArticles.contains(text[$0]) || opensSentenceAsFrame($0, text) && neuterArticles.contains(text[$0].lowercased()) }) == true
        // A town the list lacks shows by its German ending, if no noun list knows the word
        // ("nach Beispielingen", "in Musterdorf"): a preposition takes no common noun without an article.
        guard framed, lexicon.isPlace(word) || w.end - w.start >= 6 && hasTownEnding(word) && words.wordClass(word) == nil else { return nil }
        guard w.end - w.start >= 3, words.listedClass(word) == nil,
              words.listedClass(word.lowercased()) == nil, !lexicon.firstNames.contains(word),
              word.uppercased() != word, !continuesName(w, text, words) else { return nil }
        // An inflected plural the list holds in its singular ("Bergen", "Waren").
        if word.endsWithBytes("n"), words.isListedNoun(String(word.dropLast())) || words.isListedNoun(String(word.dropLast(2))) { return nil }
        return w
    }

    /// Endings of German, Austrian and Swiss towns' names (from the place-name morphology:
    /// "-ingen", "-heim", "-hausen", "-dorf", "-stätt", "-weil", …).
    static let townEndings: [String] = [
        "ingen", "heim", "hausen", "dorf", "burg", "berg", "feld", "felde", "stätt", "stedt", "stadt", "weiler", "kirchen",
        "leben", "rode", "bach", "brunn", "bronn", "furt", "büttel", "hagen", "witz", "itz", "ow", "au", "hof", "ing",
    ]
    /// The endings by their last byte: most words are asked one or two comparisons.
    static let townEndingsByLastByte: [[String]] = {
        var table = [[String]](repeating: [], count: 256)
        for e in townEndings { table[Int(e.utf8.last!)].append(e) }
        return table
    }()
    static func hasTownEnding(_ word: String) -> Bool {
        guard let last = word.utf8.last else { return false }
        return townEndingsByLastByte[Int(last)].contains { word.endsWithBytes($0) }
    }

    // MARK: named structures

    /// Endings of names of streets, squares, bridges, lakes, valleys and ranges.
    static let structureEndings: [String] = ["platz", "straße", "strasse", "allee", "gasse", "brücke", "gebirge", "kanal", "damm", "see", "meer", "tal"]

    /// "Goetheplatz", "Comersee", "Walzbachtal": the word ends in a place ending, and neither it
    /// nor a longer tail of it is a common noun of the list ("Marktplatz", "Stausee", "Kapital").
    static func namedStructure(_ w: Span, _ word: String, text: ArticleText, words: GermanWords, lexicon: Lexicon) -> Span? {
        guard w.end - w.start >= 6 else { return nil }
        if word.utf8.contains(0x2D) { return hyphenatedStreet(w, word, words: words, lexicon: lexicon) }
        let last = text[w.end - 1]
        guard last == "z" || last == "e" || last == "l" || last == "m" || last == "r" else { return nil }
        guard let ending = structureEndings.first(where: { $0.unicodeScalars.last == last && word.endsWithBytes($0) }) else { return nil }
        let modifier = String(word.dropLast(ending.count))
        guard modifier.count >= 3, words.wordClass(word) == nil, !lexicon.firstNames.contains(word) else { return nil }
        if ending == "straße" || ending == "strasse", isProcessRoad(Substring(modifier)) { return nil }
        // A noun before the ending makes a common compound ("Stausee", "Baggersee").
        // One that drops its "-e" makes one too ("Messplatz"); a place before the ending makes a
        // compound of a place, no name of its own (GermEval's *part: "Lahnbrücke"), but a lake or sea
        // named by a place is a water's name ("Genfersee", GermEval: a place).
        let water = ending == "see" || ending == "meer"
        if words.isListedNoun(modifier) || words.isListedNoun(modifier + "e")
            || modifier.endsWithBytes("s") && words.isListedNoun(String(modifier.dropLast()))
            || !water && (lexicon.isPlace(modifier) || tableNames.contains(modifier)) { return nil }
        // A longer tail that is a noun is the word's head ("Gesamtkapital" ends in "Kapital").
        let scalars = Array(word.unicodeScalars)
        for start in 1..<(scalars.count - ending.count) {
            let tail = String(String.UnicodeScalarView(scalars[start...]))
            if words.isListedNoun(tail.prefix(1).uppercased() + tail.dropFirst()) { return nil }
        }
        return w
    }
}

extension ArticleText {
    /// Is the text of `span` the ASCII word `word`? Compared scalar by scalar, no string built.
    @inline(__always) func spells(_ span: Span, _ word: String) -> Bool {
        guard span.length == word.utf8.count else { return false }
        var k = span.start
        for byte in word.utf8 {
            guard self[k].value == UInt32(byte) else { return false }
            k += 1
        }
        return true
    }

    /// Does the text of `span` end in the ASCII letters `ending`?
    @inline(__always) func ends(_ span: Span, with ending: String) -> Bool {
        let n = ending.utf8.count
        guard span.length >= n else { return false }
        return spells(Span(span.end - n, span.end), ending)
    }
}

extension String {
    /// Byte-wise ends and starts (`hasSuffix` compares by Unicode equivalence, slower; this pass
    /// asks them of most capitalised words).
    @inline(__always) func endsWithBytes(_ suffix: String) -> Bool {
        let a = utf8, b = suffix.utf8
        return a.count >= b.count && a.suffix(b.count).elementsEqual(b)
    }
    @inline(__always) func startsWithBytes(_ prefix: String) -> Bool { utf8.starts(with: prefix.utf8) }
}

/// Words of the text in order: letters and digits, with inner hyphens and apostrophes ("Sa'da",
/// "Rhein-Sieg-Kreis").
struct PlaceWordScanner {
    let text: ArticleText
    var position: Int

    @inline(__always) static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v | 0x20) &- 0x61 < 26 || v &- 0x30 < 10 }
        return ScalarClass.isUppercase(c) || ScalarClass.isLowercase(c) || ScalarClass.isNumeric(c)
    }

    mutating func next() -> Span? {
        let n = text.count
        while position < n, !Self.isWordScalar(text[position]) { position += 1 }
        guard position < n else { return nil }
        let start = position
        position = peekEnd(from: start)
        return Span(start, position)
    }

    /// Where the word starting at `start` ends.
    func peekEnd(from start: Int) -> Int {
        let n = text.count
        var k = start
        while k < n {
            let c = text[k]
            if Self.isWordScalar(c) { k += 1; continue }
            if c == "-" || c == "'" || c == "’", k + 1 < n, Self.isWordScalar(text[k + 1]) { k += 2; continue }
            break
        }
        return k
    }
}
