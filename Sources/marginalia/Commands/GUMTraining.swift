import ArgumentParser
import MarginaliaEntities

/// The English training data `train ner --gum` reads, with the licence note the model carries.
enum GUMTraining {
    /// Licence and attribution stored in the model file (see NOTICE.md for the full list of sources).
    static let licenceNotes = [
        "English entity model trained by `marginalia train ner --gum` on GUM V11.1.0, open genres (Zeldes 2017, doi:10.1007/s10579-016-9343-x; Lin & Zeldes 2021, WikiGUM).",
        "GUM annotations: CC BY 4.0, by the GUM annotators (https://gucorpling.org/gum/, LICENSE_GUM.txt). Texts: CC BY / CC BY 2.5 / CC BY 4.0 / public domain, and CC BY-SA 3.0 for the Wikipedia bio and Wikivoyage documents.",
        "Licence of this model: CC BY-SA 3.0 (it is derived in part from CC BY-SA 3.0 texts). Changes: entity mentions converted to flat PER/LOC/ORG/MISC BIO tags, weights learned by an averaged perceptron.",
    ]

    static func load(_ directory: String, splits: [String]) throws -> (train: [TaggedSentence], dev: [TaggedSentence]?,
                                                                       files: [ModelTrainingFile], notes: [String]) {
        guard !splits.isEmpty, splits.allSatisfy(GUMCorpus.splits.contains) else {
            throw ValidationError("--gum-splits takes train, dev, test (comma-separated)")
        }
        func sentences(_ split: String, _ files: inout [ModelTrainingFile]) throws -> [TaggedSentence] {
            var result: [TaggedSentence] = []
            do {
                for path in try GUMCorpus.paths(directory: directory, split: split) {
                    result += GUMCorpus.taggedSentences(try GUMCorpus.read(path: path))
                    if let f = ModelTrainingFile.of(path: path) { files.append(f) }
                }
            } catch { CommandLineError.exit("\(error)") }
            return result
        }
        var files: [ModelTrainingFile] = [], unused: [ModelTrainingFile] = []
        var train: [TaggedSentence] = []
        for split in splits { train += try sentences(split, &files) }
        let dev = splits.contains("dev") ? nil : try sentences("dev", &unused)
        let notes = licenceNotes + ["Trained on the GUM splits: \(splits.joined(separator: ", "))."]
        return (train, dev, files, notes)
    }
}
