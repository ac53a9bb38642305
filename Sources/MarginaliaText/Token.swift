/// A word or punctuation token with its code-point span.
public struct Token: Hashable, Sendable {
    public var span: Span
    public var text: String

    public init(span: Span, text: String) {
        self.span = span
        self.text = text
    }
}
