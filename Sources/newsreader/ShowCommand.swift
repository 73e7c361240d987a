import ArgumentParser
import Foundation
import NewsCore

/// `newsreader show ID`: one cleaned article with numbered sentences.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one cleaned article with its metadata and numbered sentences."
    )

    @Argument(help: "The article id (see `newsreader articles`).")
    var id: String

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Also list every line cleaning removed, with its line number and reason.")
    var removed = false

    @Flag(help: "Print JSON: {\"article\": {...}} (see docs/formats.md).")
    var json = false

    func run() throws {
        let articles = try IndexedInput(options: corpus).open(.articles).articles
        guard let article = articles.first(where: { $0.id == id }) else {
            let near = articles.map(\.id).filter { $0.hasPrefix(id) || id.hasPrefix($0) }.prefix(5)
            var message = "newsreader: no article with id \(id.visible)"
            if !near.isEmpty { message += "; did you mean " + near.map(\.visible).joined(separator: ", ") + "?" }
            Diagnostics.print(message)
            throw ExitStatus.notFound.exitCode
        }
        if json {
            struct Output: Encodable { let article: ArticleDetailJSON }
            try CommandOutput.json(Output(article: ArticleDetailJSON(article: article, includeRemoved: removed)))
            return
        }
        try CommandOutput.text(render(article))
    }

    func render(_ a: Article) -> String {
        var lines = [a.title.visible, String(repeating: "=", count: min(a.title.count, 78))]
        if let dek = a.dek { lines += [dek.visible, ""] }
        func field(_ name: String, _ value: String?) {
            if let value, !value.isEmpty { lines.append("\(name.padding(toLength: 10, withPad: " ", startingAt: 0))\(value.visible)") }
        }
        let outlet = a.syndicatedFrom.map { "\(a.outletDisplayName) (republishing \($0))" } ?? a.outletDisplayName
        field("Outlet", outlet)
        field("Published", a.published?.description)
        field("Language", a.language.rawValue)
        field("Author", a.author)
        field("Editor", a.editor)
        field("Dateline", a.dateline)
        field("Cites", a.cited.joined(separator: ", "))
        field("Source", a.source.description)
        lines.append("")
        for (sentence, text) in zip(a.sentences, a.sentenceTexts) {
            lines.append("[\(sentence.index)] \(text.visible)")
        }
        if removed {
            lines.append("")
            lines.append("Removed by cleaning (\(a.removed.count) lines):")
            for line in a.removed {
                lines.append("  line \(line.line) (\(line.reason.rawValue)): \(line.text.visible)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
