import ArgumentParser
import Foundation
import NewsCore

/// `newsreader articles`: one line per article.
struct ArticlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles",
        abstract: "List the articles: id, outlet, publication date, language, sentence count and title."
    )

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Print JSON: {\"articles\": [...]} (see docs/formats.md).")
    var json = false

    func run() throws {
        let articles = try IndexedInput(options: corpus).open(.articles).articles
        if json {
            struct Output: Encodable { let articles: [ArticleSummaryJSON] }
            try CommandOutput.json(Output(articles: articles.map(ArticleSummaryJSON.init)))
            return
        }
        let rows = articles.map { a in
            [a.id, a.outletDisplayName, a.published?.description ?? "-", a.language.rawValue,
             String(a.sentences.count), a.title]
        }
        let header = ["ID", "OUTLET", "PUBLISHED", "LANG", "SENT", "TITLE"]
        try TextTable.print(header: header, rows: rows)
    }
}

/// Left-aligned columns separated by two spaces; the last column is not padded.
enum TextTable {
    static func print(header: [String], rows: [[String]]) throws(OutputError) {
        let all = ([header] + rows).map { $0.map(TerminalText.visible) }
        var widths = [Int](repeating: 0, count: header.count)
        for row in all {
            for (i, cell) in row.enumerated() where i < header.count - 1 { widths[i] = max(widths[i], cell.count) }
        }
        var out = ""
        for row in all {
            let cells = row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            }
            out += cells.joined(separator: "  ") + "\n"
        }
        try CommandOutput.trusted(out)
    }
}
