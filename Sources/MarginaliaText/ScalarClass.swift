/// Character classes the tokenizer, segmenter, loaders and the entity tagger share (the one
/// table of them). ASCII is decided by a table lookup; only non-ASCII scalars pay for a Unicode
/// property query, which keeps the hot loops of tokenising, segmenting and tagging fast (news
/// text is mostly ASCII). What other modules use is `@inlinable`, for those loops.
public enum ScalarClass {
    static let softHyphen: Unicode.Scalar = "\u{00AD}"
    static let noBreakSpace: Unicode.Scalar = "\u{00A0}"

    /// Whitespace for tokenising and segmenting. NBSP and the narrow NBSP count as spaces here,
    /// although loaders keep them in the text so offsets match the file.
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        switch v {
        case 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0x85, 0xFEFF: return true
        default: return false
        }
    }

    @inline(__always) static func isLineBreak(_ c: Unicode.Scalar) -> Bool {
        c == "\n" || c == "\u{2028}" || c == "\u{2029}"
    }

    @inline(__always) static func isASCIILetter(_ v: UInt32) -> Bool {
        (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
    }

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return isDecimalBeyondASCII(c)
    }

    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return isASCIILetter(v) }
        if v == 0xAA || v == 0xBA { return true }
        if v < 0xC0 { return false }
        if v == 0xD7 || v == 0xF7 { return false }
        if v <= 0x24F { return true }               // Latin-1 supplement and Latin Extended-A/B
        return isAlphabeticBeyondLatin(c)
    }

    /// Combining marks continue whatever they follow (decomposed umlauts, accents).
    @inline(__always) static func isMark(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x300 { return false }
        return isMarkBeyondLatin(c)
    }

    /// Scalars that make up words and numbers: letters, digits, combining marks, soft hyphens.
    @inline(__always) static func isWord(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return isASCIILetter(v) || (v >= 0x30 && v <= 0x39) }
        if v == 0xAD { return true }
        if v >= 0xC0 && v <= 0x24F { return v != 0xD7 && v != 0xF7 }
        // Superscripts and fractions stay with their word: "km²", "m³", "1½".
        return isLetter(c) || isNumericBeyondASCII(c) || isMark(c)
    }

    // The Unicode property queries, out of line: inlined into the tokenizer's loops they cost
    // every call (a word, a token) their set-up, though nearly all scalars are answered above.
    @inline(never) static func isDecimalBeyondASCII(_ c: Unicode.Scalar) -> Bool { c.properties.numericType == .decimal }
    @inline(never) static func isAlphabeticBeyondLatin(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic }
    @inline(never) static func isNumericBeyondASCII(_ c: Unicode.Scalar) -> Bool { c.properties.numericType != nil }
    @inline(never) static func isMarkBeyondLatin(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    @inlinable public static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return c.properties.isUppercase || c.properties.generalCategory == .titlecaseLetter
    }

    @inlinable public static func isLowercase(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return c.properties.isLowercase
    }

    /// Digits of any kind, superscripts and fractions included ("²", "½"): the tagger's word
    /// shapes count them as digits. (`isDigit` is decimal digits only.)
    @inlinable public static func isNumeric(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (c.value &- 0x30) < 10 : c.properties.numericType != nil
    }

    /// Hyphens that join compounds ("Ukraine-Krieges"): ASCII hyphen-minus, Unicode hyphen and
    /// the non-breaking hyphen. Dashes (– —) are punctuation of their own.
    @inline(__always) static func isJoiningHyphen(_ c: Unicode.Scalar) -> Bool {
        c == "-" || c == "\u{2010}" || c == "\u{2011}"
    }

    @inline(__always) static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "\u{2019}" || c == "\u{02BC}"
    }

    /// Characters that end a sentence.
    @inline(__always) static func isTerminal(_ c: Unicode.Scalar) -> Bool {
        c == "." || c == "!" || c == "?" || c == "\u{2026}" || c == "\u{203C}" || c == "\u{2047}"
            || c == "\u{2048}" || c == "\u{2049}"
    }

    /// Quotation marks of every style German and English news use.
    @inline(__always) static func isQuote(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "'", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201A}", "\u{2018}", "\u{2019}",
             "\u{00AB}", "\u{00BB}", "\u{2039}", "\u{203A}", "\u{201F}", "\u{201B}": return true
        default: return false
        }
    }

    /// Quotation marks that can only open a quotation („ ‚).
    @inline(__always) static func isOpeningOnlyQuote(_ c: Unicode.Scalar) -> Bool {
        c == "\u{201E}" || c == "\u{201A}"
    }

    @inline(__always) static func isClosingBracket(_ c: Unicode.Scalar) -> Bool {
        c == ")" || c == "]" || c == "}"
    }

    @inline(__always) static func isOpeningBracket(_ c: Unicode.Scalar) -> Bool {
        c == "(" || c == "[" || c == "{"
    }

    /// Scalars that glue onto the symbol before them to form one grapheme-like token: variation
    /// selectors, zero-width joiners, emoji skin tones, combining marks.
    @inline(__always) static func extendsSymbol(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x300 { return false }
        if (0xFE00...0xFE0F).contains(v) || v == 0x200D || (0x1F3FB...0x1F3FF).contains(v)
            || (0xE0020...0xE007F).contains(v) { return true }
        return isMark(c)
    }
}
