import FoundationEssentials
import MarginaliaText

/// The model and lexicon that ship in the package's Resources folder, loaded once on first use
/// (Swift's `static let` initialisation is lazy and thread-safe).
public enum ShippedResources {
    public static let modelFileName = "ner-de.model"
    public static let englishModelFileName = "ner-en.model"
    public static let placesFileName = "places.txt"
    public static let firstNamesFileName = "first-names.txt"

    /// The shipped file `name` (Sources/MarginaliaEntityData/Resources, copied beside the
    /// executable), nil when it is missing.
    static func url(_ name: String) -> URL? {
        guard let folder = ResourceFolder.besideExecutable(target: "MarginaliaEntityData") else { return nil }
        let path = folder + "/Resources/" + name
        return FileStatus(path: path)?.isRegular == true ? URL(fileURLWithPath: path) : nil
    }

    /// One line for the user when shipped files are missing (a binary copied without the
    /// resources folder SwiftPM puts beside it): the analysis still runs, on rules alone, and
    /// would otherwise look normal while finding far fewer names. Nil when all files are there.
    public static let missingFilesProblem: String? = {
        let missing = [modelFileName, englishModelFileName, placesFileName, firstNamesFileName].filter { url($0) == nil }
        guard !missing.isEmpty else { return nil }
        // What it means first: the status line shows only the start.
        return "names found by fallback rules only: \(missing.joined(separator: ", ")) missing "
            + "(copy Marginalia_MarginaliaEntityData.resources along with the executable)"
    }()

    /// The shipped place and first-name lists (empty sets if the files are missing).
    public static let lexicon: Lexicon = {
        let placesText = url(placesFileName).flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
        let namesText = url(firstNamesFileName).flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
        let (places, countries) = Lexicon.parsePlaces(placesText)
        return Lexicon(places: places, countries: countries, firstNames: Lexicon.parseNames(namesText))
    }()

    /// The shipped German tagger, or the reason it could not be loaded.
    public static let germanModel = loadModel(modelFileName, language: "German")

    /// The shipped English tagger (trained on GUM), or the reason it could not be loaded.
    public static let englishModel = loadModel(englishModelFileName, language: "English")

    static func loadModel(_ name: String, language: String) -> Result<TaggerModel, ModelFile.FormatError> {
        guard let u = url(name), let data = try? Data(contentsOf: u) else {
            return .failure(ModelFile.FormatError(description: "the \(language) entity model is missing from the package"))
        }
        do { return .success(try ModelFile.decode(data)) } catch let e as ModelFile.FormatError {
            return .failure(e)
        } catch {
            return .failure(ModelFile.FormatError(description: "\(error)"))
        }
    }

    /// The German recognizer built from the shipped files, nil if the model is unusable.
    public static let germanRecognizer: GermanRecognizer? = {
        guard case .success(let model) = germanModel else { return nil }
        return GermanRecognizer(model: model, lexicon: lexicon)
    }()

    /// The English recognizer built from the shipped files, nil if the model is unusable.
    public static let englishRecognizer: EnglishTaggerRecognizer? = {
        guard case .success(let model) = englishModel else { return nil }
        return EnglishTaggerRecognizer(model: model, lexicon: lexicon)
    }()
}
