import MarginaliaText

/// The editing commands of the reader (`1`-`9`, `x`, `c`, `a`/`r`/`t`, quote corrections, `:tags`),
/// each one reversible `AnnotationEdit` built on `perform`.
extension AnnotationStore {
    /// Tags `span`: adds the tag to the tagging annotation on exactly this span, or creates one.
    @discardableResult
    public func tag(_ span: Span, with tag: String) -> AnnotationEdit {
        if let existing = collection.items.first(where: { $0.motivation == .tagging && $0.span == span && !$0.isOrphaned }) {
            guard !existing.tags.contains(tag) else { return .batch([]) }
            var changed = existing
            changed.tags.append(tag)
            return update(changed)
        }
        if let comment = collection.items.first(where: { $0.motivation == .commenting && $0.span == span && !$0.isOrphaned }) {
            var changed = comment
            changed.motivation = .tagging
            changed.tags = [tag]
            return update(changed)
        }
        return add(make(.tagging, span: span, tags: [tag]))
    }

    /// Removes the tagging annotations inside `span` (or, if none, those overlapping it); a
    /// note on a removed annotation survives as a commenting annotation.
    @discardableResult
    public func removeTags(in span: Span) -> AnnotationEdit {
        let tagged = collection.items.filter { $0.motivation == .tagging && !$0.isOrphaned }
        var targets = tagged.filter { span.contains($0.span) }
        if targets.isEmpty { targets = tagged.filter { $0.span.overlaps(span) } }
        return removeTags(targets)
    }

    /// Removes the tagging annotations whose span is exactly `span` (`x` in the reader: the tags
    /// around or inside a passage are not this passage's); a note survives as above.
    @discardableResult
    public func removeTags(exactly span: Span) -> AnnotationEdit {
        removeTags(collection.items.filter { $0.motivation == .tagging && !$0.isOrphaned && $0.span == span })
    }

    private func removeTags(_ targets: [Annotation]) -> AnnotationEdit {
        var edits: [AnnotationEdit] = []
        for target in targets {
            if target.note != nil {
                var kept = target
                kept.motivation = .commenting
                kept.tags = []
                edits.append(update(kept))
            } else {
                edits.append(remove(id: target.id))
            }
        }
        return .batch(edits)
    }

    /// Sets the note on the tagging or commenting annotation on exactly `span` (creating a
    /// commenting one if there is none); nil or empty removes the note.
    @discardableResult
    public func setNote(on span: Span, _ note: String?) -> AnnotationEdit {
        let note = note.flatMap { $0.isEmpty ? nil : $0 }
        let existing = collection.items.first {
            ($0.motivation == .tagging || $0.motivation == .commenting) && $0.span == span && !$0.isOrphaned
        }
        guard let existing else {
            guard let note else { return .batch([]) }
            return add(make(.commenting, span: span, note: note))
        }
        if existing.motivation == .commenting && note == nil { return remove(id: existing.id) }
        guard existing.note != note else { return .batch([]) }
        var changed = existing
        changed.note = note
        return update(changed)
    }

    /// An entity correction on `span`: `type` (PER/LOC/ORG/MISC) accepts or retypes the mention,
    /// or adds one the recognizer missed; nil rejects it. Replaces earlier entity corrections on
    /// the same span.
    @discardableResult
    public func correctEntity(_ span: Span, type: String?) -> AnnotationEdit {
        replaceCorrections(on: span, motivation: .identifying,
                           with: make(.identifying, span: span, value: type ?? CorrectionValue.noEntity))
    }

    /// A quote correction on `span`: not a quote, or a quote (confirmed or added) with an
    /// optional speaker. Replaces earlier quote corrections on the same span.
    @discardableResult
    public func correctQuote(_ span: Span, isQuote: Bool, speaker: SpeakerBody? = nil) -> AnnotationEdit {
        replaceCorrections(on: span, motivation: .classifying,
                           with: make(.classifying, span: span, value: isQuote ? CorrectionValue.quote : CorrectionValue.notQuote,
                                      speaker: speaker))
    }

    private func replaceCorrections(on span: Span, motivation: Motivation, with annotation: Annotation) -> AnnotationEdit {
        var edits = collection.items
            .filter { $0.motivation == motivation && $0.span == span && !$0.isOrphaned }
            .map { remove(id: $0.id) }
        edits.append(add(annotation))
        return .batch(edits)
    }

    @discardableResult
    public func setTagSet(_ tags: [String]) -> AnnotationEdit {
        perform(.setTagSet(old: collection.tagSet, new: tags))
    }
}
