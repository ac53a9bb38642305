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
        "Pazifik", "Alpen", "Rhein", "Donau", "Elbe", "Dnipro", "Dnjepr", "Wolga", "Ruhrgebiet",
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
        "Nil", "Themse", "Ganges", "Amazonas", "Mississippi", "Mekong", "Euphrat", "Tigris", "Loire",
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
