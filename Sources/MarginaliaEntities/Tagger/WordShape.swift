/// Word shapes: the letter-case and digit pattern of a token ("Putin" -> "Xxxxx" long,
/// "Xx" short; "EU-Gipfel" -> "XX-Xxxxxx" / "X-Xx"). They generalise over unseen names.
enum WordShape {
    @inline(__always) static func shapeCode(_ c: Unicode.Scalar) -> UInt32 {
        let p = c.properties
        if p.isUppercase { return 88 }        // X
        if p.isLowercase { return 120 }       // x
        if p.numericType != nil { return 100 } // d
        return c.value
    }

    /// Long shape capped at `limit` scalars (the rest are summarised by the short shape).
    static func long(_ scalars: [Unicode.Scalar], limit: Int = 6) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(min(scalars.count, limit))
        for c in scalars.prefix(limit) { out.append(shapeCode(c)) }
        if scalars.count > limit { out.append(43) }  // '+'
        return out
    }

    /// Short shape: runs of the same code collapsed.
    static func short(_ scalars: [Unicode.Scalar]) -> [UInt32] {
        var out: [UInt32] = []
        for c in scalars {
            let code = shapeCode(c)
            if out.last != code { out.append(code) }
        }
        return out
    }
}
