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
}
