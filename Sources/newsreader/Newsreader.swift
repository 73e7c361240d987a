import ArgumentParser
import Foundation
import NewsCore

/// The `newsreader` command: a thin layer over NewsCore.
@main
struct Newsreader: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsreader",
        abstract: "Read one story as many outlets tell it.",
        discussion: """
            With no subcommand, the reader opens (it needs a terminal). \
            With no PATH, the five bundled seed articles are loaded. A PATH is a plain-text article \
            (first non-empty line is the title), a JSONL corpus (.jsonl, .jsonl.gz), or a folder \
            walked recursively for .txt, .jsonl and .jsonl.gz files.

            Every command keeps the corpus's analysis in an index (one SQLite file per corpus under \
            $XDG_CACHE_HOME/newsreader, else ~/.cache/newsreader) and updates it first when a file \
            changed; --index PATH names another file, --no-index works in memory. See `newsreader index --help`.

            Exit codes: 0 something loaded and the command succeeded; 1 no article could be loaded \
            (or `index` could not write its index); \
            2 bad usage (unknown option, bad argument), or the reader without a terminal or with an \
            unknown TERM; 3 the requested article does not exist; 4 the output could not be written \
            (a closed pipe, a full disk, stdout closed); 128+N the reader ended by signal N.
            """,
        subcommands: [ReaderCommand.self, ArticlesCommand.self, ShowCommand.self, ClaimsCommand.self, ExplainCommand.self,
                      SearchCommand.self, IndexCommand.self],
        defaultSubcommand: ReaderCommand.self
    )

    static func main() {
        HugePages.restartWithHugePages()
        CommandOutput.reserveStandardDescriptors()
        do {
            var command = try parseAsRoot(QueryArgument.protectingQuery(Array(CommandLine.arguments.dropFirst())))
            try command.run()
        } catch let error as OutputError {
            finish(after: error)
        } catch {
            let code = exitCode(for: error)
            let message = visibleArguments(in: fullMessage(for: error))
            if code == .success {
                do {
                    if !message.isEmpty { try CommandOutput.text(message + "\n") }
                } catch {
                    finish(after: error)
                }
                Foundation.exit(ExitStatus.success.rawValue)
            }
            if !message.isEmpty { Diagnostics.print(message) }
            Foundation.exit(code == .validationFailure ? ExitStatus.usage.rawValue : code.rawValue)
        }
    }

    /// The argument parser quotes a bad argument as it was given; one holding a line break or a
    /// control character is shown with placeholders instead, on one line.
    private static func visibleArguments(in message: String) -> String {
        CommandLine.arguments.dropFirst().filter { $0.unicodeScalars.contains(where: TerminalText.isUnsafe) }
            .reduce(message) { $0.replacingOccurrences(of: $1, with: $1.visible) }
    }

    /// Output that could not be written ends the command with one line at most: none for a closed
    /// pipe, whose reader has stopped on purpose (`| head`).
    private static func finish(after error: OutputError) -> Never {
        if case .failed = error { Diagnostics.print(error.description) }
        Foundation.exit(ExitStatus.outputFailed.rawValue)
    }
}

/// The process exit statuses, documented in `--help` and docs/formats.md.
enum ExitStatus: Int32 {
    case success = 0
    case nothingLoaded = 1
    case usage = 2
    case notFound = 3
    case outputFailed = 4

    var exitCode: ExitCode { ExitCode(rawValue) }
}
