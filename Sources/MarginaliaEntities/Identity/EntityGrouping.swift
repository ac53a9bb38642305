/// The mentions of one entity in an article: what the Entities pane lists.
public struct EntityGroup: Sendable, Equatable {
    public let canonical: String
    public let type: EntityType
    /// In text order.
    public let mentions: [EntityMention]
}

/// Groups mentions by type and canonical name, most mentioned first (then by first occurrence),
/// so that a UI can list entities and cycle through each one's mentions.
public enum EntityGrouping {
    public static func groups(_ mentions: [EntityMention]) -> [EntityGroup] {
        struct Key: Hashable { let canonical: String; let type: EntityType }
        var order: [Key] = []
        var members: [Key: [EntityMention]] = [:]
        for m in mentions.sorted(by: { $0.span < $1.span }) {
            let key = Key(canonical: m.canonical, type: m.type)
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(m)
        }
        let firstIndex = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        return order
            .sorted { a, b in
                let ca = members[a]!.count, cb = members[b]!.count
                return ca != cb ? ca > cb : firstIndex[a]! < firstIndex[b]!
            }
            .map { EntityGroup(canonical: $0.canonical, type: $0.type, mentions: members[$0]!) }
    }

    /// The same groups sectioned by type in `EntityType.allCases` order (PER, LOC, ORG, MISC),
    /// each section sorted as `groups` sorts; types without mentions are left out.
    public static func groupsByType(_ mentions: [EntityMention]) -> [(type: EntityType, groups: [EntityGroup])] {
        let all = groups(mentions)
        return EntityType.allCases.compactMap { type in
            let section = all.filter { $0.type == type }
            return section.isEmpty ? nil : (type, section)
        }
    }
}
