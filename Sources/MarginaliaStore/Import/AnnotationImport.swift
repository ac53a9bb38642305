import MarginaliaText
import MarginaliaEntities

/// Places imported labels and annotations on an open article (`AnnotationStore`), through the
/// same edits the reader makes, and says what could not be placed.
///
/// A label keeps its position when the other tool's text is the article's text; otherwise its
/// text is searched for in the article (the occurrence nearest its old position); a label whose
/// text is not there is reported, never guessed. W3C annotations are re-anchored as on load
/// (position, then quote and context); orphans are reported and not added.
public enum AnnotationImport {
    public struct Report: Sendable, Equatable {
        public var placed = 0
        /// Already there (the same tag on the same span, a mention the recognizer has).
        public var alreadyThere = 0
        /// One line each: where it came from, what, why.
        public var unplaced: [String] = []
        public var addedTags: [String] = []

        public init() {}

        public mutating func add(_ other: Report) {
            placed += other.placed
            alreadyThere += other.alreadyThere
            unplaced += other.unplaced
            addedTags += other.addedTags.filter { !addedTags.contains($0) }
        }
    }

    /// Places `document` on `store`. `entities` are the article's corrected mentions (an entity
    /// label the recognizer already has adds nothing).
    public static func place(_ document: ImportedDocument, into store: AnnotationStore, entities: [EntityMention]) -> Report {
        var report = Report()
        for label in document.labels {
            guard let span = locate(label, from: document.text, in: store.text) else {
                let quote = document.text.map { LineFormatText.oneLine($0[label.span]) } ?? ""
                report.unplaced.append("\(document.origin): '\(label.label)' on '\(quote)' (\(label.span.start)-\(label.span.end)): text not found in \(PathText.lastComponent(store.articlePath))")
                continue
            }
            apply(label.label, note: label.note, on: span, store: store, entities: entities, report: &report)
        }
        for annotation in document.annotations {
            place(annotation, origin: document.origin, store: store, report: &report)
        }
        if !document.tokens.isEmpty { placeTokens(document, store: store, entities: entities, report: &report) }
        return report
    }

    /// The span of `label` in `text`: the same if the texts agree there, else its text searched for.
    static func locate(_ label: ImportedLabel, from source: ArticleText?, in text: ArticleText) -> Span? {
        guard let source else { return label.span.end <= text.count ? label.span : nil }
        guard label.span.end <= source.count else { return nil }
        if source == text { return label.span }
        let needle = source.scalars[label.span.start..<label.span.end]
        if label.span.end <= text.count, text.scalars[label.span.start..<label.span.end].elementsEqual(needle) { return label.span }
        guard !needle.isEmpty else { return nil }
        let hits = NgramIndex.linearOccurrences(of: Array(needle), in: text.scalars)
        return hits.min { abs($0 - label.span.start) < abs($1 - label.span.start) }.map { Span($0, $0 + needle.count) }
    }

    static func apply(_ name: String, note: String?, on span: Span, store: AnnotationStore, entities: [EntityMention],
                      report: inout Report) {
        if let type = EntityType(rawValue: name), CorrectionValue.entityTypes.contains(name) {
            if entities.contains(where: { $0.span == span && $0.type == type })
                || store.items.contains(where: { $0.motivation == .identifying && $0.span == span && $0.value == name && !$0.isOrphaned }) {
                report.alreadyThere += 1
            } else {
                store.correctEntity(span, type: name)
                report.placed += 1
            }
            return
        }
        if name == "Comment", let note {
            // brat's note-only passage (what `export` writes for a note without tags).
            store.setNote(on: span, note).isEmpty ? (report.alreadyThere += 1) : (report.placed += 1)
            return
        }
        let tag = tagName(for: name, in: store.tagSet)
        if !store.tagSet.contains(tag) {
            store.setTagSet(store.tagSet + [tag])
            report.addedTags.append(tag)
        }
        let edit = store.tag(span, with: tag)
        if let note { store.setNote(on: span, note) }
        edit.isEmpty ? (report.alreadyThere += 1) : (report.placed += 1)
    }

    /// The tag of the tag set a label names: itself, or the tag brat wrote as this name.
    static func tagName(for label: String, in tagSet: [String]) -> String {
        if tagSet.contains(label) { return label }
        return tagSet.first { LineFormatText.name($0) == label } ?? label
    }

    static func place(_ annotation: Annotation, origin: String, store: AnnotationStore, report: inout Report) {
        if store.annotation(id: annotation.id) != nil { report.alreadyThere += 1; return }
        let anchored = Reanchorer().anchor(annotation, in: store.text)
        guard !anchored.isOrphaned else {
            report.unplaced.append("\(origin): annotation \(annotation.id) ('\(LineFormatText.oneLine(annotation.quote.exact))'): text not found in \(PathText.lastComponent(store.articlePath))")
            return
        }
        for tag in anchored.tags where !store.tagSet.contains(tag) {
            store.setTagSet(store.tagSet + [tag])
            report.addedTags.append(tag)
        }
        store.add(anchored)
        report.placed += 1
    }

    /// CoNLL: tokens found in order in the article (whitespace between them skipped); each
    /// B-/I- run becomes a mention placed like a label.
    static func placeTokens(_ document: ImportedDocument, store: AnnotationStore, entities: [EntityMention], report: inout Report) {
        let scalars = store.text.scalars
        var at = 0
        var current: (type: String, span: Span)?
        func finish() {
            if let run = current { apply(run.type, note: nil, on: run.span, store: store, entities: entities, report: &report) }
            current = nil
        }
        for (n, item) in document.tokens.enumerated() {
            let needle = Array(item.token.unicodeScalars)
            guard let start = firstOccurrence(of: needle, in: scalars, from: at) else {
                finish()
                report.unplaced.append("\(document.origin): token \(n + 1) '\(LineFormatText.oneLine(item.token))' (\(item.tag)): not found in \(PathText.lastComponent(store.articlePath)) after offset \(at)")
                continue
            }
            let span = Span(start, start + needle.count)
            at = span.end
            if item.tag.hasPrefix("I-"), let run = current, run.type == String(item.tag.dropFirst(2)) {
                current = (run.type, Span(run.span.start, span.end))
            } else {
                finish()
                if item.tag.hasPrefix("B-") || item.tag.hasPrefix("I-") { current = (String(item.tag.dropFirst(2)), span) }
            }
        }
        finish()
    }

    static func firstOccurrence(of needle: [Unicode.Scalar], in scalars: ScalarStore, from: Int) -> Int? {
        guard !needle.isEmpty, needle.count <= scalars.count else { return nil }
        var i = from
        while i + needle.count <= scalars.count {
            if scalars[i] == needle[0], scalars[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
