import Testing
@testable import MarginaliaModel
import MarginaliaText

@Suite struct TextSearchTests {
    let text = ArticleText("Die Elbe, die Elbfähre und DIE Elbe\u{00A0}bei Nacht: die Elbe.")

    @Test func findListsEveryMatchWithSmartCase() {
        #expect(TextSearch.find("elbe", in: text).map { text[$0] } == ["Elbe", "Elbe", "Elbe"])
        #expect(TextSearch.find("DIE", in: text).count == 1)
        // A no-break space in the text matches a typed space.
        #expect(TextSearch.find("elbe bei", in: text).count == 1)
    }

    @Test func findInARangeKeepsMatchesStartingThere() {
        let all = TextSearch.find("elbe", in: text)
        let some = TextSearch.find("elbe", in: text, startingIn: all[1].start..<all[2].start + 1)
        #expect(some == [all[1], all[2]])
        #expect(TextSearch.find("elbe", in: text, startingIn: 0..<all[0].start).isEmpty)
    }

    @Test func nextFindsForwardBackwardAndWraps() throws {
        let all = TextSearch.find("elbe", in: text)
        let forward = try #require(TextSearch.next("elbe", in: text, from: all[0].start, forward: true))
        #expect(forward.span == all[1] && !forward.wrapped)
        let inclusive = try #require(TextSearch.next("elbe", in: text, from: all[0].start, forward: true, inclusive: true))
        #expect(inclusive.span == all[0])
        let wrapped = try #require(TextSearch.next("elbe", in: text, from: all[2].start, forward: true))
        #expect(wrapped.span == all[0] && wrapped.wrapped)
        let back = try #require(TextSearch.next("elbe", in: text, from: all[2].start, forward: false))
        #expect(back.span == all[1] && !back.wrapped)
        let backWrapped = try #require(TextSearch.next("elbe", in: text, from: all[0].start, forward: false))
        #expect(backWrapped.span == all[2] && backWrapped.wrapped)
        #expect(TextSearch.next("Oder", in: text, from: 0, forward: true) == nil)
    }

    @Test func backwardSearchCrossesItsScanWindows() throws {
        // The backward scan looks at growing windows before the offset: a match far back is found.
        let long = ArticleText("Ziel " + String(repeating: "x", count: 50_000) + " Ende")
        let hit = try #require(TextSearch.next("ziel", in: long, from: long.count - 1, forward: false))
        #expect(hit.span == Span(0, 4))
    }

    @Test func partwiseCountEqualsWholeScanAndCanBeCancelled() {
        // Parts of a megabyte: matches across a part's end are found once.
        let unit = "Elbe und Saale, "
        let long = ArticleText(String(repeating: unit, count: (3 << 20) / unit.count))
        let whole = TextSearch.find("elbe und", in: long)
        #expect(TextSearch.find("elbe und", in: long, isCancelled: { false }) == whole)
        #expect(whole.count == (3 << 20) / unit.count)
        var asked = 0
        #expect(TextSearch.find("elbe", in: long, isCancelled: { asked += 1; return asked > 1 }) == nil)
    }
}
