import Foundation
import NewsCore

/// Scores sentence pairs (`score text1 text2 …`, 0–5) with the claim linker's pair score.
/// Pairs scored >= 4 are the same claim, <= 2 different; pairs in between are left out.
enum STSReport {
    static func run(path: String, analyzer: TextAnalyzer, language: Language) {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            FileHandle.standardError.write(Data("newsreader-bench: cannot read \(path)\n".utf8))
            exit(1)
        }
        var pairs: [(gold: Bool, a: String, b: String)] = []
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3, let score = Double(fields[0]) else { continue }
            if score >= 4 { pairs.append((true, fields[1], fields[2])) } else if score <= 2 { pairs.append((false, fields[1], fields[2])) }
        }
        // Each text is a one-sentence article; term weights come from all the texts.
        let extractor = ClaimExtractor(analyzer: analyzer)
        var mentions: [ClaimMention?] = []
        for (k, pair) in pairs.enumerated() {
            for (side, sentence) in [pair.a, pair.b].enumerated() {
                let article = Article(id: "\(k)-\(side)", source: SourceLocation(path: path), title: "", language: language,
                                      body: sentence, sentences: [Sentence(index: 0, start: 0, end: sentence.unicodeScalars.count)])
                mentions.append(extractor.extract(article, index: 2 * k + side).mentions.first)
            }
        }
        var position: [Int?] = []
        var present: [ClaimMention] = []
        for mention in mentions {
            position.append(mention.map { _ in present.count })
            if let mention { present.append(mention) }
        }
        let scorer = PairScorer(present)
        let scores = pairs.indices.map { k -> Double in
            guard let a = position[2 * k], let b = position[2 * k + 1] else { return 0 }
            return scorer.score(a, b)
        }
        if ProcessInfo.processInfo.environment["STS_DUMP"] != nil {
            for (k, pair) in pairs.enumerated() {
                let a = position[2 * k], b = position[2 * k + 1]
                var why = a == nil || b == nil ? "not-a-claim" : ""
                if let a, let b { why = scorer.explain(a, b).factors.filter { $0.value < 1 }.map { $0.name }.joined(separator: ",") }
                print(String(format: "DUMP\t%@\t%.2f\t%@\t%@\t%@", pair.gold ? "same" : "diff", scores[k], why, pair.a, pair.b))
            }
        }
        print("pairs: \(pairs.count) (\(pairs.filter(\.gold).count) same, \(pairs.filter { !$0.gold }.count) different)")
        print("threshold  precision  recall  F1     accuracy")
        var thresholds = stride(from: 0.2, through: 0.7, by: 0.05).map { $0 }
        if !thresholds.contains(where: { abs($0 - PairScorer.threshold) < 1e-9 }) { thresholds.append(PairScorer.threshold) }
        for t in thresholds.sorted() {
            var tp = 0, fp = 0, fn = 0, tn = 0
            for (k, pair) in pairs.enumerated() {
                let same = scores[k] >= t
                switch (same, pair.gold) {
                case (true, true): tp += 1
                case (true, false): fp += 1
                case (false, true): fn += 1
                case (false, false): tn += 1
                }
            }
            let p = tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp)
            let r = Double(tp) / Double(max(1, tp + fn))
            let f = p + r == 0 ? 0 : 2 * p * r / (p + r)
            let marker = abs(t - PairScorer.threshold) < 1e-9 ? "  <- fixed threshold" : ""
            print(String(format: "%9.2f  %9.3f  %6.3f  %5.3f  %8.3f%@", t, p, r, f,
                         Double(tp + tn) / Double(pairs.count), marker))
        }
    }
}
