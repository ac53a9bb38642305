import MarginaliaText

/// Capitalised terms that are no names (issue 16: precision of MISC and ORG): substances written
/// as formulas or abbreviations, diseases and a role by their abbreviations. GermEval marks none
/// ("130 Gramm CO2", "der Sprengstoff TNT"); the tagger reads the capitals as a name's. Also the
/// groups of states named by a number ("G7", "G20"), which are organisations, not MISC. (Coined
/// terms in quotation marks used as common nouns are `QuotedPhrases`' job.) And peoples named by
/// a noun of their own ("Roma", "Kurden").
enum TermsNotNames {
    /// Substances by formula or abbreviation (general chemistry; not "PET" or "EPO", which
    /// name other things too), diseases, a role and technical standards by their abbreviations,
    /// feasts and religions.
    static let commonTerms: Set<String> = [
        "CO2", "CO₂", "SO2", "SO₂", "NO2", "NO₂", "NOx", "N2O", "N₂O", "CH4", "CH₄", "H2O", "H₂O", "NH3", "NH₃",
        "O3", "O₃", "H2S", "H₂S", "TNT", "PVC", "DDT", "PCB", "FCKW", "HFKW", "LSD", "THC", "MDMA", "PFAS",
        "DNA", "DNS", "RNA", "mRNA",
        "AIDS", "Aids", "HIV", "BSE", "SARS", "MERS", "EHEC", "CEO",
        // Technical standards and media ("kompatibel mit GSM und UMTS", "auf DVD").
        "GSM", "GPRS", "UMTS", "LTE", "WLAN", "GPS", "SMS", "MMS", "DVD", "USB", "MP3", "DSL", "ISDN", "HDMI", "RFID", "HD",
        // Feasts and holidays, which GermEval leaves unmarked ("zwischen Weihnachten und Silvester").
        "Weihnachten", "Ostern", "Pfingsten", "Silvester", "Neujahr", "Karneval", "Fasching", "Fastnacht", "Ramadan",
        "Aschura", "Pessach", "Chanukka", "Diwali",
        // Religions, which GermEval leaves unmarked too ("zwischen Christentum und Islam").
        "Islam", "Christentum", "Judentum", "Buddhismus", "Hinduismus",
    ]

    /// Peoples and religious groups named by a noun of their own, not by a country's: GermEval
    /// marks no people ("die Geschichte der Roma", "unter den Kurden"); the place list holds some
    /// of the words as towns ("Roma"), so the tagger reads a place, a person or a body.
    static let peoples: Set<String> = [
        "Roma", "Sinti", "Kurden", "Uiguren", "Tamilen", "Paschtunen", "Tutsi", "Hutu", "Aborigines", "Inuit", "Massai",
        "Beduinen", "Tuareg", "Jesiden", "Alawiten", "Schiiten", "Sunniten", "Rohingya", "Hazara", "Belutschen", "Tataren",
        "Maori", "Sorben", "Kopten", "Drusen", "Sikhs", "Parsen",
    ]

    static func apply(_ mentions: [EntityMention]) -> [EntityMention] {
        var kept: [EntityMention] = []
        kept.reserveCapacity(mentions.count)
        for var m in mentions {
            if commonTerms.contains(m.text) || peoples.contains(m.text) || isVirusSubtype(m.text) { continue }
            if m.type == .MISC, isNumberedGroup(m.text) { m.type = .ORG }
            kept.append(m)
        }
        return kept
    }

    /// An influenza subtype: "H5N1", "H1N1".
    static func isVirusSubtype(_ w: String) -> Bool {
        let s = Array(w.unicodeScalars)
        guard s.count >= 4, s.count <= 6, s[0] == "H", let n = s.firstIndex(of: "N"), n > 1, n < s.count - 1 else { return false }
        return s[1..<n].allSatisfy(ScalarClass.isNumeric) && s[(n + 1)...].allSatisfy(ScalarClass.isNumeric)
    }

    /// "G7", "G8", "G20": a group of states.
    static func isNumberedGroup(_ w: String) -> Bool {
        let s = w.unicodeScalars
        return s.count >= 2 && s.count <= 3 && s.first == "G" && s.dropFirst().allSatisfy(ScalarClass.isNumeric)
    }
}

extension TermsNotNames {
    /// "polyzyklische aromatische Kohlenwasserstoffe (PAK)", "künstliche Intelligenz (KI)": an
    /// acronym in brackets whose letters are the initials of the words right before it, one of
    /// them an inflected adjective in small letters, shortens a common term, not a name (a name
    /// writes its adjectives capitalised: "Europäische Zentralbank (EZB)"). Every mention of the
    /// acronym in the article is dropped.
    static func termAcronyms(_ mentions: [EntityMention], text: ArticleText) -> [EntityMention] {
        var terms = Set<String>()
        for m in mentions where ContextTypes.isBracketed(m.span, text) && isTermAcronym(m, text) { terms.insert(m.text) }
        guard !terms.isEmpty else { return mentions }
        return mentions.filter { !terms.contains($0.text) }
    }

    static func isTermAcronym(_ m: EntityMention, _ text: ArticleText) -> Bool {
        let letters = Array(m.text.unicodeScalars)
        guard letters.count >= 2, letters.count <= 6, letters.allSatisfy(ScalarClass.isUppercase) else { return false }
        // The words before "(", last first.
        var end = m.span.start - 2
        guard end > 0, text[end] == " " else { return false }
        var lowerAdjective = false
        for (k, letter) in letters.reversed().enumerated() {
            var start = end
            while start > 0, NameContinuation.isLetter(text[start - 1]) { start -= 1 }
            guard start < end, String(text[start]).lowercased() == String(letter).lowercased() else { return false }
            if CommonNounUse.isAttributive(text[Span(start, end)]) { lowerAdjective = true }
            if k == letters.count - 1 { break }
            end = start - 1
            guard end > 0, text[end] == " " else { return false }
        }
        return lowerAdjective
    }
}
