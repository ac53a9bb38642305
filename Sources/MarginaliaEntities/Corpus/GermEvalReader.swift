/// Reads GermEval 2014 NER files (`index TAB token TAB outer TAB inner`, `#` comment line
/// before each sentence, blank line after). Only the outer tags are used, mapped to the four
/// Marginalia types: OTH -> MISC, and the `*deriv` / `*part` variants -> O.
public enum GermEvalReader {
    public static let mappingNote = "GermEval outer tags; OTH->MISC, *deriv and *part->O"

    public struct ParseError: Error, CustomStringConvertible {
        public let description: String
    }

    public static func parse(_ text: String, name: String = "input") throws -> [TaggedSentence] {
        var sentences: [TaggedSentence] = []
        var words: [String] = [], labels: [Int] = []
        var lineNumber = 0
        func flush() {
            if !words.isEmpty { sentences.append(TaggedSentence(words: words, labels: labels)) }
            words = []; labels = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.hasPrefix("#") { continue }
            if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { flush(); continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3, !fields[1].isEmpty else {
                throw ParseError(description: "\(name):\(lineNumber): expected `index TAB token TAB tag`")
            }
            guard let label = label(for: fields[2]) else {
                throw ParseError(description: "\(name):\(lineNumber): unknown tag '\(fields[2])'")
            }
            words.append(String(fields[1]))
            labels.append(label)
        }
        flush()
        return sentences
    }

    /// The label index for one outer tag, or nil if the tag is not GermEval's.
    public static func label(for tag: Substring) -> Int? {
        if tag == "O" { return 0 }
        guard tag.count > 2, tag.hasPrefix("B-") || tag.hasPrefix("I-") else { return nil }
        var name = tag.dropFirst(2)
        if name.hasSuffix("deriv") || name.hasSuffix("part") {
            name = name.hasSuffix("deriv") ? name.dropLast(5) : name.dropLast(4)
            return ["PER", "LOC", "ORG", "OTH"].contains(name) ? 0 : nil
        }
        let type: EntityType
        switch name {
        case "PER": type = .PER
        case "LOC": type = .LOC
        case "ORG": type = .ORG
        case "OTH": type = .MISC
        default: return nil
        }
        return tag.hasPrefix("B-") ? EntityTagSet.begin(type) : EntityTagSet.inside(type)
    }
}
