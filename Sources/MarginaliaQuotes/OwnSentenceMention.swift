/// A quote that continues the paragraph's speaker may name that speaker again in its own
/// sentence ("Obwohl Steinbrück mit Mehreinnahmen rechnet, sei man von einer „…“ weit
/// entfernt"): that nearer mention is the one to point at, not the paragraph's first.
extension SpeakerFinder {
    /// The last mention of the person `canonical` in `range` before `quote` (else the first
    /// after it): a word equal to the name's last word, with the name's words before it.
    func mention(of canonical: String, in range: Range<Int>, quote: Int) -> Range<Int>? {
        guard let surname = canonical.split(separator: " ").last.map(String.init), surname.count > 2,
              surname.unicodeScalars.first!.properties.isUppercase else { return nil }
        let names = Set(canonical.split(separator: " ").map(String.init))
        let hits = range.filter { units[$0].isWord && units[$0].text == surname }
        guard let k = hits.last(where: { $0 < quote }) ?? hits.first else { return nil }
        var i = k
        while i > range.lowerBound, units[i - 1].isWord, names.contains(units[i - 1].text) { i -= 1 }
        return i..<(k + 1)
    }
}
