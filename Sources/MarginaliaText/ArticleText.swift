/// An article's text held both as a Swift `String` and as an array of Unicode scalars, so that
/// code-point offsets (the unit of every `Span`) index in O(1).
public struct ArticleText: Sendable, Equatable {
    public let string: String
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        self.string = string
        self.scalars = Array(string.unicodeScalars)
    }

    /// Number of code points (Python `len(text)`).
    public var count: Int { scalars.count }

    public subscript(span: Span) -> String {
        let lo = max(0, min(span.start, scalars.count))
        let hi = max(lo, min(span.end, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lo..<hi])
        return String(view)
    }

    public subscript(offset: Int) -> Unicode.Scalar { scalars[offset] }

    public static func == (lhs: ArticleText, rhs: ArticleText) -> Bool { lhs.string == rhs.string }
}
