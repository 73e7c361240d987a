import NewsCore

/// The cross-references of the sentence under the cursor, laid out for their pane.
///
/// Made when the cursor moves (a look-up of one claim and the analysis of its few sentences),
/// never while rendering.
public struct ReferenceList: Sendable, Equatable {
    /// One line of the pane.
    public enum Line: Sendable, Equatable {
        case heading(String)
        /// The first line of entry `k`: first-report mark, outlet, date.
        case entry(Int)
        /// Scalar offsets `start..<end` of entry `k`'s sentence.
        case text(Int, start: Int, end: Int)
        case meta(Int, String)
        case blank
    }

    public let article: Int
    public let sentence: Int
    public let references: [CrossReference]
    /// Other articles of the open article's outlet with the same claim.
    public let ownRepeats: Int
    /// Per entry: scalar ranges of the words it shares with the sentence under the cursor.
    public let shared: [[Range<Int>]]
    public let lines: [Line]
    /// Per entry: its lines.
    public let entryLines: [Range<Int>]

    public static let empty = ReferenceList()

    private init() {
        article = -1
        sentence = -1
        references = []
        ownRepeats = 0
        shared = []
        lines = []
        entryLines = []
    }

    public init(article: Int, sentence: Int, corpus: ReaderCorpus, width: Int) {
        let claims = corpus.claims
        let found = claims.crossReferences(article: article, sentence: sentence)
        let references = found.references
        let own = claims.mention(article: article, sentence: sentence)
        var lines: [Line] = []
        var entryLines: [Range<Int>] = []
        func heading(_ text: String) {
            for part in WordWrap.strings(text, width: width + 2) { lines.append(.heading(part)) }
        }
        let outlet = corpus.articles.header(article).outletDisplayName
        if let own {
            let count = claims.sourceCount(article: article, sentence: sentence)
            let repeats = found.ownRepeats
            if count <= 1 {
                heading("only in \(outlet)")
            } else {
                let first = claims.isFirstReport(article: article, sentence: sentence) ? "; this is the first report" : ""
                heading("reported by \(count) outlets\(first)")
            }
            if repeats > 0 { heading("also in \(repeats) other \(outlet) article\(repeats == 1 ? "" : "s")") }
            heading(ReferenceList.attribution(claims.linking.mentions[own]))
        } else if let reason = claims.extractions[article].skipped[sentence] {
            heading("not a claim (\(reason.rawValue)): only in \(outlet)")
        } else {
            heading("only in \(outlet)")
        }
        lines.append(.blank)
        var shared: [[Range<Int>]] = []
        for (k, reference) in references.enumerated() {
            let start = lines.count
            lines.append(.entry(k))
            let text = claims.text(ofMention: reference.mention)
            for line in WordWrap.lines(text, width: width) { lines.append(.text(k, start: line.start, end: line.end)) }
            let mention = claims.linking.mentions[reference.mention]
            var meta = ReferenceList.attribution(mention)
            meta += " · " + (reference.verbatim ? "verbatim" : "paraphrase")
            meta += " · score " + ReferenceList.decimal(reference.score)
            for part in WordWrap.strings(meta, width: width) { lines.append(.meta(k, part)) }
            lines.append(.blank)
            entryLines.append(start..<lines.count)
            shared.append(own.map { claims.sharedWordRanges(of: $0, in: reference.mention) } ?? [])
        }
        self.article = article
        self.sentence = sentence
        self.references = references
        ownRepeats = found.ownRepeats
        self.shared = shared
        self.lines = lines
        self.entryLines = entryLines
    }

    /// "speaker: Xi Jinping · via KCNA" or "the outlet's own voice"; a headline or standfirst
    /// says so first.
    static func attribution(_ mention: ClaimMention) -> String {
        var text = mention.kind.shownName.map { $0 + " · " } ?? ""
        text += mention.speaker.map { "speaker: " + $0 } ?? "speaker: the outlet"
        if !mention.relays.isEmpty { text += " · via " + mention.relays.joined(separator: ", ") }
        if mention.quoted { text += " · quoted" }
        return text
    }

    /// Two decimals without Foundation's formatter.
    static func decimal(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
