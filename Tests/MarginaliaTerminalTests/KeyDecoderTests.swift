import CNcursesw
import MarginaliaModel
import Testing
@testable import MarginaliaTerminal

@Suite struct KeyDecoderTests {
    private func character(_ code: UInt32) -> InputEvent { KeyDecoder.decode(status: OK, code: code) }
    private func function(_ code: Int32) -> InputEvent {
        KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(bitPattern: code))
    }

    @Test func printableCharactersIncludingUmlautsAndEmoji() {
        #expect(character(0x6A) == .key(.character("j")))
        #expect(character(0xFC) == .key(.character("ü")))
        #expect(character(0x1F600) == .key(.character("😀")))
        #expect(character(0x0301) == .key(.character("\u{0301}")))   // a combining mark on its own
        #expect(character(0x20) == .key(.character(" ")))
    }

    @Test func controlLettersBecomeControlKeys() {
        #expect(character(18) == .key(.control("r")))
        #expect(character(1) == .key(.control("a")))
        #expect(character(26) == .key(.control("z")))
        #expect(character(19) == .key(.control("s")))
    }

    @Test func controlCodesWithAMeaningOfTheirOwn() {
        #expect(character(13) == .key(.enter))
        #expect(character(10) == .key(.enter))
        #expect(character(9) == .key(.tab))
        #expect(character(27) == .key(.escape))
        #expect(character(127) == .key(.backspace))
        #expect(character(8) == .key(.backspace))
    }

    @Test func otherControlCodesAreIgnored() {
        #expect(character(0) == .idle)
        #expect(character(28) == .idle)
        #expect(character(0x9B) == .idle)   // C1 CSI
    }

    @Test func functionKeys() {
        #expect(function(KEY_UP) == .key(.up))
        #expect(function(KEY_DOWN) == .key(.down))
        #expect(function(KEY_LEFT) == .key(.left))
        #expect(function(KEY_RIGHT) == .key(.right))
        #expect(function(KEY_PPAGE) == .key(.pageUp))
        #expect(function(KEY_NPAGE) == .key(.pageDown))
        #expect(function(KEY_HOME) == .key(.home))
        #expect(function(KEY_END) == .key(.end))
        #expect(function(KEY_BACKSPACE) == .key(.backspace))
        #expect(function(KEY_DC) == .key(.delete))
        #expect(function(KEY_ENTER) == .key(.enter))
        #expect(function(KEY_BTAB) == .key(.backTab))
        #expect(function(KEY_F0 + 1) == .key(.function(1)))
        #expect(function(KEY_F0 + 12) == .key(.function(12)))
    }

    @Test func resizeAndUnknownCodes() {
        #expect(function(KEY_RESIZE) == .resize)
        #expect(function(KEY_MOUSE) == .idle)
        #expect(KeyDecoder.decode(status: ERR, code: 0) == .idle)
    }
}
