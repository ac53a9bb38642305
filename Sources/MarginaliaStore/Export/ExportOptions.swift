import MarginaliaText

/// How an export is written; each option names the tool that wants it (README "Exchanging
/// annotations with other tools").
public struct ExportOptions: Sendable, Equatable {
    /// doccano and brat: add the (corrected) entities as labels beside the tags (brat always has them).
    public var includeEntities = false
    /// Offsets in code points (Python, spaCy, brat), UTF-16 units (doccano's editor, hypothes.is,
    /// INCEpTION: JavaScript indices) or UTF-8 bytes.
    public var offsets: OffsetUnit = .codepoint
    /// Overlapping labels resolved by `OverlapResolution` (doccano projects without
    /// "Allow overlapping spans", brat without `<OVERLAP>`).
    public var noOverlap = false
    /// CoNLL: the `-DOCSTART- -X- O O` line CoNLL-2003 readers (spaCy, flair) split documents on, or none.
    public var conllDocstart = true
    /// CoNLL column separator: a tab, or a space (CoNLL-2003's own files).
    public var conllSeparator: Character = "\t"

    public init(includeEntities: Bool = false, offsets: OffsetUnit = .codepoint, noOverlap: Bool = false,
                conllDocstart: Bool = true, conllSeparator: Character = "\t") {
        self.includeEntities = includeEntities
        self.offsets = offsets
        self.noOverlap = noOverlap
        self.conllDocstart = conllDocstart
        self.conllSeparator = conllSeparator
    }
}
