/// Letter-case and digit tests with an ASCII fast path: Unicode property look-ups dominate
/// tagging time otherwise, and most scalars of German and English text are ASCII.
enum ScalarClass {
    @inline(__always) static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? (c.value &- 65) < 26 : c.properties.isUppercase
    }
    @inline(__always) static func isLowercase(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? (c.value &- 97) < 26 : c.properties.isLowercase
    }
    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? (c.value &- 48) < 10 : c.properties.numericType != nil
    }
    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? ((c.value | 0x20) &- 97) < 26 : c.properties.isAlphabetic
    }
    /// Whether a word starts with a capital letter.
    @inline(__always) static func isCapitalised(_ w: String) -> Bool {
        guard let f = w.unicodeScalars.first else { return false }
        return isUppercase(f)
    }
}
