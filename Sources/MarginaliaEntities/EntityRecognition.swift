import MarginaliaText

/// Entry point of the entity layer: finds mentions and gives them canonical names.
/// Placeholder first version: finds nothing (the recognizer arrives with the entity issue).
public enum EntityRecognition {
    public static func recognize(_ text: ArticleText, segmentation: Segmentation, language: Language) -> [EntityMention] {
        []
    }
}
