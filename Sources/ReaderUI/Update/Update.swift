import NewsCore

/// The reader's next state after an event. Pure: no I/O, no terminal.
public func update(_ state: ReaderState, _ event: ReaderEvent) -> ReaderState {
    var next = state
    next.handle(event)
    return next
}

extension ReaderState {
    mutating func handle(_ event: ReaderEvent) {
        switch event {
        case .resize(let w, let h):
            resize(width: w, height: h)
        case .mouse(let mouse):
            message = nil
            handle(mouse)
        case .key(let key):
            if prompt != nil {
                editPrompt(key)
            } else if overlay != nil {
                handleOverlay(key)
            } else if let action = KeyTable.action(for: key) {
                message = nil
                perform(action)
            } else {
                message = "no action on this key; ? lists the keys"
            }
        }
    }

    mutating func resize(width: Int, height: Int) {
        self.width = width
        self.height = height
        panes = PaneLayout(width: width, height: height)
        if let article { relayout(article: article) }
        refreshReferences(force: true)
        revealCursor()
        revealLeftSelection()
        revealReference()
    }

    mutating func perform(_ action: Action) {
        switch action {
        case .focusNext: focus = Pane(rawValue: (focus.rawValue + 1) % Pane.allCases.count)!
        case .focusPrevious: focus = Pane(rawValue: (focus.rawValue + Pane.allCases.count - 1) % Pane.allCases.count)!
        case .moveDown: move(by: 1)
        case .moveUp: move(by: -1)
        case .pageDown: page(by: 1)
        case .pageUp: page(by: -1)
        case .top: move(by: Int.min / 2)
        case .bottom: move(by: Int.max / 2)
        case .expand: setExpanded(true)
        case .collapse: setExpanded(false)
        case .open: activate()
        case .nextSource: jumpToSource(step: 1)
        case .previousSource: jumpToSource(step: -1)
        case .back: goBack()
        case .toggleStories: toggleStories()
        case .search: prompt = ""
        case .nextHit: stepHit(by: 1)
        case .previousHit: stepHit(by: -1)
        case .claimsView: overlay = .claims(selection: claimsViewIndex())
        case .matrixView: openMatrix()
        case .help: overlay = .help(scroll: 0)
        case .closeOrQuit:
            // Search hits are closed like an overlay: back to the outlets, not out of the reader.
            if leftMode == .hits {
                leftMode = .outlets
                leftSelection = 0
                leftScroll = 0
                rebuildLeftRows()
                if let article { reveal(articleInLeft: article) }
            } else {
                quit = true
            }
        }
    }

    // MARK: moving within a pane

    mutating func move(by delta: Int) {
        switch focus {
        case .left:
            guard !leftRows.isEmpty else { return }
            leftSelection = selectableRow(near: clamp(leftSelection.addingClamped(delta), 0, leftRows.count - 1),
                                          direction: delta >= 0 ? 1 : -1)
            revealLeftSelection()
            preview()
        case .article:
            guard let article else { return }
            let count = corpus.articles[article].sentences.count
            guard count > 0 else { return }
            setCursor(clamp(cursor.addingClamped(delta), 0, count - 1))
        case .references:
            guard !references.references.isEmpty else { return }
            referenceSelection = clamp(referenceSelection.addingClamped(delta), 0, references.references.count - 1)
            revealReference()
        }
    }

    mutating func page(by direction: Int) {
        switch focus {
        case .left:
            move(by: direction * max(1, panes.left.contentHeight - 1))
        case .article:
            guard let layout, article != nil else { return }
            let line = layout.sentenceLines[cursor].lowerBound + direction * max(1, panes.article.contentHeight - 1)
            let target = direction > 0
                ? layout.sentenceLines.firstIndex { $0.lowerBound >= line } ?? layout.sentenceLines.count - 1
                : layout.sentenceLines.lastIndex { $0.lowerBound <= line } ?? 0
            setCursor(target)
        case .references:
            let perPage = max(1, panes.references.contentHeight / 4)
            move(by: direction * perPage)
        }
    }

    mutating func setCursor(_ sentence: Int) {
        cursor = sentence
        landed = nil
        refreshReferences(force: false)
        revealCursor()
    }

    // MARK: the left pane

    mutating func rebuildLeftRows() {
        var rows: [LeftRow] = []
        switch leftMode {
        case .outlets:
            for (o, outlet) in corpus.outlets.enumerated() {
                rows.append(.outlet(o))
                if expandedOutlets.contains(o) { rows += outlet.articles.map(LeftRow.article) }
            }
        case .stories:
            for (s, story) in corpus.stories.stories.enumerated() {
                rows.append(.story(s))
                rows.append(.storyDetail(s))
                if expandedStories.contains(s) { rows += story.articles.map(LeftRow.article) }
            }
        case .hits:
            rows = hits.indices.map(LeftRow.hit)
        }
        leftRows = rows
        leftSelection = clamp(leftSelection, 0, max(0, rows.count - 1))
    }

    /// The nearest selectable row from `row`, looking in `direction` first.
    func selectableRow(near row: Int, direction: Int) -> Int {
        for candidate in [row, row + direction, row - direction] where leftRows.indices.contains(candidate) {
            if leftRows[candidate].isSelectable { return candidate }
        }
        return row
    }

    /// Moving onto an article or a hit shows it in the article pane.
    mutating func preview() {
        guard leftRows.indices.contains(leftSelection) else { return }
        switch leftRows[leftSelection] {
        case .article(let a) where a != article: open(article: a, sentence: 0)
        case .hit(let k): showHit(k, record: false)
        default: break
        }
    }

    mutating func activate() {
        switch focus {
        case .left:
            guard leftRows.indices.contains(leftSelection) else { return }
            switch leftRows[leftSelection] {
            case .outlet(let o): toggle(outlet: o, expand: !expandedOutlets.contains(o))
            case .story(let s): toggle(story: s, expand: !expandedStories.contains(s))
            case .storyDetail: break
            case .article(let a):
                if a != article { open(article: a, sentence: 0) }
                focus = .article
            case .hit(let k):
                showHit(k, record: true)
                focus = .article
            }
        case .article:
            guard let first = references.references.first else {
                message = "no other outlet reports this sentence"
                return
            }
            jump(to: Location(article: first.article, sentence: first.sentence))
        case .references:
            guard references.references.indices.contains(referenceSelection) else { return }
            let r = references.references[referenceSelection]
            jump(to: Location(article: r.article, sentence: r.sentence))
        }
    }

    mutating func setExpanded(_ expand: Bool) {
        guard focus == .left, leftRows.indices.contains(leftSelection) else { return }
        switch leftRows[leftSelection] {
        case .outlet(let o): toggle(outlet: o, expand: expand)
        case .story(let s): toggle(story: s, expand: expand)
        case .article(let a) where !expand:
            if leftMode == .outlets {
                toggle(outlet: corpus.outletOfArticle[a], expand: false)
            } else if leftMode == .stories, let s = corpus.stories.storyOfArticle[a] {
                toggle(story: s, expand: false)
            }
        default: break
        }
    }

    mutating func toggle(outlet o: Int, expand: Bool) {
        if expand { expandedOutlets.insert(o) } else { expandedOutlets.remove(o) }
        rebuildLeftRows()
        leftSelection = leftRows.firstIndex(of: .outlet(o)) ?? 0
        revealLeftSelection()
    }

    mutating func toggle(story s: Int, expand: Bool) {
        if expand { expandedStories.insert(s) } else { expandedStories.remove(s) }
        rebuildLeftRows()
        leftSelection = leftRows.firstIndex(of: .story(s)) ?? 0
        revealLeftSelection()
    }

    mutating func toggleStories() {
        leftMode = leftMode == .stories ? .outlets : .stories
        if leftMode == .stories && corpus.stories.stories.isEmpty {
            message = "no stories: no two outlets share two linked claims"
        }
        leftSelection = 0
        leftScroll = 0
        rebuildLeftRows()
        if let article { reveal(articleInLeft: article) }
        focus = .left
    }

    /// Selects the open article's row in the left pane, expanding its outlet or story.
    mutating func reveal(articleInLeft a: Int) {
        switch leftMode {
        case .outlets:
            let o = corpus.outletOfArticle[a]
            if !expandedOutlets.contains(o) {
                expandedOutlets.insert(o)
                rebuildLeftRows()
            }
        case .stories:
            guard let s = corpus.stories.storyOfArticle[a] else { return }
            if !expandedStories.contains(s) {
                expandedStories.insert(s)
                rebuildLeftRows()
            }
        case .hits:
            return
        }
        if let row = leftRows.firstIndex(of: .article(a)) { leftSelection = row }
        revealLeftSelection()
    }

    // MARK: opening and jumping

    /// Shows an article with the cursor on a sentence, without touching the history.
    mutating func open(article a: Int, sentence: Int) {
        article = a
        relayout(article: a)
        cursor = clamp(sentence, 0, max(0, corpus.articles[a].sentences.count - 1))
        landed = nil
        articleScroll = 0
        referenceSelection = 0
        referenceScroll = 0
        refreshReferences(force: true)
        revealCursor(centre: sentence > 0)
    }

    /// Goes to a location, remembering where the reader was.
    mutating func jump(to target: Location) {
        if let location { history.append(location) }
        open(article: target.article, sentence: target.sentence)
        landed = target.sentence
        focus = .article
        reveal(articleInLeft: target.article)
        message = "jumped to \(corpus.articles.header(target.article).outletDisplayName); Backspace goes back"
    }

    mutating func goBack() {
        guard let previous = history.popLast() else {
            message = "nothing to go back to"
            return
        }
        open(article: previous.article, sentence: previous.sentence)
        reveal(articleInLeft: previous.article)
        focus = .article
    }

    /// `]` and `[`: the next or previous article of the current claim, in order of publication.
    mutating func jumpToSource(step: Int) {
        guard let article else { return }
        let others = references.references
        guard !others.isEmpty else {
            message = "no other outlet reports this sentence"
            return
        }
        let earlierCount = others.filter {
            CorpusClaims.isEarlier(corpus.claims.dates[$0.article], $0.article,
                                    corpus.claims.dates[article], article)
        }.count
        // The current article sits between the earlier and the later references.
        let index = step > 0
            ? (earlierCount < others.count ? earlierCount : 0)
            : (earlierCount > 0 ? earlierCount - 1 : others.count - 1)
        let target = others[index]
        jump(to: Location(article: target.article, sentence: target.sentence))
    }

    mutating func relayout(article a: Int) {
        if layout?.article != a || layout?.width != panes.articleTextWidth {
            layout = ArticleLayout(article: a, corpus: corpus, width: panes.articleTextWidth)
        }
    }

    mutating func refreshReferences(force: Bool) {
        guard let article else {
            references = .empty
            return
        }
        guard force || references.article != article || references.sentence != cursor else { return }
        let keepSelection = references.article == article && references.sentence == cursor
        references = ReferenceList(article: article, sentence: cursor, corpus: corpus, width: panes.referenceTextWidth)
        if !keepSelection {
            referenceSelection = 0
            referenceScroll = 0
        }
        referenceSelection = clamp(referenceSelection, 0, max(0, references.references.count - 1))
    }

    // MARK: search

    mutating func editPrompt(_ key: Key) {
        guard var text = prompt else { return }
        switch key {
        case .character(let c): text.append(c)
        case .backspace, .delete:
            if text.isEmpty { prompt = nil; return }
            text.removeLast()
        case .escape:
            prompt = nil
            return
        case .enter:
            prompt = nil
            runSearch(text)
            return
        case .control("u"): text = ""
        default: break
        }
        prompt = text
    }

    mutating func runSearch(_ text: String) {
        guard !text.allSatisfy({ $0 == " " }) else { return }
        let index: SearchIndex
        do {
            index = try corpus.search()
        } catch {
            message = "search failed: \(error)"
            return
        }
        do {
            hits = try index.search(try SearchQuery.parse(text), limit: Self.hitLimit)
        } catch {
            message = "bad query: \(error)"
            return
        }
        query = text
        leftMode = .hits
        leftSelection = 0
        leftScroll = 0
        rebuildLeftRows()
        guard !hits.isEmpty else {
            hitIndex = nil
            message = "no hits for \(text)"
            return
        }
        showHit(0, record: true)
        focus = .left
        message = "\(hits.count)\(hits.count == Self.hitLimit ? "+" : "") hits for \(text); n and N step through them"
    }

    mutating func showHit(_ k: Int, record: Bool) {
        let hit = hits[k]
        hitIndex = k
        let target = Location(article: hit.article, sentence: hit.sentence ?? 0)
        if record, let location, location != target { history.append(location) }
        open(article: target.article, sentence: target.sentence)
        if hit.sentence != nil { landed = target.sentence }
        if leftMode == .hits {
            leftSelection = k
            revealLeftSelection()
        }
    }

    mutating func stepHit(by delta: Int) {
        guard !hits.isEmpty else {
            message = "no search hits; / searches"
            return
        }
        let k = ((hitIndex ?? -delta) + delta + hits.count) % hits.count
        showHit(k, record: true)
        message = "hit \(k + 1) of \(hits.count)"
    }

    // MARK: overlays

    /// The claims view opens on the claim under the cursor when it is listed.
    func claimsViewIndex() -> Int {
        guard let article, let m = corpus.claims.mention(article: article, sentence: cursor) else { return 0 }
        let claim = corpus.claims.linking.claimOfMention[m]
        return corpus.claimsBySources.firstIndex { $0.claim == claim } ?? 0
    }

    mutating func openMatrix() {
        guard let article, let s = corpus.stories.storyOfArticle[article] else {
            message = "this article is not part of a story (two outlets sharing two claims)"
            return
        }
        let coverage = CoverageMatrix(story: corpus.stories.stories[s], in: corpus.claims)
        var matrix = Overlay.Matrix(story: s, coverage: coverage)
        if let m = corpus.claims.mention(article: article, sentence: cursor),
           let row = coverage.claims.firstIndex(of: corpus.claims.linking.claimOfMention[m]) {
            matrix.row = row
        }
        matrix.column = coverage.sources.firstIndex(of: corpus.claims.source(ofArticle: article)) ?? 0
        overlay = .matrix(matrix)
    }

    mutating func handleOverlay(_ key: Key) {
        guard let overlay else { return }
        let action = KeyTable.action(for: key)
        if action == .closeOrQuit || (action == .help && overlay == .help(scroll: 0))
            || (action == .claimsView && { if case .claims = overlay { return true } else { return false } }())
            || (action == .matrixView && { if case .matrix = overlay { return true } else { return false } }()) {
            self.overlay = nil
            return
        }
        switch overlay {
        case .help(let scroll):
            let delta = Self.delta(action, page: panes.left.contentHeight)
            self.overlay = .help(scroll: clamp(scroll.addingClamped(delta ?? 0), 0, KeyTable.bindings.count))
            if action == .help { self.overlay = nil }
        case .claims(let selection):
            let count = corpus.claimsBySources.count
            if action == .open, count > 0 {
                let claim = corpus.claims.linking.claims[corpus.claimsBySources[selection].claim]
                let rep = corpus.claims.linking.mentions[claim.representative]
                self.overlay = nil
                jump(to: Location(article: rep.article, sentence: rep.sentence))
            } else if let delta = Self.delta(action, page: max(1, height - 6)), count > 0 {
                self.overlay = .claims(selection: clamp(selection.addingClamped(delta), 0, count - 1))
            }
        case .matrix(var matrix):
            let rows = matrix.coverage.claims.count, columns = matrix.coverage.sources.count
            switch action {
            case .open:
                guard rows > 0, let m = matrix.coverage.cells[matrix.row][matrix.column] else {
                    message = "this outlet does not report this claim"
                    return
                }
                let mention = corpus.claims.linking.mentions[m]
                self.overlay = nil
                jump(to: Location(article: mention.article, sentence: mention.sentence))
                return
            case .expand: matrix.column = clamp(matrix.column + 1, 0, max(0, columns - 1))
            case .collapse: matrix.column = clamp(matrix.column - 1, 0, max(0, columns - 1))
            case .focusNext: matrix.column = (matrix.column + 1) % max(1, columns)
            case .focusPrevious: matrix.column = (matrix.column + max(1, columns) - 1) % max(1, columns)
            default:
                if let delta = Self.delta(action, page: max(1, height - 8)) {
                    matrix.row = clamp(matrix.row.addingClamped(delta), 0, max(0, rows - 1))
                }
            }
            self.overlay = .matrix(matrix)
        }
    }

    /// How far a moving action goes in a list.
    static func delta(_ action: Action?, page: Int) -> Int? {
        switch action {
        case .moveDown: return 1
        case .moveUp: return -1
        case .pageDown: return page
        case .pageUp: return -page
        case .top: return Int.min / 2
        case .bottom: return Int.max / 2
        default: return nil
        }
    }

    // MARK: keeping things in view

    mutating func revealLeftSelection() {
        let h = max(1, panes.left.contentHeight)
        if leftSelection < leftScroll { leftScroll = leftSelection }
        if leftSelection >= leftScroll + h { leftScroll = leftSelection - h + 1 }
        leftScroll = clamp(leftScroll, 0, max(0, leftRows.count - h))
    }

    mutating func revealCursor(centre: Bool = false) {
        guard let layout, layout.sentenceLines.indices.contains(cursor) else { return }
        let h = max(1, panes.article.contentHeight)
        let lines = layout.sentenceLines[cursor]
        if centre {
            articleScroll = lines.lowerBound - h / 3
        } else if lines.lowerBound < articleScroll {
            articleScroll = lines.lowerBound
        } else if lines.upperBound > articleScroll + h {
            articleScroll = min(lines.lowerBound, lines.upperBound - h)
        }
        if cursor == 0 { articleScroll = 0 }
        articleScroll = clamp(articleScroll, 0, max(0, layout.lines.count - h))
        if lines.lowerBound < articleScroll { articleScroll = lines.lowerBound }
    }

    mutating func revealReference() {
        guard references.entryLines.indices.contains(referenceSelection) else {
            referenceScroll = 0
            return
        }
        let h = max(1, panes.references.contentHeight)
        let lines = references.entryLines[referenceSelection]
        if referenceSelection == 0 { referenceScroll = 0 }
        if lines.lowerBound < referenceScroll { referenceScroll = lines.lowerBound }
        if lines.upperBound > referenceScroll + h { referenceScroll = min(lines.lowerBound, lines.upperBound - h) }
    }
}

func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int {
    min(max(value, low), max(low, high))
}

extension Int {
    func addingClamped(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? Int.max : Int.min) : sum
    }
}
