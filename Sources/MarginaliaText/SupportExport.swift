// The text modules and everything above them use the support module's system shims (file
// reading, paths, C formatting, threads), JSON value and SHA-256: importing MarginaliaText
// brings them along, as it did when they lived here.
@_exported import MarginaliaSupport
