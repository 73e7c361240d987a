import Foundation
import Testing

/// Issue 9 at the command line: output errors end cleanly, no control character from the data or
/// the arguments reaches a terminal, and bad usage gets a clear message.
@Suite("newsreader hardening")
struct HardeningTests {
    /// Runs `newsreader` with SIGPIPE ignored and stdout redirected: to the write end of a pipe whose
    /// read end is closed, to `/dev/full`, or closed.
    static func run(_ arguments: [String], stdout: String) throws -> CLI.Result {
        let quoted = ([CLI.binary] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let redirection = stdout == "pipe" ? "" : stdout
        process.arguments = ["-c", "trap '' PIPE; exec " + quoted.joined(separator: " ") + " " + redirection]
        let err = Pipe()
        process.standardError = err
        var ends: [Int32] = [0, 0]
        if stdout == "pipe" {
            try #require(pipe(&ends) == 0)
            close(ends[0])
            process.standardOutput = FileHandle(fileDescriptor: ends[1], closeOnDealloc: false)
        }
        try process.run()
        if stdout == "pipe" { close(ends[1]) }
        let errData = CLI.readAll(err.fileHandleForReading)
        process.waitUntilExit()
        return CLI.Result(status: process.terminationStatus, stdout: "", stderr: String(decoding: errData, as: UTF8.self))
    }

    static let commands: [[String]] = [
        ["articles"], ["articles", "--json"],
        ["show", "003_6b20b64fa4afd3ed"], ["show", "003_6b20b64fa4afd3ed", "--json", "--removed"],
        ["claims"], ["claims", "--json"],
        ["explain", "000_9a2fe5602f12e20f:6", "004_7cab8cf64f69f02b:3"],
        ["explain", "000_9a2fe5602f12e20f:6", "004_7cab8cf64f69f02b:3", "--json"],
        ["search", "kim"], ["search", "kim", "--json"],
        ["--help"], ["search", "--help"],
    ]

    @Test(arguments: commands)
    func outputErrorsEndWithCodeFourAndAtMostOneLine(arguments: [String]) throws {
        let cases = [
            ("closed pipe, SIGPIPE ignored", "pipe", ""),
            ("full disk", "> /dev/full", "newsreader: cannot write the output: No space left on device\n"),
            ("closed stdout", ">&-", "newsreader: cannot write the output: standard output is closed\n"),
        ]
        for (name, redirection, message) in cases {
            let result = try Self.run(arguments, stdout: redirection)
            #expect(result.status == 4, "\(arguments) \(name): \(result.stderr)")
            #expect(result.stderr == message, "\(arguments) \(name)")
        }
    }

    /// A corpus whose id, outlet and file name hold OSC 52 (clipboard), OSC 2 (window title) and a
    /// bidi override.
    static func hostileCorpus() throws -> (folder: String, file: String) {
        let folder = NSTemporaryDirectory() + "cli-hostile-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let file = folder + "/bad\u{1B}]2;pwned\u{07}\u{202E}.jsonl"
        let line = #"{"id": "x\u001b]52;c;aGk=\u0007", "outlet": "Out\u001b]2;title\u0007\u202elet", "title": "Kim bertemu Xi", "body": "Kim Jong Un bertemu Xi Jinping di Beijing pada hari Senin."}"#
        try (line + "\n" + line + "\n{broken\u{1B}[2J\n").write(toFile: file, atomically: true, encoding: .utf8)
        return (folder, file)
    }

    static func isClean(_ text: String) -> Bool {
        !text.unicodeScalars.contains { scalar in
            scalar != "\n" && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                               || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value))
        }
    }

    @Test func noControlCharacterReachesTextOutputOrMessages() throws {
        let (folder, file) = try Self.hostileCorpus()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for arguments in [["articles", file], ["show", "x\u{1B}]52;c;aGk=\u{07}", file], ["search", "kim", file],
                          ["claims", file], ["show", "nope\u{1B}]2;t\u{07}\nsecond line", file]] {
            let result = try CLI.run(arguments)
            #expect(Self.isClean(result.stdout), "\(arguments) stdout: \(result.stdout)")
            #expect(Self.isClean(result.stderr), "\(arguments) stderr: \(result.stderr)")
            #expect(!result.stderr.contains("\nsecond line"))
        }
        let articles = try CLI.run(["articles", file])
        #expect(articles.stdout.contains("x␛]52;c;aGk=␇"))
        #expect(articles.stdout.contains("Out␛]2;title␇⇄let"))
        #expect(articles.stderr.contains("bad␛]2;pwned␇⇄.jsonl:3: malformed JSON"))
        #expect(articles.stderr.contains("warning: duplicate id x␛]52;c;aGk=␇"))
    }

    @Test func jsonStaysExactAndEscaped() throws {
        let (folder, file) = try Self.hostileCorpus()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CLI.run(["articles", "--json", file])
        #expect(result.status == 0)
        #expect(Self.isClean(result.stdout))
        #expect(result.stdout.contains(#"x\u001b]52;c;aGk=\u0007"#))
        #expect(result.stdout.contains(#"Out\u001b]2;title\u0007\u202elet"#))
        let articles = try #require(try result.json()["articles"] as? [[String: Any]])
        #expect(articles.map { $0["id"] as? String } == ["x\u{1B}]52;c;aGk=\u{07}", "x\u{1B}]52;c;aGk=\u{07}~2"])
        #expect(articles[0]["outlet"] as? String == "Out\u{1B}]2;title\u{07}\u{202E}let")
        let source = try #require(articles[0]["source"] as? [String: Any])
        #expect(source["path"] as? String == file)
    }

    @Test func badArgumentsAreShownWithPlaceholders() throws {
        let unknown = try CLI.run(["articles", "--x\u{1B}]2;t\u{07}\nline"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("Unknown option '--x␛]2;t␇␊line'"))
        #expect(Self.isClean(unknown.stderr))
        let explain = try CLI.run(["explain", "a\u{1B}[2J:0", "b:1"])
        #expect(explain.status == 3)
        #expect(explain.stderr == "newsreader: no article with id a␛[2J\n")
    }

    @Test func queryMayStartWithAnExclusion() throws {
        let plain = try CLI.run(["search", "-amerika kim", "--limit", "3"])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout.contains("Kim"))
        #expect(!plain.stdout.lowercased().contains("amerika"))
        let terminated = try CLI.run(["search", "--limit", "3", "--", "-amerika kim"])
        #expect(terminated.stdout == plain.stdout)
        let json = try CLI.run(["search", "-amerika kim", "--json"])
        #expect(try json.json()["query"] as? String == "-amerika kim")
    }

    @Test func negativeLimitSaysItMustBePositive() throws {
        let result = try CLI.run(["search", "kim", "--limit", "-1"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: --limit must be a positive number (got -1)"))
        let sources = try CLI.run(["claims", "--min-sources", "-2"])
        #expect(sources.status == 2)
        #expect(sources.stderr.hasPrefix("Error: --min-sources must be a positive number (got -2)"))
    }

    @Test func outletsFileThatIsAFolderEmptyOrALoop() throws {
        let folder = NSTemporaryDirectory() + "cli-outlets-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder + "/loop", withDestinationPath: "loop")
        let cases = [
            (folder, "\(folder): cannot read (is a folder, not a file), skipped"),
            ("/dev/null", "/dev/null: empty file, skipped"),
            (folder + "/loop", "\(folder)/loop: cannot read (symbolic link loop (too many levels of symbolic links)), skipped"),
        ]
        for (path, message) in cases {
            let result = try CLI.run(["articles", "--outlets", path])
            #expect(result.status == 0)
            #expect(result.stderr == message + "\n")
            #expect(!result.stderr.contains("NSCocoaErrorDomain"))
        }
    }

    /// Root lists every folder, so there the core's unlistable-folder test cannot run; this one runs
    /// the program as nobody instead, and the folder is named, not skipped in silence.
    @Test(.enabled("only root can run the program as another user, who must reach the built program") {
        geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
            && (try? CLI.run(shell: "setpriv --reuid=65534 --regid=65534 --clear-groups test -x '\(CLI.binary)'"))?.status == 0
    })
    func folderThatCannotBeListedIsNamedForAnotherUser() throws {
        let folder = "/tmp/cli-locked-" + UUID().uuidString
        let article = "Judul\n\nIsi berita.\n"
        for name in ["ok", "locked"] {
            try FileManager.default.createDirectory(atPath: folder + "/" + name, withIntermediateDirectories: true)
            try article.write(toFile: folder + "/" + name + "/" + (name == "ok" ? "a.txt" : "b.txt"), atomically: false, encoding: .utf8)
        }
        chmod(folder, 0o755)
        chmod(folder + "/locked", 0)
        defer {
            chmod(folder + "/locked", 0o755)
            try? FileManager.default.removeItem(atPath: folder)
        }
        let result = try CLI.run(shell: "setpriv --reuid=65534 --regid=65534 --clear-groups '\(CLI.binary)' articles --no-index '\(folder)'")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("a.txt"))
        #expect(result.stderr == "\(folder)/locked: cannot read (cannot list folder: Permission denied), skipped\n")
    }

    @Test func corpusFromStandardInput() throws {
        let result = try CLI.run(shell: "printf 'Judul dari stdin\\n\\nIsi berita dari pipa.\\n' | '\(CLI.binary)' articles /dev/stdin")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Judul dari stdin"))
    }

    @Test func helpNamesExitCodeFour() throws {
        let result = try CLI.run(["--help"])
        let words = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("4 the output could not be written"))
    }
}

extension CLI {
    /// Runs a shell command line with SIGPIPE ignored, as a shell started from a service would be.
    static func run(shell command: String) throws -> Result {
        try run(executable: "/bin/sh", ["-c", "trap '' PIPE; " + command], cwd: nil)
    }
}
