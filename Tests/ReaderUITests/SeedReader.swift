import Foundation
import NewsCore
@testable import ReaderUI

/// The reader over the five bundled seeds, built once for all tests.
enum SeedReader {
    static let corpus: ReaderCorpus = {
        let articles = CorpusLoader().load([try! Seeds.directory()]).articles
        return ReaderCorpus(articles: articles, analyzer: try! TextAnalyzer.system())
    }()

    static func state(width: Int = 160, height: Int = 50) -> ReaderState {
        ReaderState(corpus: corpus, width: width, height: height)
    }

    /// The index of the seed whose id starts with `prefix`.
    static func article(_ prefix: String) -> Int {
        corpus.articles.firstIndex { $0.id.hasPrefix(prefix) }!
    }

    /// The first sentence of an article containing `text`.
    static func sentence(_ article: Int, containing text: String) -> Int {
        let a = corpus.articles[article]
        return a.sentences.first { a.text(of: $0).contains(text) }!.index
    }
}

extension ReaderState {
    /// The state after a sequence of keys.
    func after(_ keys: Key...) -> ReaderState {
        keys.reduce(self) { update($0, .key($1)) }
    }

    func typing(_ text: String) -> ReaderState {
        text.reduce(self) { update($0, .key(.character($1))) }
    }
}
