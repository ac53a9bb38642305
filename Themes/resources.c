/* The themes folder is a C target only so that SwiftPM copies its TOML files beside the
   executable (Marginalia_MarginaliaThemes.resources) without generating a Swift resource
   accessor: that accessor uses Foundation's Bundle, which links ICU into the program (60 MB,
   37,000 relocations, about 1 ms of every start). BundledThemes finds the folder instead. */
int marginalia_themes_resources;
