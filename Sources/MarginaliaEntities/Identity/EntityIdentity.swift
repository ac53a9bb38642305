import MarginaliaText

public enum EntityIdentity {
    public static func assignCanonicalNames(_ mentions: [EntityMention], language: Language) -> [EntityMention] { mentions }
}
