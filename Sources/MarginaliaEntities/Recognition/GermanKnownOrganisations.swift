import MarginaliaText

/// Organisations that news names by a bare word, with no frame the patterns could read (issue 16):
/// international bodies and alliances ("die NATO", "die Weltbank"), police and intelligence
/// services, news agencies and broadcasters ("laut dpa"), web platforms ("über Twitter"), parties'
/// short names, armed groups ("die Taliban") and a few of the largest companies. The tagger learns
/// names from capitalisation and GermEval's sentences, so a compound common noun naming one body
/// ("Weltgesundheitsorganisation") or a name it never saw is missed or typed as a work or a person.
/// Written from general knowledge of these bodies, not from any article; GermEval 2014 types
/// them all ORG. Each word is matched as a whole token ("NATO-Gipfel" names no organisation).
extension GermanNamePatterns {
    /// Federal bodies whose name is one compound common noun, each unique in its country
    /// ("das Bundesverfassungsgericht entschied"): in GermEval's sentences the ones found are
    /// organisations. Courts, agencies, the parliament's two chambers and the army of Germany; the tagger, which
    /// learns names from capitalisation, reads them as common nouns.
    static let federalBodies: Set<String> = [
        "Bundesverfassungsgericht", "Bundesgerichtshof", "Bundesverwaltungsgericht", "Bundessozialgericht",
        "Bundesarbeitsgericht", "Bundesfinanzhof", "Bundespatentgericht", "Bundesrechnungshof", "Bundeskriminalamt",
        "Bundeskartellamt", "Bundesnachrichtendienst", "Bundesanwaltschaft", "Bundesbank", "Bundeswehr", "Bundestag",
        "Bundesverfassungsschutz", "Bundespresseamt", "Bundesarchiv", "Bundesumweltamt", "Bundesgesundheitsamt", "Bundesrat",
    ]
    /// The bodies and their genitives ("des Bundesverfassungsgerichts", "des Bundestages").
    static let federalBodyForms: Set<String> = federalBodies.union(federalBodies.map { $0 + "s" }).union(federalBodies.map { $0 + "es" })

    /// International and supranational bodies, alliances, their courts and agencies, and sport
    /// federations.
    static let internationalBodies: Set<String> = [
        "UN", "UNO", "Uno", "NATO", "Nato", "EU", "OSZE", "OECD", "OPEC", "Opec", "WTO", "WHO", "IWF", "IAEA", "IAEO", "UNHCR",
        "UNICEF", "Unicef", "UNESCO", "Unesco", "FAO", "ILO", "WFP", "UNDP", "UNEP", "UNRWA", "UNAIDS", "UNFPA", "ASEAN", "Asean",
        "ECOWAS", "Ecowas", "Mercosur", "APEC", "EZB", "EuGH", "EGMR", "IStGH", "Frontex", "Eurojust", "Eurostat", "Euratom", "ESA",
        "NASA", "Nasa", "Roskosmos", "CERN", "IOC", "IOK", "FIFA", "Fifa", "UEFA", "Uefa", "WADA", "Wada", "IAAF", "FIBA",
        "Europarat", "Europaparlament", "Weltbank", "Weltgesundheitsorganisation", "Welthandelsorganisation", "Welternährungsprogramm",
        "Welternährungsorganisation", "Weltklimarat", "Weltsicherheitsrat", "Weltwährungsfonds",
    ]
    /// Police, intelligence and security services, and national bodies outside the federal table
    /// (courts and agencies by their acronyms, aid services, unions, sport federations).
    static let securityBodies: Set<String> = [
        "Europol", "Interpol", "FBI", "CIA", "NSA", "KGB", "FSB", "Mossad", "MI5", "MI6", "BND", "BKA", "Stasi", "Gestapo",
        "Bundespolizei", "Bundesnetzagentur", "Pentagon", "Bundesheer", "BGH", "BVerfG", "BVerwG", "BFH", "BSG", "BfV", "BaFin", "BAMF",
        "KBA", "THW", "DRK", "ADAC", "DGB", "BDI", "DIHK", "DFB", "DFL", "DOSB", "GEW", "GDL", "GdP", "KfW", "EKD",
        // The services union, as it writes itself ("Verdi" alone is also the composer).
        "verdi", "ver.di", "Ver.di",
        // Other states' parliaments and councils named by one word.
        "Knesset", "Staatsduma", "Wächterrat",
        // The armed forces and security services of past German states.
        "Wehrmacht", "Reichswehr", "Kriegsmarine", "Volksarmee", "NVA", "MfS", "SS",
    ]
    /// News agencies and broadcasters, named alone as sources ("berichtete dpa", "sagte er der ARD").
    static let agenciesAndBroadcasters: Set<String> = [
        "dpa", "AFP", "AP", "Reuters", "Bloomberg", "Xinhua", "Tass", "TASS", "Interfax", "Kyodo", "ANSA", "APA", "SDA", "KNA", "epd",
        "ddp", "dapd", "sid", "SID", "EFE", "Yonhap", "IRNA", "UPI", "ITAR-TASS", "Itar-Tass", "Nowosti",
        "ARD", "ZDF", "ORF", "SRF", "SRG", "RTL", "Sat.1", "SAT.1", "ProSieben", "n-tv", "N24", "MDR", "NDR", "WDR", "SWR", "RBB",
        "rbb", "Deutschlandfunk", "Deutschlandradio", "BBC", "CNN", "NBC", "CBS", "NPR", "RAI", "Euronews", "Vox", "VOX", "Arte", "arte", "3sat", "Al-Dschasira",
        "al-Dschasira", "Al-Jazeera", "FAZ", "NZZ", "taz", "Handelsblatt", "Tagesspiegel", "Haaretz", "Ha'aretz", "Ha’aretz",
        // Papers and magazines by their one-word titles, German and foreign.
        "Wirtschaftswoche", "WirtschaftsWoche", "Hörzu", "Westfalenpost", "Abendblatt", "Bild-Zeitung", "Hürriyet",
        "Milliyet", "Al-Ahram", "Prawda", "Iswestija", "Kommersant", "Asahi", "Yomiuri", "Libération", "Guardian", "Telegraph",
        "Newsweek", "Economist", "Rzeczpospolita", "Aftonbladet", "Expressen", "Politiken", "Jyllands-Posten", "Kathimerini",
        "Tages-Anzeiger", "Tagesanzeiger",
        // Foreign papers named by an article and a word, which the tagger reads as a person.
        "Le Monde", "Le Figaro", "Le Parisien", "Le Point", "Le Devoir", "Le Soir", "La Presse", "El País", "El Mundo",
        "La Vanguardia", "La Repubblica", "La Stampa", "Il Messaggero", "Il Giornale", "Corriere della Sera",
        "Gazeta Wyborcza", "Nowaja Gaseta", "Nowaja Gazeta", "The Guardian", "The Independent", "The Times", "Daily Telegraph",
        "Daily Mail", "Daily Mirror", "USA Today", "China Daily", "Global Times", "Jerusalem Post", "De Telegraaf",
        "De Volkskrant", "Dagens Nyheter", "Helsingin Sanomat",
    ]
    /// Sports clubs news names by one word ("Schalke verlor"): the tagger reads a person or a place.
    /// Not those named by their town ("Bayern", "Barcelona"): the town would become a club; nor
    /// those that are also first names ("Hertha").
    static let clubNames: Set<String> = [
        "Schalke", "Juventus", "Ajax", "Feyenoord", "Benfica", "Galatasaray", "Fenerbahçe", "Fenerbahce",
        "Beşiktaş", "Besiktas", "Admira",
    ]
    /// Web platforms and internet companies ("teilte über Twitter mit").
    static let platforms: Set<String> = [
        "Twitter", "Facebook", "YouTube", "Youtube", "Instagram", "TikTok", "WhatsApp", "Telegram", "Snapchat", "LinkedIn", "Xing",
        "Reddit", "Flickr", "MySpace", "Myspace", "Tumblr", "Pinterest", "Twitch", "Wikipedia", "Wikimedia", "Wikileaks", "WikiLeaks",
        // Wikimedia's other projects, named as sources like Wikipedia.
        "Wikinews", "Wikidata", "Wiktionary",
        "Google", "Yahoo", "Netflix", "Spotify", "Skype", "Uber", "Airbnb", "PayPal", "Mastodon", "Amazon", "Alibaba", "Tencent",
        "Baidu", "Weibo", "StudiVZ",
    ]
    /// Parties' short names in German-speaking and other countries often in German news.
    static let partyNames: Set<String> = [
        "SPD", "CDU", "CSU", "FDP", "AfD", "NPD", "DVU", "PDS", "WASG", "SED", "KPD", "DKP", "MLPD", "ÖDP", "BSW", "Linkspartei",
        "Piratenpartei", "ÖVP", "SPÖ", "FPÖ", "BZÖ", "KPÖ", "SVP", "CVP", "BDP", "ANC", "PiS", "Fidesz", "Likud", "Kadima", "Labour",
        "Tories", "UKIP", "SNP", "UMP", "PSOE", "Syriza", "Podemos", "AKP", "CHP", "MHP", "HDP", "BJP", "Kuomintang", "Ennahda",
        "Jobbik", "Fatah", "ZANU-PF", "Swapo", "SWAPO", "Frelimo", "FRELIMO", "Fünf-Sterne-Bewegung",
    ]
    /// Armed, militant and terrorist groups.
    static let armedGroups: Set<String> = [
        "Taliban", "Al-Qaida", "al-Qaida", "Al-Kaida", "al-Kaida", "El-Kaida", "Hamas", "Hisbollah", "Hizbollah", "IS", "ISIS", "ISIL",
        "Daesh", "Daesch", "ETA", "IRA", "PKK", "YPG", "PYD", "FARC", "Farc", "ELN", "RAF", "NSU", "LTTE", "al-Shabaab", "Al-Shabaab",
        "Camorra", "Ndrangheta", "'Ndrangheta", "’Ndrangheta",
    ]
    /// Non-governmental organisations for the environment, aid and rights that news names by a bare
    /// word ("Greenpeace kritisierte …"): the tagger, never having seen them, reads a person or a place.
    static let campaignGroups: Set<String> = [
        "Greenpeace", "Attac", "Oxfam", "Foodwatch", "Caritas", "Misereor", "Welthungerhilfe", "NABU", "Nabu", "WWF", "Heilsarmee",
        "Sea-Watch", "Robin Wood", "Pro Asyl", "Transparency International", "Terre des Hommes",
        "Save the Children", "Friends of the Earth",
    ]
    /// Large companies that news names without a frame ("Siemens kündigte an"). Names that are
    /// also common words, places or frequent surnames are left out ("Allianz", "Bayer", "Ford").
    static let companies: Set<String> = [
        "Siemens", "Volkswagen", "VW", "BMW", "Daimler", "Audi", "Porsche", "Opel", "Lufthansa", "Telekom", "Commerzbank", "BASF",
        "SAP", "Bosch", "Thyssenkrupp", "ThyssenKrupp", "RWE", "EnBW", "Vattenfall", "Adidas", "Henkel", "Aldi", "Lidl", "Edeka",
        "Rewe", "Karstadt", "Airbus", "Boeing", "Gazprom", "Rosneft", "Aeroflot", "Samsung", "Sony", "Toyota", "Nissan", "Hyundai",
        "Huawei", "Microsoft", "Apple", "Intel", "IBM", "Nokia", "Ericsson", "Novartis", "Nestlé", "UBS", "Pfizer", "BioNTech",
        "Moderna", "AstraZeneca", "Monsanto", "Glencore", "ExxonMobil", "Starbucks", "Walmart", "Ryanair", "Easyjet", "EasyJet",
        "Nvidia", "Renault", "Peugeot", "Fiat", "Volvo", "Vodafone", "Deutsche Bahn", "Deutschen Bahn", "Deutsche Bank",
        "Deutschen Bank", "Deutsche Telekom", "Deutschen Telekom", "Deutsche Post", "Deutschen Post",
        // Carmakers, makers of electronics and software, banks and insurers, energy, chemicals and
        // pharmaceuticals, retail, transport and airlines that news names alone.
        "Mercedes-Benz", "Mazda", "Honda", "Mitsubishi", "Subaru", "Kia", "Skoda", "Škoda", "Citroën", "Chrysler", "Tesla",
        "Ferrari", "Lamborghini", "Bugatti", "Chevrolet", "Dacia", "Stellantis", "Geely", "BYD", "Scania", "Iveco",
        "Oracle", "Cisco", "Lenovo", "Xiaomi", "Panasonic", "Philips", "Infineon", "Qualcomm", "AMD", "Motorola", "Canon",
        "Nikon", "Fujitsu", "Hitachi", "Toshiba", "Hewlett-Packard", "SpaceX", "OpenAI", "Adobe", "Nintendo", "Ubisoft",
        "Zalando", "eBay", "Foxconn", "TSMC", "ASML", "Salesforce", "ByteDance",
        "Postbank", "HypoVereinsbank", "JPMorgan", "Barclays", "HSBC", "UniCredit", "Unicredit", "Santander", "Citigroup",
        "Generali", "AXA", "BlackRock", "Wirecard", "Goldman Sachs", "Morgan Stanley", "Credit Suisse", "Dresdner Bank",
        "BNP Paribas", "Munich Re", "Swiss Re", "Lehman Brothers",
        "E.ON", "Shell", "Uniper", "Wintershall", "Evonik", "Covestro", "Lanxess", "Roche", "Sanofi", "Fresenius",
        "Bertelsmann", "ProSiebenSat.1", "Disney", "Ikea", "IKEA", "Tchibo", "Kaufland", "DHL", "FedEx", "Maersk", "TUI",
        "Eurowings", "KLM", "Alitalia", "Air France", "Air Berlin", "Bombardier", "Embraer", "Rheinmetall", "Hapag-Lloyd",
        "Beiersdorf", "Hochtief", "Bilfinger", "Strabag", "Fressnapf", "Rossmann",
        // More makers, banks, exchanges, pollsters, publishers and media groups that news names alone.
        "Alfa Romeo", "Suzuki", "Yamaha", "Kawasaki", "Maserati", "Lancia", "Rolls-Royce", "Saab", "DaimlerChrysler",
        "Daimler-Benz", "General Motors", "Degussa", "Steag", "Schering", "Merck", "Voith", "Vossloh", "Kuka", "Knorr-Bremse",
        "ArcelorMittal", "Voestalpine", "Areva", "Gazprom", "Lukoil", "Petrobras", "Statoil", "Equinor", "Repsol", "Chevron",
        "BP", "Exxon", "Texaco", "Unilever", "Danone", "Haribo", "Ferrero", "Oetker", "Anheuser-Busch", "InBev", "Inbev",
        "Carlsberg", "Heineken", "Migros", "Carrefour", "Tesco", "Schlecker", "Tengelmann", "Neckermann", "Arcandor", "Hertie",
        "Paramount", "Warner Bros.", "Sony Music", "Universal Music", "Pixar", "DreamWorks", "Viacom", "Time Warner",
        "Axel Springer", "Gruner + Jahr", "Suhrkamp", "Rowohlt", "Kohlhammer", "McGraw-Hill",
        "Novell", "Red Hat", "VMware", "Symantec", "Kaspersky", "Mozilla", "AOL", "Napster", "Atari", "Sega", "Capcom",
        "Konami", "Activision", "Electronic Arts", "Bioware", "BioWare", "Blue Byte", "Navigon", "TomTom", "Sanyo", "Acer",
        "Asus", "Compaq", "Nixdorf", "T-Mobile", "Telefónica", "Swisscom", "E-Plus", "Mobilcom", "Verizon", "AT&T",
        "AIG", "Allianz SE", "Euronext", "Nasdaq", "NYSE", "Nyse", "Deutsche Börse", "Deutschen Börse", "Northern Rock",
        "Merrill Lynch", "Bear Stearns", "Fannie Mae", "Freddie Mac", "Citibank", "Wells Fargo", "ABN Amro", "Fortis",
        "Dexia", "Crédit Lyonnais", "Crédit Agricole", "Société Générale", "Mastercard", "MasterCard", "American Express",
        "Moody's", "Standard & Poor's", "HSH Nordbank", "WestLB", "BayernLB", "Hypo Real Estate", "Julius Bär",
        "Varig", "Iberia", "British Airways", "Austrian Airlines", "Germanwings", "Amtrak", "SNCF", "ÖBB", "SBB",
        "Forsa", "Emnid", "Infratest", "Infratest dimap", "YouGov", "Ipsos", "Gallup", "GfK", "Stiftung Warentest", "Charité",
    ]
    /// Names of several words, of all the kinds above (the inflected forms an adjective takes).
    static let knownMultiWordNames: Set<String> = [
        "Vereinte Nationen", "Vereinten Nationen", "Europäische Union", "Europäischen Union", "Europäische Kommission",
        "Europäischen Kommission", "Europäische Zentralbank", "Europäischen Zentralbank", "Europäischer Gerichtshof",
        "Europäischen Gerichtshof", "Europäischen Gerichtshofs", "Internationaler Währungsfonds", "Internationalen Währungsfonds",
        "Internationale Atomenergiebehörde", "Internationalen Atomenergiebehörde", "Internationaler Strafgerichtshof",
        "Internationalen Strafgerichtshof", "Internationalen Strafgerichtshofs", "Afrikanische Union", "Afrikanischen Union",
        "Arabische Liga", "Arabischen Liga", "Rotes Kreuz", "Roten Kreuz", "Roten Kreuzes", "Roter Halbmond", "Roten Halbmond",
        "Amnesty International", "Human Rights Watch", "Ärzte ohne Grenzen", "Reporter ohne Grenzen", "Scotland Yard",
        "IG Metall", "Boko Haram", "Islamischer Staat", "Islamischen Staat", "Islamischen Staates", "Islamischen Staats",
        "Rote Armee Fraktion", "Rote Armee", "Roten Armee", "Deutsche Wehrmacht", "Deutschen Wehrmacht",
        "Ruhr Nachrichten", "Deutsche Welle", "Deutschen Welle", "Al Jazeera", "Sinn Féin", "Auswärtige Amt", "Auswärtigen Amt",
        "Auswärtigen Amtes", "Auswärtigen Amts", "Auswärtiges Amt", "Cosa Nostra", "RTL II",
        "Voice of America", "Radio Free Europe", "Fox News", "Sky News", "IG BCE",
        // The party of independent voters' groups in Germany and its forms.
        "Freie Wähler", "Freien Wähler", "Freien Wählern",
    ]

    /// Every one-word name, and its genitive in -s where the name ends in a lower-case letter
    /// ("Twitters", "des Europarats"), and in -es after a consonant ("des Bundesheeres").
    static let knownOrganisationWords: Set<String> = {
        let all = internationalBodies.union(securityBodies).union(agenciesAndBroadcasters).union(platforms).union(partyNames)
            .union(armedGroups).union(companies).union(campaignGroups).union(knownMultiWordNames).union(clubNames).filter { !$0.contains(" ") }
        let genitives = all.filter { w in
            guard let last = w.unicodeScalars.last, ScalarClass.isLowercase(last) else { return false }
            return !["s", "ß", "x", "z"].contains(last)
        }
        // "des Bundesheeres", "des Europarates": the genitive in -es after a consonant too.
        let longGenitives = genitives.filter { w in !["a", "e", "i", "o", "u", "y", "ä", "ö", "ü", "é"].contains(w.unicodeScalars.last!) }
        return all.union(genitives.map { $0 + "s" }).union(longGenitives.map { $0 + "es" })
    }()
    /// The names of several words by their first word.
    static let knownMultiWordStarts: [String: [[String]]] = {
        var starts: [String: [[String]]] = [:]
        for name in knownMultiWordNames.union(companies).union(campaignGroups).union(agenciesAndBroadcasters) where name.contains(" ") {
            let words = name.split(separator: " ").map(String.init)
            starts[words[0], default: []].append(words)
        }
        // The longest name first ("Rote Armee Fraktion" before "Rote Armee").
        return starts.mapValues { $0.sorted { $0.count > $1.count } }
    }()
    /// Asked of every token before any hashing: a bit for each byte length of the names (and of the
    /// first words of the longer ones), by their first two bytes.
    static let knownShapes: [UInt64] = {
        var shapes = [UInt64](repeating: 0, count: 4096)
        for w in knownOrganisationWords.union(knownMultiWordStarts.keys) {
            shapes[shapeIndex(w.utf8)] |= 1 << UInt64(min(w.utf8.count, 63))
        }
        return shapes
    }()

    static func shapeIndex(_ bytes: String.UTF8View) -> Int {
        var it = bytes.makeIterator()
        let first = Int(it.next() ?? 0), second = Int(it.next() ?? 0)
        return (first &* 64 &+ second) & 4095
    }

    /// A well-known organisation's name at token `i`: a whole token of the tables (or its
    /// genitive), or the words of a name of several. Not a surname of a person the article names
    /// in full ("Michael Bloomberg" … "Bloomberg"), and a company not after an indefinite article or a
    /// possessive, where it is a product ("fährt einen Porsche").
    static func knownOrganisation(_ s: [Token], at i: Int, surnames: Set<String>) -> Span? {
        let w = s[i].text
        // Asked of every token: a capital or one of the few lower-case first letters ("dpa", "taz",
        // "al-Qaida") before any hashing.
        guard let lead = w.utf8.first else { return nil }
        // "CDU/CSU": names joined by a slash, each known, as one token (not "CDU/CSU-Fraktion").
        if lead >= 65 && lead <= 90, w.utf8.count >= 5, w.utf8.contains(UInt8(ascii: "/")) {
            let parts = w.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count >= 2, parts.allSatisfy({ knownOrganisationWords.contains(String($0)) }) else { return nil }
            return s[i].span
        }
        guard knownShapes[shapeIndex(w.utf8)] & (1 << UInt64(min(w.utf8.count, 63))) != 0 else { return nil }
        if i + 1 < s.count, let names = knownMultiWordStarts[w] {
            for words in names where i + words.count <= s.count && (1..<words.count).allSatisfy({ s[i + $0].text == words[$0] }) {
                // "Internationaler Strafgerichtshof für …": a longer name.
                if i + words.count < s.count, ["für", "zur", "zum"].contains(s[i + words.count].text) { return nil }
                return Span(s[i].span.start, s[i + words.count - 1].span.end)
            }
        }
        guard w.utf8.count >= 2, knownOrganisationWords.contains(w), !surnames.contains(w) else { return nil }
        if i + 1 < s.count, ["für", "zur", "zum"].contains(s[i + 1].text) { return nil }
        // "Schalke 04", "Ajax Amsterdam": a club's longer name is left to the club patterns.
        if clubNames.contains(w), i + 1 < s.count, isCapitalised(s[i + 1].text) || s[i + 1].text.utf8.first.map({ $0 >= 48 && $0 <= 57 }) == true {
            return nil
        }
        if companies.contains(w) {
            // "VW Käfer", "einen roten Beispiel Kombi": a model's name after the maker's is a product.
            if i + 1 < s.count, isCapitalised(s[i + 1].text), !legalForms.contains(s[i + 1].text) { return nil }
            // "Beispiel 3", "Beispiel 208": a model's number after the maker's name.
            if i + 1 < s.count, let d = s[i + 1].text.utf8.first, d >= 48 && d <= 57, s[i + 1].text.utf8.count <= 4 { return nil }
            var k = i - 1
            while k >= 0, i - k <= 3, !isCapitalised(s[k].text), ["e", "en", "er", "em", "es"].contains(where: { s[k].text.hasSuffix($0) }),
                  !productDeterminers.contains(s[k].text), !definiteArticles.contains(s[k].text) { k -= 1 }
            if k >= 0, productDeterminers.contains(s[k].text) { return nil }
        }
        return s[i].span
    }

    /// Words before a company's name that make it a product ("einen Porsche", "seinen BMW").
    static let productDeterminers: Set<String> = indefiniteArticles.union([
        "mein", "meinen", "meinem", "dein", "sein", "seinen", "seinem", "ihr", "ihren", "ihrem", "unser", "unseren", "im",
    ])
}

extension GermanNamePatterns {
    /// "die Grünen", "der baden-württembergischen Grünen", "der Linken", "die Linke": a party named
    /// by a nominalised adjective, after an article (the Greens perhaps after a lower-case
    /// adjective of region). Not "im Grünen" (in the countryside), not "der radikalen Linken" (the
    /// left at large), not before a capitalised word ("die Grüne Jugend", "die Linke Liste"), and
    /// not where the word opens the sentence.
    static let partyAdjectives: Set<String> = ["Grünen", "Grüne", "Linken", "Linke"]

    static func partyByAdjective(_ s: [Token], at i: Int) -> Span? {
        let w = s[i].text
        guard w.utf8.first == UInt8(ascii: "G") || w.utf8.first == UInt8(ascii: "L"), partyAdjectives.contains(w),
              i > 0 else { return nil }
        if i + 1 < s.count, isCapitalised(s[i + 1].text) { return nil }
        // "CDU und Grünen", "SPD, FDP, Linke", "Grünen und SPD", "Linke und Grüne": a party named
        // beside another (the plural "Grüne" only there).
        let links: Set<String> = ["und", "oder", "sowie", ","]
        func isParty(_ k: Int) -> Bool {
            k >= 0 && k < s.count && (partyNames.contains(s[k].text) || partyAdjectives.contains(s[k].text) && (k + 1 == s.count || !isCapitalised(s[k + 1].text)))
        }
        if links.contains(s[i - 1].text), isParty(i - 2) { return s[i].span }
        if i + 2 < s.count, links.contains(s[i + 1].text), isParty(i + 2) { return s[i].span }
        if w == "Grüne" { return nil }
        var k = i - 1
        if w == "Grünen", k > 0, !isCapitalised(s[k].text), s[k].text.unicodeScalars.count >= 4, endsWith(s[k].text, "en") || endsWith(s[k].text, "e"),
           !definiteArticles.contains(s[k].text) { k -= 1 }
        let before = s[k].text
        switch w {
        case "Linke": guard before == "die" || before == "der" || before == "Die" && k > 0 else { return nil }
        case "Linken": guard before == "der" || before == "den" || before == "die" else { return nil }
        default: guard ["die", "der", "den", "Die", "von", "mit"].contains(before), before != "Die" || k > 0 else { return nil }
        }
        return s[i].span
    }
}
