/// Turns the sentences of one article into claim mentions with attribution.
///
/// Attribution, in order: a cue after a closing quote (`"…," kata X`), `Menurut X, …`,
/// a speech verb after its clause's subject (`X mengatakan …`), the subject inside a quote
/// that an agency relays, a group subject (analis, para ahli), and a continuation
/// ("Yakni …", "Ia …") that keeps the previous speaker. Agencies (KCNA, Xinhua, Reuters)
/// are relays, never speakers. A bare "Kim" or "Xi" resolves to the full name used
/// elsewhere in the article.
public struct ClaimExtractor: Sendable {
    public let analyzer: TextAnalyzer

    public init(analyzer: TextAnalyzer) {
        self.analyzer = analyzer
    }

    /// The mentions of an article, and the sentences that are not claims with the reason.
    public struct Result: Sendable {
        public var mentions: [ClaimMention]
        public var skipped: [Int: SkipReason]
    }

    static let shortestClaim = 3
    static let longestClaim = 120

    /// Every sentence's analysis and speaker, as claim extraction sees them (used by search).
    public func analyzeSentences(_ article: Article) -> [(analysis: AnalyzedText, speaker: String?)] {
        let (texts, analyses, names) = prepare(article)
        var previous: String?
        return analyses.enumerated().map { i, analysis in
            previous = Attribution.find(analysis, text: texts[i], names: names, previous: previous).speaker
            return (analysis, previous)
        }
    }

    private func prepare(_ article: Article) -> ([String], [AnalyzedText], NameResolver) {
        let texts = article.sentences.map(article.text(of:))
        var analyses = texts.map { analyzer.analyze($0, language: article.language) }
        let names = NameResolver(analyses)
        for i in analyses.indices { names.promoteInitialSurname(&analyses[i]) }
        return (texts, analyses, names)
    }

    public func extract(_ article: Article, index: Int) -> Result {
        let (texts, analyses, names) = prepare(article)
        let paragraphs = paragraphIndexes(article)
        let anchors = TimeContext(texts: texts, paragraphs: paragraphs, published: article.published,
                                  removed: article.removed.map(\.text))

        var mentions: [ClaimMention] = []
        var skipped: [Int: SkipReason] = [:]
        var speakers: [String?] = []
        var openQuote: [Bool] = []
        var byQuoteCue: [Bool] = []
        for (i, analysis) in analyses.enumerated() {
            let attribution = Attribution.find(analysis, text: texts[i], names: names,
                                               previous: speakers.last ?? nil)
            speakers.append(attribution.speaker)
            openQuote.append(attribution.endsInsideQuote)
            byQuoteCue.append(attribution.cueAfterQuote)
            let (time, source) = anchors.anchor(for: i)
            var mention = ClaimMention(
                article: index, sentence: i, speakerKey: attribution.speaker, cue: attribution.cue,
                relays: OutletDirectory.mentions(of: OutletDirectory.agencyIndex, in: texts[i]),
                quoted: attribution.quoted, time: time, timeSource: source, terms: [], names: [], numbers: [],
                negated: analysis.tokens.contains { $0.flags.contains(.negation) })
            fillTerms(&mention, analysis, text: Array(texts[i].unicodeScalars), names: names)
            if let reason = skipReason(analysis, text: texts[i], terms: mention.terms) {
                skipped[i] = reason
            } else {
                mentions.append(mention)
            }
        }
        // `"A. B," kata X.`: the sentences of a quote take the speaker named where it closes.
        for m in mentions.indices.reversed() {
            let i = mentions[m].sentence
            guard mentions[m].speakerKey == nil, openQuote[i], i + 1 < speakers.count, byQuoteCue[i + 1] || openQuote[i + 1],
                  let next = speakers[i + 1] else { continue }
            mentions[m].speakerKey = next
            mentions[m].cue = "quote"
            speakers[i] = next
        }
        return Result(mentions: mentions, skipped: skipped)
    }

    private func fillTerms(_ mention: inout ClaimMention, _ analysis: AnalyzedText, text: [Unicode.Scalar], names: NameResolver) {
        var terms: [String] = []
        var seen = Set<String>()
        func add(_ term: String) { if seen.insert(term).inserted { terms.append(term) } }
        var covered = Set<Int>()
        for span in analysis.entities {
            covered.formUnion(span.tokens)
            let key = span.kind == .name ? names.resolve(span.key) : span.key
            if Attribution.agencyKeys.contains(key) { continue }
            add("@" + key)
            if span.kind == .name { mention.names.insert(key) }
            mention.entities.insert(key)
        }
        let tokens = analysis.tokens
        func isDatePart(_ i: Int) -> Bool {
            let near = [i - 1, i + 1].filter { tokens.indices.contains($0) }
            if near.contains(where: { DateParser.month(named: tokens[$0].lower) != nil }) { return true }
            if let value = Int(tokens[i].lower), (1900...2100).contains(value) { return true }
            return near.contains { j in
                let gap = j < i ? (tokens[j].end..<tokens[i].start) : (tokens[i].end..<tokens[j].start)
                return gap.count == 1 && tokens[j].flags.contains(.number) && text.unicodeScalarAt(gap.lowerBound) == "/"
            }
        }
        for (i, token) in analysis.tokens.enumerated() where !covered.contains(i) && token.isContent {
            // A capitalised title ("Presiden China Xi Jinping") belongs to the name, not the claim.
            if token.flags.contains(.capitalized) && Lexicon.titles.contains(token.lower) { continue }
            if token.flags.contains(.number) {
                guard !isDatePart(i) else { continue }
                mention.numbers.insert(token.lower)
                add("#" + token.lower)
            } else if token.stem.count >= 2 {
                add(token.stem)
            }
        }
        mention.terms = terms
    }

    private func skipReason(_ analysis: AnalyzedText, text: String, terms: [String]) -> SkipReason? {
        let tokens = analysis.tokens
        if tokens.count > Self.longestClaim { return .tooLong }
        if !tokens.isEmpty && tokens.allSatisfy({ $0.flags.contains(.number) }) { return .numbersOnly }
        if Tokens.upperCaseShare(text) > 0.8 && tokens.count > 2 { return .allCaps }
        let words = terms.filter { !$0.hasPrefix("@") && !$0.hasPrefix("#") }
        if terms.count < Self.shortestClaim || tokens.count < 4 { return .tooShort }
        let nameTokens = tokens.filter { $0.entity != nil }.count
        if words.count < 2 || (nameTokens * 10 >= tokens.count * 6 && words.count < 3) { return .nameList }
        return nil
    }

    /// The body line (paragraph) each sentence starts in.
    private func paragraphIndexes(_ article: Article) -> [Int] {
        var result: [Int] = []
        var paragraph = 0
        var offset = 0
        var scalars = article.body.unicodeScalars.makeIterator()
        for sentence in article.sentences {
            while offset < sentence.start, let c = scalars.next() {
                if c == "\n" { paragraph += 1 }
                offset += 1
            }
            result.append(paragraph)
        }
        return result
    }
}

/// Resolves a bare surname ("Kim", "Xi", "Biden") to the full name used in the same article.
struct NameResolver: Sendable {
    private var full: [String: String] = [:]

    init(_ analyses: [AnalyzedText]) {
        var multi: [String] = []
        for analysis in analyses {
            for span in analysis.entities where span.kind == .name && span.tokens.count > 1 && !multi.contains(span.key) {
                multi.append(span.key)
            }
        }
        for name in multi {
            let parts = name.split(separator: " ").map(String.init)
            for part in [parts.first!, parts.last!] where full[part] == nil { full[part] = name }
        }
    }

    func resolve(_ key: String) -> String {
        key.utf8.contains(0x20) ? key : full[key] ?? key
    }

    /// A sentence that opens with a bare surname known from the article ("Kim juga berbicara …"):
    /// the analyser took it for a common word; it is the name.
    func promoteInitialSurname(_ analysis: inout AnalyzedText) {
        guard let first = analysis.tokens.first, first.entity == nil, first.flags.contains(.capitalized),
              let name = full[first.lower] else { return }
        analysis.tokens[0].entity = first.lower
        analysis.tokens[0].flags.insert(.name)
        analysis.tokens[0].flags.remove(.stopword)
        analysis.tokens[0].stem = first.lower
        analysis.entities.insert(EntitySpan(key: name == first.lower ? name : first.lower, kind: .name, tokens: 0..<1), at: 0)
    }
}

/// The time each sentence is about: its own date, else the last date earlier in its paragraph,
/// else the article's date. That is its publication date; else the first full date in the story;
/// else the latest date anywhere on the page (captions, credits), with the year the page gives:
/// pages show recent pictures, so it is a fair estimate of when the article was written.
struct TimeContext {
    private var own: [DateAnchor?] = []
    private let paragraphs: [Int]
    private var articleAnchor: DateAnchor?

    init(texts: [String], paragraphs: [Int], published: PublicationDate?, removed: [String] = []) {
        self.paragraphs = paragraphs
        var reference = published.map(DateAnchor.init)
        if reference == nil {
            reference = texts.lazy.compactMap { DateParser.anchors(in: $0, referenceYear: nil).first { $0.day != nil && $0.year != nil } }.first
        }
        if reference == nil {
            let pageYear = removed.flatMap { Tokens.words($0).compactMap { Int($0) }.filter { (1990...2100).contains($0) } }.max()
            reference = (removed + texts).flatMap { DateParser.anchors(in: $0, referenceYear: pageYear) }
                .filter { $0.day != nil && $0.year != nil }
                .max { ($0.dayNumber ?? 0) < ($1.dayNumber ?? 0) }
        }
        articleAnchor = reference
        own = texts.map { DateParser.anchors(in: $0, referenceYear: reference?.year ?? nil).first }
    }

    func anchor(for i: Int) -> (DateAnchor?, ClaimMention.TimeSource) {
        if let date = own[i] { return (date, .sentence) }
        var k = i - 1
        while k >= 0, paragraphs[k] == paragraphs[i] {
            if let date = own[k] { return (date, .paragraph) }
            k -= 1
        }
        if let articleAnchor { return (articleAnchor, .article) }
        return (nil, .none)
    }
}

extension Array where Element == Unicode.Scalar {
    func unicodeScalarAt(_ i: Int) -> Unicode.Scalar? { indices.contains(i) ? self[i] : nil }
}
