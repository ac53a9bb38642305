/// The version of Marginalia, defined once: `marginalia --version` prints it and every file the
/// program writes names it as its generator ("marginalia 0.1.0", docs/CONTRACTS.md).
public enum MarginaliaRelease {
    public static let version = "0.1.0"
    /// The `generator` of saved and exported annotation files.
    public static let generator = "marginalia " + version
}
