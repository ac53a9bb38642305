import MarginaliaText

/// The TOML themes of the repository's Themes/ folder, which SwiftPM copies beside the
/// executable (Themes/resources.c says why that folder is a C target).
public enum BundledThemes {
    /// Folder holding the bundled `*.toml` themes; nil if the copy beside the executable is missing.
    public static var directory: String? { ResourceFolder.besideExecutable(target: "MarginaliaThemes") }
}
