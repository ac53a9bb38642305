/// Names that denote the same entity ("USA", "Vereinigte Staaten", "Amerika"), German and
/// English, with the entity's type. Ordinary knowledge as a data table; extend freely.
public enum AliasTable {
    public struct Entry: Sendable {
        public let type: EntityType
        public let names: [String]
    }

    public static let entries: [Entry] = [
        Entry(type: .LOC, names: ["USA", "US", "U.S.", "U.S.A.", "Vereinigte Staaten", "Vereinigten Staaten",
                                  "Vereinigte Staaten von Amerika", "United States", "United States of America",
                                  "Amerika", "America"]),
        Entry(type: .ORG, names: ["UN", "UNO", "U.N.", "Vereinte Nationen", "Vereinten Nationen", "United Nations"]),
        Entry(type: .ORG, names: ["EU", "E.U.", "Europäische Union", "Europäischen Union", "European Union"]),
        Entry(type: .ORG, names: ["NATO", "Nato", "North Atlantic Treaty Organization", "Nordatlantikpakt"]),
        Entry(type: .LOC, names: ["UK", "U.K.", "Großbritannien", "Vereinigtes Königreich", "Vereinigten Königreich",
                                  "United Kingdom", "Britain", "Great Britain"]),
        Entry(type: .LOC, names: ["Russland", "Russia", "Russische Föderation", "Russischen Föderation", "Russian Federation"]),
        Entry(type: .LOC, names: ["Deutschland", "Germany", "Bundesrepublik", "Bundesrepublik Deutschland", "BRD"]),
        Entry(type: .LOC, names: ["China", "Volksrepublik China", "People's Republic of China"]),
        Entry(type: .LOC, names: ["Kiew", "Kyjiw", "Kiev", "Kyiv"]),
        Entry(type: .LOC, names: ["Moskau", "Moscow"]),
        Entry(type: .LOC, names: ["Cherson", "Kherson"]),
        Entry(type: .LOC, names: ["Weißrussland", "Belarus"]),
        Entry(type: .LOC, names: ["Niederlande", "Holland", "Netherlands"]),
        Entry(type: .LOC, names: ["Schweiz", "Switzerland"]),
        Entry(type: .LOC, names: ["Österreich", "Austria"]),
        Entry(type: .ORG, names: ["WHO", "Weltgesundheitsorganisation", "World Health Organization"]),
        Entry(type: .ORG, names: ["EZB", "ECB", "Europäische Zentralbank", "Europäischen Zentralbank", "European Central Bank"]),
        Entry(type: .ORG, names: ["IWF", "IMF", "Internationaler Währungsfonds", "Internationalen Währungsfonds",
                                  "International Monetary Fund"]),
        Entry(type: .ORG, names: ["Kreml", "Kremlin"]),
        Entry(type: .ORG, names: ["Weißes Haus", "Weißen Haus", "White House"]),
        Entry(type: .ORG, names: ["SPD", "Sozialdemokratische Partei Deutschlands"]),
        Entry(type: .ORG, names: ["CDU", "Christlich Demokratische Union"]),
    ]

    /// Alias name -> index of its entry.
    public static let index: [String: Int] = {
        var map: [String: Int] = [:]
        for (i, e) in entries.enumerated() { for n in e.names where map[n] == nil { map[n] = i } }
        return map
    }()
}
