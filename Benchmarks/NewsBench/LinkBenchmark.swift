import Foundation
import NewsCore

/// Loads a corpus, then times claim extraction and linking on its first N articles for each N.
enum LinkBenchmark {
    static func run(path: String, sizes: [Int], analyzer: TextAnalyzer) {
        let start = Date()
        let report = CorpusLoader().load([path])
        print(String(format: "load: %d articles in %.2f s", report.articles.count, Date().timeIntervalSince(start)))
        let counts = sizes.isEmpty ? [5_000, 10_000, report.articles.count] : sizes
        print("articles  sentences  mentions  claims  multi-source  extract-s  link-s  seconds  peak-RSS-MiB")
        for n in counts {
            let articles = Array(report.articles.prefix(n))
            let t0 = Date()
            let claims = CorpusClaims(articles: articles, analyzer: analyzer)
            let seconds = Date().timeIntervalSince(t0)
            let multi = claims.linking.claims.filter { claims.sources(of: $0).count >= 2 }.count
            print(String(format: "%8d  %9d  %8d  %6d  %12d  %9.2f  %6.2f  %7.2f  %12.0f", articles.count,
                         articles.reduce(0) { $0 + $1.sentences.count }, claims.linking.mentions.count,
                         claims.linking.claims.count, multi, claims.timings.extract, claims.timings.link, seconds,
                         peakRSSMiB()))
        }
    }

    /// Peak resident memory of this process so far (VmHWM).
    static func peakRSSMiB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kib = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kib / 1024
    }
}
