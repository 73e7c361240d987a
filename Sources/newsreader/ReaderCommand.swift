import ArgumentParser
import Foundation
import NewsCore
import ReaderTerminal
import ReaderUI

/// `newsreader [PATH...]`: the three-pane reader. The default subcommand.
struct ReaderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader: outlets, the article, and who else reports each sentence (the default).",
        discussion: """
            `newsreader` with no subcommand runs this. It needs a terminal on stdin and stdout; \
            for printed output use the other subcommands. Keys: ? in the reader, or the README.
            """
    )

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Draw the first full frame, then exit (for timing start-up).")
    var exitAfterFirstFrame = false

    func run() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            Diagnostics.print("newsreader: the reader needs a terminal on stdin and stdout; "
                + "for output to a pipe or file use a subcommand: articles, show, claims, explain, search (newsreader --help)")
            throw ExitStatus.usage.exitCode
        }
        // Loading can take a minute on a new archive: keys pressed meanwhile neither echo through
        // the progress bar nor move the reader once it opens.
        TypeaheadHold.begin()
        defer { TypeaheadHold.end() }
        let opened = try IndexedInput(options: corpus).open(.reader)
        let progress = ProgressLine()
        progress.show("newsreader: grouping stories…")
        let readerCorpus = ReaderCorpus(claims: opened.claims!, search: opened.searchOpener, stories: opened.stories)
        progress.clear()
        // Before curses starts, which keeps the settings it finds to put back when it ends.
        TypeaheadHold.end()
        let status = MainActor.assumeIsolated { () -> Int32 in
            ReaderLoop.run(readerCorpus, exitAfterFirstFrame: exitAfterFirstFrame)
        }
        // The terminal is restored and nothing is left to write: exit now rather than free the
        // corpus object by object (a second or more on a large archive, after the user quit).
        fflush(nil)
        Foundation.exit(status)
    }
}

/// The reader's event loop: state, update, render, on the curses terminal.
@MainActor
enum ReaderLoop {
    /// Runs until `q`, the end of input or a signal; returns the exit status.
    static func run(_ corpus: ReaderCorpus, exitAfterFirstFrame: Bool) -> Int32 {
        let terminal: Terminal
        do {
            terminal = try Terminal.open()
        } catch {
            Diagnostics.print("newsreader: \(error)")
            return ExitStatus.usage.rawValue
        }
        defer { terminal.shutdown() }
        var state = ReaderState(corpus: corpus, width: terminal.width, height: terminal.height)
        if let warning = terminal.warnings.first { state = state.with(message: warning) }
        render(state, into: terminal)
        if exitAfterFirstFrame { return 0 }
        while !state.quit, let event = terminal.nextEvent() {
            state = update(state, event)
            if !state.quit { render(state, into: terminal) }
        }
        terminal.shutdown()
        if let signal = terminal.receivedSignal { return 128 + signal }
        return 0
    }
}
