import ArgumentParser
import Foundation

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

            Exit codes: 0 something loaded and the command succeeded; 1 no article could be loaded; \
            2 bad usage (unknown option, bad argument), or the reader without a terminal or with an \
            unknown TERM; 3 the requested article does not exist; 128+N the reader ended by signal N.
            """,
        subcommands: [ReaderCommand.self, ArticlesCommand.self, ShowCommand.self, ClaimsCommand.self, ExplainCommand.self,
                      SearchCommand.self],
        defaultSubcommand: ReaderCommand.self
    )

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage.rawValue)
            }
            exit(withError: error)
        }
    }
}

/// The process exit statuses, documented in `--help` and docs/formats.md.
enum ExitStatus: Int32 {
    case success = 0
    case nothingLoaded = 1
    case usage = 2
    case notFound = 3

    var exitCode: ExitCode { ExitCode(rawValue) }
}
