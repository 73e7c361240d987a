import ArgumentParser
import Foundation
import NewsCore

/// `newsreader explain A:S B:S`: why two sentences are or are not linked.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain why two sentences are or are not the same claim.",
        discussion: """
            Each sentence is ARTICLE-ID:INDEX, as in `newsreader show`, or ARTICLE-ID:title or \
            ARTICLE-ID:dek for the headline or the standfirst. The explanation lists each \
            side's attribution and time, the shared normalised terms with their weights, every \
            agreement or conflict, and the score against the threshold.
            """
    )

    @Argument(help: "The first sentence, ARTICLE-ID:INDEX (or :title, :dek).")
    var first: SentenceRef

    @Argument(help: "The second sentence, ARTICLE-ID:INDEX (or :title, :dek).")
    var second: SentenceRef

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Print JSON (see docs/formats.md).")
    var json = false

    func run() throws {
        let opened = try IndexedInput(options: corpus).open(.pair)
        let claims = opened.claims!
        let a = try resolve(first, claims)
        let b = try resolve(second, claims)
        let explanation = Explanation(claims: claims, first: a, second: b, statistics: opened.statistics)
        if json {
            try CommandOutput.json(explanation)
        } else {
            try CommandOutput.text(explanation.text)
        }
    }

    private func resolve(_ ref: SentenceRef, _ claims: CorpusClaims) throws -> Explanation.Side {
        guard let index = claims.articles.firstIndex(where: { $0.id == ref.article }) else {
            Diagnostics.print("newsreader: no article with id \(ref.article.visible)")
            throw ExitStatus.notFound.exitCode
        }
        let article = claims.articles[index]
        if ref.sentence == ClaimMention.Kind.dek.sentence, article.dek == nil {
            Diagnostics.print("newsreader: \(ref.article.visible) has no dek")
            throw ExitStatus.notFound.exitCode
        }
        guard ref.sentence < article.sentences.count else {
            Diagnostics.print("newsreader: \(ref.article.visible) has \(article.sentences.count) sentences (0–\(article.sentences.count - 1)); no sentence \(ref.sentence)")
            throw ExitStatus.notFound.exitCode
        }
        return Explanation.Side(article: index, sentence: ref.sentence,
                                mention: claims.mention(article: index, sentence: ref.sentence))
    }
}

/// `ARTICLE-ID:INDEX`, `ARTICLE-ID:title` or `ARTICLE-ID:dek`.
struct SentenceRef: ExpressibleByArgument {
    let article: String
    /// The sentence index, or `ClaimMention.Kind`'s for the title and the dek.
    let sentence: Int

    init?(argument: String) {
        guard let colon = argument.lastIndex(of: ":"), colon != argument.startIndex else { return nil }
        let place = String(argument[argument.index(after: colon)...])
        if let kind = ClaimMention.Kind(rawValue: place), kind != .body {
            sentence = kind.sentence
        } else if let index = Int(place), index >= 0 {
            sentence = index
        } else {
            return nil
        }
        article = String(argument[..<colon])
    }
}

/// The reasons two sentences are or are not linked.
struct Explanation: Encodable {
    struct Side {
        let article: Int
        let sentence: Int
        let mention: Int?

        /// A body sentence, or the title or dek by their negative sentence numbers.
        var kind: ClaimMention.Kind { ClaimMention.Kind(sentence: sentence) }
    }

    /// `ARTICLE-ID:INDEX`, or `ARTICLE-ID:title` / `:dek`.
    private func reference(_ side: Side) -> String {
        "\(claims.articles[side.article].id):" + side.kind.place(sentence: side.sentence)
    }

    let claims: CorpusClaims
    let first: Side
    let second: Side
    /// The corpus's term statistics, when an index kept them: only the two articles are scored then.
    let statistics: TermStatistics?

    private var score: PairScore? {
        guard let a = first.mention, let b = second.mention else { return nil }
        guard let statistics else { return claims.linking.scorer.explain(a, b) }
        let (scorer, mentions) = claims.scorer(of: [first.article, second.article], statistics: statistics)
        guard let i = mentions.firstIndex(of: a), let j = mentions.firstIndex(of: b) else { return nil }
        return scorer.explain(i, j)
    }

    private var sameClaim: Bool {
        guard let a = first.mention, let b = second.mention else { return false }
        return claims.linking.claimOfMention[a] == claims.linking.claimOfMention[b]
    }

    private func describe(_ side: Side) -> [String] {
        let article = claims.articles[side.article]
        let text = article.text(of: side.kind, sentence: side.sentence)
        var lines = ["\(reference(side).visible)  \(article.outletDisplayName.visible)", "  \"\(text.visible)\""]
        if let m = side.mention.map({ claims.linking.mentions[$0] }) {
            lines.append("  speaker: \((m.speaker ?? "the outlet").visible)\(m.cue.map { " (cue: \($0.visible))" } ?? "")"
                         + (m.relays.isEmpty ? "" : "; relay: \(m.relays.joined(separator: ", ").visible)")
                         + (m.quoted ? "; direct quote" : ""))
            lines.append("  time: \(m.time?.description ?? "unknown") (from \(m.timeSource.rawValue))"
                         + (m.negated ? "; negated" : ""))
        } else {
            let reason = claims.extractions[side.article].skipped[side.sentence]?.rawValue ?? "not a claim"
            lines.append("  not a claim: \(reason)")
        }
        return lines
    }

    var text: String {
        var lines = describe(first) + [""] + describe(second) + [""]
        guard let s = score else {
            lines.append("Not linked: only sentences that state a claim are linked.")
            return lines.joined(separator: "\n") + "\n"
        }
        func fmt(_ v: Double) -> String { String(format: "%.2f", v) }
        lines.append("Shared terms: " + (s.shared.isEmpty ? "none"
            : s.shared.map { "\($0.term) (\(fmt($0.weight)))" }.joined(separator: ", ")))
        lines.append("Only in the first: " + (s.onlyFirst.isEmpty ? "none" : s.onlyFirst.joined(separator: ", ")))
        lines.append("Only in the second: " + (s.onlySecond.isEmpty ? "none" : s.onlySecond.joined(separator: ", ")))
        for match in s.soft {
            lines.append("Soft match: \(match.first) ≈ \(match.second), WordNet \(match.synset)")
        }
        let soft = zip(PairFeatures.names, s.features.values).dropFirst(2).map { "\($0) \(fmt($1))" }.joined(separator: ", ")
        lines.append("Lexical: containment \(fmt(s.containment)), Dice \(fmt(s.dice)), \(soft) → \(fmt(s.lexical)) (model)")
        for factor in s.factors {
            lines.append("  \(factor.value < 1 ? "✗" : "✓") \(factor.name): \(factor.note)" + (factor.value < 1 ? " (× \(fmt(factor.value)))" : ""))
        }
        let verdict = s.score >= s.threshold ? "at or above" : "below"
        lines.append("Score \(fmt(s.score)), \(verdict) the threshold \(fmt(s.threshold)).")
        lines.append(sameClaim ? "Linked: both are mentions of one claim."
                     : "Not linked" + (s.score >= s.threshold
                        ? ": merging their claims would mix speakers, times or negation, or the claims as wholes are too far apart."
                        : "."))
        return lines.joined(separator: "\n") + "\n"
    }

    enum CodingKeys: String, CodingKey {
        case first, second, shared, soft, features, onlyFirst, onlySecond, containment, dice, lexical, factors, score, threshold, linked
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(reference(first), forKey: .first)
        try c.encode(reference(second), forKey: .second)
        let s = score
        try c.encode(s.map { $0.shared.map { ["term": $0.term, "weight": String(format: "%.3f", $0.weight)] } }, forKey: .shared)
        try c.encode(s.map { $0.soft.map { ["first": $0.first, "second": $0.second, "synset": $0.synset] } }, forKey: .soft)
        try c.encode(s.map { Dictionary(uniqueKeysWithValues: zip(PairFeatures.names, $0.features.values)) }, forKey: .features)
        try c.encode(s?.onlyFirst, forKey: .onlyFirst)
        try c.encode(s?.onlySecond, forKey: .onlySecond)
        try c.encode(s?.containment, forKey: .containment)
        try c.encode(s?.dice, forKey: .dice)
        try c.encode(s?.lexical, forKey: .lexical)
        try c.encode(s.map { $0.factors.map { ["name": $0.name, "value": String($0.value), "note": $0.note] } }, forKey: .factors)
        try c.encode(s?.score, forKey: .score)
        try c.encode(s?.threshold ?? PairScorer.threshold, forKey: .threshold)
        try c.encode(sameClaim, forKey: .linked)
    }
}
