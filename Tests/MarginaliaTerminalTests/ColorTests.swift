import MarginaliaModel
import Testing
@testable import MarginaliaTerminal

@Suite struct ColorModeDecisionTests {
    @Test func noColorWinsWhenSet() {
        #expect(ColorModeDecision.decide(noColor: "1", hasColors: true, colorCount: 256) == .none)
    }

    @Test func emptyNoColorIsIgnored() {
        #expect(ColorModeDecision.decide(noColor: "", hasColors: true, colorCount: 256) == .ansi256)
    }

    @Test func terminalWithoutColoursGetsNone() {
        #expect(ColorModeDecision.decide(noColor: nil, hasColors: false, colorCount: 256) == .none)
        #expect(ColorModeDecision.decide(noColor: nil, hasColors: true, colorCount: -1) == .none)
    }

    @Test func thePoorerModeWins() {
        #expect(ColorModeDecision.poorer(.ansi256, .ansi8) == .ansi8)
        #expect(ColorModeDecision.poorer(.ansi8, .ansi256) == .ansi8)
        #expect(ColorModeDecision.poorer(.none, .ansi256) == .none)
        #expect(ColorModeDecision.poorer(.ansi256, .ansi256) == .ansi256)
    }

    @Test(arguments: [(8, ColorMode.ansi8), (16, .ansi8), (88, .ansi8), (256, .ansi256), (16_777_216, .ansi256)])
    func colourCountDecidesThePalette(count: Int, expected: ColorMode) {
        #expect(ColorModeDecision.decide(noColor: nil, hasColors: true, colorCount: count) == expected)
    }
}

@Suite struct PaletteMappingTests {
    @Test func terminalDefaultIsMinusOneWithColours() {
        #expect(PaletteMapping.cursesColor(.terminalDefault, mode: .ansi256) == -1)
        #expect(PaletteMapping.cursesColor(.terminalDefault, mode: .ansi8) == -1)
    }

    @Test func noColourModeMapsNothing() {
        #expect(PaletteMapping.cursesColor(.rgb(255, 0, 0), mode: .none) == nil)
        #expect(PaletteMapping.cursesColor(.indexed(3), mode: .none) == nil)
        #expect(PaletteMapping.cursesColor(.terminalDefault, mode: .none) == nil)
    }

    @Test func indexedColoursPassThroughIn256() {
        #expect(PaletteMapping.cursesColor(.indexed(208), mode: .ansi256) == 208)
        #expect(PaletteMapping.cursesColor(.indexed(3), mode: .ansi256) == 3)
    }

    @Test func rgbMapsToTheCubeAndTheGreyRamp() {
        #expect(PaletteMapping.nearestXterm256(255, 0, 0) == 196)
        #expect(PaletteMapping.nearestXterm256(0, 0, 0) == 16)
        #expect(PaletteMapping.nearestXterm256(255, 255, 255) == 231)
        #expect(PaletteMapping.nearestXterm256(128, 128, 128) == 244)
        #expect(PaletteMapping.nearestXterm256(255, 175, 0) == 214)
        // Slightly off cube values still land on the neighbouring cube colour.
        #expect(PaletteMapping.nearestXterm256(250, 100, 5) == 202)
    }

    @Test func everyCubeAndRampColourMapsToItself() {
        for index in 16...255 {
            let (r, g, b) = PaletteMapping.xterm256RGB(index)
            #expect(PaletteMapping.nearestXterm256(UInt8(r), UInt8(g), UInt8(b)) == index, "index \(index)")
        }
    }

    @Test(arguments: [
        ((255, 0, 0), 1), ((0, 170, 0), 2), ((255, 165, 0), 3), ((0, 0, 128), 4),
        ((200, 0, 200), 5), ((0, 200, 200), 6), ((48, 48, 48), 0), ((220, 220, 220), 7),
        ((178, 34, 34), 1), ((65, 105, 225), 4),
    ])
    func rgbMapsToTheBasicColourOfItsHue(rgb: (Int, Int, Int), expected: Int) {
        #expect(PaletteMapping.cursesColor(.rgb(UInt8(rgb.0), UInt8(rgb.1), UInt8(rgb.2)), mode: .ansi8) == expected)
    }

    @Test func indexedColoursFoldOntoTheEightBasics() {
        #expect(PaletteMapping.cursesColor(.indexed(4), mode: .ansi8) == 4)
        #expect(PaletteMapping.cursesColor(.indexed(9), mode: .ansi8) == 1)     // bright red
        #expect(PaletteMapping.cursesColor(.indexed(196), mode: .ansi8) == 1)   // cube red
        #expect(PaletteMapping.cursesColor(.indexed(21), mode: .ansi8) == 4)    // cube blue
        #expect(PaletteMapping.cursesColor(.indexed(236), mode: .ansi8) == 0)   // dark grey
    }
}

@Suite struct ColorPairCacheTests {
    @Test func defaultColoursUsePairZeroWithoutDefiningOne() {
        var cache = ColorPairCache(limit: 10)
        var defined = 0
        #expect(cache.pair(foreground: -1, background: -1) { _, _, _ in defined += 1; return true } == 0)
        #expect(defined == 0)
    }

    @Test func eachCombinationIsDefinedOnceAndReused() {
        var cache = ColorPairCache(limit: 10)
        var definitions: [[Int]] = []
        let define: (Int, Int, Int) -> Bool = { definitions.append([$0, $1, $2]); return true }
        let first = cache.pair(foreground: 1, background: -1, define: define)
        let second = cache.pair(foreground: 2, background: 0, define: define)
        let again = cache.pair(foreground: 1, background: -1, define: define)
        #expect(first == 1 && second == 2 && again == 1)
        #expect(definitions == [[1, 1, -1], [2, 2, 0]])
    }

    @Test func runningOutOfPairsFallsBackToTheDefaultPair() {
        var cache = ColorPairCache(limit: 2)
        let define: (Int, Int, Int) -> Bool = { _, _, _ in true }
        #expect(cache.pair(foreground: 1, background: 0, define: define) == 1)
        #expect(cache.pair(foreground: 2, background: 0, define: define) == 2)
        #expect(cache.pair(foreground: 3, background: 0, define: define) == 0)
        #expect(cache.count == 2)
    }

    @Test func aRefusedDefinitionIsNotCached() {
        var cache = ColorPairCache(limit: 5)
        #expect(cache.pair(foreground: 300, background: 0) { _, _, _ in false } == 0)
        #expect(cache.pair(foreground: 300, background: 0) { _, _, _ in true } == 1)
    }
}
