/// German names of countries, regions and continents that GeoNames' city file does not give
/// (it lists cities, and `countries.json` has English names only). Ordinary knowledge, written
/// by hand; `marginalia train lexicon` merges it into the shipped place list.
public enum GermanPlaceNames {
    public static let countries: [String] = [
        "Afghanistan", "Ägypten", "Albanien", "Algerien", "Andorra", "Angola", "Argentinien",
        "Armenien", "Aserbaidschan", "Äthiopien", "Australien", "Bahrain", "Bangladesch", "Belarus",
        "Belgien", "Bolivien", "Bosnien", "Bosnien-Herzegowina", "Bosnien und Herzegowina",
        "Brasilien", "Bulgarien", "Burkina Faso", "Chile", "China", "Costa Rica", "Dänemark",
        "Deutschland", "Bundesrepublik", "Ecuador", "Elfenbeinküste", "El Salvador", "Eritrea",
        "Estland", "Finnland", "Frankreich", "Georgien", "Ghana", "Griechenland", "Großbritannien",
        "Guatemala", "Haiti", "Honduras", "Indien", "Indonesien", "Irak", "Iran", "Irland",
        "Island", "Israel", "Italien", "Jamaika", "Japan", "Jemen", "Jordanien", "Kambodscha",
        "Kamerun", "Kanada", "Kasachstan", "Katar", "Kenia", "Kirgisistan", "Kolumbien", "Kongo",
        "Korea", "Nordkorea", "Südkorea", "Kosovo", "Kroatien", "Kuba", "Kuwait", "Laos",
        "Lettland", "Libanon", "Libyen", "Liechtenstein", "Litauen", "Luxemburg", "Madagaskar",
        "Malaysia", "Mali", "Malta", "Marokko", "Mexiko", "Moldau", "Moldawien", "Monaco",
        "Mongolei", "Montenegro", "Mosambik", "Myanmar", "Namibia", "Nepal", "Neuseeland",
        "Nicaragua", "Niederlande", "Holland", "Niger", "Nigeria", "Nordmazedonien", "Mazedonien",
        "Norwegen", "Oman", "Österreich", "Pakistan", "Palästina", "Panama", "Paraguay", "Peru",
        "Philippinen", "Polen", "Portugal", "Ruanda", "Rumänien", "Russland", "Sambia",
        "Saudi-Arabien", "Schweden", "Schweiz", "Senegal", "Serbien", "Simbabwe", "Singapur",
        "Slowakei", "Slowenien", "Somalia", "Spanien", "Sri Lanka", "Südafrika", "Sudan",
        "Südsudan", "Syrien", "Tadschikistan", "Taiwan", "Tansania", "Thailand", "Tibet",
        "Tschad", "Tschechien", "Tschechische Republik", "Tunesien", "Türkei", "Turkmenistan",
        "Uganda", "Ukraine", "Ungarn", "Uruguay", "Usbekistan", "Vatikan", "Venezuela",
        "Vereinigte Arabische Emirate", "Vereinigte Staaten", "Vereinigtes Königreich", "Vietnam",
        "Weißrussland", "Zypern", "USA", "UdSSR", "Sowjetunion", "DDR", "BRD", "Amerika", "England",
        "Schottland", "Wales", "Nordirland", "Kurdistan", "Krim", "Grönland", "Kuba",
        // German names that differ from the English ones of countries.json
        "Antigua und Barbuda", "Äquatorialguinea", "Botsuana", "Dominikanische Republik", "Swasiland",
        "Fidschi", "Gabun", "Kap Verde", "Kirgistan", "Komoren", "Demokratische Republik Kongo",
        "Republik Kongo", "Malediven", "Marshallinseln", "Mauretanien", "Mikronesien", "Birma",
        "Osttimor", "Timor-Leste", "Papua-Neuguinea", "Salomonen", "São Tomé und Príncipe",
        "Sao Tomé und Príncipe", "Seychellen", "St. Kitts und Nevis", "St. Lucia",
        "St. Vincent und die Grenadinen", "Trinidad und Tobago", "Vatikanstadt",
        "Zentralafrikanische Republik", "Färöer",
    ]

    public static let regions: [String] = [
        "Europa", "Asien", "Afrika", "Nordamerika", "Südamerika", "Lateinamerika", "Ozeanien",
        "Antarktis", "Arktis", "Nahost", "Naher Osten", "Mittlerer Osten", "Balkan", "Kaukasus",
        "Sibirien", "Skandinavien", "Donbass", "Donbas", "Westjordanland", "Gazastreifen", "Gaza",
        "Golanhöhen", "Tschetschenien", "Katalonien", "Baskenland", "Kalifornien", "Texas",
        "Florida", "Bayern", "Baden-Württemberg", "Berlin", "Brandenburg", "Bremen", "Hamburg",
        "Hessen", "Mecklenburg-Vorpommern", "Niedersachsen", "Nordrhein-Westfalen",
        "Rheinland-Pfalz", "Saarland", "Sachsen", "Sachsen-Anhalt", "Schleswig-Holstein",
        "Thüringen", "Tirol", "Südtirol", "Kärnten", "Steiermark", "Vorarlberg", "Burgenland",
        "Ostsee", "Nordsee", "Mittelmeer", "Schwarzes Meer", "Schwarzen Meer", "Atlantik",
        "Pazifik", "Alpen", "Rhein", "Donau", "Elbe", "Dnipro", "Dnjepr", "Wolga",
        // Rivers by their German names that are no German word, first name or well-known surname
        // ("Havel", "Maas" are surnames; "Main", "Inn", "Oder" are words: see the tables below)
        "Weser", "Neckar", "Saale", "Spree", "Isar", "Lahn", "Salzach", "Peene", "Wupper", "Neiße",
        "Werra", "Weichsel", "Themse", "Loire", "Rhone", "Rhône", "Tiber", "Ebro", "Tajo", "Dnjestr",
        "Jangtse", "Nil", "Ganges", "Euphrat", "Tigris", "Schelde", "Drau", "Theiß", "Sambesi", "Mekong",
        "Ruhrgebiet",
        "Westfalen", "Rheinland", "Pfalz", "Franken", "Schwaben", "Allgäu", "Oberbayern",
        "Niederbayern", "Lausitz", "Vogtland", "Harz", "Eifel", "Schwarzwald", "Bodensee",
        "Ostdeutschland", "Westdeutschland", "Norddeutschland", "Süddeutschland", "Ostukraine",
        "Südukraine", "Westeuropa", "Osteuropa", "Mitteleuropa", "Südeuropa", "Nordeuropa",
        "Saporischschja", "Cherson", "Charkiw", "Luhansk", "Donezk", "Mariupol", "Bachmut",
    ]

    /// Landscapes, islands, mountain ranges, seas and disputed or historical regions that news
    /// names without a frame ("auf Sizilien", "über die Ägäis"). Ordinary geographic knowledge,
    /// written by hand. Names that are also a frequent German word ("Rügen", "Golf") or a people
    /// ("die Friesen") are left out. Read by `GermanPlaceFrames` only: merged into the place list,
    /// they would move the tagger's place feature, which also reads a genitive ("Nils" as "Nil"s).
    public static let landscapes: [String] = [
        // islands
        "Sizilien", "Sardinien", "Korsika", "Kreta", "Mallorca", "Ibiza", "Teneriffa", "Gran Canaria",
        "Sylt", "Usedom", "Helgoland", "Föhr", "Amrum", "Fehmarn", "Norderney", "Borkum",
        "Spiekeroog", "Langeoog", "Juist", "Hiddensee", "Lampedusa", "Lesbos", "Rhodos", "Korfu",
        "Tasmanien", "Sumatra", "Borneo", "Bali", "Neuguinea", "Hawaii", "Madeira", "Azoren",
        "Kanaren", "Balearen", "Spitzbergen", "Feuerland", "Sachalin", "Hokkaido", "Okinawa",
        // mountain ranges
        "Himalaya", "Pyrenäen", "Karpaten", "Apenninen", "Dolomiten", "Anden", "Rocky Mountains",
        "Appalachen", "Hindukusch", "Karakorum", "Erzgebirge", "Fichtelgebirge", "Riesengebirge",
        "Thüringer Wald", "Bayerischer Wald", "Bayerischen Wald", "Hunsrück", "Taunus", "Spessart",
        "Rhön", "Westerwald", "Sauerland", "Siegerland", "Odenwald", "Zugspitze", "Mont Blanc",
        "Matterhorn", "Mount Everest", "Kilimandscharo", "Vesuv", "Ätna",
        // seas, straits, bays and lakes
        "Adria", "Ägäis", "Karibik", "Ärmelkanal", "Bosporus", "Dardanellen", "Indischer Ozean",
        "Indischen Ozean", "Rotes Meer", "Roten Meer", "Kaspisches Meer", "Kaspischen Meer",
        "Arabisches Meer", "Arabischen Meer", "Südchinesisches Meer", "Südchinesischen Meer",
        "Ostchinesisches Meer", "Ostchinesischen Meer", "Persischer Golf", "Persischen Golf",
        "Golf von Mexiko", "Golf von Aden", "Nordpolarmeer", "Ochotskisches Meer", "Beringstraße",
        "Straße von Hormus", "Straße von Gibraltar", "Panamakanal", "Suezkanal", "Nord-Ostsee-Kanal",
        "Chiemsee", "Ammersee", "Starnberger See", "Gardasee", "Genfer See", "Genfersee", "Lago Maggiore",
        "Müritz", "Steinhuder Meer", "Wattenmeer", "Viktoriasee", "Baikalsee", "Totes Meer", "Toten Meer",
        // rivers whose name is no German word
        "Weser", "Mosel", "Neckar", "Saale", "Spree", "Havel", "Isar", "Lahn", "Werra", "Saar",
        "Nil", "Blauer Nil", "Weißer Nil", "Themse", "Ganges", "Amazonas", "Mississippi", "Mekong", "Euphrat", "Tigris", "Loire",
        "Rhône", "Tiber", "Weichsel", "Dnister", "Jangtse", "Sambesi", "Orinoco", "Jenissei", "Limpopo",
        // landscapes and regions
        "Toskana", "Bretagne", "Normandie", "Provence", "Elsass", "Lothringen", "Flandern", "Wallonie",
        "Lombardei", "Andalusien", "Galicien", "Patagonien", "Amazonien", "Sahara", "Sahel", "Negev",
        "Galiläa", "Sinai", "Darfur", "Kaschmir", "Bergkarabach", "Berg-Karabach", "Transnistrien",
        "Abchasien", "Südossetien", "Westsahara", "Nordzypern", "Dagestan", "Inguschetien", "Xinjiang",
        "Ostjerusalem", "Baltikum", "Maghreb", "Nordsyrien", "Nordirak",
        "Münsterland", "Emsland", "Uckermark", "Altmark", "Prignitz", "Spreewald", "Oberpfalz",
        "Oberfranken", "Mittelfranken", "Unterfranken", "Oberschwaben", "Rheinhessen", "Breisgau",
        "Chiemgau", "Wendland", "Oberlausitz", "Niederlausitz", "Ostfriesland", "Nordfriesland",
        "Dithmarschen", "Rheingau", "Bergisches Land", "Bergischen Land", "Niederrhein",
        "Oberrhein", "Mittelrhein", "Westbalkan", "Nahen Osten", "Nahen Ostens",
        "Mittleren Osten", "Mittleren Ostens", "Ferner Osten", "Fernen Osten", "Fernen Ostens", "Nordafrika", "Westafrika", "Ostafrika", "Südostasien", "Zentralasien",
        "Ostasien", "Südasien", "Mittelamerika", "Zentralafrika", "Nordostsyrien",
        "Mittlerer Westen", "Mittleren Westen", "Mittleren Westens",
        // the seat of a government named by an adjective and a noun
        "Weißes Haus", "Weiße Haus", "Weißen Haus", "Weißen Hauses",
    ]

    /// First-level regions of other countries and historical regions that news names alone ("in
    /// Ohio", "im Tessin", "aus Schlesien"): states, provinces and cantons, in their German form
    /// where German has one. The city list (GeoNames, towns of 15,000 people and more) holds none
    /// of them, and the tagger types a foreign one it has not seen as a person ("Ohio", "Kentucky").
    /// Ordinary geographic knowledge, written by hand; names that are also a German word or a first
    /// name ("Alberta", "Victoria", "Banat") are left out. Read as `landscapes` are, not merged
    /// into the place list.
    public static let administrativeRegions: [String] = [
        // states of the United States
        "Alabama", "Alaska", "Arizona", "Arkansas", "Colorado", "Connecticut", "Idaho", "Illinois", "Indiana",
        "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
        "Missouri", "Montana", "Nebraska", "Nevada", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Tennessee",
        "Utah", "Vermont", "Wisconsin", "Wyoming", "New Hampshire", "New Jersey", "New Mexico", "Rhode Island",
        "North Carolina", "South Carolina", "North Dakota", "South Dakota", "West Virginia",
        // provinces and territories of Canada
        "Ontario", "Quebec", "Québec", "Manitoba", "Saskatchewan", "Neufundland", "Nova Scotia", "British Columbia",
        "Yukon", "Nunavut",
        // states of Australia
        "Queensland", "New South Wales", "Westaustralien", "Südaustralien",
        // Swiss cantons
        "Aargau", "Appenzell", "Basel-Landschaft", "Basel-Stadt", "Glarus", "Graubünden", "Nidwalden", "Obwalden",
        "Schwyz", "Tessin", "Thurgau", "Waadt", "Wallis", "Neuenburg",
        // Austrian states
        "Oberösterreich", "Niederösterreich", "Salzburger Land",
        // historical and cross-border regions of Central and Eastern Europe
        "Schlesien", "Pommern", "Vorpommern", "Hinterpommern", "Ostpreußen", "Westpreußen", "Masuren", "Ermland",
        "Böhmen", "Mähren", "Siebenbürgen", "Sudetenland", "Bukowina", "Galizien", "Wolhynien", "Bessarabien",
        // Italian regions
        "Piemont", "Venetien", "Kalabrien", "Apulien", "Kampanien", "Ligurien", "Umbrien", "Latium", "Abruzzen",
        "Emilia-Romagna", "Friaul",
        // Spanish regions
        "Kastilien", "Aragonien", "Asturien", "Extremadura", "Navarra", "Murcia", "Kantabrien",
        // French regions
        "Burgund", "Aquitanien", "Okzitanien", "Picardie", "Auvergne", "Savoyen",
        // Dutch and Belgian provinces
        "Friesland", "Brabant", "Nordbrabant", "Seeland", "Limburg",
        // Chinese provinces
        "Sichuan", "Yunnan", "Guangdong", "Guangxi", "Hubei", "Hunan", "Henan", "Hebei", "Shandong", "Shanxi",
        "Shaanxi", "Gansu", "Qinghai", "Guizhou", "Fujian", "Zhejiang", "Jiangsu", "Jiangxi", "Anhui", "Liaoning",
        "Jilin", "Heilongjiang", "Hainan", "Ningxia", "Innere Mongolei",
        // Indian states
        "Punjab", "Pandschab", "Bengalen", "Westbengalen", "Bihar", "Uttar Pradesh", "Maharashtra", "Gujarat",
        "Kerala", "Tamil Nadu", "Karnataka", "Rajasthan", "Odisha", "Orissa", "Andhra Pradesh", "Madhya Pradesh",
        "Jharkhand", "Goa",
        // Russian republics and regions
        "Tatarstan", "Baschkortostan", "Jakutien", "Karelien", "Tschukotka", "Kamtschatka", "Burjatien", "Tuwa",
        // Mexican states
        "Chiapas", "Oaxaca", "Sonora", "Jalisco", "Yucatán", "Sinaloa", "Tamaulipas", "Michoacán", "Veracruz",
        // Brazilian states
        "Bahia", "Paraná", "Minas Gerais", "Rio Grande do Sul",
        // Afghan provinces
        "Helmand", "Kandahar", "Kundus", "Herat", "Nangarhar", "Paktia", "Chost", "Ghazni", "Badachschan",
        "Baghlan", "Uruzgan",
        // Pakistani provinces and regions
        "Belutschistan", "Wasiristan", "Nordwasiristan", "Südwasiristan", "Sindh", "Khyber Pakhtunkhwa",
        // Iraqi and Syrian provinces
        "Anbar", "Ninive", "Diyala", "Idlib",
        // Indonesian and Philippine regions
        "Aceh", "Westpapua", "Mindanao", "Luzon",
    ]

    /// Rivers that qualify a town's name in brackets ("Halle (Saale)", "Frankfurt (Oder)",
    /// "Neustadt (Wied)"); a bracket after a town is otherwise a dateline's agency ("Berlin (AFP)").
    public static let qualifyingRivers: Set<String> = [
        "Saale", "Oder", "Main", "Donau", "Elbe", "Rhein", "Ruhr", "Havel", "Spree", "Weser", "Lahn", "Mosel", "Neckar",
        "Inn", "Isar", "Wied", "Ems", "Lech", "Fils", "Rems", "Saar", "Sieg", "Fulda", "Werra", "Eder", "Ilm", "Dosse",
        "Pegnitz", "Regnitz", "Kocher", "Jagst", "Tauber", "Nahe", "Lippe", "Aller", "Leine", "Oste", "Trave", "Warnow",
    ]

    /// River names that are also common words or names ("Main", "Inn", "Oder", "Jordan"): a
    /// river only right after "am", "vom", "zum" (masculine) or "an der" (feminine), or in a frame
    /// ("der Fluss Inn"). Not merged into the place list.
    public static let masculineRiversAfterArticle: Set<String> = ["Main", "Inn", "Lech", "Po", "Don", "Jordan"]
    public static let feminineRiversAfterArticle: Set<String> = ["Oder", "Ems", "Seine", "Aller", "Nahe"]

    /// Rivers named by a common German noun ("Mulde", "Leine"): a river only after a river's noun
    /// ("Pegel der Mulde", "am Ufer der Leine").
    public static let riversNamedByAWord: Set<String> = ["Leine", "Lippe", "Sieg", "Mulde", "Elster", "Ruhr", "Eder", "Ilm", "Regen"]
}
