import FoundationEssentials

/// The grammatical gender a first name points to, for agreement between a pronoun or role noun
/// ("sie", "die Ministerin") and the person it stands for. From nam_dict's gender column (via
/// `marginalia train lexicon`): names used for both sexes, or with no mark, have none.
public enum PersonGender: String, Sendable {
    case male = "M", female = "F"
}

public enum FirstNameGender {
    /// `name<TAB>M|F` lines of the first-names file; lines without a gender are skipped.
    public static func parse(_ text: String) -> [String: PersonGender] {
        var genders: [String: PersonGender] = [:]
        Lexicon.forEachLine(text) { line in
            guard line[line.startIndex] != UInt8(ascii: "#"), let tab = line.firstIndex(of: 9),
                  tab + 1 < line.endIndex,
                  let gender = PersonGender(rawValue: String(decoding: line[(tab + 1)...], as: UTF8.self)) else { return }
            genders[String(decoding: line[..<tab], as: UTF8.self)] = gender
        }
        return genders
    }

    /// The shipped names' genders, loaded once on first use.
    public static let shipped: [String: PersonGender] = {
        let text = ShippedResources.url(ShippedResources.firstNamesFileName)
            .flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
        return parse(text)
    }()

    /// The gender of a person's name: its first word that is a known first name decides
    /// ("Angela Merkel" -> female); nil when no word is, or the name is used for both.
    public static func of(_ name: String, table: [String: PersonGender] = shipped) -> PersonGender? {
        for word in name.split(separator: " ") {
            if let g = table[String(word)] { return g }
        }
        return nil
    }
}
