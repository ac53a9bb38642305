import FoundationEssentials
import MarginaliaText

/// The contract between the model and a front end (the curses terminal, or tests):
/// the front end feeds keys, sizes and clock ticks, draws what `render()` returns, and stops
/// when `shouldQuit` is true. Everything else lives behind this protocol.
public protocol AppSession: AnyObject {
    /// Handle one key press.
    func handle(_ key: Key)
    /// The terminal now has this many columns and rows.
    func resize(width: Int, height: Int)
    /// Called about every 100 ms while idle and after each key: autosave, background work.
    func tick(now: Date)
    /// The whole screen.
    func render() -> CellGrid
    /// Where the cursor should be shown (e.g. in the command line or note editor), if anywhere.
    var cursorPosition: (x: Int, y: Int)? { get }
    var shouldQuit: Bool { get }
    /// Save everything now (quit, SIGINT/SIGTERM/SIGHUP). Must not throw; reports failures itself.
    func flush()
    /// How many results of background work that change the screen are still awaited: while any
    /// are, the front end ticks often instead of every 100 ms and draws when the number changes,
    /// so each result shows at once.
    var pendingBackgroundWork: Int { get }
    /// A mouse report (only sent when the session asked for the mouse, `wantsMouse`).
    func handleMouse(_ event: MouseEvent)
    /// Whether the front end should turn mouse reporting on.
    var wantsMouse: Bool { get }
    /// An escape sequence that is no key was dropped; `sequence` shows its bytes (`^[[99~`).
    func ignoredInput(_ sequence: String)
    /// True once after the user asked for a full repaint (Ctrl-L).
    func takeRedrawRequest() -> Bool
}

extension AppSession {
    public func handleMouse(_ event: MouseEvent) {}
    public var wantsMouse: Bool { false }
    public func ignoredInput(_ sequence: String) {}
    public func takeRedrawRequest() -> Bool { false }
}
