import Foundation

/// The original sample articles shipped with the package: what `marginalia` opens with no
/// argument. They are written for Marginalia (not copied from any publication).
public enum BundledSamples {
    /// Paths of the bundled articles, sorted by file name.
    public static var paths: [String] {
        guard let dir = Bundle.module.resourceURL?.appendingPathComponent("Articles") else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { dir.appendingPathComponent($0).path }
    }
}
