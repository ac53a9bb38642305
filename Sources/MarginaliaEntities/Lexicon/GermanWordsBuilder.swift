import FoundationEssentials

/// Derives the shipped German word-class list (`german-words.txt`) from the `german-nouns` CSV
/// (Wiktionary, CC BY-SA 4.0) and wordfreq frequencies (CC BY-SA 4.0), both read at build time:
/// - every inflected form of a common noun (not a place, first name, surname or other proper
///   name) that wordfreq knows at or above `nounZipf`, with its gender (m, f, n), `p` for a plural
///   form, `x` for a form of nouns of different genders;
/// - `-` for frequent words (zipf >= `otherZipf`) that are no noun form, no proper name in
///   either source and no compound ending in a noun: adverbs, verbs, adjectives, function
///   words ("Erstmals", "Hatte").
public enum GermanWordsBuilder {
    public static let nounZipf = 1.5
    public static let otherZipf = 3.0
    static let properNameClasses: Set<String> = ["Toponym", "Vorname", "Nachname", "Eigenname", "Abkürzung", "Straßenname"]

    public static func build(nounsCSV: String, frequencies: String, knownNames: Set<String>) throws -> String {
        var zipf: [String: Double] = [:]
        for line in frequencies.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let z = Double(fields[1]) else { continue }
            zipf[String(fields[0])] = z
        }
        let rows = CSVRows(nounsCSV).makeIterator()
        guard let header = rows.next(), let posColumn = header.firstIndex(of: "pos"),
              let genusColumn = header.firstIndex(of: "genus"), let lemmaColumn = header.firstIndex(of: "lemma") else {
            throw LexiconBuilder.BuildError(description: "the nouns file has no lemma, pos and genus columns")
        }
        var classes: [String: Set<Character>] = [:]
        var properNames = knownNames
        /// Lemmas with a row of their own as a common noun ("Abend" the noun, also a surname).
        var commonLemmas = Set<String>()
        while let row = rows.next() {
            guard row.count == header.count else { continue }
            let pos = Set(row[posColumn].split(separator: ",").map(String.init))
            if !pos.isDisjoint(with: properNameClasses) {
                properNames.insert(row[lemmaColumn])
                continue
            }
            commonLemmas.insert(row[lemmaColumn])
            guard pos.contains("Substantiv") else { continue }
            let genders = Set((genusColumn..<min(genusColumn + 5, row.count)).compactMap { row[$0].first })
                .filter { "mfn".contains($0) }
            for column in (genusColumn + 5)..<row.count {
                let form = row[column]
                guard isWord(form), zipf[folded(form), default: 0] >= nounZipf else { continue }
                let plural = header[column].contains("plural")
                classes[form, default: []].formUnion(plural ? ["p"] : genders.isEmpty ? ["x"] : genders)
            }
        }
        // A name that is no common noun as well is no common noun ("Merkel"); "Abend" stays one.
        for name in properNames where !commonLemmas.contains(name) { classes[name] = nil }
        var lines = [
            "# German word classes derived by `marginalia train nouns` from german-nouns (Wiktionary",
            "# contributors, CC BY-SA 4.0, https://github.com/gambolputty/german-nouns) and wordfreq",
            "# (Robyn Speer, data CC BY-SA 4.0, https://github.com/rspeer/wordfreq). This file is licensed",
            "# under CC BY-SA 4.0. Form<TAB>class: m f n = singular noun form of that gender, p = plural",
            "# noun form, x = mixed; - = frequent word that is no noun (zipf >= \(otherZipf)).",
        ]
        for (form, set) in classes.sorted(by: { $0.key < $1.key }) {
            let mark: String = set.count == 1 ? String(set.first!) : set == ["p"] ? "p" : "x"
            lines.append(form + "\t" + mark)
        }
        var others: [String] = []
        // wordfreq's keys spell "ß" as "ss": "strasse" is the noun "Straße", no other word.
        let foldedNouns = Set(classes.keys.map(folded))
        for (word, z) in zipf where z >= otherZipf && isWord(word) {
            let capitalised = word.prefix(1).uppercased() + word.dropFirst()
            guard classes[capitalised] == nil, !foldedNouns.contains(word), !properNames.contains(capitalised) else { continue }
            // A compound german-nouns lacks ("Wetterdienst") ends in a noun: it is one.
            if GermanWords.head(of: capitalised, in: { classes[$0] != nil }) != nil { continue }
            others.append(capitalised)
        }
        lines += others.sorted().map { $0 + "\t-" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A word as wordfreq keys it: lower case, "ß" case-folded to "ss" ("Größe" -> "grösse").
    /// Looked up as written, every noun with "ß" was missing from the list.
    static func folded(_ s: String) -> String {
        var out = ""
        for c in s.lowercased() { if c == "ß" { out += "ss" } else { out.append(c) } }
        return out
    }

    /// One word of letters (hyphens inside allowed), no spaces, digits or marks.
    static func isWord(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first.properties.isAlphabetic, s.count >= 2 else { return false }
        return s.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" }
    }
}

/// Rows of a comma-separated file with double-quoted fields ("a,b" and "" inside quotes).
struct CSVRows: Sequence {
    let text: String
    init(_ text: String) { self.text = text }

    func makeIterator() -> AnyIterator<[String]> {
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        var done = false
        return AnyIterator {
            guard !done else { return nil }
            var row: [String] = [], field = String.UnicodeScalarView(), quoted = false, any = false
            while true {
                let next: Unicode.Scalar?
                if let p = pending { next = p; pending = nil } else { next = scalars.next() }
                guard let c = next else {
                    done = true
                    if any { row.append(String(field)); return row }
                    return nil
                }
                any = true
                if quoted {
                    if c == "\"" {
                        let after = scalars.next()
                        if after == "\"" { field.append("\"") } else { quoted = false; pending = after }
                    } else { field.append(c) }
                } else if c == "\"" {
                    quoted = true
                } else if c == "," {
                    row.append(String(field)); field = String.UnicodeScalarView()
                } else if c == "\n" {
                    row.append(String(field)); return row
                } else if c != "\r" {
                    field.append(c)
                }
            }
        }
    }
}
