import MarginaliaText

/// Entry point of the entity layer: finds mentions and gives them canonical names.
/// German text goes through the tagger trained on GermEval; English (and unknown) text through
/// the tagger trained on GUM, or the rule and gazetteer recognizer if that model is missing (the
/// rules score F1 0.33 on GUM dev against the tagger's 0.58, and adding their mentions to the
/// tagger's lowered it, so they are only the fallback).
/// Either way `EntityIdentity` then merges mentions of one entity.
public enum EntityRecognition {
    /// `userModel`: what the user's corrections taught the German tagger (nil: the process's, if any).
    public static func recognize(_ text: ArticleText, segmentation: Segmentation, language: Language,
                                 userModel: UserNERModel? = nil) -> [EntityMention] {
        let sentences = segmentation.sentences.isEmpty
            ? (segmentation.paragraphs.isEmpty ? [Span(0, text.count)] : segmentation.paragraphs)
            : segmentation.sentences
        var mentions: [EntityMention]
        if language == .de, let german = ActiveUserModel.germanRecognizer(for: userModel ?? ActiveUserModel.process.current()) {
            mentions = german.recognize(text, sentences: sentences)
        } else if let english = ShippedResources.englishRecognizer {
            mentions = english.recognize(text, sentences: sentences)
        } else {
            mentions = EnglishRecognizer(lexicon: ShippedResources.lexicon)
                .recognize(text, sentences: sentences, headings: segmentation.headings)
        }
        mentions.sort { $0.span < $1.span }
        return EntityIdentity.assignCanonicalNames(mentions, language: language)
    }
}
