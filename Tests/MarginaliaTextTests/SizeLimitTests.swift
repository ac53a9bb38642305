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
        // Offsets are 32-bit: a larger limit is held at 2 GiB - 1.
        #expect(ArticleLoader.sizeLimit(environment: ["MARGINALIA_MAX_SIZE": "5g"]) == Int(Int32.max))
    }

    @Test func unreadableSettingKeepsTheBuiltinLimit() {
        for bad in ["", "lots", "-5m", "0", "1e30g"] {
            #expect(ArticleLoader.sizeLimit(environment: ["MARGINALIA_MAX_SIZE": bad]) == ArticleLoader.builtinSizeLimit)
        }
    }

    @Test func unreadableSettingIsReported() {
        for bad in ["lots", "-5m", "0", "1e30g", "10x"] {
            #expect(ArticleLoader.sizeLimitProblem(environment: ["MARGINALIA_MAX_SIZE": bad])
                == "MARGINALIA_MAX_SIZE=\(bad) is not a size (bytes, or a number with k, m or g, e.g. 500m)")
        }
        for good in ["1k", "300m", "5000", "1.5G", " 2g "] {
            #expect(ArticleLoader.sizeLimitProblem(environment: ["MARGINALIA_MAX_SIZE": good]) == nil)
        }
        #expect(ArticleLoader.sizeLimitProblem(environment: [:]) == nil)
    }

    @Test func settingsFilesAreReadOnlyWhenSmallAndRegular() throws {
        let folder = NSTemporaryDirectory() + "marginalia-settings-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("theme = \"dark\"\n".utf8).write(to: URL(fileURLWithPath: folder + "/ok.toml"))
        #expect(try FileBytes.readSettings(path: folder + "/ok.toml") == Data("theme = \"dark\"\n".utf8))
        // A FIFO: refused at once (opening it blocking would wait for a writer for ever).
        #expect(mkfifo(folder + "/fifo.toml", 0o600) == 0)
        #expect(throws: FileBytes.SettingsError.self) { try FileBytes.readSettings(path: folder + "/fifo.toml") }
        // A link to /dev/zero: refused, not read without end.
        try FileManager.default.createSymbolicLink(atPath: folder + "/zero.toml", withDestinationPath: "/dev/zero")
        do { _ = try FileBytes.readSettings(path: folder + "/zero.toml"); Issue.record("read /dev/zero") } catch {
            #expect(error.description.hasSuffix("zero.toml is not a regular file; ignored"))
        }
        // Over the limit.
        try Data(repeating: 0x23, count: FileBytes.settingsLimit + 1).write(to: URL(fileURLWithPath: folder + "/big.toml"))
        do { _ = try FileBytes.readSettings(path: folder + "/big.toml"); Issue.record("read a file over the limit") } catch {
            #expect(error.description.hasSuffix("big.toml is larger than 1024 KB; ignored"))
        }
        do { _ = try FileBytes.readSettings(path: folder + "/missing.toml"); Issue.record("read a missing file") } catch {
            #expect(error.isMissing)
        }
    }

    @Test func messageIsOneLineInMegabytesAndSaysHowToRaiseIt() {
        let message = LoadError.tooLarge(path: "big.txt", bytes: 250 * 1024 * 1024, limit: 200 * 1024 * 1024).description
        #expect(message == "big.txt: too large to open (250 MB; the limit is 200 MB, set MARGINALIA_MAX_SIZE to raise it)")
        #expect(!message.contains("\n"))
    }
}
