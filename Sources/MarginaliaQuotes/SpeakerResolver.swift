import MarginaliaText
import MarginaliaEntities

/// Gives a speaker mention its canonical name: the entity it names, or for a pronoun or a role
/// ("er", "der Minister") the last fitting person named before it.
///
/// Works with the entity recognizer's mentions when there are some, and otherwise with the names
/// found in earlier speaker phrases, so attribution does not depend on the recognizer being there.
struct SpeakerResolver {
    let text: ArticleText
    let entities: EntitySpans
    /// People named in earlier speaker phrases: canonical name, the phrase that introduced them
    /// (lowercased once here: role look-ups search the last `memory` phrases on every call).
    private var named: [(canonical: String, lowercasedPhrase: String, span: Span)] = []

    /// A speaker phrase named: the canonical name, and for a pronoun the mention it stands for.
    struct Resolution: Hashable {
        var canonical: String
        var antecedent: Span? = nil
    }

    init(text: ArticleText, entities: EntitySpans) {
        self.text = text
        self.entities = entities
    }

    /// How many earlier named speakers a pronoun, role or surname is matched against: the
    /// recent ones are the candidates, and a bound keeps long texts linear.
    static let memory = 64

    private static let determiners = SpeechCueLexicon.germanDeterminers.union(SpeechCueLexicon.englishDeterminers)
    private static let genitiveWords: Set<String> = ["des", "der", "von", "vom", "of", "dem"]

    mutating func resolve(_ span: Span) -> Resolution {
        let mention = text[span]
        let lowered = mention.lowercased()
        if SpeechCueLexicon.pronouns.contains(lowered) {
            // "er"/"sie": the nearest person (or, for "sie", organisation) that agrees in gender.
            // "Sie schrieben", "schenken sie keinen Glauben": "sie" with a plural verb stands for
            // a group, never for one person named before.
            // Not a name in the pronoun's own clause ("Dem Sender X sagte sie", "Gegenüber Y
            // erklärte er"): a personal pronoun never stands for a phrase of its own clause.
            let clauseStart = PronounNumber.clauseStart(before: span.start, in: text)
            let found = lowered == "sie" && PronounNumber.hasPluralVerb(span, in: text)
                ? pluralAntecedent(before: clauseStart) : antecedent(ofPronoun: lowered, before: clauseStart)
            guard let found else {
                return Resolution(canonical: SpeakerMention.unresolved)
            }
            return Resolution(canonical: found.canonical, antecedent: found.span)
        }
        // "Das Gericht … Es weist den Vorwurf zurück": "es" as a speaker stands for a neuter
        // institution or role noun named shortly before; never shown as the bare word.
        if lowered == "es" {
            guard let noun = RoleMentions.last(in: text, before: span.start, after: span.start - PersonNounAntecedent.reach, agreeingWith: "es") else {
                return Resolution(canonical: SpeakerMention.unresolved)
            }
            return Resolution(canonical: text[noun], antecedent: noun)
        }
        // "Darin heißt es: „…“": the adverb stands for the text named before; "?" without one.
        if WrittenSource.adverbs.contains(lowered) {
            guard let document = WrittenSource.antecedent(of: span, in: text) else { return Resolution(canonical: SpeakerMention.unresolved) }
            return Resolution(canonical: name(document), antecedent: document)
        }
        // "Der Richter des Landes, der „…“ nannte": a relative pronoun is the frame's subject; it
        // stands for the noun phrase before its comma, which is the mention it resolves to.
        if SpeakerFinder.nominativeRelatives.contains(lowered), let phrase = RelativeAntecedent.phrase(before: span, in: text, entities: entities) {
            return Resolution(canonical: name(phrase), antecedent: phrase)
        }
        return Resolution(canonical: name(span))
    }

    private mutating func name(_ span: Span) -> String {
        let mention = text[span]
        // Words of the phrase, without a party or country in brackets ("Klaus Wowereit (SPD)").
        var depth = 0
        let words = Tokenizer.tokenize(text, in: span).filter { token in
            if token.text == "(" { depth += 1 } else if token.text == ")" { depth = max(0, depth - 1) }
            return depth == 0 && (token.text.unicodeScalars.first.map(QuoteScanner.isWordScalar) ?? false)
        }
        guard let firstWord = words.first else { return mention }
        let lower = words.map { $0.text.lowercased() }

        if words.count == 1, SpeechCueLexicon.pronouns.contains(lower[0]) {
            return lastPerson(before: span.start)?.canonical ?? SpeakerMention.unresolved
        }
        // A person the recognizer found inside the phrase ("Ministeriumssprecherin Maria Sacharowa").
        let inside = entities.overlapping(span)
        // Not a name in the genitive before the phrase's own noun: "Meiers Sohn" is not Meier.
        if let person = inside.last(where: { $0.type == .PER && !isPossessor($0.span, in: words) }) {
            remember(person.canonical, phrase: mention, span: person.span)
            return person.canonical
        }
        if let organisation = inside.first(where: { $0.type == .ORG }), inside.count == 1, !hasNameTail(words, lower) {
            return organisation.canonical
        }
        if let name = nameTail(words, lower) {
            let canonical = known(name) ?? name
            remember(canonical, phrase: mention, span: span)
            return canonical
        }
        // A role ("der Minister", "der Staatsanwalt"): the last person introduced with that role.
        let head = words.last { !SpeakerResolver.determiners.contains($0.text.lowercased()) && $0.text.unicodeScalars.first!.properties.isUppercase }
            ?? firstWord
        let role = head.text.lowercased()
        // Only a person's role: "der Senat" is no "Senator X".
        // A role in the plural ("Virologen", "die Ärztinnen") names a group, never one person
        // named before; "-en" after no article or "die" is plural ("dem Präsidenten" is not).
        let plural = role.hasSuffix("innen") || role.hasSuffix("en") && !role.hasSuffix("chen")
            && (lower.count == 1 || ["die", "diese", "alle", "viele", "einige", "mehrere", "beide"].contains(lower[0]))
        if SpeechCueLexicon.isRoleNoun(role), RoleMentions.isPersonRole(role), !plural,
           let person = person(withRole: role, before: span.start) {
            return person
        }
        // Nothing to resolve to: the phrase without its leading determiner, a genitive head in
        // its base form ("des Außenministeriums" -> "Außenministerium").
        var start = 0
        while start < words.count - 1, SpeakerResolver.determiners.contains(lower[start]) { start += 1 }
        if start > 0, ["des", "eines"].contains(lower[start - 1]), words.count - start <= 2 {
            let last = words[words.count - 1].text
            let base = last.hasSuffix("es") && last.count > 5 ? String(last.dropLast(2)) : last.hasSuffix("s") ? String(last.dropLast()) : last
            return (words[start..<(words.count - 1)].map(\.text) + [base]).joined(separator: " ")
        }
        return words[start...].map(\.text).joined(separator: " ")
    }

    /// "Müllers Wahlkampfteam", "Meiers Sohn": a name ending in the genitive -s (or an apostrophe)
    /// followed by a capitalised word of the phrase that no name covers owns what the phrase names.
    private func isPossessor(_ name: Span, in words: [Token]) -> Bool {
        let named = text[name]
        guard named.hasSuffix("s") || named.hasSuffix("'") || named.hasSuffix("’"),
              let next = words.first(where: { $0.span.start >= name.end }),
              next.text.unicodeScalars.first?.properties.isUppercase == true else { return false }
        return !entities.overlapping(next.span).contains { $0.type == .PER || $0.type == .ORG }
    }

    private func hasNameTail(_ words: [Token], _ lower: [String]) -> Bool { nameTail(words, lower) != nil }

    /// The personal name at the end of a phrase: the name in apposition ("…, Klaus Stöhr"), or the
    /// trailing capitalised words that are not a role ("Präsident Aleksandar Vučić"). Nothing when
    /// the trailing words follow a genitive ("Der Hauptgeschäftsführer des BPI").
    private func nameTail(_ words: [Token], _ lower: [String]) -> String? {
        // "Olli Rehn, EU-Erweiterungskommissar": a role in apposition after the name.
        if let comma = commaIndex(words), comma > 0, comma < words.count,
           words[comma...].allSatisfy({ SpeechCueLexicon.isRoleNoun($0.text.lowercased()) || SpeakerResolver.determiners.contains($0.text.lowercased()) || !$0.text.unicodeScalars.first!.properties.isUppercase }),
           let name = nameTail(Array(words[..<comma]), Array(lower[..<comma])) {
            return name
        }
        var k = words.count
        while k > 0 {
            let w = words[k - 1]
            let isCap = w.text.unicodeScalars.first!.properties.isUppercase
            if !isCap || SpeakerResolver.determiners.contains(lower[k - 1]) || SpeechCueLexicon.isRoleNoun(lower[k - 1]) { break }
            k -= 1
        }
        guard k < words.count else { return nil }
        if k > 0, SpeakerResolver.genitiveWords.contains(lower[k - 1]) { return nil }
        // "Landgericht Köln", "Ermittlungsausschuss Frankfurt": a place after an institution is
        // part of its name, not a person's.
        if k > 0, !RoleMentions.isPersonRole(lower[k - 1]) { return nil }
        // A lone capitalised noun after a determiner is a common noun ("die Polizei"), not a name.
        if k > 0, SpeakerResolver.determiners.contains(lower[k - 1]), words.count - k == 1 { return nil }
        if k == 0, words.count == 1, lower[0].hasSuffix("en") == false, SpeechCueLexicon.isRoleNoun(lower[0]) { return nil }
        let span = Span(words[k].span.start, words[words.count - 1].span.end)
        return text[span]
    }

    /// Index of the first word after a comma inside the phrase, if any.
    private func commaIndex(_ words: [Token]) -> Int? {
        for k in 1..<max(1, words.count) where words[k].span.start > words[k - 1].span.end {
            let between = text[Span(words[k - 1].span.end, words[k].span.start)]
            if between.contains(",") { return k }
        }
        return nil
    }

    /// An earlier full name this one shortens: "Stoiber" -> "Edmund Stoiber", "Putins" -> "Wladimir Putin".
    private func known(_ name: String) -> String? {
        guard !name.contains(" ") else { return nil }
        let bare = name.hasSuffix("s") ? String(name.dropLast()) : name
        for entry in named.suffix(SpeakerResolver.memory).reversed() {
            let last = entry.canonical.split(separator: " ").last.map(String.init) ?? entry.canonical
            if last == name || last == bare { return entry.canonical }
        }
        return nil
    }

    private mutating func remember(_ canonical: String, phrase: String, span: Span) {
        named.append((canonical, phrase.lowercased(), span))
    }

    private func lastPerson(before offset: Int) -> (canonical: String, span: Span)? {
        lastPerson(before: offset, excluding: nil)
    }

    /// The nearest earlier person, from the recognizer or from earlier speaker phrases, whose
    /// first name is not of `excluded` gender (names of unknown gender agree with both).
    private func lastPerson(before offset: Int, excluding excluded: PersonGender?) -> (canonical: String, span: Span)? {
        func agrees(_ name: String) -> Bool { excluded == nil || FirstNameGender.of(name) != excluded }
        let fromEntities = entities.people(before: offset, limit: 12).first(where: { agrees($0.canonical) }).map { ($0.canonical, $0.span) }
        let fromSpeakers = named.suffix(SpeakerResolver.memory).last(where: { $0.span.end <= offset && agrees($0.canonical) }).map { ($0.canonical, $0.span) }
        switch (fromEntities, fromSpeakers) {
        case let (e?, s?): return e.1.end >= s.1.end ? e : s
        case let (e?, nil): return e
        case let (nil, s?): return s
        default: return nil
        }
    }

    /// How near after a person (code points) an organisation is the person's affiliation.
    static let affiliationReach = 12

    /// How far back (code points) a pronoun looks for its antecedent: a few sentences.
    static let pronounReach = 1200

    /// "er" / "he": the nearest person not known to be female. "sie" / "she": the nearest person
    /// not known to be male; "sie" may also be plural or stand for an organisation ("die Partei
    /// … sie"), which wins when it is nearer than any agreeing person.
    private func antecedent(ofPronoun pronoun: String, before offset: Int) -> (canonical: String, span: Span)? {
        let excluded: PersonGender? = ["er", "he"].contains(pronoun) ? .female : ["sie", "she"].contains(pronoun) ? .male : nil
        var best = lastPerson(before: offset, excluding: excluded)
        // Not the party or employer right after the woman's name ("X (FDP)", "X von den Grünen").
        if pronoun == "sie", let org = entities.mentions(before: offset, type: .ORG), org.span.end > (best?.span.end ?? -1),
           best.map({ org.span.start - $0.span.end > SpeakerResolver.affiliationReach }) ?? true {
            best = (org.canonical, org.span)
        }
        // A role noun nearer than any name ("Die Armeesprecherin bestätigte … Sie sagte"): the
        // pronoun stands for that role.
        if let role = RoleMentions.last(in: text, before: offset, after: max(best?.span.end ?? 0, offset - SpeakerResolver.pronounReach),
                                        agreeingWith: pronoun) {
            best = (text[role], role)
        }
        guard let found = best, offset - found.span.end <= SpeakerResolver.pronounReach else {
            // No name or role within reach: a person noun as the subject before ("Ein Landwirt …").
            if let noun = PersonNounAntecedent.last(in: text, before: offset, after: offset - PersonNounAntecedent.reach,
                                                    agreeingWith: pronoun) {
                return (text[noun], noun)
            }
            return nil
        }
        return found
    }

    /// Plural "sie": the nearest role noun in the plural ("die Demonstranten") within reach, else
    /// a person noun in the plural as a subject before ("die Täter"); no single person, and no
    /// organisation (one takes a singular verb: "die Partei sagt").
    private func pluralAntecedent(before offset: Int) -> (canonical: String, span: Span)? {
        if let role = RoleMentions.last(in: text, before: offset, after: offset - SpeakerResolver.pronounReach, agreeingWith: "sie", plural: true) {
            return (text[role], role)
        }
        return PersonNounAntecedent.last(in: text, before: offset, after: offset - PersonNounAntecedent.reach, agreeingWith: "sie", plural: true)
            .map { (text[$0], $0) }
    }

    /// "Über die Macht des Ministers spottete der Vorsitzende X", "Nach Angaben von Ermittlern
    /// soll X geflohen sein": a role in the genitive or in the plural belongs to someone
    /// else's phrase, it does not introduce the name after it.
    static func roleIsNotApposed(_ stem: String, in context: String) -> Bool {
        let words = context.split(separator: " ")
        guard let k = words.lastIndex(where: { $0.contains(stem) }) else { return false }
        let word = words[k].filter { $0.isLetter || $0 == "-" }
        if ["n", "en", "innen"].contains(where: { word.hasSuffix(stem + $0) }) { return true }
        // The article before the role, past at most two adjectives ("des neuen Bundeskanzlers").
        for w in words[max(words.startIndex, k - 3)..<k].reversed() {
            if ["des", "eines"].contains(w) { return true }
            if SpeechCueLexicon.germanDeterminers.contains(String(w)) { return false }
        }
        return false
    }

    /// The last person introduced with a phrase containing the role word ("Außenminister Lawrow"
    /// for "der Minister").
    private func person(withRole role: String, before offset: Int) -> String? {
        let stem = role.hasSuffix("in") && role.count > 5 ? String(role.dropLast(2)) : role
        if let entry = named.suffix(SpeakerResolver.memory).last(where: { $0.span.end <= offset && $0.lowercasedPhrase.contains(stem)
            && !SpeakerResolver.roleIsNotApposed(stem, in: $0.lowercasedPhrase) }) {
            return entry.canonical
        }
        for person in entities.people(before: offset) {
            let context = text[Span(max(0, person.span.start - 48), person.span.start)].lowercased()
            if context.contains(stem), !SpeakerResolver.roleIsNotApposed(stem, in: context) { return person.canonical }
        }
        return nil
    }
}
