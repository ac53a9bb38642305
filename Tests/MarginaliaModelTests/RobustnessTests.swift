import Testing
@testable import MarginaliaModel
import MarginaliaText
import MarginaliaEntities
import MarginaliaQuotes

/// Random key presses and sizes (seeded, so a failure repeats): the model never traps, the grid
/// always has the requested size, and no cell ever holds a control character.
@Suite struct RobustnessTests {
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let keys: [Key] = "jkbgGnN(){}eEvxcartsu?:/123456789]qzL 中é\u{1B}\u{7}".map { Key.character($0) }
        + [.up, .down, .pageUp, .pageDown, .home, .end, .enter, .escape, .tab, .backTab, .backspace, .delete, .left, .right, .control("r"), .control("u"), .function(1)]

    @Test(arguments: [1, 2, 3, 4])
    func randomSessionsNeverBreakTheScreen(seed: UInt64) {
        let sandbox = Sandbox()
        let text = "Überschrift\n\n„Wir bleiben“, sagte Anna Berg in Köln. Der Rat (ORG) tagte.\u{1B}[31m\n\n漢字 und 👍🏽 am Ende.\n\n" + String(repeating: "Noch ein Absatz mit Text. ", count: 30)
        let t = ArticleText(text)
        let anna = mention(t, "Anna Berg", .PER)
        let app = sandbox.app(text: text, entities: [anna, mention(t, "Köln", .LOC)],
                              quotes: [Quotation(spans: [TextSearch.find("Wir bleiben", in: t)[0]], speaker: SpeakerMention(span: anna.span, text: anna.text, canonical: anna.text))])
        var rng = SeededGenerator(state: seed)
        for step in 0..<600 {
            if step % 40 == 0 {
                let w = Int.random(in: 0...160, using: &rng)
                let h = Int.random(in: 0...50, using: &rng)
                app.resize(width: w, height: h)
            }
            let key = RobustnessTests.keys.randomElement(using: &rng)!
            if key == .character("q") || (app.prompt?.kind == .command && key == .enter) { continue }
            app.handle(key)
            if step % 7 == 0 {
                let grid = app.render()
                #expect(grid.width == app.width && grid.height == app.height)
                for cell in grid.cells where cell.text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                    Issue.record("control character in a cell at step \(step)")
                }
            }
        }
        #expect(!app.shouldQuit)
    }
}
