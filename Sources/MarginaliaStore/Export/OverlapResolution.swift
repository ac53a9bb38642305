import MarginaliaText

/// Overlapping labels, for tools that reject or silently drop them: a doccano project without
/// "Allow overlapping spans" drops them on import, brat without an `<OVERLAP>` rule refuses them.
///
/// The rule of `--no-overlap` (README): labels are taken one by one, the user's own tags before
/// the recognizer's entities, then longer before shorter, then earlier before later, then by
/// label name; a label is kept unless it overlaps one already kept. Two labels on exactly the
/// same span overlap too (doccano keeps one label per span).
public enum OverlapResolution {
    /// Pairs of labels that overlap (or share a span), in text order.
    public static func overlaps(_ labels: [LabeledSpan]) -> [(LabeledSpan, LabeledSpan)] {
        let sorted = labels.sorted()
        var pairs: [(LabeledSpan, LabeledSpan)] = []
        var open: [LabeledSpan] = []   // labels whose end lies beyond the current start
        for label in sorted {
            open.removeAll { $0.span.end <= label.span.start && !($0.span.isEmpty && $0.span == label.span) }
            for other in open where other.span.overlaps(label.span) || other.span == label.span { pairs.append((other, label)) }
            open.append(label)
        }
        return pairs
    }

    /// The labels kept by the rule above, in text order.
    public static func resolve(_ labels: [LabeledSpan]) -> (kept: [LabeledSpan], dropped: [LabeledSpan]) {
        let ranked = labels.sorted { a, b in
            if a.isEntity != b.isEntity { return !a.isEntity }
            if a.span.length != b.span.length { return a.span.length > b.span.length }
            if a.span.start != b.span.start { return a.span.start < b.span.start }
            return a.label < b.label
        }
        var kept: [LabeledSpan] = []
        var dropped: [LabeledSpan] = []
        for label in ranked {
            if kept.contains(where: { $0.span.overlaps(label.span) || $0.span == label.span }) { dropped.append(label) } else { kept.append(label) }
        }
        return (kept.sorted(), dropped.sorted())
    }
}

/// Names and text written into line-oriented formats (brat `.ann` and `.conf`, CoNLL columns):
/// a control character, tab or line break there would split a record or a column, so every
/// name and text written goes through here.
public enum LineFormatText {
    /// A type or label name: letters, digits, `_`, `-` and `.` stay; anything else (spaces,
    /// controls, brat's own syntax `:` `=` `|` `,` `;` `<` `>` `#` `!`) becomes `_`. Empty becomes `_`.
    public static func name(_ label: String) -> String {
        let mapped = String(String.UnicodeScalarView(label.unicodeScalars.map { s in
            s.properties.isAlphabetic || s.properties.numericType != nil || s == "_" || s == "-" || s == "." ? s : "_"
        }))
        return mapped.isEmpty ? "_" : mapped
    }

    /// Free text on one line: every control character, line or paragraph separator becomes a space.
    public static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { isBreaking($0) ? " " : $0 }))
    }

    /// A CoNLL token: whitespace (which CoNLL readers split columns on) and controls become `_`.
    public static func token(_ text: String) -> String {
        let mapped = String(String.UnicodeScalarView(text.unicodeScalars.map { isBreaking($0) || $0.properties.isWhitespace ? "_" : $0 }))
        return mapped.isEmpty ? "_" : mapped
    }

    static func isBreaking(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F...0x9F).contains(s.value) || s.value == 0x2028 || s.value == 0x2029
    }
}
