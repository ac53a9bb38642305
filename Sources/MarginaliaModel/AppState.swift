import MarginaliaText
import MarginaliaAnalysis

/// The whole state of the reader, independent of any terminal.
public final class AppState {
    public init() {}
}
