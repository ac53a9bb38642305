import Testing
import MarginaliaText
@testable import MarginaliaQuotes

// In reported speech a subject that is no person is what the report is about, not a speaker.

@Test func aThingAsSubjectOfReportedSpeechDoesNotSpeak() {
    let text = "Landrat Peter Kranz kritisierte am Montag die Pläne des Landes scharf.\nJede Gemeinde könne „ganz allein über ihre Zuschüsse entscheiden“."
    let found = speakers(text, entities: [mention("Peter Kranz", in: text, type: .PER)])
    #expect(found == ["Landrat Peter Kranz"])
}

@Test func aPersonAsSubjectOfReportedSpeechStillSpeaks() {
    let text = "Am Montag tagte der Kreistag.\nDie Ministerin könne „über die Zuschüsse nicht allein entscheiden“."
    #expect(speakers(text) == ["Die Ministerin"])
}
