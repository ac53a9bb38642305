import Testing
import Foundation
@testable import MarginaliaModel
import MarginaliaStore

/// Files the reader saves name the program with its version (docs/CONTRACTS.md: "marginalia <version>"),
/// the same one `marginalia --version` prints and export writes.
@Suite struct GeneratorVersionTests {
    @Test func savedFileNamesTheVersion() throws {
        let sandbox = Sandbox()
        let app = AnnotationTests().makeApp(sandbox)
        app.press("1")
        app.flush()
        let data = try Data(contentsOf: URL(fileURLWithPath: app.document!.store!.savePath))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((root["generator"] as? [String: Any])?["name"] as? String == "marginalia " + MarginaliaRelease.version)
        #expect(MarginaliaRelease.version.split(separator: ".").count == 3)
    }
}
