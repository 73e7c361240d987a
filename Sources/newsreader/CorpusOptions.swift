import ArgumentParser
import Foundation
import NewsCore

/// The corpus arguments every subcommand shares.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Article files, JSONL corpora (.jsonl, .jsonl.gz) or folders. Default: the bundled seeds.")
    var paths: [String] = []

    @Option(name: .customLong("outlets"), help: ArgumentHelp(
        "A file of `ARTICLE-ID<TAB>OUTLET` lines naming outlets the text does not give. An outlets.tsv inside a loaded folder is read too.",
        valueName: "file"))
    var outletMaps: [String] = []

    @Flag(name: .shortAndLong, help: "Do not print warnings about the input (errors are still printed).")
    var quiet = false

    @Option(name: .customLong("index"), help: ArgumentHelp(
        "The index file to use (default: one per corpus under $XDG_CACHE_HOME/newsreader, else ~/.cache/newsreader).",
        valueName: "path"))
    var indexPath: String?

    @Flag(name: .customLong("no-index"), help: "Work in memory: neither read nor write an index.")
    var noIndex = false

    /// Loads the corpus, printing each problem to stderr; exits 1 when nothing loaded.
    func load() throws -> [Article] {
        var problems: [IngestProblem] = []
        var map = OutletMap()
        for path in outletMaps { CorpusLoader.readOutletMap(path, into: &map, problems: &problems) }
        let targets: [String]
        if paths.isEmpty {
            do {
                targets = [try Seeds.directory()]
            } catch {
                Diagnostics.print("newsreader: \(error)")
                throw ExitStatus.nothingLoaded.exitCode
            }
        } else {
            targets = paths
        }
        let progress = ProgressLine()
        var loader = CorpusLoader(outletMap: map)
        if progress.isEnabled {
            loader.progress = { count, path in
                progress.show("loading \(URL(fileURLWithPath: path).lastPathComponent): \(count) articles")
            }
        }
        let report = loader.load(targets)
        progress.clear()
        for problem in problems + report.problems where !(quiet && problem.isWarning) {
            Diagnostics.print(problem.description)
        }
        guard !report.articles.isEmpty else {
            Diagnostics.print("newsreader: no article could be loaded")
            throw ExitStatus.nothingLoaded.exitCode
        }
        return report.articles
    }
}

/// A self-overwriting status line on stderr, shown only when stderr is a terminal.
final class ProgressLine: Sendable {
    let isEnabled = isatty(STDERR_FILENO) == 1

    func show(_ text: String) {
        guard isEnabled else { return }
        Diagnostics.trusted("\r\u{1B}[K" + TerminalText.visible(text))
    }

    func clear() {
        guard isEnabled else { return }
        Diagnostics.trusted("\r\u{1B}[K")
    }
}
