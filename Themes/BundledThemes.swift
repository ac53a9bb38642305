import Foundation
import MarginaliaText

/// The TOML themes in this folder, shipped as package resources so an installed binary finds
/// them. (This folder is its own small target so the themes can live at the top of the repo.)
public enum BundledThemes {
    /// Folder holding `*.toml` themes.
    public static var directory: String? {
        ResourceFolder.besideExecutable(target: "MarginaliaThemes") ?? Bundle.module.resourceURL?.path
    }
}
