// The shipped modules import FoundationEssentials, not Foundation (which links ICU: see the
// README, "How it is built"). Foundation used to re-export the C library; this re-exports it
// once, for this module and every module that imports it.
#if canImport(Glibc)
@_exported import Glibc
#elseif canImport(Darwin)
@_exported import Darwin
#endif
