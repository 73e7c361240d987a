import Foundation
import Testing
@testable import NewsCore

/// The hand annotation of the seeds (Fixtures/seed-links.tsv): links we would defend, and
/// look-alike pairs that must not link. See docs/claim-linking.md for the rules.
struct SeedAnnotation {
    struct Pair: Hashable { let a: String; let b: String }
    var links: Set<Pair> = []
    var nolinks: Set<Pair> = []

    init() throws {
        let text = try String(contentsOfFile: Fixtures.path("seed-links.tsv"), encoding: .utf8)
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count >= 3 else { continue }
            let pair = Pair(a: min(fields[1], fields[2]), b: max(fields[1], fields[2]))
            if fields[0] == "link" { links.insert(pair) } else if fields[0] == "nolink" { nolinks.insert(pair) }
        }
    }
}

/// Pair precision and recall of the linker on the seeds.
struct SeedEvaluation {
    var predicted: Set<SeedAnnotation.Pair> = []
    var truePositives = 0
    var falseLookAlikes: [SeedAnnotation.Pair] = []
    var missed: [SeedAnnotation.Pair] = []
    var unannotated: [SeedAnnotation.Pair] = []
    var precision = 0.0, recall = 0.0, f1 = 0.0

    init(_ claims: CorpusClaims, _ gold: SeedAnnotation) {
        let mentions = claims.linking.mentions
        func name(_ m: Int) -> String {
            "\(claims.articles[mentions[m].article].id.prefix(3)):\(mentions[m].place)"
        }
        for claim in claims.linking.claims {
            for (x, a) in claim.members.enumerated() {
                for b in claim.members[(x + 1)...] where mentions[a].article != mentions[b].article {
                    let p = name(a), q = name(b)
                    predicted.insert(SeedAnnotation.Pair(a: min(p, q), b: max(p, q)))
                }
            }
        }
        truePositives = predicted.intersection(gold.links).count
        falseLookAlikes = predicted.intersection(gold.nolinks).sorted { ($0.a, $0.b) < ($1.a, $1.b) }
        missed = gold.links.subtracting(predicted).sorted { ($0.a, $0.b) < ($1.a, $1.b) }
        unannotated = predicted.subtracting(gold.links).subtracting(gold.nolinks).sorted { ($0.a, $0.b) < ($1.a, $1.b) }
        // Unannotated predictions count against precision: the annotation lists every link we would defend.
        precision = predicted.isEmpty ? 0 : Double(truePositives) / Double(predicted.count)
        recall = gold.links.isEmpty ? 0 : Double(truePositives) / Double(gold.links.count)
        f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    var report: String {
        String(format: "seed pairs: P %.3f R %.3f F1 %.3f (%d predicted, %d true)\n", precision, recall, f1,
               predicted.count, truePositives)
            + "look-alike false links: \(falseLookAlikes.map { "\($0.a)~\($0.b)" })\n"
            + "missed: \(missed.map { "\($0.a)~\($0.b)" })\n"
            + "unannotated predictions: \(unannotated.map { "\($0.a)~\($0.b)" })"
    }
}

@Suite("Claim linking on the seeds")
struct SeedLinkingTests {
    static let claims: CorpusClaims = {
        CorpusClaims(articles: SeedCorpus.report.articles, analyzer: try! TextAnalyzer.system())
    }()

    @Test func annotationNamesRealSentences() throws {
        let gold = try SeedAnnotation()
        let articles = SeedCorpus.report.articles
        for pair in gold.links.union(gold.nolinks) {
            for ref in [pair.a, pair.b] {
                let parts = ref.split(separator: ":")
                let article = try #require(articles.first { $0.id.hasPrefix(String(parts[0])) })
                switch parts[1] {
                case "title": #expect(article.titleOrigin == .titleLine, "\(ref): the article has no title line")
                case "dek": #expect(article.dek != nil, "\(ref): the article has no dek")
                default: #expect(Int(parts[1]).map { $0 < article.sentences.count } == true, "\(ref) is not a sentence")
                }
            }
        }
        #expect(gold.links.count >= 25 && gold.nolinks.count >= 15)
    }

    @Test func precisionAndRecallFloors() throws {
        let evaluation = SeedEvaluation(Self.claims, try SeedAnnotation())
        print(evaluation.report)
        #expect(evaluation.falseLookAlikes.isEmpty, "\(evaluation.report)")
        #expect(evaluation.precision >= SeedLinkingTests.precisionFloor, "\(evaluation.report)")
        #expect(evaluation.recall >= SeedLinkingTests.recallFloor, "\(evaluation.report)")
    }

    /// Honest floors: raise them as the linker improves. The recall floor was 0.55 until the model
    /// learnt the sentences' shared wording (2026-12-06): read CLICK-ID links went from 24 to 33
    /// of 40 right, and the seeds' paraphrases, worded apart, from 0.645 to 0.516 recall. It was
    /// 0.50 until headlines and standfirsts became claims: the annotation gained four of their
    /// links, of which the linker finds one (17 of 35, 0.486). It was 0.48 until the Indonesian
    /// threshold went from 0.37 to 0.46 for precision on real news, which dropped Okezone's first
    /// sentence from Warta Ekonomi's (16 of 35, 0.457). It is 0.50 since "semenanjung Korea" in
    /// lower case became the place "Semenanjung Korea" is (18 of 35, 0.514).
    static let precisionFloor = 0.95
    static let recallFloor = 0.50
}

