/// Another article's report of the claim of one sentence, as the reader lists it.
public struct CrossReference: Sendable, Equatable {
    /// Index into `Linking.mentions`.
    public var mention: Int
    public var article: Int
    public var sentence: Int
    /// How firmly this report belongs to the claim: its mean pair score with the claim's other
    /// reports, as the linker stored it (the pair score itself when the claim has two).
    public var score: Double
    /// The same words in the same order (one may hold the other), not a paraphrase.
    public var verbatim: Bool
    /// The earliest report of the claim (by publication date) among all its articles, the asked one included.
    public var isFirst: Bool
    /// Later articles of the same source that repeat the claim (not counted as more sources).
    public var repeats: Int
}

/// The other sources of one sentence's claim, and how often its own outlet repeats it.
public struct CrossReferences: Sendable, Equatable {
    /// One entry per other source (outlet), its earliest article first; sources earliest first.
    public var references: [CrossReference]
    /// Other articles of the asked article's own outlet that carry the same claim.
    public var ownRepeats: Int

    public static let none = CrossReferences(references: [], ownRepeats: 0)
}

extension CorpusClaims {
    /// The other sources that report the claim of sentence `sentence` of article `article`: for
    /// each other outlet its earliest article, sources earliest first (undated last). Sources are
    /// outlets, so later articles of one outlet are counted as its repeats, not listed. Empty when
    /// the sentence is not a claim or no other article reports it.
    public func crossReferences(article: Int, sentence: Int) -> CrossReferences {
        let owns = mentions(article: article, sentence: sentence)
        guard let own = mostReported(owns) else { return .none }
        // A sentence of two clauses lists the sources of both clauses' claims.
        var scoreOf: [Int: Double] = [:]
        var members: [Int] = []
        for clause in [own] + owns.filter({ $0 != own }) {
            let claim = linking.claims[linking.claimOfMention[clause]]
            for (k, member) in claim.members.enumerated() where scoreOf[member] == nil {
                scoreOf[member] = claim.scores[k]
                members.append(member)
            }
        }
        let ownSource = source(ofArticle: article)
        var earliestOf: [String: Int] = [:]
        var countOf: [String: Int] = [:]
        var seenArticles = Set([article])
        // An article is listed by its body sentence when it has one: a headline says less.
        let bodyFirst = members.filter { linking.mentions[$0].kind == .body } + members.filter { linking.mentions[$0].kind != .body }
        for member in bodyFirst {
            let a = linking.mentions.article(of: member)
            guard seenArticles.insert(a).inserted else { continue }
            let source = source(ofArticle: a)
            countOf[source, default: 0] += 1
            if let current = earliestOf[source] {
                let best = linking.mentions.article(of: current)
                if !Self.isEarlier(dates[a], a, dates[best], best) { continue }
            }
            earliestOf[source] = member
        }
        let ownWords = Self.words(text(ofMention: own))
        var references: [CrossReference] = earliestOf.compactMap { source, member in
            guard source != ownSource else { return nil }
            let m = linking.mentions[member]
            return CrossReference(
                mention: member, article: m.article, sentence: m.sentence,
                score: scoreOf[member] ?? 0,
                verbatim: Self.isVerbatim(ownWords, Self.words(text(ofMention: member))),
                isFirst: false, repeats: countOf[source, default: 1] - 1)
        }
        references.sort { a, b in
            Self.isEarlier(dates[a.article], a.article, dates[b.article], b.article)
        }
        if let first = references.first {
            references[0].isFirst = isFirstReport(article: first.article, sentence: first.sentence)
        }
        return CrossReferences(references: references, ownRepeats: countOf[ownSource, default: 0])
    }

    /// How many sources (outlets) report the claim of a sentence; 0 when it is not a claim.
    public func sourceCount(article: Int, sentence: Int) -> Int {
        guard let own = mention(article: article, sentence: sentence) else { return 0 }
        return sourceCounts[linking.claimOfMention[own]]
    }

    /// Whether the asked article is the earliest report of its sentence's claim.
    public func isFirstReport(article: Int, sentence: Int) -> Bool {
        guard let own = mention(article: article, sentence: sentence) else { return false }
        let members = linking.claims[linking.claimOfMention[own]].members.map(linking.mentions.article(of:))
        return members.min { Self.isEarlier(dates[$0], $0, dates[$1], $1) } == article
    }

    /// Scalar ranges, in the text of mention `other`, of the words it shares with mention `mention`:
    /// the same stems, the same entities and the same numbers. A sentence of two clauses counts
    /// the terms of both, on either side.
    public func sharedWordRanges(of mention: Int, in other: Int) -> [Range<Int>] {
        let a = linking.mentions[mention], b = linking.mentions[other]
        func terms(_ m: ClaimMention) -> Set<String> {
            guard m.kind == .body, m.clause != nil else { return Set(m.terms) }
            return Set(mentions(article: m.article, sentence: m.sentence).flatMap { linking.mentions[$0].terms })
        }
        let shared = terms(a).intersection(terms(b))
        guard !shared.isEmpty else { return [] }
        let sharedNames = shared.filter { $0.hasPrefix("@") }.map { $0.dropFirst() }
        let article = articles[b.article]
        let analysis = analyzer.analyze(text(ofMention: other), language: article.language)
        var marked = Set<Int>()
        for span in analysis.entities {
            let key = span.key
            if shared.contains("@" + key) || sharedNames.contains(where: { $0.split(separator: " ").contains(Substring(key)) }) {
                marked.formUnion(span.tokens)
            }
        }
        for (i, token) in analysis.tokens.enumerated() where !marked.contains(i) && token.isContent {
            if shared.contains(token.stem) || shared.contains("#" + token.lower) { marked.insert(i) }
        }
        return marked.sorted().map { analysis.tokens[$0].start..<analysis.tokens[$0].end }
    }

    /// The sentence text of a mention.
    public func text(ofMention index: Int) -> String {
        let m = linking.mentions[index]
        return articles[m.article].text(of: m)
    }

    /// Dated before undated; then by date; then by corpus order.
    public static func isEarlier(_ x: PublicationDate?, _ i: Int, _ y: PublicationDate?, _ j: Int) -> Bool {
        switch (x, y) {
        case let (x?, y?) where x.secondsSince1970 != y.secondsSince1970: return x.secondsSince1970 < y.secondsSince1970
        case (.some, nil): return true
        case (nil, .some): return false
        default: return i < j
        }
    }

    /// Lower-case words, punctuation dropped.
    static func words(_ text: String) -> [Substring] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }
    }

    /// The same words in order, or the shorter (at least six words) inside the longer.
    static func isVerbatim(_ a: [Substring], _ b: [Substring]) -> Bool {
        if a == b { return !a.isEmpty }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard short.count >= 6 else { return false }
        var i = 0
        while i + short.count <= long.count {
            if long[i..<(i + short.count)].elementsEqual(short) { return true }
            i += 1
        }
        return false
    }
}
