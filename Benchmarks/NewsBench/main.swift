import Foundation
import NewsCore

// Benchmarks and quality reports that print figures. None of this is a test.
//   newsreader-bench sts FILE.tsv [--features OUT] [--show RULE] [--curve]   Indonesian pairs: P/R/F1/accuracy beside TF-IDF
//   newsreader-bench msrp FILE.txt [--features OUT] [--show RULE] [--curve]  English MSRP pairs, the same
//   newsreader-bench link FILE.jsonl[.gz]  time and memory of linking at three corpus sizes
//   newsreader-bench search FILE.jsonl[.gz] query latency over 200 queries, beside a SQLite LIKE scan
//   newsreader-bench search FILE.jsonl[.gz] --index INDEX   the same queries from an index (newsreader index)
//   newsreader-bench reader FILE.jsonl[.gz] first frame on the seeds; key-to-frame over a scripted walk
//   newsreader-bench wordnet-table wn-data-ind.tab   the bundled Indonesian sense table, on stdout
// See docs/performance.md and docs/claim-linking.md.

let arguments = CommandLine.arguments.dropFirst()
guard let command = arguments.first, let path = arguments.dropFirst().first else {
    FileHandle.standardError.write(Data("usage: newsreader-bench sts FILE.tsv | msrp FILE.txt | link CORPUS.jsonl[.gz] [N...] | search CORPUS.jsonl[.gz] | reader CORPUS.jsonl[.gz]\n".utf8))
    exit(2)
}
let analyzer: TextAnalyzer
do {
    analyzer = try TextAnalyzer.system()
} catch {
    FileHandle.standardError.write(Data("newsreader-bench: \(error)\n".utf8))
    exit(1)
}
switch command {
case "sts", "msrp":
    PairReport.run(path: path, format: command, analyzer: analyzer, arguments: Array(arguments))
case "search":
    if let flag = arguments.firstIndex(of: "--index"), arguments.index(after: flag) < arguments.endIndex {
        do {
            try SearchBenchmark.runStored(path: path, index: arguments[arguments.index(after: flag)], analyzer: analyzer)
        } catch {
            FileHandle.standardError.write(Data("newsreader-bench: \(error)\n".utf8))
            exit(1)
        }
    } else {
        SearchBenchmark.run(path: path, analyzer: analyzer)
    }
case "wordnet-table":
    WordNetTable.run(path: path, analyzer: analyzer)
case "reader":
    MainActor.assumeIsolated { ReaderBenchmark.run(path: path, analyzer: analyzer) }
case "link":
    LinkBenchmark.run(path: path, sizes: arguments.dropFirst(2).compactMap { Int($0) }, analyzer: analyzer)
default:
    FileHandle.standardError.write(Data("newsreader-bench: unknown command \(command)\n".utf8))
    exit(2)
}
