/// Verbs of saying in the finite forms that open a verb-second clause before their subject:
/// "„…“, sagte Beispiel.", "berichtete die „…“", "…, said Example." One table for the whole
/// analysis: the entity passes read it to take a name after such a verb for a person and a title
/// after it for a source; the quotes module, which depends on this one, adds participles,
/// infinitives and weaker cues ("gab … bekannt", "sieht") to it for attributing quotations.
/// Written from general knowledge of German and English, not from any corpus.
public enum SpeechVerbs {
    /// Third person singular, present and past, of the common German verbs of saying and reporting.
    public static let germanFinite: Set<String> = [
        "sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "meinte", "meint", "behauptete", "behauptet",
        "warnte", "warnt", "kritisierte", "kritisiert", "ergänzte", "ergänzt", "bestätigte", "bestätigt",
        "versicherte", "versichert", "verriet", "verrät", "berichtete", "berichtet", "schrieb", "schreibt",
        "meldete", "meldet", "zitierte", "zitiert",
    ]
    /// The verbs of reporting among them, whose subject is often an outlet: "berichtete die „…“",
    /// "Die „…“ schrieb".
    public static let germanReporting: Set<String> = [
        "berichtete", "berichtet", "schrieb", "schreibt", "meldete", "meldet", "zitierte", "zitiert",
    ]
    /// The English counterparts, past and present.
    public static let englishFinite: Set<String> = [
        "said", "says", "told", "added", "asked", "wrote", "argued", "warned", "explained", "stated",
    ]
}
