import MarginaliaText

/// Gives every mention of one entity within an article the same canonical name:
/// inflected forms ("Putins", "Russlands", "Washingtons") take their base form, a partial
/// person name ("Putin") takes the fullest name it is part of ("Wladimir Putin"), and names in
/// one `AliasTable` entry ("USA", "Vereinigte Staaten") share the form the article uses most.
public enum EntityIdentity {
    public static func assignCanonicalNames(_ mentions: [EntityMention], language: Language,
                                            lexicon: Lexicon = ShippedResources.lexicon) -> [EntityMention] {
        let surfaces = mentions.map { normalise($0.text) }
        let known = Set(surfaces)
        let knownTails = tails(of: known)
        // 1. Inflections: drop a genitive ending when the base is attested (in the article, the
        //    lexicon or the alias table).
        var bases = surfaces.map { base(of: $0, known: known, knownTails: knownTails, language: language, lexicon: lexicon) }
        // 2. Partial person names: a one- or two-word person name that is the start or end of a
        //    longer person name in the article takes that name (the most frequent, then longest).
        let persons = Dictionary(grouping: zip(bases, mentions).filter { $0.1.type == .PER }.map(\.0), by: { $0 })
            .mapValues(\.count)
        // Each name filed under its shorter starts and ends ("Wladimir", "Putin"): one look-up per
        // mention (comparing every mention with every name grew with the square of a long text).
        var longer: [[Substring]: Set<String>] = [:]
        for full in persons.keys {
            let fw = full.split(separator: " ")
            for n in 0..<fw.count {
                longer[Array(fw.prefix(n)), default: []].insert(full)
                longer[Array(fw.suffix(n)), default: []].insert(full)
            }
        }
        for i in mentions.indices where mentions[i].type == .PER {
            let words = bases[i].split(separator: " ")
            if let best = longer[words]?.max(by: { (persons[$0]!, $0.count, $1) < (persons[$1]!, $1.count, $0) }) {
                bases[i] = best
            }
        }
        // 3. Aliases: every member of an alias entry present in the article maps to the one
        //    the article uses most often (first seen on ties).
        var aliasCounts: [Int: [String: (count: Int, first: Int)]] = [:]
        for (i, b) in bases.enumerated() {
            guard let entry = AliasTable.index[b] else { continue }
            let old = aliasCounts[entry, default: [:]][b] ?? (0, i)
            aliasCounts[entry, default: [:]][b] = (old.count + 1, old.first)
        }
        var result = mentions
        for i in result.indices {
            var canonical = bases[i]
            if let entry = AliasTable.index[canonical], let forms = aliasCounts[entry] {
                canonical = forms.max { a, b in
                    a.value.count != b.value.count ? a.value.count < b.value.count : a.value.first > b.value.first
                }!.key
            }
            result[i].canonical = canonical
        }
        return result
    }

    /// What follows each space in each name ("Putin" and "Wladimir Putin" of "Präsident Wladimir
    /// Putin"): a set to ask whether a name ends in a word instead of scanning all names.
    static func tails(of names: Set<String>) -> Set<String> {
        var result = Set<String>()
        for name in names {
            var rest = name[...]
            while let space = rest.firstIndex(of: " ") {
                rest = rest[rest.index(after: space)...]
                result.insert(String(rest))
            }
        }
        return result
    }

    /// Collapses runs of whitespace (names broken across lines) to one space.
    static func normalise(_ s: String) -> String {
        s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The uninflected form of a name if one is attested, else the name itself.
    /// A name that is itself a known place or alias ("Paris", "Athens") keeps its final s unless
    /// the article itself uses the shorter form; English marks the possessive only with an
    /// apostrophe, so a bare "-s" is a German genitive and is dropped only in German text.
    static func base(of name: String, known: Set<String>, knownTails: Set<String>, language: Language = .de, lexicon: Lexicon) -> String {
        // Asked only when a bare genitive's stem is not in the article (most names end in no "s").
        var attested: Bool? = nil
        func nameIsAttested() -> Bool {
            if let attested { return attested }
            let a = lexicon.isPlace(name) || AliasTable.index[name] != nil
            attested = a
            return a
        }
        for ending in ["’s", "'s", "’", "'", "s", "es"] where name.hasSuffix(ending) {
            let isBareGenitive = ending == "s" || ending == "es"
            if isBareGenitive && language == .en { continue }
            let stem = String(name.dropLast(ending.count))
            guard stem.count >= 2, let last = stem.unicodeScalars.last, last.properties.isAlphabetic else { continue }
            // German genitive -s does not follow a sibilant ("Paris", "Schulz" stay).
            if ending == "s", "sxzß".unicodeScalars.contains(last) { continue }
            if known.contains(stem) { return stem }
            if isBareGenitive && nameIsAttested() { continue }
            if lexicon.isPlace(stem) || AliasTable.index[stem] != nil
                || knownTails.contains(stem) {
                return stem
            }
        }
        return name
    }
}
