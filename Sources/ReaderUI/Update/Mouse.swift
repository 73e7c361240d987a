/// Mouse handling: a click focuses the pane under it and selects the row or sentence there;
/// the wheel scrolls the pane under it.
extension ReaderState {
    static let wheelStep = 3

    mutating func handle(_ mouse: MouseEvent) {
        guard !panes.isTooSmall, prompt == nil else { return }
        if case .claims(let selection)? = overlay {
            let delta = mouse.kind == .wheelDown ? Self.wheelStep : mouse.kind == .wheelUp ? -Self.wheelStep : 0
            overlay = .claims(selection: clamp(selection + delta, 0, max(0, corpus.claimsBySources.count - 1)))
            return
        }
        guard overlay == nil else { return }
        let pane: Pane
        if panes.left.contains(row: mouse.row, column: mouse.column) {
            pane = .left
        } else if panes.article.contains(row: mouse.row, column: mouse.column) {
            pane = .article
        } else if panes.references.contains(row: mouse.row, column: mouse.column) {
            pane = .references
        } else {
            return
        }
        switch mouse.kind {
        case .click: click(pane, row: mouse.row)
        case .wheelUp: scroll(pane, by: -Self.wheelStep)
        case .wheelDown: scroll(pane, by: Self.wheelStep)
        }
    }

    mutating func click(_ pane: Pane, row: Int) {
        focus = pane
        switch pane {
        case .left:
            let i = leftScroll + row - panes.left.row - 1
            guard row > panes.left.row, leftRows.indices.contains(i) else { return }
            leftSelection = selectableRow(near: i, direction: -1)
            switch leftRows[leftSelection] {
            case .outlet, .story: activate()
            case .article, .hit: preview()
            case .storyDetail: break
            }
        case .article:
            let line = articleScroll + row - panes.article.row - 1
            guard row > panes.article.row, let sentence = layout?.sentence(atLine: line) else { return }
            setCursor(sentence)
        case .references:
            let line = referenceScroll + row - panes.references.row - 1
            guard row > panes.references.row,
                  let k = references.entryLines.firstIndex(where: { $0.contains(line) }) else { return }
            referenceSelection = k
        }
    }

    /// Scrolls a pane's view without moving its selection.
    mutating func scroll(_ pane: Pane, by delta: Int) {
        switch pane {
        case .left:
            leftScroll = clamp(leftScroll + delta, 0, max(0, leftRows.count - panes.left.contentHeight))
        case .article:
            let count = layout?.lines.count ?? 0
            articleScroll = clamp(articleScroll + delta, 0, max(0, count - panes.article.contentHeight))
        case .references:
            referenceScroll = clamp(referenceScroll + delta, 0, max(0, references.lines.count - panes.references.contentHeight))
        }
    }
}
