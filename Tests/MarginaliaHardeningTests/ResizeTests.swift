import Foundation
import Testing
@testable import MarginaliaModel
import MarginaliaText

/// A thousand resizes in a row, between random sizes from 1x1 to 300x100, interleaved with
/// the overlays that lay themselves out by the size: every frame has the new size and is inert.
struct ResizeTests {
    static let article = """
    # Die Fähre

    „Wir fahren weiter“, sagte Kapitänin Anna Berger am Montag in Hamburg. Die Reederei \
    bestätigte den Fahrplan. 界界界 e\u{301} \u{1B}[2J Ende des ersten Absatzes.

    Ein zweiter Absatz mit einem sehr langen Wort: Donaudampfschifffahrtsgesellschaftskapitänsmütze.
    """

    @Test func thousandRandomResizesRenderEveryFrame() throws {
        let sandbox = HardeningSandbox()
        let app = try sandbox.open(sandbox.write("faehre.md", Self.article))
        var random = SplitMix64(seed: 7)
        var failures = 0
        let residentBefore = Self.residentKilobytes()
        let overlayKeys: [[Key]] = [[.character("?")], [.escape], [.tab], [.backTab], [.character("/"), .character("a")], [.escape],
                                    [.character("G")], [.character(")")], [.character("v"), .character("}")], [.escape]]
        for i in 0..<1000 {
            let w = Int.random(in: 1...300, using: &random)
            let h = Int.random(in: 1...100, using: &random)
            app.resize(width: w, height: h)
            if i % 7 == 0 { for key in overlayKeys[(i / 7) % overlayKeys.count] { app.handle(key) } }
            let violations = inertViolations(app.render(), width: w, height: h)
            if !violations.isEmpty { failures += 1 }
            #expect(violations.isEmpty, "resize \(i) to \(w)x\(h): \(violations.prefix(2))")
            if let cursor = app.cursorPosition { #expect(cursor.x >= 0 && cursor.x < w && cursor.y >= 0 && cursor.y < h) }
            if failures > 3 { break }
        }
        // Printed for the report (memory is not asserted: the allocator keeps freed pages).
        print("[hardening] 1000 resizes: resident memory \(residentBefore) kB before, \(Self.residentKilobytes()) kB after")
    }

    /// Resident set size of this process from /proc (0 where there is none).
    static func residentKilobytes() -> Int {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1024
    }

    @Test func degenerateSizesRender() throws {
        let sandbox = HardeningSandbox()
        let app = try sandbox.open(sandbox.write("faehre.md", Self.article))
        for (w, h) in [(0, 0), (0, 10), (10, 0), (1, 1), (2, 1), (1, 2), (300, 1), (1, 100), (-5, -5)] {
            app.resize(width: w, height: h)
            let grid = app.render()
            #expect(inertViolations(grid, width: max(0, w), height: max(0, h)).isEmpty, "\(w)x\(h)")
        }
    }
}
