import Testing
@testable import MarginaliaModel
import MarginaliaText
import MarginaliaEntities
import MarginaliaQuotes

/// The Entities and Quotes panes keep their rows as indices and make a row when it is asked
/// for (drawing asks for the rows on screen only). These tests check every row against the
/// article it was made from, the rows drawn at the edges of a pane's page, and after a resize.
@Suite struct PaneRowWindowTests {
    static let names = ["Anna Alpha", "Bert Beta", "Carla Gamma"]
    static let quoteCount = 30

    /// Quote i is said by `names[i % 4]`, or by nobody when i % 4 == 3; every named speaker
    /// speaks "in Berlin".
    static let text = (0..<quoteCount).map { i in
        i % 4 < 3 ? "\(names[i % 4]) sagte in Berlin: „Satz \(i) hier“." : "Es hieß: „Satz \(i) hier“."
    }.joined(separator: " ")

    /// Every name and place mention, in REVERSE text order (the rows must not depend on the
    /// analysis listing its mentions in text order).
    static var entities: [EntityMention] {
        let t = ArticleText(text)
        var all: [EntityMention] = []
        var seen: [String: Int] = [:]
        for i in 0..<quoteCount where i % 4 < 3 {
            let name = names[i % 4]
            all.append(mention(t, name, .PER, occurrence: seen[name, default: 0]))
            seen[name, default: 0] += 1
            all.append(mention(t, "Berlin", .LOC, occurrence: seen["Berlin", default: 0]))
            seen["Berlin", default: 0] += 1
        }
        return all.reversed()
    }

    static var quotes: [Quotation] {
        let t = ArticleText(text)
        let e = entities
        return (0..<quoteCount).map { i in
            let span = TextSearch.find("Satz \(i) hier", in: t)[0]
            let speaker = i % 4 < 3 ? e.filter { $0.text == names[i % 4] && $0.span.end < span.start }.max { $0.span < $1.span } : nil
            return Quotation(spans: [span], speaker: speaker.map { SpeakerMention(span: $0.span, text: $0.text, canonical: $0.canonical) })
        }
    }

    func makeApp(_ sandbox: Sandbox, height: Int = 30) -> ReaderApp {
        sandbox.app(text: Self.text, entities: Self.entities, quotes: Self.quotes, width: 120, height: height)
    }

    /// The Quotes pane as it should read: per speaker (in order of their first quote, nobody
    /// last) a header, then their quotes; each row with its label and the quote indices it targets.
    static var expectedQuoteRows: [(label: String, header: Bool, quotes: [Int])] {
        var rows: [(label: String, header: Bool, quotes: [Int])] = []
        for k in 0..<4 {
            let said = (0..<quoteCount).filter { $0 % 4 == k }
            rows.append(("\(k < 3 ? names[k] : PaneRows.unknownSpeaker) (\(said.count))", true, said))
            rows += said.map { ("„Satz \($0) hier“", false, [$0]) }
        }
        return rows
    }

    @Test func everyQuoteRowReadsAndTargetsWhatItShouldAtBothEnds() {
        let sandbox = Sandbox()
        let app = makeApp(sandbox)
        let items = app.paneItems(.quotes)
        let expected = Self.expectedQuoteRows
        #expect(items.count == expected.count)
        let quotes = app.document!.quotes
        for (item, want) in zip(items, expected) {
            #expect(item.label == want.label)
            #expect(item.isHeader == want.header)
            #expect(item.targets.map(\.unit) == want.quotes.map { .quote($0) })
            #expect(item.targets.map(\.span) == want.quotes.map { quotes[$0].span })
            #expect(item.target == quotes[want.quotes[0]].span)
        }
        // The last row, read on its own, is the last quote nobody is named for.
        #expect(items[items.count - 1].label == "„Satz 27 hier“")
        #expect(items.last?.targets.map(\.unit) == [.quote(27)])
    }

    @Test func entityRowsTargetMentionsInTextOrderWhateverTheListOrder() {
        let sandbox = Sandbox()
        let app = makeApp(sandbox)
        let mentions = app.document!.entities
        let items = app.paneItems(.entities)
        #expect(items.map { ($0.isHeader ? "# \($0.marker) " : "") + $0.label } == [
            "# PER (3)", "Anna Alpha (8)", "Bert Beta (8)", "Carla Gamma (7)", "# LOC (1)", "Berlin (23)",
        ])
        func textOrder(_ type: EntityType, _ name: String? = nil) -> [PaneTarget] {
            mentions.indices.filter { mentions[$0].type == type && (name == nil || mentions[$0].canonical == name) }
                .sorted { mentions[$0].span < mentions[$1].span }
                .map { PaneTarget(span: mentions[$0].span, unit: .entity($0)) }
        }
        #expect(items[0].targets == textOrder(.PER))
        #expect(items[0].target == textOrder(.PER).first?.span)
        #expect(items[1].targets == textOrder(.PER, "Anna Alpha"))
        #expect(items[3].targets == textOrder(.PER, "Carla Gamma"))
        #expect(items[4].targets == textOrder(.LOC))
        #expect(items[5].targets == textOrder(.LOC, "Berlin"))
        #expect(items[5].name == "Berlin")
    }

    /// The text a pane shows on screen row `y` (the cells inside its frame).
    func paneRowText(_ grid: CellGrid, _ rect: Rect, _ y: Int) -> String {
        (rect.x + 1..<rect.maxX - 1).map { grid[$0, y].text }.joined()
    }

    /// Draws the Quotes pane with the cursor on `cursor` and checks each screen row against
    /// the row it should show: the pages are whole pane heights, the last one ends in blanks.
    func expectPage(_ app: ReaderApp, cursor: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
        app.press("gg" + String(repeating: "j", count: cursor))   // digits tag in the panes: no count
        #expect(app.cursor(in: .quotes) == cursor, sourceLocation: sourceLocation)
        let grid = app.render()
        let (_, rect) = try #require(app.geometry.panes.first { $0.0 == .quotes })
        let height = rect.height - 2
        let expected = Self.expectedQuoteRows
        let first = (cursor / height) * height
        for row in 0..<height {
            let shown = paneRowText(grid, rect, rect.y + 1 + row)
            if first + row < expected.count {
                let label = expected[first + row].label
                #expect(shown.contains(String(label.prefix(12))), "row \(first + row): \(shown)", sourceLocation: sourceLocation)
            } else {
                #expect(shown.allSatisfy { $0 == " " }, "past the last row: \(shown)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func thePaneDrawsTheRowsOfItsPageAtTheEdgesAndAfterAResize() throws {
        let sandbox = Sandbox()
        let app = makeApp(sandbox)
        app.press("<Tab><Tab>")
        #expect(app.focus == .quotes)
        let count = Self.expectedQuoteRows.count
        let height = try #require(app.geometry.panes.first { $0.0 == .quotes }).1.height - 2
        #expect(count > 2 * height)
        for cursor in [0, height - 1, height, 2 * height - 1, count - 1] { try expectPage(app, cursor: cursor) }
        // A taller and a shorter screen: other pages, the same rows.
        for screenHeight in [45, 20] {
            app.resize(width: 120, height: screenHeight)
            let height = try #require(app.geometry.panes.first { $0.0 == .quotes }).1.height - 2
            for cursor in [height - 1, height, count - 1] { try expectPage(app, cursor: cursor) }
        }
    }
}
