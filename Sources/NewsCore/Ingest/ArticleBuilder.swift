import Foundation

/// Turns the lines of one article into a cleaned `Article` with its sentences and metadata.
enum ArticleBuilder {
    /// Metadata a structured source states outright, which wins over what the text suggests.
    struct Given {
        var title: String?
        var outlet: String?
        var published: PublicationDate?
        var url: String?
    }

    /// The longest title made from a first sentence, in characters.
    static let longestDerivedTitle = 160

    static func build(id: String, source: SourceLocation, lines: consuming [SourceLine], given: Given = Given()) -> Article? {
        let givenTitle = given.title.map(Cleaner.collapseSpaces).flatMap { $0.isEmpty ? nil : $0 }
        var cleaned = Cleaner.clean(consume lines, expectTitleLine: givenTitle == nil)
        let body = SentenceSplitter.closeLinkHoles(cleaned.body.count == 1 ? cleaned.body[0].text
                                                   : cleaned.body.map(\.text).joined(separator: "\n"))
        let facts = MetadataReader.read(cleaned, body: body)
        // The cleaned lines are the body once more: let them go before the splitter's own copy.
        cleaned.body = []
        let sentences = SentenceSplitter.split(body)

        var article = Article(id: id, source: source, title: "", body: body, sentences: sentences,
                              removed: cleaned.removed)
        if let title = givenTitle ?? cleaned.title?.text {
            article.title = title
        } else if let first = sentences.first {
            article.title = truncated(article.text(of: first))
            article.titleOrigin = .firstSentence
        } else {
            return nil
        }
        if let outlet = given.outlet?.trimmingCharacters(in: .whitespaces), !outlet.isEmpty {
            article.outlet = OutletDirectory.displayName(forCorpusOutlet: outlet)
            article.outletEvidence = .corpus
        } else {
            article.outlet = facts.outlet
            article.outletEvidence = facts.outletEvidence
        }
        article.syndicatedFrom = facts.syndicatedFrom
        article.published = given.published ?? facts.published
        article.language = facts.language
        article.author = facts.author
        article.editor = facts.editor
        article.dateline = cleaned.dateline?.place
        article.dek = cleaned.dek?.text
        article.url = given.url
        article.cited = facts.cited
        return article
    }

    private static func truncated(_ text: String) -> String {
        guard text.count > longestDerivedTitle else { return text }
        let cut = text.prefix(longestDerivedTitle)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord + "…"
    }

    /// Numbered lines of `text`, split on `\n`.
    static func numberedLines(_ text: String, firstNumber: Int = 1) -> [SourceLine] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            SourceLine(number: firstNumber + $0.offset, text: String($0.element))
        }
    }
}
