/// A rectangle of cells.
public struct Rect: Equatable, Sendable {
    public var x: Int, y: Int, width: Int, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x; self.y = y; self.width = max(0, width); self.height = max(0, height)
    }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }
}

/// Where everything goes on a screen of a given size. At 100 columns and more the side panes sit
/// to the right of the article; below that the article keeps the full width and a one-line bar
/// shows the panes' titles, with the focused pane opening under the article.
public struct ScreenGeometry: Equatable, Sendable {
    /// Below this the screen only says it is too small.
    public static let minimumWidth = 20
    public static let minimumHeight = 6
    /// Below this (but above the minimum) the layout is compact: the article (or the focused
    /// pane in its place) and one line shared by the status and messages.
    public static let compactWidth = 30
    public static let compactHeight = 8
    public static let wideThreshold = 100
    /// Lines longer than this are hard to read; wider article panes get margins instead.
    public static let maximumMeasure = 100

    public let width: Int
    public let height: Int
    public let isTooSmall: Bool
    public let isWide: Bool
    public let isCompact: Bool
    /// The article pane including its title row.
    public let article: Rect
    /// The wrapped text inside it.
    public let articleText: Rect
    /// Side panes that are visible, with their frames.
    public let panes: [(Focus, Rect)]
    /// The one-line pane bar of narrow screens.
    public let paneBar: Rect?
    public let statusRow: Int
    public let messageRow: Int

    public static func == (a: ScreenGeometry, b: ScreenGeometry) -> Bool {
        a.width == b.width && a.height == b.height && a.article == b.article && a.panes.map(\.1) == b.panes.map(\.1)
    }

    public init(width: Int, height: Int, focus: Focus) {
        self.width = width
        self.height = height
        isTooSmall = width < ScreenGeometry.minimumWidth || height < ScreenGeometry.minimumHeight
        isCompact = width < ScreenGeometry.compactWidth || height < ScreenGeometry.compactHeight
        isWide = !isCompact && width >= ScreenGeometry.wideThreshold
        // A compact screen shares its last row between the status and the message or prompt.
        statusRow = isCompact ? height - 1 : height - 2
        messageRow = height - 1
        let mainHeight = max(0, statusRow)
        let sideKinds: [Focus] = [.entities, .quotes, .tags]
        if isCompact {
            article = Rect(x: 0, y: 0, width: width, height: mainHeight)
            panes = focus == .article ? [] : [(focus, article)]
            paneBar = nil
        } else if isWide {
            let sideWidth = min(56, max(32, width / 3))
            article = Rect(x: 0, y: 0, width: width - sideWidth, height: mainHeight)
            var panes: [(Focus, Rect)] = []
            var y = 0
            for (i, kind) in sideKinds.enumerated() {
                let h = i == sideKinds.count - 1 ? mainHeight - y : mainHeight / 3
                panes.append((kind, Rect(x: width - sideWidth, y: y, width: sideWidth, height: h)))
                y += h
            }
            self.panes = panes
            paneBar = nil
        } else {
            let paneHeight = focus == .article ? 0 : max(4, mainHeight * 2 / 5)
            let articleHeight = mainHeight - 1 - paneHeight
            article = Rect(x: 0, y: 0, width: width, height: articleHeight)
            paneBar = Rect(x: 0, y: articleHeight, width: width, height: 1)
            panes = focus == .article ? [] : [(focus, Rect(x: 0, y: articleHeight + 1, width: width, height: paneHeight))]
        }
        // Title row on top, one column of margin each side, and at most `maximumMeasure` columns.
        let textWidth = min(ScreenGeometry.maximumMeasure, max(1, article.width - 2))
        articleText = Rect(x: article.x + 1, y: article.y + 1, width: textWidth, height: article.height - 1)
    }
}
