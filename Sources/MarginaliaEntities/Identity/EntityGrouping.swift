/// The mentions of one entity in an article: what the Entities pane lists. It holds the
/// mentions' indices, not copies of them (a big article has 100,000s of mentions: copies
/// cost 64 bytes and a retained string each, an index 4 bytes).
public struct EntityGroup: Sendable, Equatable {
    public let canonical: String
    public let type: EntityType
    /// Indices into the mention list given to `EntityGrouping.groups`, in text order.
    public let members: [Int32]

    public var count: Int { members.count }
}

/// Groups mentions by type and canonical name, most mentioned first (then by first occurrence),
/// so that a UI can list entities and cycle through each one's mentions.
public enum EntityGrouping {
    /// The indices of `mentions` in text order (by span; equal spans by index). Mentions come
    /// from the analysis in text order, so this is usually 0..<n without sorting.
    public static func textOrder(_ mentions: [EntityMention]) -> [Int32] {
        var order = (0..<Int32(mentions.count)).map { $0 }
        let sorted = zip(mentions, mentions.dropFirst()).allSatisfy { !($1.span < $0.span) }
        if !sorted {
            order.sort { a, b in
                let sa = mentions[Int(a)].span, sb = mentions[Int(b)].span
                return sa != sb ? sa < sb : a < b
            }
        }
        return order
    }

    public static func groups(_ mentions: [EntityMention]) -> [EntityGroup] {
        struct Key: Hashable { let canonical: String; let type: EntityType }
        var order: [Key] = []
        var members: [Key: [Int32]] = [:]
        for i in textOrder(mentions) {
            let m = mentions[Int(i)]
            let key = Key(canonical: m.canonical, type: m.type)
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(i)
        }
        let firstIndex = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        return order
            .sorted { a, b in
                let ca = members[a]!.count, cb = members[b]!.count
                return ca != cb ? ca > cb : firstIndex[a]! < firstIndex[b]!
            }
            .map { EntityGroup(canonical: $0.canonical, type: $0.type, members: members[$0]!) }
    }

    /// `groups` sectioned by type in `EntityType.allCases` order (PER, LOC, ORG, MISC), each
    /// section sorted as `groups` sorts; types without mentions are left out.
    public static func groupsByType(_ groups: [EntityGroup]) -> [(type: EntityType, groups: [EntityGroup])] {
        EntityType.allCases.compactMap { type in
            let section = groups.filter { $0.type == type }
            return section.isEmpty ? nil : (type, section)
        }
    }
}
