/// A mouse report (SGR 1006 encoding), in screen cells counted from 0.
public struct MouseEvent: Equatable, Sendable {
    public enum Action: Equatable, Sendable {
        /// A button went down (`button` 0 left, 1 middle, 2 right).
        case press
        case release
        /// Moved with a button held.
        case drag
        case wheelUp, wheelDown
    }

    public var action: Action
    public var button: Int
    public var x: Int
    public var y: Int
    /// When it arrived, in seconds of a monotonic clock (set by the front end; tests choose
    /// it): two presses close in time make a double click.
    public var time: Double

    public init(action: Action, button: Int = 0, x: Int, y: Int, time: Double = 0) {
        self.action = action
        self.button = button
        self.x = x
        self.y = y
        self.time = time
    }

    /// Decodes the parameters of `ESC [ < b ; x ; y M` (or `m`, a release): `b` holds the
    /// button in bits 0-1, modifiers in bits 2-4, motion in bit 5 and the wheel in bit 6;
    /// `x` and `y` count from 1. Nil for anything malformed.
    public static func sgr(parameters: String, released: Bool) -> MouseEvent? {
        let fields = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        guard fields.count == 3, let b = fields[0], let x = fields[1], let y = fields[2], x >= 1, y >= 1 else { return nil }
        let button = b & 3
        let action: Action
        if b & 64 != 0 {
            guard button < 2 else { return nil }   // horizontal wheels: nothing to scroll sideways
            action = button == 0 ? .wheelUp : .wheelDown
        } else if released {
            action = .release
        } else if b & 32 != 0 {
            action = .drag
        } else {
            action = .press
        }
        return MouseEvent(action: action, button: button, x: x - 1, y: y - 1)
    }
}
