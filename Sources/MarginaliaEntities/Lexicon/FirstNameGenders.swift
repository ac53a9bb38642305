/// Genders of first names (`first-name-genders.txt`, from nam_dict): lets "she" skip back past
/// "John Smith" to "Mary Jones". Unisex and unknown names fit either pronoun.
public struct FirstNameGenders: Sendable {
    public enum Gender: Sendable { case female, male }
    let genders: [String: Gender]

    public init(parsing text: String) {
        var genders: [String: Gender] = [:]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2 else { continue }
            genders[String(parts[1])] = parts[0] == "F" ? .female : parts[0] == "M" ? .male : nil
        }
        self.genders = genders
    }

    public func gender(of firstName: String) -> Gender? { genders[firstName] }

    /// English third-person pronouns and the gender they ask for.
    static let pronouns: [String: Gender] = ["he": .male, "him": .male, "his": .male, "she": .female, "her": .female]

    /// Whether a person named `name` ("Mary Jones", "Jones") may be what `pronoun` refers to:
    /// true unless both the pronoun and the name's first word have a gender and they differ.
    public func fits(pronoun: String, name: String) -> Bool {
        guard let wanted = Self.pronouns[pronoun.lowercased()],
              let first = name.split(separator: " ").first, let g = genders[String(first)] else { return true }
        return g == wanted
    }
}
