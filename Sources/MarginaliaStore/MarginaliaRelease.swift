/// The version of Marginalia, defined once: `marginalia --version` prints it and every file the
/// program writes names it as its generator ("marginalia 0.1.0", docs/CONTRACTS.md).
public enum MarginaliaRelease {
    public static let version = "0.1.0"
    /// The `generator` name of saved and exported annotation files.
    public static let generator = "marginalia " + version
    /// The project's home page, the `homepage` of the generator and the base of its vocabulary
    /// IRIs. A placeholder under the reserved `.invalid` domain until the project has a public
    /// address: set it here, once, when it does.
    public static let homepage = "https://marginalia.invalid/"
    /// The generator's IRI: this release.
    public static let generatorID = homepage + "release/" + version
}
