import Foundation
import Testing
@testable import MarginaliaText

/// The article size limit (200 MiB unless MARGINALIA_MAX_SIZE says otherwise) and its message.
struct SizeLimitTests {
    @Test func defaultLimitIs200MiB() {
        #expect(ArticleLoader.sizeLimit(environment: [:]) == 200 * 1024 * 1024)
    }

    @Test func environmentConfiguresTheLimit() {
        #expect(ArticleLoader.sizeLimit(environment: ["MARGINALIA_MAX_SIZE": "1k"]) == 1024)
        #expect(ArticleLoader.sizeLimit(environment: ["MARGINALIA_MAX_SIZE": "300m"]) == 300 * 1024 * 1024)
        #expect(ArticleLoader.sizeLimit(environment: ["MARGINALIA_MAX_SIZE": "5000"]) == 5000)
        #expect(ArticleLoader.sizeLimit(environment: ["MARGINALIA_MAX_SIZE": "1.5G"]) == 3 * 512 * 1024 * 1024)
    }

    @Test func unreadableSettingKeepsTheBuiltinLimit() {
        for bad in ["", "lots", "-5m", "0", "1e30g"] {
            #expect(ArticleLoader.sizeLimit(environment: ["MARGINALIA_MAX_SIZE": bad]) == ArticleLoader.builtinSizeLimit)
        }
    }

    @Test func messageIsOneLineInMegabytesAndSaysHowToRaiseIt() {
        let message = LoadError.tooLarge(path: "big.txt", bytes: 250 * 1024 * 1024, limit: 200 * 1024 * 1024).description
        #expect(message == "big.txt: too large to open (250 MB; the limit is 200 MB, set MARGINALIA_MAX_SIZE to raise it)")
        #expect(!message.contains("\n"))
    }
}
