/// Named character references: all of HTML 4 (Latin-1, Greek, typography, arrows, maths) and the
/// common HTML5 additions. Legacy names (the Latin-1 set and amp, lt, gt, quot) also decode
/// without the final semicolon, as browsers do ("&auml" in old German pages).
enum HTMLEntities {
    /// Latin-1 names for U+00A0 ... U+00FF, in code-point order.
    private static let latin1Names: [String] = [
        "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf", "laquo", "not", "shy", "reg", "macr",
        "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
        "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml",
        "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN", "szlig",
        "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil", "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml",
        "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml",
    ]

    private static let greekNames: [String] = [
        "Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota", "Kappa", "Lambda", "Mu", "Nu", "Xi",
        "Omicron", "Pi", "Rho", "", "Sigma", "Tau", "Upsilon", "Phi", "Chi", "Psi", "Omega",
    ]

    private static let other: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "Tab": 0x09, "NewLine": 0x0A,
        "OElig": 0x152, "oelig": 0x153, "Scaron": 0x160, "scaron": 0x161, "Yuml": 0x178, "fnof": 0x192,
        "circ": 0x2C6, "tilde": 0x2DC, "thetasym": 0x3D1, "upsih": 0x3D2, "piv": 0x3D6, "sigmaf": 0x3C2,
        "ensp": 0x2002, "emsp": 0x2003, "numsp": 0x2007, "puncsp": 0x2008, "thinsp": 0x2009, "hairsp": 0x200A,
        "zwsp": 0x200B, "ZeroWidthSpace": 0x200B, "zwnj": 0x200C, "zwj": 0x200D, "lrm": 0x200E, "rlm": 0x200F,
        "hyphen": 0x2010, "dash": 0x2010, "ndash": 0x2013, "mdash": 0x2014, "horbar": 0x2015,
        "lsquo": 0x2018, "rsquo": 0x2019, "rsquor": 0x2019, "sbquo": 0x201A, "lsquor": 0x201A,
        "ldquo": 0x201C, "rdquo": 0x201D, "rdquor": 0x201D, "bdquo": 0x201E, "ldquor": 0x201E,
        "dagger": 0x2020, "Dagger": 0x2021, "bull": 0x2022, "bullet": 0x2022, "hellip": 0x2026, "mldr": 0x2026,
        "permil": 0x2030, "prime": 0x2032, "Prime": 0x2033, "lsaquo": 0x2039, "rsaquo": 0x203A, "oline": 0x203E,
        "frasl": 0x2044, "euro": 0x20AC, "image": 0x2111, "weierp": 0x2118, "real": 0x211C, "trade": 0x2122,
        "TRADE": 0x2122, "alefsym": 0x2135, "larr": 0x2190, "uarr": 0x2191, "rarr": 0x2192, "darr": 0x2193,
        "harr": 0x2194, "crarr": 0x21B5, "lArr": 0x21D0, "uArr": 0x21D1, "rArr": 0x21D2, "dArr": 0x21D3,
        "hArr": 0x21D4, "forall": 0x2200, "part": 0x2202, "exist": 0x2203, "empty": 0x2205, "nabla": 0x2207,
        "isin": 0x2208, "notin": 0x2209, "ni": 0x220B, "prod": 0x220F, "sum": 0x2211, "minus": 0x2212,
        "lowast": 0x2217, "radic": 0x221A, "prop": 0x221D, "infin": 0x221E, "ang": 0x2220, "and": 0x2227,
        "or": 0x2228, "cap": 0x2229, "cup": 0x222A, "int": 0x222B, "there4": 0x2234, "sim": 0x223C,
        "cong": 0x2245, "asymp": 0x2248, "ne": 0x2260, "equiv": 0x2261, "le": 0x2264, "ge": 0x2265,
        "sub": 0x2282, "sup": 0x2283, "nsub": 0x2284, "sube": 0x2286, "supe": 0x2287, "oplus": 0x2295,
        "otimes": 0x2297, "perp": 0x22A5, "sdot": 0x22C5, "lceil": 0x2308, "rceil": 0x2309, "lfloor": 0x230A,
        "rfloor": 0x230B, "lang": 0x27E8, "rang": 0x27E9, "loz": 0x25CA, "spades": 0x2660, "clubs": 0x2663,
        "hearts": 0x2665, "diams": 0x2666, "check": 0x2713, "cross": 0x2717, "star": 0x2606, "starf": 0x2605,
        "NonBreakingSpace": 0xA0, "centerdot": 0xB7, "half": 0xBD, "lowbar": 0x5F, "sol": 0x2F, "bsol": 0x5C,
        "colon": 0x3A, "comma": 0x2C, "period": 0x2E, "excl": 0x21, "quest": 0x3F, "num": 0x23, "dollar": 0x24,
        "percnt": 0x25, "lpar": 0x28, "rpar": 0x29, "ast": 0x2A, "plus": 0x2B, "equals": 0x3D, "lsqb": 0x5B,
        "rsqb": 0x5D, "lbrace": 0x7B, "rbrace": 0x7D, "verbar": 0x7C, "grave": 0x60, "Hat": 0x5E, "commat": 0x40,
        "semi": 0x3B, "nnbsp": 0x202F, "ell": 0x2113, "numero": 0x2116, "copysr": 0x2117,
    ]

    static let table: [String: Unicode.Scalar] = {
        var t: [String: Unicode.Scalar] = [:]
        for (n, name) in latin1Names.enumerated() { t[name] = Unicode.Scalar(UInt32(0xA0 + n)) }
        for (n, name) in greekNames.enumerated() where !name.isEmpty {
            t[name] = Unicode.Scalar(UInt32(0x391 + n))
            t[name.lowercased()] = Unicode.Scalar(UInt32(0x3B1 + n))
        }
        for (name, value) in other { t[name] = Unicode.Scalar(value) }
        return t
    }()

    /// Names browsers accept without a semicolon.
    static let legacy: Set<String> = Set(latin1Names + ["amp", "lt", "gt", "quot", "AMP", "LT", "GT", "QUOT", "COPY", "REG"])

    /// Decodes the reference starting at `s[i] == "&"`: the scalar and the index after it, or
    /// nil if it is not a reference (then "&" is literal text).
    static func decode(_ s: [Unicode.Scalar], at i: Int, end: Int) -> (Unicode.Scalar, Int)? {
        var k = i + 1
        guard k < end else { return nil }
        if s[k] == "#" {
            k += 1
            var hex = false
            if k < end, s[k] == "x" || s[k] == "X" { hex = true; k += 1 }
            let digitsStart = k
            var value: UInt32 = 0
            while k < end, k - digitsStart < 8, let d = digit(s[k], hex: hex) {
                value = value &* (hex ? 16 : 10) &+ d
                k += 1
            }
            guard k > digitsStart else { return nil }
            if k < end, s[k] == ";" { k += 1 }
            return (numericScalar(value), k)
        }
        let nameStart = k
        while k < end, k - nameStart < 32, s[k].value < 0x80, ScalarClass.isASCIILetter(s[k].value) || ScalarClass.isDigit(s[k]) { k += 1 }
        guard k > nameStart else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[nameStart..<k])
        let name = String(view)
        guard let scalar = table[name] else { return nil }
        if k < end, s[k] == ";" { return (scalar, k + 1) }
        return legacy.contains(name) ? (scalar, k) : nil
    }

    /// Numeric references as browsers treat them: 0x80-0x9F are read as Windows-1252, invalid
    /// code points become U+FFFD.
    static func numericScalar(_ value: UInt32) -> Unicode.Scalar {
        if value >= 0x80 && value <= 0x9F { return TextDecoding.windows1252(UInt8(value)) }
        if value == 0 || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return "\u{FFFD}" }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    private static func digit(_ c: Unicode.Scalar, hex: Bool) -> UInt32? {
        let v = c.value
        if v >= 0x30 && v <= 0x39 { return v - 0x30 }
        guard hex else { return nil }
        if v >= 0x61 && v <= 0x66 { return v - 0x61 + 10 }
        if v >= 0x41 && v <= 0x46 { return v - 0x41 + 10 }
        return nil
    }
}
