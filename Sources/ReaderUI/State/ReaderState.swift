import NewsCore

/// The panes that take focus.
public enum Pane: Int, Sendable, CaseIterable {
    case left, article, references
}

/// What the left pane lists.
public enum LeftMode: Sendable, Equatable {
    case outlets, stories, hits
}

/// One row of the left pane.
public enum LeftRow: Sendable, Equatable {
    /// Whether the cursor can rest on the row.
    public var isSelectable: Bool {
        if case .storyDetail = self { return false }
        return true
    }

    case outlet(Int)
    case story(Int)
    /// The line under a story: its outlets and date span. Not selectable.
    case storyDetail(Int)
    /// An article under an outlet or a story.
    case article(Int)
    /// Search hit `k`.
    case hit(Int)
}

/// A place the reader can go back to.
public struct Location: Sendable, Equatable {
    public var article: Int
    public var sentence: Int
}

/// What covers the panes.
public enum Overlay: Sendable, Equatable {
    case help(scroll: Int)
    /// The claims view: a row per claim, most sources first.
    case claims(selection: Int)
    case matrix(Matrix)

    /// The coverage matrix of a story, with its cursor.
    public struct Matrix: Sendable, Equatable {
        public var story: Int
        public var coverage: CoverageMatrix
        public var row = 0
        public var column = 0
    }
}

/// The whole state of the reader. `update` makes the next state from an event; `render` draws it.
///
/// Derived views (`leftRows`, `layout`, `references`) are kept here and refreshed by `update`
/// when what they depend on changes, so rendering only reads.
public struct ReaderState: Sendable {
    public let corpus: ReaderCorpus
    public internal(set) var width: Int
    public internal(set) var height: Int
    public internal(set) var panes: PaneLayout

    public internal(set) var focus: Pane = .left
    public internal(set) var leftMode: LeftMode = .outlets
    public internal(set) var expandedOutlets: Set<Int> = []
    public internal(set) var expandedStories: Set<Int> = []
    public internal(set) var leftRows: [LeftRow] = []
    public internal(set) var leftSelection = 0
    public internal(set) var leftScroll = 0

    /// The open article and the sentence under the cursor.
    public internal(set) var article: Int?
    public internal(set) var cursor = 0
    public internal(set) var articleScroll = 0
    public internal(set) var layout: ArticleLayout?
    /// The sentence a jump landed on, marked until the cursor moves.
    public internal(set) var landed: Int?

    public internal(set) var references = ReferenceList.empty
    public internal(set) var referenceSelection = 0
    public internal(set) var referenceScroll = 0

    public internal(set) var history: [Location] = []

    public internal(set) var query: String?
    public internal(set) var hits: [SearchHit] = []
    public internal(set) var hitIndex: Int?

    /// The search prompt's text while it is open.
    public internal(set) var prompt: String?
    public internal(set) var overlay: Overlay?
    public internal(set) var message: String?
    public internal(set) var quit = false

    /// The most search hits kept.
    public static let hitLimit = 500

    /// The first state: outlets listed, the first outlet expanded and its newest article open.
    public init(corpus: ReaderCorpus, width: Int, height: Int) {
        self.corpus = corpus
        self.width = width
        self.height = height
        panes = PaneLayout(width: width, height: height)
        if !corpus.outlets.isEmpty {
            expandedOutlets = [0]
            rebuildLeftRows()
            leftSelection = 0
            if let first = corpus.outlets[0].articles.first { open(article: first, sentence: 0) }
        } else {
            rebuildLeftRows()
        }
    }

    /// The location under the cursor.
    public var location: Location? {
        article.map { Location(article: $0, sentence: cursor) }
    }
}

extension ReaderState {
    /// The same state with a message on the message line.
    public func with(message: String) -> ReaderState {
        var next = self
        next.message = message
        return next
    }
}
