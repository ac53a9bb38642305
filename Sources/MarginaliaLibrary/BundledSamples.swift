import FoundationEssentials
import MarginaliaText

/// The original sample articles shipped with the package (Sources/MarginaliaSamples/Articles,
/// copied beside the executable): what `marginalia` opens with no
/// argument. They are written for Marginalia (not copied from any publication), and show what
/// the reader does: the German news article (quotes with speakers, names in quotation marks that
/// are not quotes, inflected names), the English one (an interrupted and a multi-paragraph quote)
/// and a short German Markdown article (headings, emphasis, a link, a list).
public enum BundledSamples {
    /// Paths of the bundled articles, in reading order (their file names start with a number).
    public static var paths: [String] {
        guard let resources = ResourceFolder.besideExecutable(target: "MarginaliaSamples") else { return [] }
        let dir = resources + "/Articles"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter(isArticle).sorted().map { dir + "/" + $0 }
    }

    /// Only the articles themselves: a stray annotation or lock file that ended up in the folder
    /// (someone opened a sample by its source path) is not a sample.
    static func isArticle(_ name: String) -> Bool {
        !name.hasPrefix(".") && articleExtensions.contains(PathText.pathExtension(name).lowercased())
    }

    static let articleExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]
}
