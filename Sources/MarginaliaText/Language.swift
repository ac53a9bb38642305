/// The article languages Marginalia analyses specially. Anything else is `.unknown` and is
/// analysed with the English (capitalisation-based) rules.
public enum Language: String, Codable, Sendable, CaseIterable {
    case de, en, unknown
}
