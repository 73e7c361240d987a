/// Where each pane goes for a window size.
///
/// From 100 columns the three panes stand side by side. Narrower, the cross-references go below
/// the article. Below `minimumWidth`×`minimumHeight` nothing is laid out and the reader asks for a
/// bigger window. The last two rows are the status line and the message or prompt line.
public struct PaneLayout: Sendable, Equatable {
    /// A pane's rectangle; its first row is the pane's title.
    public struct Rect: Sendable, Equatable {
        public var row: Int
        public var column: Int
        public var width: Int
        public var height: Int

        /// Rows below the title.
        public var contentHeight: Int { max(0, height - 1) }

        public func contains(row r: Int, column c: Int) -> Bool {
            r >= row && r < row + height && c >= column && c < column + width
        }
    }

    public static let minimumWidth = 50
    public static let minimumHeight = 12
    public static let sideBySideWidth = 100

    public let width: Int
    public let height: Int
    public let left: Rect
    public let article: Rect
    public let references: Rect
    /// Cross-references below the article instead of beside it.
    public let stacked: Bool

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
    public var statusRow: Int { height - 2 }
    public var messageRow: Int { height - 1 }

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
        let rows = max(0, height - 2)
        if width >= Self.sideBySideWidth {
            let leftWidth = min(44, max(24, width * 26 / 100))
            let refWidth = min(60, max(30, width * 31 / 100))
            let articleWidth = width - leftWidth - refWidth - 2
            left = Rect(row: 0, column: 0, width: leftWidth, height: rows)
            article = Rect(row: 0, column: leftWidth + 1, width: articleWidth, height: rows)
            references = Rect(row: 0, column: leftWidth + articleWidth + 2, width: refWidth, height: rows)
            stacked = false
        } else {
            let leftWidth = min(32, max(16, width * 30 / 100))
            let rightWidth = max(0, width - leftWidth - 1)
            let articleHeight = rows * 3 / 5
            left = Rect(row: 0, column: 0, width: leftWidth, height: rows)
            article = Rect(row: 0, column: leftWidth + 1, width: rightWidth, height: articleHeight)
            references = Rect(row: articleHeight, column: leftWidth + 1, width: rightWidth, height: rows - articleHeight)
            stacked = true
        }
    }

    /// Columns of the article pane left of the text: the source count and the cursor mark.
    public static let gutterWidth = 4

    /// Width of the article's text column.
    public var articleTextWidth: Int { max(1, article.width - Self.gutterWidth - 1) }
    /// Width of the cross-reference text column.
    public var referenceTextWidth: Int { max(1, references.width - 3) }
}
