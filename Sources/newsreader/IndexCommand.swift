import ArgumentParser
import Foundation
import NewsCore
import NewsStore

/// `newsreader index [PATH...]`: builds or updates the corpus's persistent index and says what changed.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build or update the corpus's index, and report what changed.",
        discussion: """
            Every command uses the index and updates it first when a file changed, so running this \
            is never required; it does the work ahead of time. Only new or changed articles are \
            analysed (articles are recognised by their content); claims are linked again after any \
            change. The index is one SQLite file, by default under $XDG_CACHE_HOME/newsreader (else \
            ~/.cache/newsreader), one per corpus; --index PATH names another. A damaged index is \
            moved aside (never deleted) and rebuilt. See docs/index.md.
            """
    )

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Set the existing index aside and build it from nothing.")
    var rebuild = false

    @Flag(help: "Print the seconds each step took.")
    var timings = false

    func validate() throws {
        if corpus.noIndex { throw ValidationError("--no-index makes no sense for `index`") }
    }

    func run() throws {
        let input = IndexedInput(options: corpus)
        let path = try input.indexPath()
        if rebuild, FileManager.default.fileExists(atPath: path) {
            try IndexFile.setAside(path, because: "--rebuild was asked for", note: Diagnostics.print)
        }
        let started = Date()
        let store: SQLiteCorpusStore
        do {
            store = try IndexFile.open(path, note: Diagnostics.print)
        } catch {
            Diagnostics.print("newsreader: \(IndexedInput.reason(error))")
            throw ExitStatus.nothingLoaded.exitCode
        }
        let outcome: CorpusIndexer.Outcome
        do {
            outcome = try input.update(store, analyzer: try Analysis.analyzer(), path: path)
        } catch let error as StoreError {
            Diagnostics.print("newsreader: \(error)")
            throw ExitStatus.nothingLoaded.exitCode
        }
        input.report(outcome.problems)
        if let notSaved = outcome.notSaved {
            Diagnostics.print("newsreader: the index could not be saved: \(notSaved)")
            throw ExitStatus.nothingLoaded.exitCode
        }
        let changes = outcome.changes
        var out = "index: \(path.visible)\n"
        if let reason = changes.rebuiltBecause { out += "rebuilt: \(reason)\n" }
        if changes.wasCurrent {
            out += "current: \(changes.articles) articles, nothing to do\n"
        } else {
            out += "\(changes.articles) articles: \(changes.articlesAdded) new or changed, \(changes.articlesRemoved) gone, "
                + "\(changes.articlesAnalysed) analysed; \(changes.filesRead) files read, \(changes.filesRemoved) dropped\n"
        }
        if timings {
            for (step, seconds) in outcome.timings { out += String(format: "  %6.2f s  ", seconds) + step + "\n" }
        }
        out += String(format: "took %.2f s\n", Date().timeIntervalSince(started))
        try CommandOutput.text(out)
        if changes.articles == 0 {
            Diagnostics.print("newsreader: no article could be loaded")
            throw ExitStatus.nothingLoaded.exitCode
        }
    }
}
