import NewsCore

/// Draws a state into a frame of the state's size. Reads only: every list it shows was laid out
/// by `update`, and every other value is a look-up.
public func render(_ state: ReaderState) -> Frame {
    var frame = Frame(width: state.width, height: state.height)
    let panes = state.panes
    guard !panes.isTooSmall else {
        Renderer.tooSmall(state, into: &frame)
        return frame
    }
    Renderer.left(state, into: &frame)
    Renderer.article(state, into: &frame)
    Renderer.references(state, into: &frame)
    Renderer.separators(state, into: &frame)
    switch state.overlay {
    case .help(let scroll)?: Renderer.help(state, scroll: scroll, into: &frame)
    case .claims(let selection)?: Renderer.claims(state, selection: selection, into: &frame)
    case .matrix(let matrix)?: Renderer.matrix(state, matrix, into: &frame)
    case nil: break
    }
    Renderer.status(state, into: &frame)
    return frame
}

/// Renders a state onto a screen.
@MainActor
public func render(_ state: ReaderState, into screen: Screen) {
    screen.draw(render(state))
}

/// The drawing of each part of the reader.
enum Renderer {
    static let selectedFocused = Style(.reverse)
    static let selectedUnfocused = Style([.bold, .underline])

    static func tooSmall(_ state: ReaderState, into frame: inout Frame) {
        let lines = [
            "newsreader needs a bigger window:",
            "at least \(PaneLayout.minimumWidth)×\(PaneLayout.minimumHeight), this one is \(state.width)×\(state.height).",
            "q quits.",
        ]
        let top = max(0, state.height / 2 - 1)
        for (k, line) in lines.enumerated() {
            let wrapped = WordWrap.truncated(line, width: state.width)
            frame.put(wrapped, row: top + k, column: max(0, (state.width - DisplayWidth.of(wrapped)) / 2))
        }
    }

    /// A pane's title row: reverse when focused, underlined when not.
    static func title(_ text: String, _ rect: PaneLayout.Rect, focused: Bool, into frame: inout Frame) {
        let style = focused ? Style([.reverse, .bold], tone: .accent) : Style(.underline, tone: .muted)
        frame.fill(row: rect.row, column: rect.column, count: rect.width, style: style)
        frame.put(WordWrap.truncated(" " + text, width: rect.width), row: rect.row, column: rect.column,
                  style: style, limit: rect.column + rect.width)
    }

    static func separators(_ state: ReaderState, into frame: inout Frame) {
        let p = state.panes
        for row in 0..<(p.statusRow) {
            frame.put("│", row: row, column: p.left.width, style: Style(tone: .muted))
            if !p.stacked { frame.put("│", row: row, column: p.article.column + p.article.width, style: Style(tone: .muted)) }
        }
    }

    // MARK: left pane

    static func left(_ state: ReaderState, into frame: inout Frame) {
        let rect = state.panes.left
        let corpus = state.corpus
        let heading: String
        switch state.leftMode {
        case .outlets: heading = "Outlets (\(corpus.outlets.count)) · s: stories"
        case .stories: heading = "Stories (\(corpus.stories.stories.count)) · s: outlets"
        case .hits: heading = "Hits (\(state.hits.count)): \(state.query ?? "")"
        }
        title(heading, rect, focused: state.focus == .left, into: &frame)
        let end = rect.column + rect.width
        for k in 0..<rect.contentHeight {
            let i = state.leftScroll + k
            guard state.leftRows.indices.contains(i) else { break }
            let row = rect.row + 1 + k
            let selected = i == state.leftSelection
            let style = selected ? (state.focus == .left ? selectedFocused : selectedUnfocused) : .plain
            if selected { frame.fill(row: row, column: rect.column, count: rect.width, style: style) }
            let (text, suffix) = leftRowText(state, state.leftRows[i], width: rect.width)
            let textStyle = state.leftRows[i].isSelectable ? style : Style(.dim, tone: .muted)
            let suffixWidth = DisplayWidth.of(suffix)
            let body = WordWrap.truncated(text, width: max(0, rect.width - suffixWidth - 1))
            frame.put(body, row: row, column: rect.column, style: textStyle, limit: end)
            if !suffix.isEmpty {
                frame.put(suffix, row: row, column: end - suffixWidth, style: style.adding(.bold), limit: end)
            }
        }
    }

    /// A left row's text and its right-aligned count.
    static func leftRowText(_ state: ReaderState, _ row: LeftRow, width: Int) -> (String, String) {
        let corpus = state.corpus
        switch row {
        case .outlet(let o):
            let outlet = corpus.outlets[o]
            let mark = state.expandedOutlets.contains(o) ? "▾ " : "▸ "
            return (mark + outlet.name + " (\(outlet.articles.count))", "")
        case .story(let s):
            let story = corpus.stories.stories[s]
            let mark = state.expandedStories.contains(s) ? "▾ " : "▸ "
            return (mark + corpus.articles.header(story.lead).title, "\(story.sources.count)")
        case .storyDetail(let s):
            let story = corpus.stories.stories[s]
            let names = story.sources.map { Renderer.outletName($0, corpus) }.joined(separator: ", ")
            return ("  " + dateSpan(story.first, story.last) + " · " + names, "")
        case .article(let a):
            let article = corpus.articles[a]
            let shared = corpus.sharedClaimCounts[a]
            let lead = state.leftMode == .stories
                ? article.outletDisplayName
                : shortDate(article.published, wide: width >= 40)
            return ("  " + lead + " " + article.title, shared > 0 ? "\(shared)" : "")
        case .hit(let k):
            let hit = state.hits[k]
            let article = corpus.articles[hit.article]
            let text = hit.sentence.map { article.text(of: article.sentences[$0]) } ?? article.title
            return ("\(k + 1). \(article.outletDisplayName): \(text)", "")
        }
    }

    static func shortDate(_ date: PublicationDate?, wide: Bool) -> String {
        guard let date else { return wide ? "undated   " : "-----" }
        let day = date.readable.prefix(10)
        return String(wide ? day : day.suffix(5))
    }

    static func dateSpan(_ first: PublicationDate?, _ last: PublicationDate?) -> String {
        guard let first, let last else { return "undated" }
        let a = shortDate(first, wide: true), b = shortDate(last, wide: true)
        return a == b ? a : a + "…" + String(b.suffix(5))
    }

    // MARK: article pane

    static func article(_ state: ReaderState, into frame: inout Frame) {
        let rect = state.panes.article
        guard let a = state.article, let layout = state.layout else {
            title("Article", rect, focused: state.focus == .article, into: &frame)
            frame.put("No article: the corpus is empty.", row: rect.row + 1, column: rect.column + 1,
                      limit: rect.column + rect.width)
            return
        }
        let article = state.corpus.articles[a]
        let sentenceCount = article.sentences.count
        title("\(article.outletDisplayName) · sentence \(min(state.cursor + 1, sentenceCount))/\(sentenceCount)",
              rect, focused: state.focus == .article, into: &frame)
        let gutter = PaneLayout.gutterWidth
        let textColumn = rect.column + gutter
        let end = rect.column + rect.width
        var texts: [Int: [Unicode.Scalar]] = [:]
        for k in 0..<rect.contentHeight {
            let i = state.articleScroll + k
            guard layout.lines.indices.contains(i) else { break }
            let row = rect.row + 1 + k
            switch layout.lines[i] {
            case .title(let text):
                frame.put(text, row: row, column: textColumn, style: Style(.bold, tone: .accent), limit: end)
            case .dek(let text):
                frame.put(text, row: row, column: textColumn, style: Style(.bold), limit: end)
            case .meta(let text):
                frame.put(text, row: row, column: textColumn, style: Style(.dim, tone: .muted), limit: end)
            case .blank:
                break
            case .sentence(let s, let start, let stop, let first):
                let isCursor = s == state.cursor
                if first {
                    let count = state.corpus.claims.sourceCount(article: a, sentence: s)
                    if count > 1 {
                        let label = count > 99 ? "99" : "\(count)"
                        frame.put(String(repeating: " ", count: 2 - label.count) + label, row: row, column: rect.column,
                                  style: Style(.bold, tone: .highlight))
                    }
                }
                if isCursor && first {
                    frame.put(s == state.landed ? "»" : "▶", row: row, column: rect.column + 2, style: Style(.bold))
                }
                let scalars = texts[s] ?? Array(article.text(of: article.sentences[s]).unicodeScalars)
                texts[s] = scalars
                let piece = String(String.UnicodeScalarView(scalars[start..<stop]))
                var style = Style.plain
                if isCursor { style = state.focus == .article ? Style(.reverse) : Style(.bold) }
                if s == state.landed { style = style.adding(.underline) }
                frame.put(piece, row: row, column: textColumn, style: style, limit: end)
            }
        }
    }

    // MARK: cross-reference pane

    static func references(_ state: ReaderState, into frame: inout Frame) {
        let rect = state.panes.references
        let list = state.references
        let count = list.references.count
        title("Cross-references (\(count))", rect, focused: state.focus == .references, into: &frame)
        let column = rect.column + 1
        let end = rect.column + rect.width
        var texts: [Int: [Unicode.Scalar]] = [:]
        for k in 0..<rect.contentHeight {
            let i = state.referenceScroll + k
            guard list.lines.indices.contains(i) else { break }
            let row = rect.row + 1 + k
            switch list.lines[i] {
            case .heading(let text):
                frame.put(text, row: row, column: column, style: Style(.bold), limit: end)
            case .blank:
                break
            case .entry(let e):
                let reference = list.references[e]
                let article = state.corpus.articles[reference.article]
                let selected = e == state.referenceSelection
                let style = selected ? (state.focus == .references ? selectedFocused : selectedUnfocused) : Style(.bold)
                if selected { frame.fill(row: row, column: rect.column, count: rect.width, style: style) }
                var text = (selected ? "▶ " : "  ") + (reference.isFirst ? "first · " : "")
                text += article.outletDisplayName + " · " + (article.published?.readable ?? "undated")
                if reference.repeats > 0 { text += " · +\(reference.repeats) later" }
                frame.put(WordWrap.truncated(text, width: rect.width), row: row, column: rect.column, style: style, limit: end)
            case .text(let e, let start, let stop):
                let reference = list.references[e]
                let scalars = texts[e] ?? Array(state.corpus.claims.text(ofMention: reference.mention).unicodeScalars)
                texts[e] = scalars
                var x = column + 1
                var offset = start
                // Runs of shared and unshared words, the shared ones marked.
                while offset < stop {
                    let inShared = list.shared[e].contains { $0.contains(offset) }
                    var next = offset + 1
                    while next < stop && list.shared[e].contains(where: { $0.contains(next) }) == inShared { next += 1 }
                    let piece = String(String.UnicodeScalarView(scalars[offset..<next]))
                    x = frame.put(piece, row: row, column: x,
                                  style: inShared ? Style([.bold, .underline], tone: .highlight) : .plain, limit: end)
                    offset = next
                }
            case .meta(_, let text):
                frame.put(text, row: row, column: column + 1, style: Style(.dim, tone: .muted), limit: end)
            }
        }
    }

    // MARK: status and prompt

    static func status(_ state: ReaderState, into frame: inout Frame) {
        let p = state.panes
        let style = Style(.reverse, tone: .status)
        frame.fill(row: p.statusRow, column: 0, count: state.width, style: style)
        var left = "\(state.corpus.articles.count) articles · \(state.corpus.outlets.count) outlets"
        if state.corpus.stories.stories.count > 0 { left += " · \(state.corpus.stories.stories.count) stories" }
        if let a = state.article {
            let count = state.corpus.claims.sourceCount(article: a, sentence: state.cursor)
            left += count > 1 ? " · sentence in \(count) outlets" : ""
        }
        if !state.history.isEmpty { left += " · back: \(state.history.count)" }
        let keys = "Tab panes · Enter open/jump · ] [ sources · / search · ? help · q quit"
        let right = state.width >= DisplayWidth.of(left) + DisplayWidth.of(keys) + 3 ? keys : "? help · q quit"
        frame.put(WordWrap.truncated(" " + left, width: state.width), row: p.statusRow, column: 0, style: style)
        let rightWidth = DisplayWidth.of(right)
        if state.width > DisplayWidth.of(left) + rightWidth + 2 {
            frame.put(right + " ", row: p.statusRow, column: state.width - rightWidth - 1, style: style)
        }
        if let prompt = state.prompt {
            let shown = "/" + prompt
            let visible = DisplayWidth.of(shown) < state.width - 1 ? shown : "…" + String(shown.suffix(state.width - 3))
            let x = frame.put(visible, row: p.messageRow, column: 0, style: .bold)
            frame.put("▏", row: p.messageRow, column: x, style: .bold)
        } else if let message = state.message {
            frame.put(WordWrap.truncated(message, width: state.width), row: p.messageRow, column: 0)
        }
    }
}

extension Style {
    func adding(_ attributes: Attributes) -> Style {
        Style(self.attributes.union(attributes), tone: tone)
    }
}
