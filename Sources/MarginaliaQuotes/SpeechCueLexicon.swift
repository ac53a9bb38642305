import MarginaliaEntities

/// Hand-written word tables for quotation attribution in German and English news.
/// Everything is lower-case word forms; matching is by exact token.
///
/// The tables were written by hand (ordinary knowledge of both languages); the WikiNews corpus
/// was only used to check which cues matter.
enum SpeechCueLexicon {
    /// Verbs (finite forms and participles) that introduce or attribute what someone said.
    static let germanCueVerbs: Set<String> = SpeechVerbs.germanFinite.union(words("""
    sagten sagen sage gesagt sagte's
    erklärten erklären erkläre
    betonten betonen
    fügte fügten fügt hinzugefügt ergänzten
    teilte teilten teilt mitgeteilt mitteilte
    meinten
    bezeichnete bezeichneten bezeichnet nannte nannten nennt genannt
    sprach sprachen spricht sprechen gesprochen
    warnten gewarnt mahnte mahnten mahnt
    kritisierten
    einräumen einräumte rechtfertigte rechtfertigten rechtfertigt
    forderte forderten fordert gefordert verlangte verlangten verlangt
    schrieben geschrieben
    berichteten
    unterstrich unterstrichen bekräftigte bekräftigten bekräftigt
    versicherten sicherte sicherten zugesichert
    räumte räumten räumt eingeräumt gab gaben gibt
    bestätigten
    kommentierte kommentierten kommentiert
    zitierten
    äußerte äußerten äußert geäußert
    meldeten
    verkündete verkündeten verkündet
    entgegnete entgegneten entgegnet antwortete antworteten antwortet
    fragte fragten fragt gefragt fragen
    rief riefen ruft
    appellierte appellierten appelliert
    beklagte beklagten beklagt klagte klagten
    lobte lobten lobt
    urteilte urteilten urteilt
    begründete begründeten begründet
    argumentierte argumentierten argumentiert
    versprach versprachen verspricht
    kündigte kündigten kündigt angekündigt
    stellte stellten stellt
    glaubt glaubte glauben hofft hoffte befürchtet befürchtete fürchtet
    sieht sah hält hielt
    verlautete verlautet hieß heißt geheißen lautete lautet
    beschrieb beschreibt beschrieben
    twitterte twitterten schwärmte schwärmten würdigte würdigten würdigt attackierte attackierten
    bezweifelte bezweifelten bezweifelt zurückgewiesen ausdrückte ausgedrückt formulierte formuliert
    prangerte prangerten vorgeworfen warf warfen wirft ausführte ausgeführt führte führten
    mitgeteilt bekanntgegeben geäußert worten eingestuft
    rät riet raten empfiehlt empfahl empfehlen droht drohte drohten verlangt lobt
    unterstreicht bekräftigt kommentiert entgegnet antwortet
    bilanzierte resümierte folgerte schloss schilderte schilderten schildert
    wies weist gestand gestanden
    charakterisierte charakterisierten charakterisiert titulierte titulierten tituliert
    behaupteten
    erinnerte erinnerten erinnert
    zeigte zeigten zeigt
    skandierten skandierte riefen
    erläuterte erläuterten erläutert beteuerte beteuerten beteuert erzählte erzählten erzählt
    bemerkte bemerkten bemerkt erwiderte erwiderten erwidert konterte konterten kontert
    verrieten bestritt bestritten bestreitet dementierte dementierten dementiert
    widersprach widersprachen widerspricht präzisierte präzisierten präzisiert
    bekannte bekannten bekennt verwies verweist hob hoben hebt hervorgehoben
    klagt schilderten versprochen zugegeben beklagt prophezeite prophezeiten prognostizierte
    """))

    static let englishCueVerbs: Set<String> = SpeechVerbs.englishFinite.union(words("""
    say saying tells tell adds explains states
    noted notes writes written insisted insists argues warns
    claimed claims declared declares announced announces replied replies responded responds
    commented comments continued continues recalled recalls called calls described describes
    urged urges admitted admits acknowledged acknowledges conceded concedes stressed stresses
    emphasised emphasized emphasises emphasizes suggested suggests predicted predicts
    tweeted tweets posted posts quipped joked maintained maintains cautioned complained complains
    asks answered answers promised promises vowed vows confirmed confirms
    concluded concludes observed observes reported reports remarked remarks
    testified testifies shouted yelled whispered pleaded
    asserted asserts reiterated reiterates countered counters retorted exclaimed cried
    muttered murmured boasted boasts recounted recounts disclosed revealed reveals denied denies
    mentioned mentions pointed
    """))

    /// "laut X", "gemäß X", "X zufolge" ("nach Angaben von X" and "according to X" are matched in
    /// `AttributionCues.isSourceMarker`).
    static let germanSourcePrepositions: Set<String> = words("laut gemäß zufolge")

    /// Nouns that announce a name or title in marks: "die Tageszeitung „La Repubblica“".
    static let mediaAndNamingNouns: Set<String> = words("""
    zeitung tageszeitung wochenzeitung zeitschrift magazin nachrichtenmagazin blatt fachblatt
    boulevardblatt journal sender fernsehsender radiosender nachrichtenagentur agentur portal
    nachrichtenportal onlineportal website webseite blog sendung talkshow show serie fernsehserie
    film kinofilm dokumentarfilm buch roman band album lied song single titel oper musical theaterstück
    stück ausstellung programm projekt operation mission aktion kampagne initiative bündnis
    motto slogan name namen spitzname begriff wort stichwort schlagwort unwort kategorie rubrik
    version marke modell schiff raumschiff raumsonde sonde rakete satellit partei verein
    organisation gruppe gruppierung bewegung gewerkschaft firma unternehmen konzern club klub
    bezeichnung aufschrift überschrift schlagzeile spiel computerspiel videospiel festival
    preis auszeichnung award wettbewerb studie bericht gesetz vertrag abkommen plan konzept
    hit schlager hymne gedicht artikel kolumne essay bestseller erzählung kurzgeschichte podcast
    app software
    newspaper daily tabloid magazine journal broadcaster channel network agency website site blog
    show programme program series film movie documentary book novel album song single title
    opera musical play exhibition project operation mission campaign initiative motto slogan
    name nickname term word label category brand model ship spacecraft probe rocket party
    group movement union company firm club headline game festival prize award study report law
    treaty plan hit anthem poem article column essay bestseller story podcast app software
    """)

    /// Words right before the marks that present a name rather than a statement.
    static let namingCues: Set<String> = words("""
    sogenannte sogenannten sogenannter sogenanntes genannt genannte genannten namens
    heißt hieß lautet lautete titel
    called dubbed named nicknamed titled entitled so-called
    """)

    /// Words right before the marks that usually introduce a partial quotation or an epithet:
    /// "nannte ihn „fahrlässig“", "sprach von einer „Entscheidungsschlacht“".
    static let evaluativeCues: Set<String> = words("""
    als nannte nannten nennt bezeichnete bezeichneten bezeichnet sprach spricht sprachen
    as branded described
    """)

    /// Verbs that judge something as something ("X als Y bezeichnen / sehen / zurückweisen /
    /// werten"): after "als", their object's verdict is someone's word.
    static let judgingVerbs: Set<String> = words("""
    bezeichnete bezeichneten bezeichnet bezeichnen sieht sah sahen sehen wertete werteten wertet
    verurteilte verurteilten verurteilt zurück ab
    charakterisierte charakterisierten charakterisiert titulierte titulierten tituliert
    """)

    /// Nouns for words that people chant, shout or write on banners: what follows in marks is an
    /// utterance ("skandierten Parolen wie „…“"), unlike a motto or title (see `mediaAndNamingNouns`).
    static let utteranceNouns: Set<String> = words("""
    parole parolen spruch sprüche sprüchen sprechchor sprechchöre sprechchören schlachtruf schlachtrufe
    """)

    static let indefiniteArticles: Set<String> = words("ein eine einer einem einen eines a an")

    /// Konjunktiv I (and the Konjunktiv II stand-ins of reported speech): the mood of indirect
    /// speech, around which German news sets partial quotations.
    static let konjunktivForms: Set<String> = words("""
    sei seien seiest habe hätten werde würden könne müsse solle wolle dürfe möge gebe gäbe
    stehe liege gehe komme bleibe wisse sehe brauche trage fehle handele handle
    """)

    /// First- and second-person words: a statement in marks, not a name.
    static let germanPersonalWords: Set<String> = words("""
    ich mir mich mein meine meinen meinem meiner wir uns unser unsere unseren unserem unserer
    euch euer
    """)
    static let englishPersonalWords: Set<String> = words("i me my mine we us our ours you your yours")

    static func personalWords(_ language: CueLanguage) -> Set<String> {
        switch language {
        case .german: germanPersonalWords
        case .english: englishPersonalWords
        case .both: germanPersonalWords.union(englishPersonalWords)
        }
    }

    /// Words that end statements more than names: finite verbs and modal particles are too many
    /// to list; these frequent ones are a cheap signal of sentence shape inside the marks.
    static let clauseWords: Set<String> = words("""
    ist sind war waren wird werden wurde wurden hat haben hatte hatten kann können konnte muss
    müssen musste soll sollen sollte will wollen wollte darf dürfen gibt nicht kein keine keinen
    dass weil wenn aber auch noch schon nur sehr
    is are was were will would can could must should has have had do does did not no that
    because if but also very just
    """)

    /// Function words (prepositions, adverbs, conjunctions) that are capitalised only at the start
    /// of a sentence: never the head of a speaker's noun phrase.
    static let functionWords: Set<String> = words("""
    im ins ans aufs beim vom zum zur übers unters vors passend angesichts laut gemäß wegen
    aber ab als am an anschließend auch auf aus außer außerdem allerdings also bei beim bereits besonders
    bis bisher da dabei dadurch dafür dagegen daher damals damit danach daneben dann daran darauf
    darin darum darüber darunter dass davon dazu demnach dennoch denn derzeit deshalb doch dort durch
    eben ebenfalls ebenso eigentlich einst entgegen erst etwa falls ferner für gegen gegenüber gerade
    gleichzeitig heute gestern hier hingegen hinter immer immerhin in indes infolge insgesamt
    inzwischen jedoch jetzt kaum künftig laut letztlich mit mittlerweile nach nachdem neben nicht noch
    nun nur ob obwohl oder offenbar ohne schließlich schon seit selbst so sodass sofort sogar somit
    sondern sonst später statt tatsächlich trotz trotzdem über um und unter ursprünglich vielleicht
    von vom vor während wann warum was weil weiter weiterhin wenn wie wieder wo wobei womit wörtlich
    zu zudem zuletzt zum zur zuvor zwar zwischen zunächst zugleich relativierend abschließend ergänzend
    dank samt mitsamt inklusive einschließlich
    demgegenüber dementsprechend demzufolge indessen unterdessen seitdem kurz knapp unmittelbar längst
    after before but and so then however meanwhile yet still also while when since although though
    because if as for with without from by during later earlier today yesterday here there now in on at
    """)

    /// Months and days: capitalised, never a speaker.
    static let calendarWords: Set<String> = words("""
    januar februar märz april mai juni juli august september oktober november dezember
    montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend
    january february march june july october december monday tuesday wednesday thursday friday
    saturday sunday
    """)

    /// Nouns after "nach" that make a source marker: nach Angaben / Ansicht / Meinung des X.
    static let sourceNouns: Set<String> = words("""
    angaben ansicht auffassung meinung einschätzung worten darstellung darstellungen informationen
    aussage aussagen einschätzungen berechnungen schätzungen schätzung überzeugung idee vorstellung
    vorstellungen bewertung erkenntnissen meldungen recherchen berichten erklärung mitteilung pressemitteilung bericht
    """)

    /// Pronouns that can stand for a speaker.
    /// Words that open a subordinate clause after a speech verb ("added that …", "sagte, dass …"):
    /// what follows is what was said, not who said it.
    static let complementizers: Set<String> = ["that", "whether", "dass", "ob"]

    static let pronouns: Set<String> = words("er sie he she they letztere letzterer ersterer erstere")

    /// German determiners and possessives that start a noun phrase.
    static let germanDeterminers: Set<String> = words("""
    der die das den dem des ein eine einer eines einem einen dieser diese dieses diesem diesen
    sein seine seiner seines seinem seinen ihr ihre ihrer ihres ihrem ihren jener jene beide beiden
    """)
    static let englishDeterminers: Set<String> = words("the a an his her their its this that these those one another some several")

    /// Words that start a clause with something other than its subject: then the German subject
    /// follows the verb ("Am Dienstag sagte der Minister ...").
    static let germanFrontAdverbials: Set<String> = words("""
    am im in an auf aus bei nach vor seit mit zu zum zur über unter gegenüber während wegen
    dazu zudem außerdem auch dann danach damals später zuvor zuletzt jetzt nun heute gestern
    so deshalb daher dabei darin darauf davor doch jedoch aber allerdings weiter weiterhin
    ebenfalls bereits schon noch erst bisher inzwischen mittlerweile unterdessen indes
    dort hier gleichzeitig zugleich zunächst schließlich abschließend wörtlich immerhin
    """)

    /// Role nouns: a noun phrase headed by one of these (or ending in one of them, as in
    /// "Ministeriumssprecherin") refers to a person who can speak.
    static let roleStems: [String] = [
        "sprecher", "minister", "präsident", "kanzler", "chef", "leiter", "vorsitzende", "vorsitzender",
        "direktor", "anwalt", "anwältin", "staatsanwalt", "richter", "sekretär", "bürgermeister",
        "abgeordnete", "abgeordneter", "politiker", "experte", "expertin", "wissenschaftler", "forscher",
        "professor", "arzt", "ärztin", "trainer", "spieler", "kapitän", "kommandeur", "general",
        "offizier", "botschafter", "diplomat", "sprecherin", "beauftragte", "beauftragter", "manager",
        "gründer", "autor", "journalist", "reporter", "korrespondent", "analyst", "ökonom", "sprecher",
        "kommissar", "kommentator", "verfasser", "polizist", "ermittler", "zeuge", "zeugin", "bischof", "papst", "könig", "königin",
        "premier", "gouverneur", "senator", "regisseur", "sänger", "sängerin", "schauspieler",
        "vertreter", "vertreterin", "mitglied", "funktionär", "aktivist", "kandidat", "kandidatin",
        "bürger", "bewohner", "einwohner", "opfer", "mutter", "vater", "bruder", "schwester", "sohn",
        "tochter", "frau", "mann", "chefin", "leiterin", "direktorin", "präsidentin", "ministerin",
        "kanzlerin", "weiße haus",
        "spokesman", "spokeswoman", "spokesperson", "minister", "president", "chancellor", "chief",
        "head", "director", "lawyer", "attorney", "prosecutor", "judge", "secretary", "mayor",
        "senator", "governor", "expert", "scientist", "researcher", "professor", "doctor", "coach",
        "captain", "general", "officer", "ambassador", "diplomat", "manager", "founder", "author",
        "analyst", "economist", "official", "police", "witness", "resident", "chairman", "chairwoman",
        "chair", "leader", "ceo", "executive", "government", "ministry", "court", "company",
    ] + institutionStems

    /// Institutions that speak as one ("die Regierung", "der Senat", "der Wirtschaftsrat", "die
    /// EU-Kommission"): role nouns, but never the antecedent of "er" or "sie" for a person.
    /// "srat" is the compound head of councils ("Aufsichtsrat", "Bundesrat"), not "Apparat".
    static let institutionStems: [String] = [
        "regierung", "ministerium", "polizei", "behörde", "gericht", "staatsanwaltschaft",
        "verband", "konzern", "unternehmen", "partei", "fraktion", "armee", "militär", "kreml",
        "amt", "agentur", "organisation", "senat", "srat", "kommission", "ausschuss", "vorstand", "gewerkschaft",
    ]

    /// German endings that make a noun a person: "Meteorologen", "Aktivistinnen", "Kritiker",
    /// "Demonstranten", "Studenten", "Ingenieure". Only longer words, so "Ente" or "Eur" do not count.
    static let personEndings: [String] = [
        "loge", "logen", "login", "loginnen", "ist", "isten", "istin", "istinnen", "iker", "ikern", "ikerin", "ikerinnen",
        "anten", "antin", "enten", "entin", "eur", "eure", "euren", "eurin", "innen",
    ]

    /// The canonical name a role resolves to if no person is found: the role itself.
    static func isRoleNoun(_ lowercased: String) -> Bool {
        roleStems.contains { lowercased.hasSuffix($0) || lowercased.hasPrefix($0) && lowercased.count <= $0.count + 3 }
            || lowercased.count >= 7 && personEndings.contains { lowercased.hasSuffix($0) }
    }

    static func isCueVerb(_ lowercased: String, language: CueLanguage) -> Bool {
        switch language {
        case .german: germanCueVerbs.contains(lowercased) || SpeechVerbForms.all.contains(lowercased)
        case .english: englishCueVerbs.contains(lowercased)
        case .both: germanCueVerbs.contains(lowercased) || SpeechVerbForms.all.contains(lowercased) || englishCueVerbs.contains(lowercased)
        }
    }

    private static func words(_ list: String) -> Set<String> {
        Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }
}

/// Which cue tables apply: an article of unknown language uses both.
enum CueLanguage: Sendable {
    case german, english, both
}
