import NewsCore

/// One drawn screen in memory: a grid of cells, each holding one grapheme and its style.
///
/// Rendering writes into a frame; a `Screen` shows it. Every string put into a frame is made
/// terminal-safe first (`TerminalText.visible`), so no control byte can reach a backend, and it is
/// clipped by display width: a wide character takes two cells (the second is a continuation,
/// `text == ""`) and is never split at an edge.
public struct Frame: Sendable, Equatable {
    /// One cell: a grapheme of display width 1 or 2, `" "` when blank, `""` for the right half of
    /// a wide grapheme.
    public struct Cell: Sendable, Equatable {
        public var text: String
        public var style: Style

        public static let blank = Cell(text: " ", style: .plain)
    }

    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * width + column]
    }

    /// Writes `text` at (`row`, `column`), no further right than `limit` (exclusive; default: the
    /// frame's width). Returns the column after the last cell written.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        guard row >= 0, row < height else { return column }
        let end = min(limit ?? width, width)
        var x = max(0, column)
        for character in TerminalText.visible(text) {
            let w = DisplayWidth.of(character)
            if w == 0 {
                // A combining mark with no base cell left of it in this run: nothing to attach to.
                if x > column, x - 1 < width {
                    var base = x - 1
                    while base > 0 && cells[row * width + base].text.isEmpty { base -= 1 }
                    cells[row * width + base].text.append(character)
                }
                continue
            }
            guard x + w <= end else { break }
            // Overwriting half of an existing wide character blanks its other half.
            clearWide(row: row, column: x)
            if w == 2 { clearWide(row: row, column: x + 1) }
            cells[row * width + x] = Cell(text: String(character), style: style)
            if w == 2 { cells[row * width + x + 1] = Cell(text: "", style: style) }
            x += w
        }
        return x
    }

    /// Fills `count` cells of a row from `column` with spaces in `style`.
    public mutating func fill(row: Int, column: Int, count: Int, style: Style) {
        guard row >= 0, row < height else { return }
        let start = max(0, column), end = min(width, column + count)
        guard start < end else { return }
        for x in start..<end {
            clearWide(row: row, column: x)
            cells[row * width + x] = Cell(text: " ", style: style)
        }
    }

    /// Changes the style of cells without changing their text.
    public mutating func restyle(row: Int, columns: Range<Int>, _ change: (inout Style) -> Void) {
        guard row >= 0, row < height else { return }
        for x in max(0, columns.lowerBound)..<min(width, max(columns.lowerBound, columns.upperBound)) {
            change(&cells[row * width + x].style)
        }
    }

    private mutating func clearWide(row: Int, column: Int) {
        guard column < width else { return }
        let i = row * width + column
        if cells[i].text.isEmpty, column > 0 {
            cells[i - 1] = .blank
        } else if column + 1 < width, cells[i + 1].text.isEmpty, DisplayWidth.of(cells[i].text) == 2 {
            cells[i + 1] = .blank
        }
    }

    /// The frame as plain text, one line a row, trailing spaces kept: what a snapshot compares.
    public var text: String {
        (0..<height).map(line).joined(separator: "\n")
    }

    /// One row as text.
    public func line(_ row: Int) -> String {
        var out = ""
        for x in 0..<width { out += cells[row * width + x].text }
        return out
    }
}
