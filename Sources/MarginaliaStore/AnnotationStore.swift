import MarginaliaText

/// Reads and writes `<article>.annotations.json` (W3C Web Annotation collection of DESIGN.md).
public enum AnnotationStore {}
