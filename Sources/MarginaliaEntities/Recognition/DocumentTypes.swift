import MarginaliaText

/// Document-level type consistency for German mentions (issue 16). The tagger types each
/// sentence alone, so one name may come out as a person in one sentence and a place in the next;
/// a reader sees the same name in two colours. A one-word name takes the type its mentions in the
/// article give it with the most confidence in sum, and the last word of a person's full name
/// found in the article ("Karl-Theodor zu Guttenberg", later "Guttenberg") votes for a person.
/// Ties keep the tagger's type. A listed place becomes a person only on a full name's vote (the
/// club "den Bayern" is no person because one sentence's tagger said so). Requiring a listed
/// place to become a place was tried and dropped: the place list lacks regions ("Alaska",
/// "Gansu"), and it blocked six fixes on WikiNews to prevent three errors.
enum DocumentTypes {
    static func unify(_ mentions: [EntityMention], lexicon: Lexicon) -> [EntityMention] {
        var votes: [String: [EntityType: Double]] = [:]
        var surnames = Set<String>()
        for m in mentions {
            guard m.text.unicodeScalars.contains(" ") else {
                votes[m.text, default: [:]][m.type, default: 0] += m.confidence
                continue
            }
            // A full name's last word: a surname ("Angela Merkel" for "Merkel").
            guard m.type == .PER, let last = m.text.split(separator: " ").last, last.count > 1,
                  last.unicodeScalars.first.map(ScalarClass.isUppercase) == true else { continue }
            votes[String(last), default: [:]][.PER, default: 0] += m.confidence
            surnames.insert(String(last))
        }
        return mentions.map { m in
            guard let v = votes[m.text], v.count > 1,
                  let best = v.max(by: { $0.value < $1.value || $0.value == $1.value && $0.key.rawValue > $1.key.rawValue }),
                  best.key != m.type, best.value > v[m.type, default: 0] else { return m }
            if best.key == .PER, lexicon.isPlace(m.text), !surnames.contains(m.text) { return m }
            var retyped = m
            retyped.type = best.key
            return retyped
        }
    }
}
