import Foundation
import NewsCore
import ReaderUI

/// Times the reader without a terminal: the first frame on the seeds, and the time from a key to
/// a finished frame (update plus render into the in-memory screen) over a scripted walk.
enum ReaderBenchmark {
    @MainActor
    static func run(path: String, analyzer: TextAnalyzer) {
        firstFrameOnSeeds(analyzer: analyzer)
        let t0 = Date()
        let articles = CorpusLoader().load([path]).articles
        let loaded = Date()
        let corpus = ReaderCorpus(articles: articles, analyzer: analyzer)
        let built = Date()
        print(String(format: "corpus: %d articles, load %.1f s, claims + search + stories %.1f s, peak RSS %.0f MiB",
                     articles.count, loaded.timeIntervalSince(t0), built.timeIntervalSince(loaded),
                     LinkBenchmark.peakRSSMiB()))
        let sizes = corpus.stories.stories.map(\.articles.count).sorted(by: >)
        print("stories: \(sizes.count); articles in the largest five: \(sizes.prefix(5).map(String.init).joined(separator: ", "))")
        let screen = MemoryScreen(width: 160, height: 50)
        var state = ReaderState(corpus: corpus, width: 160, height: 50)
        render(state, into: screen)
        var timings: [String: [Double]] = [:]
        for (name, event) in walk(corpus) {
            let start = DispatchTime.now().uptimeNanoseconds
            state = update(state, event)
            render(state, into: screen)
            let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            timings[name, default: []].append(ms)
            if state.quit { break }
        }
        let all = timings.values.flatMap { $0 }
        print(String(format: "key to frame over %d events at 160×50: median %.2f ms, p99 %.2f ms, max %.2f ms (target ≤ 5 ms)",
                     all.count, percentile(all, 0.5), percentile(all, 0.99), all.max() ?? 0))
        print("event            count  median-ms  p99-ms  max-ms")
        for name in timings.keys.sorted() {
            let list = timings[name]!
            print(String(format: "%-15@  %5d  %9.2f  %6.2f  %6.2f", name as NSString, list.count,
                         percentile(list, 0.5), percentile(list, 0.99), list.max() ?? 0))
        }
    }

    /// Load, analyse, lay out and render the seeds: what `newsreader` does before its first frame.
    @MainActor
    static func firstFrameOnSeeds(analyzer: TextAnalyzer) {
        let start = DispatchTime.now().uptimeNanoseconds
        let articles = CorpusLoader().load([try! Seeds.directory()]).articles
        let corpus = ReaderCorpus(articles: articles, analyzer: analyzer)
        let screen = MemoryScreen(width: 160, height: 50)
        render(ReaderState(corpus: corpus, width: 160, height: 50), into: screen)
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        print(String(format: "first frame on the seeds (load + analyse + render): %.1f ms (target ≤ 200 ms)", ms))
    }

    /// A fixed walk a reader might take: browse outlets and articles, read sentence by sentence,
    /// jump between sources and back, switch to stories, search and step through hits, open the
    /// claims view and the matrix, resize.
    static func walk(_ corpus: ReaderCorpus) -> [(String, ReaderEvent)] {
        var events: [(String, ReaderEvent)] = []
        func key(_ name: String, _ k: Key, _ times: Int = 1) {
            for _ in 0..<times { events.append((name, .key(k))) }
        }
        for outlet in 0..<min(4, corpus.outlets.count) {
            key("left j/k", .character("j"), 30)
            key("left j/k", .character("k"), 5)
            key("expand", .enter)
            _ = outlet
        }
        for round in 0..<40 {
            key("left j/k", .character("j"), 3)
            key("focus", .tab)
            key("article j/k", .character("j"), 12)
            key("article j/k", .character("k"), 2)
            key("jump ] [", .character(round % 2 == 0 ? "]" : "["))
            key("back", .backspace)
            key("focus", .tab)
            key("refs j/k", .character("j"), 2)
            key("jump Enter", .enter)
            key("back", .backspace)
            key("focus", .backTab)
            key("focus", .backTab)
            key("page", .pageDown)
        }
        key("stories s", .character("s"))
        for _ in 0..<30 {
            key("left j/k", .character("j"), 2)
            key("expand", .enter)
            key("left j/k", .character("j"))
            key("matrix m", .character("m"))
            key("matrix move", .down, 3)
            key("matrix m", .character("m"))
        }
        for query in ["jokowi", "revisi UU KPK", "\"kabut asap\" riau", "habibie", "timnas"] {
            key("search typing", .character("/"))
            for c in query { key("search typing", .character(c)) }
            key("search Enter", .enter)
            key("hit n/N", .character("n"), 10)
            key("hit n/N", .character("N"), 3)
        }
        key("claims c", .character("c"))
        key("claims move", .character("j"), 50)
        key("claims move", .pageDown, 10)
        key("claims Enter", .enter)
        events.append(("resize", .resize(width: 90, height: 30)))
        key("article j/k", .character("j"), 20)
        events.append(("resize", .resize(width: 200, height: 60)))
        key("help ?", .character("?"))
        key("close", .escape)
        return events
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
    }
}
