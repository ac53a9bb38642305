/// FNV-1a hashing of feature strings without building them: a feature is a template number
/// followed by one or two scalar sequences, hashed straight into a bucket of the weight table.
/// Hashing instead of interning keeps the model a flat array and the lookup allocation-free.
public struct FeatureHasher {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always) static func mix(_ h: UInt64, _ v: UInt32) -> UInt64 {
        var h = h
        h = (h ^ UInt64(v & 0xff)) &* prime
        h = (h ^ UInt64((v >> 8) & 0xffff)) &* prime
        h = (h ^ UInt64(v >> 24)) &* prime
        return h
    }

    @inline(__always) static func start(_ template: UInt32) -> UInt64 { mix(offset, template &+ 0x9e37) }

    @inline(__always) static func add<C: Collection>(_ h: UInt64, _ values: C) -> UInt64 where C.Element == UInt32 {
        var h = h
        for v in values { h = mix(h, v) }
        return mix(h, 0x1f)   // separator, so that ("ab","c") and ("a","bc") differ
    }

    /// Final avalanche so that the low bits (the bucket) depend on every input scalar.
    @inline(__always) static func finish(_ h: UInt64) -> UInt64 {
        var x = h
        x ^= x >> 33; x = x &* 0xff51_afd7_ed55_8ccd
        x ^= x >> 33; x = x &* 0xc4ce_b9fe_1a85_ec53
        x ^= x >> 33
        return x
    }

    /// Stable 64-bit hash of a string (used for word sets stored in the model file).
    public static func hash(_ s: String) -> UInt64 {
        finish(add(start(0), s.unicodeScalars.lazy.map(\.value)))
    }
}
