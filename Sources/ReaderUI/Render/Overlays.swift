import NewsCore

/// The overlays: help, the claims view and the coverage matrix. Each is a box over the panes.
extension Renderer {
    /// Blanks the panes, draws a box over them and returns its inner rectangle.
    static func box(_ titleText: String, _ state: ReaderState, into frame: inout Frame) -> PaneLayout.Rect {
        let top = 0, left = 0
        let width = state.width, height = state.panes.statusRow
        for row in 0..<height { frame.fill(row: row, column: 0, count: width, style: .plain) }
        let border = Style(.bold)
        frame.put("┌" + String(repeating: "─", count: width - 2) + "┐", row: top, column: left, style: border)
        for row in (top + 1)..<(top + height - 1) {
            frame.put("│", row: row, column: left, style: border)
            frame.fill(row: row, column: left + 1, count: width - 2, style: .plain)
            frame.put("│", row: row, column: left + width - 1, style: border)
        }
        frame.put("└" + String(repeating: "─", count: width - 2) + "┘", row: top + height - 1, column: left, style: border)
        frame.put(WordWrap.truncated(" " + titleText + " ", width: width - 4), row: top, column: left + 2, style: Style(.bold))
        return PaneLayout.Rect(row: top + 1, column: left + 2, width: width - 4, height: height - 2)
    }

    static func help(_ state: ReaderState, scroll: Int, into frame: inout Frame) {
        let inner = box("Keys · q or ? closes", state, into: &frame)
        var lines: [(String, String)] = KeyTable.bindings.map { ($0.names, $0.help) }
        lines.append(("mouse", "click selects a pane, an item or a sentence; the wheel scrolls"))
        lines.append(("gutter", "a number left of a sentence: how many outlets report it"))
        lines.append(("»", "the sentence a jump landed on; shared words are underlined"))
        let keyWidth = 12
        for k in 0..<inner.height {
            let i = scroll + k
            guard lines.indices.contains(i) else { break }
            frame.put(lines[i].0, row: inner.row + k, column: inner.column, style: .bold, limit: inner.column + keyWidth)
            frame.put(WordWrap.truncated(lines[i].1, width: inner.width - keyWidth), row: inner.row + k,
                      column: inner.column + keyWidth, limit: inner.column + inner.width)
        }
    }

    static func claims(_ state: ReaderState, selection: Int, into frame: inout Frame) {
        let corpus = state.corpus
        let list = corpus.claimsBySources
        let inner = box("Claims by number of outlets (\(list.count)) · Enter jumps · q closes", state, into: &frame)
        let top = clamp(selection - inner.height / 2, 0, max(0, list.count - inner.height))
        for k in 0..<inner.height {
            let i = top + k
            guard list.indices.contains(i) else { break }
            let claim = corpus.claims.linking.claims[list[i].claim]
            let rep = corpus.claims.linking.mentions[claim.representative]
            let speaker = corpus.claims.speaker(of: claim).map { " — " + $0 } ?? ""
            let count = list[i].sources
            let kind = rep.kind.shownName.map { $0 + ": " } ?? ""
            let text = (count < 10 ? " \(count)" : "\(count)") + "  " + kind + corpus.claims.text(ofMention: claim.representative)
                + speaker
            let style = i == selection ? selectedFocused : .plain
            if i == selection { frame.fill(row: inner.row + k, column: inner.column, count: inner.width, style: style) }
            frame.put(WordWrap.truncated(text, width: inner.width), row: inner.row + k, column: inner.column,
                      style: style, limit: inner.column + inner.width)
        }
    }

    static func matrix(_ state: ReaderState, _ matrix: Overlay.Matrix, into frame: inout Frame) {
        let corpus = state.corpus
        let story = corpus.stories.stories[matrix.story]
        let coverage = matrix.coverage
        let inner = box("Coverage: " + corpus.articles.header(story.lead).title, state, into: &frame)
        let end = inner.column + inner.width
        // Legend: a number per outlet.
        var legend = coverage.sources.enumerated().map { "\($0.offset + 1) \(outletName($0.element, corpus))" }
            .joined(separator: "  ")
        legend += "   ● reports it  · does not  Enter jumps"
        let legendLines = WordWrap.strings(legend, width: inner.width)
        for (k, line) in legendLines.prefix(3).enumerated() {
            frame.put(line, row: inner.row + k, column: inner.column, style: Style(.dim), limit: end)
        }
        let headerRow = inner.row + min(3, legendLines.count) + 1
        let cell = 3
        let labelWidth = max(10, inner.width - cell * coverage.sources.count - 1)
        for (x, _) in coverage.sources.enumerated() {
            let label = "\(x + 1)"
            let style = x == matrix.column ? Style([.bold, .underline]) : Style(.bold)
            frame.put(label, row: headerRow, column: inner.column + labelWidth + x * cell + 1, style: style, limit: end)
        }
        let rows = max(0, inner.row + inner.height - headerRow - 1)
        let top = clamp(matrix.row - rows / 2, 0, max(0, coverage.claims.count - rows))
        for k in 0..<rows {
            let r = top + k
            guard coverage.claims.indices.contains(r) else { break }
            let row = headerRow + 1 + k
            let claim = corpus.claims.linking.claims[coverage.claims[r]]
            let label = corpus.claims.text(ofMention: claim.representative)
            frame.put(WordWrap.truncated(label, width: labelWidth - 1), row: row, column: inner.column,
                      style: r == matrix.row ? Style(.bold) : .plain, limit: inner.column + labelWidth)
            for x in coverage.sources.indices {
                let reports = coverage.cells[r][x] != nil
                let isCursor = r == matrix.row && x == matrix.column
                let style = isCursor ? Style(.reverse) : (reports ? Style(.bold, tone: .highlight) : Style(.dim))
                frame.put(reports ? " ● " : " · ", row: row, column: inner.column + labelWidth + x * cell,
                          style: style, limit: end)
            }
        }
    }

    static func outletName(_ source: String, _ corpus: ReaderCorpus) -> String {
        source.hasPrefix("article:") ? "unknown (" + source.dropFirst(8) + ")" : source
    }
}
