import MarginaliaText

/// Entry point of the entity layer: finds mentions and gives them canonical names.
/// German text goes through the learned tagger; English (and unknown) text through the rule and
/// gazetteer recognizer. Either way `EntityIdentity` then merges mentions of one entity.
public enum EntityRecognition {
    /// `userModel`: what the user's corrections taught the German tagger (nil: the process's, if any).
    public static func recognize(_ text: ArticleText, segmentation: Segmentation, language: Language,
                                 userModel: UserNERModel? = nil) -> [EntityMention] {
        let sentences = segmentation.sentences.isEmpty
            ? (segmentation.paragraphs.isEmpty ? [Span(0, text.count)] : segmentation.paragraphs)
            : segmentation.sentences
        var mentions: [EntityMention]
        if language == .de, var german = ShippedResources.germanRecognizer {
            german.user = userModel ?? ActiveUserModel.process.current()
            mentions = german.recognize(text, sentences: sentences)
        } else {
            mentions = EnglishRecognizer(lexicon: ShippedResources.lexicon)
                .recognize(text, sentences: sentences, headings: segmentation.headings)
        }
        mentions.sort { $0.span < $1.span }
        return EntityIdentity.assignCanonicalNames(mentions, language: language)
    }
}
