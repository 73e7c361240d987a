import ArgumentParser
import Foundation
import NewsCore

/// `newsreader claims`: every claim with the articles that report it.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "List claims and every article that reports each one.",
        discussion: """
            A claim is a sentence that states something, with its speaker, cue, relay and time; \
            a sentence that joins two predicates holds one claim per clause, and a headline \
            (ARTICLE-ID:title) or standfirst (ARTICLE-ID:dek) is a claim too. Mentions of the same \
            claim in different articles are linked (see docs/claim-linking.md). A claim reported \
            by one outlet only is listed too ("only in …").
            """
    )

    @OptionGroup var corpus: CorpusOptions

    @Option(parsing: .unconditional, help: "Only claims reported by at least this many sources (outlets; unknown outlets count per article).")
    var minSources = 1

    @Flag(help: "Print JSON: {\"articles\": [...], \"claims\": [...]} (see docs/formats.md).")
    var json = false

    func validate() throws {
        guard minSources >= 1 else { throw ValidationError("--min-sources must be a positive number (got \(minSources))") }
    }

    func run() throws {
        let claims = try IndexedInput(options: corpus).open(.claims).claims!
        let selected = claims.linking.claims.filter { claims.sources(of: $0).count >= minSources }
        if json {
            try CommandOutput.json(ClaimsJSON(corpus: claims, claims: selected))
            return
        }
        var out = ""
        for claim in selected {
            let rep = claims.linking.mentions[claim.representative]
            out += "● \(label(claims, rep).visible)\n"
            let sources = claims.sources(of: claim)
            if sources.count == 1 {
                out += "  only in \(claims.articles[rep.article].outletDisplayName.visible)\n"
            }
            for (k, member) in claim.members.enumerated() {
                let m = claims.linking.mentions[member]
                let article = claims.articles[m.article]
                var who = m.speaker.map { "speaker: \($0)" } ?? "speaker: the outlet"
                if !m.relays.isEmpty { who += ", via \(m.relays.joined(separator: ", "))" }
                out += "  \(article.id.visible):\(m.place)  \(article.outletDisplayName.visible)  (\(who.visible); score "
                    + String(format: "%.2f", claim.scores[k]) + ")\n"
            }
            out += "\n"
        }
        try CommandOutput.text(out)
    }
}

/// Shared by the commands that analyse text.
enum Analysis {
    /// The system analyser; a missing dictionary is reported and exits 1.
    static func analyzer() throws -> TextAnalyzer {
        do {
            return try TextAnalyzer.system()
        } catch {
            Diagnostics.print("newsreader: \(error)")
            throw ExitStatus.nothingLoaded.exitCode
        }
    }

    static func claims(_ articles: [Article]) throws -> CorpusClaims {
        CorpusClaims(articles: articles, analyzer: try analyzer())
    }
}

/// A claim's label: its representative sentence, cut to a readable length.
func label(_ claims: CorpusClaims, _ mention: ClaimMention) -> String {
    let article = claims.articles[mention.article]
    let text = article.text(of: mention)
    guard text.count > 140 else { return text }
    let cut = text.prefix(140)
    return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + " …"
}

/// `claims --json`. The names are read by tools outside the project: keep them.
struct ClaimsJSON: Encodable {
    let corpus: CorpusClaims
    let claims: [Claim]

    enum CodingKeys: String, CodingKey { case articles, claims }

    struct ClaimJSON: Encodable {
        let id: String
        let label: String
        let speaker: String?
        let sources: Int
        let articles: Int
        let mentions: [MentionJSON]

        enum CodingKeys: String, CodingKey { case id, label, speaker, sources, articles, mentions }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(label, forKey: .label)
            try c.encode(speaker, forKey: .speaker)
            try c.encode(sources, forKey: .sources)
            try c.encode(articles, forKey: .articles)
            try c.encode(mentions, forKey: .mentions)
        }
    }

    struct MentionJSON: Encodable {
        let article: String
        let kind: String
        let sentence: Int?
        let text: String
        let start: Int?
        let end: Int?
        let clause: [Int]?
        let speaker: String?
        let cue: String?
        let relay: String?
        let quoted: Bool
        let time: String?
        let score: Double

        enum CodingKeys: String, CodingKey {
            case article, kind, sentence, text, start, end, clause, speaker, cue, relay, quoted, time, score
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(article, forKey: .article)
            try c.encode(kind, forKey: .kind)
            try c.encode(sentence, forKey: .sentence)
            try c.encode(text, forKey: .text)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(clause, forKey: .clause)
            try c.encode(speaker, forKey: .speaker)
            try c.encode(cue, forKey: .cue)
            try c.encode(relay, forKey: .relay)
            try c.encode(quoted, forKey: .quoted)
            try c.encode(time, forKey: .time)
            try c.encode((score * 1000).rounded() / 1000, forKey: .score)
        }
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(corpus.articles.map(ArticleSummaryJSON.init), forKey: .articles)
        let list = claims.map { claim -> ClaimJSON in
            let mentions = corpus.linking.mentions
            let rep = mentions[claim.representative]
            return ClaimJSON(
                id: "\(corpus.articles[rep.article].id):\(rep.place)",
                label: label(corpus, rep),
                speaker: corpus.speaker(of: claim),
                sources: corpus.sources(of: claim).count,
                articles: Set(claim.members.map { mentions[$0].article }).count,
                mentions: zip(claim.members, claim.scores).map { member, score in
                    let m = mentions[member]
                    let article = corpus.articles[m.article]
                    let sentence = m.kind == .body ? article.sentences[m.sentence] : nil
                    return MentionJSON(article: article.id, kind: m.kind.rawValue, sentence: sentence?.index,
                                       text: article.text(of: m), start: sentence?.start, end: sentence?.end,
                                       clause: m.clause.map { [$0.lowerBound, $0.upperBound] }, speaker: m.speaker, cue: m.cue,
                                       relay: m.relays.isEmpty ? nil : m.relays.joined(separator: ", "),
                                       quoted: m.quoted, time: m.time?.description, score: score)
                })
        }
        try c.encode(list, forKey: .claims)
    }
}
