import CNcursesw
import MarginaliaModel

/// The curses front end: draws a cell grid and reads keys. Nothing else.
public enum Terminal {}
