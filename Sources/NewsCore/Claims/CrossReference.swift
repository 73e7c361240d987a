/// Another article's report of the claim of one sentence, as the reader lists it.
public struct CrossReference: Sendable, Equatable {
    /// Index into `Linking.mentions`.
    public var mention: Int
    public var article: Int
    public var sentence: Int
    /// The pair score between the sentence asked about and this one.
    public var score: Double
    /// The same words in the same order (one may hold the other), not a paraphrase.
    public var verbatim: Bool
    /// The earliest report of the claim (by publication date) among all its articles, the asked one included.
    public var isFirst: Bool
    /// Another article of the asked article's own outlet: a repeat, not another source.
    public var isRepeat: Bool
}

extension CorpusClaims {
    /// Every other article that reports the claim of sentence `sentence` of article `article`,
    /// earliest first (undated last). Empty when the sentence is not a claim or no other article
    /// reports it.
    public func crossReferences(article: Int, sentence: Int) -> [CrossReference] {
        guard let own = mention(article: article, sentence: sentence) else { return [] }
        let claim = linking.claims[linking.claimOfMention[own]]
        let ownSource = source(ofArticle: article)
        let ownWords = Self.words(text(ofMention: own))
        var references: [CrossReference] = []
        for member in claim.members where linking.mentions[member].article != article {
            let m = linking.mentions[member]
            references.append(CrossReference(
                mention: member, article: m.article, sentence: m.sentence,
                score: linking.scorer.score(own, member),
                verbatim: Self.isVerbatim(ownWords, Self.words(text(ofMention: member))),
                isFirst: false, isRepeat: source(ofArticle: m.article) == ownSource))
        }
        references.sort { a, b in
            Self.isEarlier(articles[a.article].published, a.article, articles[b.article].published, b.article)
        }
        let earliest = claim.members.map { linking.mentions[$0].article }.min {
            Self.isEarlier(articles[$0].published, $0, articles[$1].published, $1)
        }
        for k in references.indices where references[k].article == earliest {
            references[k].isFirst = true
            break
        }
        return references
    }

    /// How many sources (outlets) report the claim of a sentence; 0 when it is not a claim.
    public func sourceCount(article: Int, sentence: Int) -> Int {
        guard let own = mention(article: article, sentence: sentence) else { return 0 }
        return sources(of: linking.claims[linking.claimOfMention[own]]).count
    }

    /// Whether the asked article is the earliest report of its sentence's claim.
    public func isFirstReport(article: Int, sentence: Int) -> Bool {
        guard let own = mention(article: article, sentence: sentence) else { return false }
        let members = linking.claims[linking.claimOfMention[own]].members.map { linking.mentions[$0].article }
        return members.min { Self.isEarlier(articles[$0].published, $0, articles[$1].published, $1) } == article
    }

    /// Scalar ranges, in the text of mention `other`, of the words it shares with mention `mention`:
    /// the same stems, the same entities and the same numbers.
    public func sharedWordRanges(of mention: Int, in other: Int) -> [Range<Int>] {
        let a = linking.mentions[mention], b = linking.mentions[other]
        let shared = Set(a.terms).intersection(b.terms)
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
        let article = articles[m.article]
        return article.text(of: article.sentences[m.sentence])
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
