import Foundation
import NewsCore

/// Sentence-pair quality of the claim linker beside a TF-IDF baseline, in one run.
///
/// `sts`: Indonesian STS pairs (`score text1 text2 source`, 0–5); >= 4 is the same claim, <= 2
/// different, the rest is left out. `msrp`: MSRP pairs (`Quality id id text1 text2`; 1 paraphrase).
/// Each text is a one-sentence article; term weights come from all the texts of the file. The
/// baseline is a plain TF-IDF cosine over lower-case words, no stemming, at its best threshold.
/// `--features FILE` writes the linker's features of every pair, for scripts/train-linker.py;
/// `--show RULE` prints every pair over the threshold that the rule lowered; `--curve`, the
/// linker's figures at thresholds from 0.30 to 0.70, to see what a stricter threshold costs.
enum PairReport {
    struct Pair {
        var gold: Bool
        var a: String
        var b: String
    }

    static func run(path: String, format: String, analyzer: TextAnalyzer, arguments: [String]) {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            FileHandle.standardError.write(Data("newsreader-bench: cannot read \(path)\n".utf8))
            exit(1)
        }
        let language: Language = format == "msrp" ? .english : .indonesian
        let pairs = format == "msrp" ? msrpPairs(text) : stsPairs(text)
        // The gold labels judge whole sentences, so each side is one mention, not one per clause.
        var extractor = ClaimExtractor(analyzer: analyzer, splitsClauses: false)
        extractor.keepsEverySentence = true
        var mentions: [ClaimMention] = []
        var position: [Int?] = []
        for (k, pair) in pairs.enumerated() {
            for (side, sentence) in [pair.a, pair.b].enumerated() {
                let article = Article(id: "\(k)-\(side)", source: SourceLocation(path: path), title: "", language: language,
                                      body: sentence, sentences: [Sentence(index: 0, start: 0, end: sentence.unicodeScalars.count)])
                let mention = extractor.extract(article, index: 2 * k + side).mentions.first
                position.append(mention.map { _ in mentions.count })
                if let mention { mentions.append(mention) }
            }
        }
        let scorer = PairScorer(mentions, languages: mentions.map { _ in language }, senses: .system)
        let scores = pairs.indices.map { k -> Double in
            guard let a = position[2 * k], let b = position[2 * k + 1] else { return 0 }
            return scorer.score(a, b)
        }
        if let i = arguments.firstIndex(of: "--features"), i + 1 < arguments.count {
            var out = "gold\t" + PairFeatures.names.joined(separator: "\t") + "\n"
            for k in pairs.indices {
                guard let a = position[2 * k], let b = position[2 * k + 1] else { continue }
                out += (pairs[k].gold ? "1" : "0") + "\t"
                    + scorer.features(a, b).values.map { String(format: "%.5f", $0) }.joined(separator: "\t") + "\n"
            }
            try? out.write(toFile: arguments[i + 1], atomically: true, encoding: .utf8)
        }
        let baseline = tfidfCosines(pairs)
        let shipped = PairScorer.threshold(for: language)
        print("\(format): \(pairs.count) pairs (\(pairs.filter(\.gold).count) same, \(pairs.filter { !$0.gold }.count) different)")
        print("                                  threshold  precision  recall  F1     accuracy")
        printRow("linker, shipped threshold", at: shipped, scores, pairs)
        let bestLinker = best(scores, pairs, by: format == "msrp" ? \.accuracy : \.f1)
        printRow("linker, best threshold (info)", at: bestLinker, scores, pairs)
        printRow("linker, best F0.5 threshold (info)", at: best(scores, pairs, by: \.f05), scores, pairs)
        let bestBaseline = best(baseline, pairs, by: format == "msrp" ? \.accuracy : \.f1)
        printRow("TF-IDF cosine, best threshold", at: bestBaseline, baseline, pairs)
        let always = Double(pairs.filter(\.gold).count) / Double(max(1, pairs.count))
        print(String(format: "always \"same\": accuracy %.3f", always))
        printFactors(scorer, position, pairs, threshold: shipped)
        if arguments.contains("--curve") {
            print("                                  threshold  precision  recall  F1     accuracy")
            for t in stride(from: 0.30, through: 0.701, by: 0.02) { printRow("linker", at: t, scores, pairs) }
        }
        if let i = arguments.firstIndex(of: "--show"), i + 1 < arguments.count {
            printFired(arguments[i + 1], scorer, position, pairs, threshold: shipped)
        }
    }

    /// Every pair over the threshold that rule `name` lowered, with its gold label and notes: to
    /// read what a rule costs.
    static func printFired(_ name: String, _ scorer: PairScorer, _ position: [Int?], _ pairs: [Pair], threshold: Double) {
        for k in pairs.indices {
            guard let a = position[2 * k], let b = position[2 * k + 1] else { continue }
            let explained = scorer.explain(a, b)
            guard explained.lexical >= threshold, let factor = explained.factors.first(where: { $0.name == name && $0.value < 1 }) else { continue }
            print("\n[\(pairs[k].gold ? "same" : "different")] \(String(format: "%.2f", explained.lexical)) \(factor.note)")
            print("  A: \(pairs[k].a)\n  B: \(pairs[k].b)")
        }
    }

    /// How often each event rule lowers a pair whose model score reaches the threshold, on same
    /// and on different pairs: a rule that fires on many same pairs costs recall.
    static func printFactors(_ scorer: PairScorer, _ position: [Int?], _ pairs: [Pair], threshold: Double) {
        var fired: [String: (same: Int, different: Int)] = [:]
        for k in pairs.indices {
            guard let a = position[2 * k], let b = position[2 * k + 1] else { continue }
            let explained = scorer.explain(a, b)
            guard explained.lexical >= threshold else { continue }
            for factor in explained.factors where factor.value < 1 {
                if pairs[k].gold { fired[factor.name, default: (0, 0)].same += 1 } else { fired[factor.name, default: (0, 0)].different += 1 }
            }
        }
        guard !fired.isEmpty else { return }
        print("rules that lowered a pair over the threshold (same pairs / different pairs):")
        print(fired.sorted { $0.key < $1.key }.map { "  \($0.key) \($0.value.same)/\($0.value.different)" }.joined(separator: "\n"))
    }

    struct Counts {
        var precision = 0.0, recall = 0.0, f1 = 0.0, accuracy = 0.0
        /// Precision weighted twice as much as recall: a wrong link misleads a reader more than a
        /// missing one.
        var f05: Double { precision + recall == 0 ? 0 : 1.25 * precision * recall / (0.25 * precision + recall) }
    }

    static func counts(at t: Double, _ scores: [Double], _ pairs: [Pair]) -> Counts {
        var tp = 0, fp = 0, fn = 0, tn = 0
        for (k, pair) in pairs.enumerated() {
            switch (scores[k] >= t, pair.gold) {
            case (true, true): tp += 1
            case (true, false): fp += 1
            case (false, true): fn += 1
            case (false, false): tn += 1
            }
        }
        var c = Counts()
        c.precision = tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp)
        c.recall = Double(tp) / Double(max(1, tp + fn))
        c.f1 = c.precision + c.recall == 0 ? 0 : 2 * c.precision * c.recall / (c.precision + c.recall)
        c.accuracy = Double(tp + tn) / Double(max(1, pairs.count))
        return c
    }

    static func best(_ scores: [Double], _ pairs: [Pair], by key: KeyPath<Counts, Double>) -> Double {
        stride(from: 0.05, through: 0.95, by: 0.01).max { counts(at: $0, scores, pairs)[keyPath: key] < counts(at: $1, scores, pairs)[keyPath: key] } ?? 0.5
    }

    static func printRow(_ name: String, at t: Double, _ scores: [Double], _ pairs: [Pair]) {
        let c = counts(at: t, scores, pairs)
        print(String(format: "%-32@  %9.2f  %9.3f  %6.3f  %5.3f  %8.3f", name as NSString, t, c.precision, c.recall, c.f1, c.accuracy))
    }

    static func stsPairs(_ text: String) -> [Pair] {
        text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3, let score = Double(fields[0]), score >= 4 || score <= 2 else { return nil }
            return Pair(gold: score >= 4, a: fields[1], b: fields[2])
        }
    }

    static func msrpPairs(_ text: String) -> [Pair] {
        text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 5, let quality = Int(fields[0].filter(\.isNumber)) else { return nil }
            return Pair(gold: quality == 1, a: fields[3], b: fields[4])
        }
    }

    /// Cosine of TF-IDF vectors over lower-case words, idf over all texts of the file.
    static func tfidfCosines(_ pairs: [Pair]) -> [Double] {
        func words(_ s: String) -> [String] { s.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init) }
        let docs = pairs.flatMap { [words($0.a), words($0.b)] }
        var df: [String: Int] = [:]
        for doc in docs { for w in Set(doc) { df[w, default: 0] += 1 } }
        let n = Double(docs.count)
        func vector(_ doc: [String]) -> [String: Double] {
            var tf: [String: Double] = [:]
            for w in doc { tf[w, default: 0] += 1 }
            return tf.mapValues { $0 } .reduce(into: [:]) { $0[$1.key] = $1.value * log(n / Double(df[$1.key] ?? 1)) }
        }
        return pairs.map { pair in
            let x = vector(words(pair.a)), y = vector(words(pair.b))
            let dot = x.reduce(0.0) { $0 + $1.value * (y[$1.key] ?? 0) }
            let nx = x.values.reduce(0) { $0 + $1 * $1 }.squareRoot(), ny = y.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return nx > 0 && ny > 0 ? dot / (nx * ny) : 0
        }
    }
}
