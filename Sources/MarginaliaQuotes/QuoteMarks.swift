/// The quotation-mark styles Marginalia understands, as data: which scalar can open a quote,
/// and which scalars may close a quote opened by it.
///
/// German „…“ ‚…‘ »…«, Swiss/French «…» ‹…›, English “…” ‘…’, and the typewriter marks "…" '…'.
/// Some scalars play several roles (“ closes German „ but opens English “; » opens German »…«
/// but closes French «…»), so the scanner decides each occurrence from its neighbours.
enum QuoteMarks {
    /// Opening mark -> the marks that may close it.
    static let closers: [Unicode.Scalar: Set<Unicode.Scalar>] = [
        "„": ["“", "”", "\""],          // German; sloppy texts close with ” or "
        "‚": ["‘", "’", "'"],           // German single
        "“": ["”", "“"],                // English double (“…“ occurs in sloppy typing)
        "‘": ["’"],                      // English single
        "»": ["«"],                      // German guillemets
        "«": ["»"],                      // Swiss/French guillemets
        "›": ["‹"],
        "‹": ["›"],
        "\"": ["\"", "“", "”"],         // typewriter double
        "'": ["'", "’"],                // typewriter single
    ]

    /// Marks that are only ever openers (so a second one while the first is open means the first
    /// was never closed).
    static let unambiguousOpeners: Set<Unicode.Scalar> = ["„", "‚"]

    /// Single marks double as apostrophes; they need stricter context to count as quotes.
    static let singleMarks: Set<Unicode.Scalar> = ["‚", "‘", "’", "'", "›", "‹"]

    /// Asked of every scalar of the text: the only ASCII marks are " and ', so ASCII text skips
    /// the table's hashing.
    static func isMark(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c == "\"" || c == "'" }
        return closers[c] != nil || c == "”" || c == "’"
    }

    /// Every mark that may stand at either edge of a quote (used to strip marks from gold spans).
    static let allMarks: Set<Unicode.Scalar> = ["„", "‚", "“", "”", "‘", "’", "»", "«", "›", "‹", "\"", "'"]
}
