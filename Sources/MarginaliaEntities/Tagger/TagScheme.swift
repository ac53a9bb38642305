/// How entity spans are spelled as token labels inside a model. Data and outputs always use BIO
/// (`EntityTagSet`); a model may use BILOU internally (Begin, Inside, Last, Unit-length), which
/// lets the weights tell a name's last word and one-word names apart. The label count stored in
/// the model file says which scheme it uses (9 = BIO, 17 = BILOU).
public enum TagScheme: Sendable {
    case bio, bilou

    public init?(labelCount: Int) {
        switch labelCount {
        case EntityTagSet.count: self = .bio
        case 1 + 4 * EntityTagSet.types.count: self = .bilou
        default: return nil
        }
    }

    public var count: Int { self == .bio ? EntityTagSet.count : 1 + 4 * EntityTagSet.types.count }

    // BILOU label of type index k: B = 1+4k, I = 2+4k, L = 3+4k, U = 4+4k.
    @inline(__always) func part(_ label: Int) -> Int { (label - 1) % 4 }   // 0 B, 1 I, 2 L, 3 U
    @inline(__always) func typeIndex(_ label: Int) -> Int { self == .bio ? (label - 1) / 2 : (label - 1) / 4 }

    /// Whether `label` may follow `previous` (nil: sentence start).
    public func allowed(_ label: Int, after previous: Int?) -> Bool {
        guard self == .bilou else { return EntityTagSet.allowed(label, after: previous) }
        let open = previous.map { $0 != 0 && part($0) <= 1 } ?? false
        if open {
            return label != 0 && typeIndex(label) == typeIndex(previous!) && (part(label) == 1 || part(label) == 2)
        }
        return label == 0 || part(label) == 0 || part(label) == 3
    }

    /// Whether a sentence may end on `label` (BILOU names must be closed).
    public func mayEnd(_ label: Int) -> Bool {
        self == .bio || label == 0 || part(label) >= 2
    }

    /// Whether `label` starts an entity (B-, or U- in BILOU).
    public func startsEntity(_ label: Int) -> Bool {
        guard label != 0 else { return false }
        return self == .bio ? EntityTagSet.isBegin(label) : (part(label) == 0 || part(label) == 3)
    }

    /// BIO labels -> this scheme.
    public func encode(_ bio: [Int]) -> [Int] {
        guard self == .bilou else { return bio }
        var out = [Int](repeating: 0, count: bio.count)
        for s in EntityTagSet.spans(from: bio) {
            let base = 1 + 4 * EntityTagSet.types.firstIndex(of: s.type)!
            if s.end - s.start == 1 { out[s.start] = base + 3; continue }
            out[s.start] = base
            for i in (s.start + 1)..<(s.end - 1) { out[i] = base + 1 }
            out[s.end - 1] = base + 2
        }
        return out
    }

    /// This scheme's labels -> BIO.
    public func decode(_ labels: [Int]) -> [Int] {
        guard self == .bilou else { return labels }
        return labels.map { label in
            guard label != 0 else { return 0 }
            let type = EntityTagSet.types[typeIndex(label)]
            return part(label) == 0 || part(label) == 3 ? EntityTagSet.begin(type) : EntityTagSet.inside(type)
        }
    }
}
