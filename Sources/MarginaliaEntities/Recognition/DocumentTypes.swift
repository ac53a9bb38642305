import MarginaliaText

/// Document-level type consistency for German mentions (issue 16). The tagger types each
/// sentence alone, so one name may come out as a person in one sentence and a place in the next;
/// a reader sees the same name in two colours. A name takes the type its mentions in the
/// article give it with the most confidence in sum:
/// - a name's genitive votes with the name ("Obamas" with "Obama", "Hong Kongs" with "Hong
///   Kong") when the article also names it without the "s";
/// - names of several words vote and are retyped like one-word names ("Dalai Lama" typed a
///   person three times and a place once);
/// - the later words of a person's full name found in the article ("Karl-Theodor zu
///   Guttenberg", later "Guttenberg") vote for a person;
/// - after the vote, a listed country or a listed place's genitive still typed a person is the
///   place, unless a person of the article bears the name (`placesTypedPersons`).
/// Ties keep the tagger's type. A listed place becomes a person only on a full name's vote (the
/// club "den Bayern" is no person because one sentence's tagger said so). Requiring a listed
/// place to become a place was tried and dropped: the place list lacks regions ("Alaska",
/// "Gansu"), and it blocked six fixes on WikiNews to prevent three errors.
enum DocumentTypes {
    static func unify(_ mentions: [EntityMention], lexicon: Lexicon) -> [EntityMention] {
        let names = Set(mentions.map(\.text))
        // The name a mention votes for: itself, or the name its genitive "s" is added to.
        func key(_ text: String) -> String {
            guard text.hasSuffix("s"), text.unicodeScalars.count > 2 else { return text }
            let base = String(text.dropLast())
            return names.contains(base) ? base : text
        }
        let keys = mentions.map { key($0.text) }
        var votes: [String: [EntityType: Double]] = [:]
        var surnames = Set<String>()
        for (m, k) in zip(mentions, keys) {
            votes[k, default: [:]][m.type, default: 0] += m.confidence
            // A full name's later words: surnames ("Angela Merkel" for "Merkel", "Adolfo Pérez
            // Esquivel" for "Pérez").
            guard m.type == .PER, m.text.unicodeScalars.contains(" ") else { continue }
            for word in m.text.split(separator: " ").dropFirst()
            where word.count > 1 && word.unicodeScalars.first.map(ScalarClass.isUppercase) == true {
                votes[String(word), default: [:]][.PER, default: 0] += m.confidence
                surnames.insert(String(word))
            }
        }
        let unified = zip(mentions, keys).map { m, k in
            guard let v = votes[k], v.count > 1,
                  let best = v.max(by: { $0.value < $1.value || $0.value == $1.value && $0.key.rawValue > $1.key.rawValue }),
                  best.key != m.type, best.value > v[m.type, default: 0] else { return m }
            if best.key == .PER, lexicon.isPlace(k), !surnames.contains(k) { return m }
            var retyped = m
            retyped.type = best.key
            return retyped
        }
        return placesTypedPersons(unified, lexicon: lexicon)
    }

    /// "der Bürgermeister Beispielstadts", "Außenminister Beispiellands", a country in a list of
    /// countries: a listed country, or a listed place's genitive, typed a person by its sentence is
    /// the place, unless a person bears the name in the article (a word of a person's name, or the
    /// name without its "s" typed a person: "Beispiels Rede" beside "Anna Beispiel") or a first
    /// name does.
    static func placesTypedPersons(_ mentions: [EntityMention], lexicon: Lexicon) -> [EntityMention] {
        func isCandidate(_ m: EntityMention) -> Bool {
            guard m.type == .PER else { return false }
            if lexicon.countries.contains(m.text) { return true }
            return m.text.utf8.last == UInt8(ascii: "s") && !m.text.utf8.contains(0x20) && lexicon.isPlace(String(m.text.dropLast()))
        }
        guard mentions.contains(where: isCandidate) else { return mentions }
        // The words of the article's persons that are no such candidate.
        var personWords = Set<String>()
        for m in mentions where m.type == .PER && !isCandidate(m) {
            for w in m.text.split(separator: " ") { personWords.insert(String(w)) }
        }
        return mentions.map { m in
            guard isCandidate(m) else { return m }
            let stem = lexicon.countries.contains(m.text) ? m.text : String(m.text.dropLast())
            guard !personWords.contains(stem), !personWords.contains(m.text), !lexicon.firstNames.contains(stem),
                  !lexicon.firstNames.contains(m.text) else { return m }
            var place = m
            place.type = .LOC
            return place
        }
    }
}

extension DocumentTypes {
    /// "Anna Beispiel" named in full, later "Beispiel" typed an organisation or a place by its
    /// sentence ("das Feuer auf den Wagen von Beispiel", "nannte Beispiel"): the article's full
    /// name makes the surname a person, after the passes that retype by a frame. Kept: a word
    /// after a firm's or party's kind ("die Firma Beispiel": firms bear their founder's name), a
    /// word followed by another capitalised one (part of a longer name), a listed place, a
    /// table's organisation ("Porsche" beside "Ferdinand Porsche"), a mention more confident
    /// than the full name, and a place of half confidence or more.
    static func surnamesAsPersons(_ mentions: [EntityMention], text: ArticleText, lexicon: Lexicon) -> [EntityMention] {
        var fullNames: [String: Double] = [:]
        for m in mentions where m.type == .PER && m.text.utf8.contains(0x20) {
            guard let last = m.text.split(separator: " ").last, last.count > 1 else { continue }
            fullNames[String(last)] = max(fullNames[String(last)] ?? 0, m.confidence)
        }
        guard !fullNames.isEmpty else { return mentions }
        return mentions.map { m in
            // A place only when the tagger was unsure of it (a full "name" may be a place's: "Palma de Beispiel").
            guard m.type == .ORG || m.type == .LOC && m.confidence < 0.5, !m.text.utf8.contains(0x20) else { return m }
            let base = m.text.hasSuffix("s") && fullNames[m.text] == nil ? String(m.text.dropLast()) : m.text
            guard let full = fullNames[base], m.confidence < full, !lexicon.isPlace(m.text), !lexicon.isPlace(base),
                  !GermanNamePatterns.knownOrganisationWords.contains(base),
                  !GermanNamePatterns.isAfterOrganisationKind(m.span, text, lexicon: lexicon),
                  !isBeforeCapitalised(m.span, text) else { return m }
            var person = m
            person.type = .PER
            return person
        }
    }

    /// Is the word after `span` capitalised ("Beispiel Carbon")?
    static func isBeforeCapitalised(_ span: Span, _ text: ArticleText) -> Bool {
        span.end + 1 < text.count && text[span.end] == " " && ScalarClass.isUppercase(text[span.end + 1])
    }
}
