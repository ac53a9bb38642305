import MarginaliaText

/// "Beispiels Sohn Anna Muster", "Gouverneur Musters": a body or a place whose first word is a
/// noun for a person's role, rank or kin, and whose other words name a person, is the person
/// without the role (GermEval leaves roles outside a person's name). The tagger reads the
/// capitalised role and the name as one unknown name and types it by guesswork. The other words
/// must start with a listed first name or hold a word of a person the article names (with or
/// without a genitive "s"), and hold no organisation's head or legal form ("General Motors",
/// "die Konzerntochter Beispiel GmbH"); a listed place keeps its type.
extension ContextTypes {
    static func roleOpenedNames(_ mentions: [EntityMention], text: ArticleText, lexicon: Lexicon,
                                words: GermanWords = .shipped) -> [EntityMention] {
        var personWords: Set<Substring>?
        return mentions.map { m in
            guard m.type == .ORG || m.type == .LOC, let space = m.text.firstIndex(of: " ") else { return m }
            let role = String(m.text[..<space])
            guard PersonNameParticles.isRole(role) || PersonSpans.rankTitles.contains(role) || PersonSpans.isRoleNoun(role, words: words)
            else { return m }
            let rest = m.text[m.text.index(after: space)...]
            let parts = rest.split(separator: " ")
            guard let last = parts.last, !organisationHeads.contains(String(last)), !lexicon.isPlace(String(rest)), !lexicon.isPlace(m.text),
                  parts.allSatisfy({ GermanNamePatterns.isCapitalised(String($0)) && !PersonSpans.isOrganisationWord($0, words) })
            else { return m }
            if personWords == nil {
                personWords = Set(mentions.filter { $0.type == .PER }.flatMap { $0.text.split(separator: " ") })
            }
            let known = parts.contains { personWords!.contains($0) || $0.hasSuffix("s") && personWords!.contains($0.dropLast()) }
            guard known || lexicon.firstNames.contains(String(parts[0])) else { return m }
            var person = GermanNamePatterns.mention(Span(m.span.start + role.unicodeScalars.count + 1, m.span.end), .PER, text)
            person.confidence = m.confidence
            return person
        }
    }
}
