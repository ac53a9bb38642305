import MarginaliaText
import MarginaliaEntities

/// The Entities pane's rows as indices: per type a header row, then a row per entity group.
/// Holds the document's mention list (shared, not copied), the groups (mention indices) and
/// the mentions in text order; labels and targets are made per row when asked for.
final class EntityPaneRows: PaneRowTable {
    private struct Section {
        let type: EntityType
        /// The header's row; the section's groups follow it.
        let row: Int
        /// The section's groups in `groups`.
        let groups: Range<Int>
        /// The type's first mention in text order (where Enter on the header goes first).
        let first: Span?
    }

    private let mentions: [EntityMention]
    /// Indices of `mentions` in text order (equal spans by index).
    private let order: [Int32]
    /// The groups section by section (PER, LOC, ORG, MISC), each section most mentioned first.
    private let groups: [EntityGroup]
    private let sections: [Section]
    let count: Int

    init(_ mentions: [EntityMention], groups all: [EntityGroup]) {
        self.mentions = mentions
        let order = EntityGrouping.textOrder(mentions)
        self.order = order
        var groups: [EntityGroup] = []
        var sections: [Section] = []
        var row = 0
        for (type, section) in EntityGrouping.groupsByType(all) {
            let first = order.first { mentions[Int($0)].type == type }.map { mentions[Int($0)].span }
            sections.append(Section(type: type, row: row, groups: groups.count..<groups.count + section.count, first: first))
            groups += section
            row += 1 + section.count
        }
        self.groups = groups
        self.sections = sections
        self.count = row
    }

    /// The section of `row` and the group on it (nil on the header).
    private func locate(_ row: Int) -> (section: Section, group: Int?) {
        let section = sections.last { $0.row <= row }!
        return (section, row == section.row ? nil : section.groups.lowerBound + row - section.row - 1)
    }

    func row(_ index: Int) -> PaneItem {
        let (section, g) = locate(index)
        let scope = PaneRows.entityScopes[section.type]
        guard let g else {
            return PaneItem(label: "(\(section.groups.count))", scope: scope, marker: section.type.rawValue, target: section.first,
                            isHeader: true, targetsOf: index, in: self, name: section.type.rawValue, targetNoun: "mention")
        }
        let group = groups[g]
        return PaneItem(label: "\(group.canonical) (\(group.count))", scope: scope, marker: "•",
                        target: group.members.first.map { mentions[Int($0)].span }, isHeader: false,
                        targetsOf: index, in: self, name: group.canonical, targetNoun: "mention")
    }

    /// A header's targets: every mention of its type in text order; a group's: its mentions.
    func targets(ofRow index: Int) -> [PaneTarget] {
        let (section, g) = locate(index)
        let members = g.map { groups[$0].members } ?? order.filter { mentions[Int($0)].type == section.type }
        return members.map { PaneTarget(span: mentions[Int($0)].span, unit: .entity(firstIndex(of: mentions[Int($0)].span))) }
    }

    /// The first mention in the list with `span` (the selection unit of a mention, as when the
    /// mention is selected in the article): the lowest index, first among equal spans in `order`.
    private func firstIndex(of span: Span) -> Int {
        var lo = 0, hi = order.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[Int(order[mid])].span < span { lo = mid + 1 } else { hi = mid }
        }
        return lo < order.count ? Int(order[lo]) : 0
    }
}
