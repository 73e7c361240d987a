import Foundation
import Glibc
import Testing

/// The built `newsreader` binary, which sits next to the test bundle.
let newsreaderBinary: String = {
    let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for folder in [bundleFolder, bundleFolder.deletingLastPathComponent(), Bundle.main.bundleURL.deletingLastPathComponent()] {
        let candidate = folder.appendingPathComponent("newsreader").path
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    return root.appendingPathComponent(".build/debug/newsreader").path
}()

/// Quotes a word for `sh`.
func shellQuoted(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

/// The shell command line that runs the reader in a pane.
func readerCommand(_ arguments: [String] = [], term: String = "xterm-256color", environment: String = "",
                   redirect: String = "") -> String {
    let words = ([newsreaderBinary] + arguments).map(shellQuoted).joined(separator: " ")
    let cache = shellQuoted(testCache)
    return "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=\(term) XDG_CACHE_HOME=\(cache) \(environment) \(words) \(redirect)"
}

/// The cache folder (indexes) of this test run, removed when the run ends.
let testCache: String = {
    atexit { try? FileManager.default.removeItem(atPath: NSTemporaryDirectory() + "newsreader-tests-\(getpid())") }
    return NSTemporaryDirectory() + "newsreader-tests-\(getpid())"
}()

/// A fresh path inside this run's cache folder, so that it goes when the run ends (an index
/// leaves its lock and journal files beside it).
func temporaryPath(_ suffix: String) -> String {
    try? FileManager.default.createDirectory(atPath: testCache, withIntermediateDirectories: true)
    return testCache + "/e2e-\(UInt32.random(in: 0...UInt32.max)).\(suffix)"
}

func occurrences(of needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
}

/// Sends `key` until `condition` holds on the screen, at most `limit` times; each time it waits
/// for the screen to change before it looks.
@discardableResult
func press(_ key: String, in session: TmuxSession, until what: String, limit: Int = 40,
           sourceLocation: SourceLocation = #_sourceLocation, _ condition: (String) -> Bool) throws -> String {
    var text = session.settledScreen()
    for _ in 0..<limit {
        if condition(text) { return text }
        let before = text
        session.send(key)
        text = (try? session.waitFor("a redraw after \(key)", timeout: 2, recordingTimeout: false) { $0 != before })
            ?? session.settledScreen()
    }
    guard condition(text) else {
        Issue.record("pressed \(key) \(limit) times without reaching \(what); the screen was:\n\(text)",
                     sourceLocation: sourceLocation)
        throw TmuxError.timeout(what)
    }
    return text
}

/// A word of the Warta Ekonomi sentence that two other seeds also report ("aset berharga"); no
/// other sentence of the seeds has it, so three on screen mean the sentence and its two sources.
let sharedWord = "berharga"

/// The rows of one pane: the text between the `column`-th and the next border on each line
/// (0: left pane, 1: article, 2: cross-references, at widths where the three sit side by side).
func pane(_ column: Int, of screen: String) -> String {
    screen.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line -> String? in
        let parts = line.split(separator: "│", maxSplits: 2, omittingEmptySubsequences: false)
        return parts.count > column ? String(parts[column]) : nil
    }.joined(separator: "\n")
}

/// The article pane's header: outlet and sentence number.
func articleHeader(_ screen: String) -> String {
    pane(1, of: screen).split(separator: "\n").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
}

/// Whether the escape sequences right before `text` in a `capture-pane -e` capture turn on bold,
/// underline or reverse.
func isEmphasized(_ text: String, in styled: String) -> Bool {
    guard let range = styled.range(of: text) else { return false }
    var prefix = styled[..<range.lowerBound]
    var parameters: [Substring] = []
    while prefix.hasSuffix("m"), let escape = prefix.lastIndex(of: "\u{1B}") {
        let body = prefix[escape..<prefix.endIndex].dropFirst(2).dropLast()
        guard body.allSatisfy({ $0.isNumber || $0 == ";" }) else { break }
        parameters += body.split(separator: ";")
        prefix = prefix[..<escape]
    }
    return parameters.contains { $0 == "1" || $0 == "4" || $0 == "7" }
}

/// Opens the reader on the seeds, opens Warta Ekonomi's article from the left pane and moves the
/// sentence cursor to the "aset berharga" sentence. Returns the screen there.
func openAtAsetBerharga(_ session: TmuxSession) throws -> String {
    let start = try session.waitFor("Warta Ekonomi (")
    let lines = start.split(separator: "\n", omittingEmptySubsequences: false)
    let row = try #require(lines.firstIndex { $0.contains("Warta Ekonomi (") }, "no Warta Ekonomi row")
    // Focus starts in the left pane; its first row sits under the pane's title line.
    session.send("g")
    for _ in 1..<row { session.send("j") }
    session.send("Enter")
    session.send("j")
    session.send("Enter")
    try session.waitFor("Warta Ekonomi's article") { articleHeader($0).hasPrefix("Warta Ekonomi") }
    return try press("j", in: session, until: "the \"aset berharga\" sentence with its sources") {
        occurrences(of: sharedWord, in: $0) >= 3
    }
}

@Suite("newsreader in tmux", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed (make deps installs it)"))
struct ReaderEndToEndTests {
    @Test func startListsOutletsAndTheCrossReferencesOfTheCurrentSentence() throws {
        let session = try TmuxSession(readerCommand())
        defer { session.kill() }
        let start = try session.waitFor("Warta Ekonomi")
        for outlet in ["Okezone", "Tribunnews", "CNBC Indonesia"] {
            #expect(pane(0, of: start).contains(outlet), "outlet \(outlet) missing from:\n\(start)")
        }
        let screen = try openAtAsetBerharga(session)
        let references = pane(2, of: screen)
        #expect(references.contains("Okezone"), "the cross-reference pane does not list Okezone:\n\(screen)")
        #expect(references.contains("unknown (002_1c476190dc3753a6.txt)"), "the cross-reference pane misses the third source:\n\(screen)")
        #expect(references.contains("first"), "the earliest source is not marked first:\n\(screen)")
        #expect(!references.contains("Warta Ekonomi"), "the cross-reference pane lists the article's own outlet:\n\(screen)")
        #expect(session.display("#{alternate_on}") == "1")
    }

    @Test func enterOpensAnotherSourceAndBackspaceReturns() throws {
        let session = try TmuxSession(readerCommand())
        defer { session.kill() }
        let before = try openAtAsetBerharga(session)
        session.send("Tab")
        session.send("Enter")
        let jumped = try session.waitFor("Okezone's article") { articleHeader($0).hasPrefix("Okezone") }
        let cursorLine = pane(1, of: jumped).split(separator: "\n").first { $0.contains("»") || $0.contains("▶") } ?? ""
        #expect(cursorLine.contains("Menurut KCNA"), "the jump did not land on the matching sentence:\n\(jumped)")
        let styled = session.tmux(["capture-pane", "-p", "-e"]).output
        #expect(isEmphasized("Menurut KCNA", in: styled), "the matching sentence is not highlighted")
        session.send("BSpace")
        try session.waitFor("the way back to \(articleHeader(before))") {
            articleHeader($0) == articleHeader(before) && occurrences(of: sharedWord, in: $0) >= 3
        }
    }

    @Test func bracketJumpsStraightFromTheArticle() throws {
        let session = try TmuxSession(readerCommand())
        defer { session.kill() }
        let before = try openAtAsetBerharga(session)
        session.send("]")
        let jumped = try session.waitFor("the next source") {
            let header = articleHeader($0)
            return header.hasPrefix("Okezone") || header.hasPrefix("unknown")
        }
        #expect(jumped.contains(sharedWord))
        session.send("b")
        try session.waitFor("the way back to \(articleHeader(before))") {
            articleHeader($0) == articleHeader(before) && occurrences(of: sharedWord, in: $0) >= 3
        }
    }

    @Test func searchListsThreeHits() throws {
        let session = try TmuxSession(readerCommand())
        defer { session.kill() }
        try session.waitFor("Warta Ekonomi")
        session.send("/")
        session.type("aset berharga")
        session.send("Enter")
        let screen = try session.waitFor("3 hits")
        let hits = pane(0, of: screen)
        for outlet in ["Warta Ekonomi", "Okezone", "unknown"] {
            #expect(hits.contains(outlet), "hit in \(outlet) missing:\n\(screen)")
        }
    }

    @Test func mouseClicksSelectAndTheWheelScrolls() throws {
        let session = try TmuxSession(readerCommand())
        defer { session.kill() }
        func position(of text: String, in screen: String) throws -> (row: Int, column: Int) {
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            let row = try #require(lines.firstIndex { $0.contains(text) }, "\(text) not on screen:\n\(screen)")
            let line = String(lines[row])
            let column = line.distance(from: line.startIndex, to: line.range(of: text)!.lowerBound)
            return (row, column)
        }
        func click(_ text: String, in screen: String) throws {
            let (row, column) = try position(of: text, in: screen)
            session.mouse(button: 0, row: row, column: column + 1)
            session.mouse(button: 0, row: row, column: column + 1, release: true)
        }
        let start = try session.waitFor("Warta Ekonomi (")
        try click("Warta Ekonomi (", in: start)
        let expanded = try session.waitFor("Warta Ekonomi's article row") { screen in
            let lines = screen.split(separator: "\n")
            guard let row = lines.firstIndex(where: { $0.contains("Warta Ekonomi (") }), row + 1 < lines.count else { return false }
            return lines[row + 1].contains("Ada yang Baru")
        }
        try click("Ada yang Baru", in: expanded)
        let article = try session.waitFor("Warta Ekonomi's article") { articleHeader($0).hasPrefix("Warta Ekonomi") }
        try click("Sementara itu, kantor berita Xinhua", in: article)
        let sentence = try session.waitFor("the clicked sentence with its sources") { occurrences(of: sharedWord, in: $0) >= 3 }
        let (row, column) = try position(of: "Sementara itu, kantor berita Xinhua", in: sentence)
        session.mouse(button: 65, row: row, column: column)
        try session.waitFor("the article scrolled by the wheel") { screen in
            (try? position(of: "Sementara itu, kantor berita Xinhua", in: screen).row) ?? 0 < row
        }
    }

    @Test func resizeKeepsTheCurrentSentenceInView() throws {
        let session = try TmuxSession(readerCommand())
        defer { session.kill() }
        _ = try openAtAsetBerharga(session)
        session.resize(width: 90, height: 30)
        try session.waitFor("a redraw at 90×30 that still shows the sentence") { text in
            let lines = text.split(separator: "\n")
            // The status line on the last row shows that the reader redrew at the new size.
            let bottom = lines.last ?? ""
            return lines.count <= 30 && lines.allSatisfy { $0.count <= 90 } && bottom.contains("? help")
                && text.contains("Sementara itu, kantor berita Xinhua") && text.contains(sharedWord)
        }
        #expect(session.display("#{window_width}x#{window_height}") == "90x30")
    }

    @Test func controlSequencesInArticlesShowAsPlaceholders() throws {
        let folder = temporaryPath("d")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let article = """
            Judul berbahaya di koran

            Harga cabai naik \u{1B}[31mmerah sekali\u{1B}[0m di pasar hari ini menurut pedagang.

            Salinan \u{1B}]52;c;aGVsbG8=\u{07} masuk ke papan klip dan judul \u{1B}]2;pwned\u{07} berubah kata pedagang.

            """
        try article.write(toFile: folder + "/evil.txt", atomically: true, encoding: .utf8)
        let session = try TmuxSession(readerCommand([folder]))
        defer { session.kill() }
        let screen = try session.waitFor("the placeholders ␛ and ␇") { $0.contains("␛") && $0.contains("␇") }
        #expect(!screen.contains("\u{1B}"))
        #expect(session.display("#{pane_title}") != "pwned")
        #expect(session.tmux(["list-buffers"]).output.isEmpty, "OSC 52 reached the clipboard")
        session.send("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test func quitRestoresTheTerminal() throws {
        let session = try TmuxSession(readerCommand())
        defer { session.kill() }
        try session.waitFor("Warta Ekonomi")
        #expect(session.display("#{alternate_on}") == "1")
        session.send("q")
        #expect(try session.waitForExit() == 0)
        #expect(session.display("#{alternate_on}") == "0")
    }

    @Test(arguments: [(SIGTERM, "TERM"), (SIGINT, "INT"), (SIGHUP, "HUP")])
    func signalsRestoreTheTerminal(signal: Int32, name: String) throws {
        let session = try TmuxSession(readerCommand())
        defer { session.kill() }
        try session.waitFor("Warta Ekonomi")
        let pid = try #require(session.programPID(), "no newsreader process under the pane's shell")
        #expect(Glibc.kill(pid, signal) == 0)
        #expect(try session.waitForExit() == 128 + Int(signal), "SIG\(name)")
        #expect(session.display("#{alternate_on}") == "0", "SIG\(name)")
    }

    @Test func controlCQuits() throws {
        let session = try TmuxSession(readerCommand())
        defer { session.kill() }
        try session.waitFor("Warta Ekonomi")
        session.send("C-c")
        #expect(try session.waitForExit() == 128 + Int(SIGINT))
        #expect(session.display("#{alternate_on}") == "0")
    }

    /// A folder of `copies` copies of each seed, slow enough to index in a debug build that keys
    /// can be typed while it builds.
    static func seedCopies(_ copies: Int) throws -> String {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds").path
        let folder = temporaryPath("corpus")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds) {
            let text = try Data(contentsOf: URL(fileURLWithPath: seeds + "/" + name))
            for copy in 0..<copies { try text.write(to: URL(fileURLWithPath: "\(folder)/\(copy)-\(name)")) }
        }
        return folder
    }

    /// Whether the pane's terminal echoes what is typed, read from its tty's settings.
    static func echoes(_ session: TmuxSession) throws -> Bool {
        let tty = session.display("#{pane_tty}")
        let descriptor = open(tty, O_RDWR | O_NOCTTY)
        guard descriptor >= 0 else { throw TmuxError.failed("cannot open \(tty)") }
        defer { close(descriptor) }
        var settings = termios()
        guard tcgetattr(descriptor, &settings) == 0 else { throw TmuxError.failed("tcgetattr \(tty)") }
        return settings.c_lflag & tcflag_t(ECHO) != 0
    }

    /// The reader on `corpus`, then `stty -a` into `settings` once it has ended (the pane's tty
    /// goes away with its shell); the recorded status stays the reader's.
    static func readerThenSettings(_ corpus: String, into settings: String) -> String {
        readerCommand(["--index", temporaryPath("sqlite"), corpus])
            + "; status=$?; stty -a > \(shellQuoted(settings)); (exit $status)"
    }

    /// Whether `stty -a` output has echo on.
    static func echoIsOn(_ settings: String) -> Bool {
        let text = (try? String(contentsOfFile: settings, encoding: .utf8)) ?? ""
        return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).contains("echo")
    }

    /// Runs `body` with the reader building a new index of 1,500 seed copies in a pane, once its
    /// progress line shows; `settings` holds `stty -a` once the reader has ended.
    static func whileTheIndexBuilds(_ body: (_ session: TmuxSession, _ settings: String) throws -> Void) throws {
        let corpus = try seedCopies(300), settings = temporaryPath("stty")
        defer {
            try? FileManager.default.removeItem(atPath: corpus)
            unlink(settings)
        }
        let session = try TmuxSession(readerThenSettings(corpus, into: settings))
        defer { session.kill() }
        try session.waitFor("the index build's progress line") { $0.contains("newsreader: ") }
        try body(session, settings)
    }

    @Test func keysTypedWhileTheIndexBuildsNeitherEchoNorReachTheReader() throws {
        try Self.whileTheIndexBuilds { session, settings throws in
            #expect(try Self.echoes(session) == false, "the terminal echoes while the index builds")
            session.send("?")
            session.send("Down")
            let after = session.screen()
            #expect(!after.contains("^["), "an arrow key was echoed:\n\(after)")
            #expect(after.contains("newsreader: "), "the build ended before the keys were sent; the test proves nothing:\n\(after)")
            let opened = try session.waitFor("Outlets (", timeout: 120)
            #expect(!opened.contains("Keys · q or ? closes"), "a key typed during the build opened the help:\n\(opened)")
            session.send("q")
            #expect(try session.waitForExit() == 0)
            #expect(Self.echoIsOn(settings), "echo stays off after the reader")
        }
    }

    @Test func controlCWhileTheIndexBuildsLeavesTheTerminalEchoing() throws {
        try Self.whileTheIndexBuilds { session, settings throws in
            session.send("C-c")
            #expect(try session.waitForExit() == 128 + Int(SIGINT))
            #expect(Self.echoIsOn(settings), "echo stays off after Ctrl-C during the build")
        }
    }

    @Test(arguments: ["vt100", "linux", "screen-256color", "xterm-256color"])
    func startsOnEveryKnownTerminal(term: String) throws {
        let session = try TmuxSession(readerCommand(term: term))
        defer { session.kill() }
        let screen = try session.waitFor("Warta Ekonomi")
        #expect(screen.contains("Okezone"))
        session.send("q")
        #expect(try session.waitForExit() == 0, "TERM=\(term)")
        #expect(session.display("#{alternate_on}") == "0", "TERM=\(term)")
    }

    @Test func noColorDrawsWithoutColours() throws {
        let session = try TmuxSession(readerCommand(environment: "NO_COLOR=1"))
        defer { session.kill() }
        try session.waitFor("Warta Ekonomi")
        let styled = session.tmux(["capture-pane", "-p", "-e"]).output
        let colours = styled.split(separator: "\u{1B}").filter { sgr in
            guard sgr.hasPrefix("["), let end = sgr.firstIndex(of: "m") else { return false }
            return sgr[sgr.index(after: sgr.startIndex)..<end].split(separator: ";").contains { code in
                guard let n = Int(code) else { return false }
                return (30...38).contains(n) || (40...48).contains(n) || (90...107).contains(n)
            }
        }
        #expect(colours.isEmpty, "colour sequences under NO_COLOR: \(colours.prefix(5))")
        session.send("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test func unknownTermGetsAClearMessage() throws {
        let errors = temporaryPath("err")
        defer { unlink(errors) }
        let session = try TmuxSession(readerCommand(term: "nosuchterm", redirect: "2> \(shellQuoted(errors))"))
        defer { session.kill() }
        #expect(try session.waitForExit() != 0)
        #expect(session.display("#{alternate_on}") == "0")
        let message = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
        #expect(message.split(separator: "\n").count == 1, "expected one line, got: \(message.debugDescription)")
        #expect(message.contains("nosuchterm"), "\(message.debugDescription)")
        #expect(!message.contains("\u{1B}"), "\(message.debugDescription)")
    }

    @Test func outputToAFileInATerminalPrintsTheSubcommands() throws {
        let output = temporaryPath("out"), errors = temporaryPath("err")
        defer {
            unlink(output)
            unlink(errors)
        }
        let session = try TmuxSession(readerCommand(redirect: "> \(shellQuoted(output)) 2> \(shellQuoted(errors))"))
        defer { session.kill() }
        #expect(try session.waitForExit() == 2)
        #expect(session.display("#{alternate_on}") == "0")
        let written = ((try? String(contentsOfFile: output, encoding: .utf8)) ?? "")
            + ((try? String(contentsOfFile: errors, encoding: .utf8)) ?? "")
        #expect(written.split(separator: "\n").count == 1, "expected one line, got: \(written.debugDescription)")
        #expect(written.contains("articles") && written.contains("search"), "\(written.debugDescription)")
        #expect(!written.contains("\u{1B}"), "escape sequences written: \(written.debugDescription)")
    }
}

@Suite("newsreader without a terminal")
struct NoTerminalTests {
    @Test func printsOneLineNamingTheSubcommandsAndExits2() {
        let result = Spawn.run([newsreaderBinary], environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color", "PATH": "/usr/bin:/bin"])
        #expect(result.status == 2)
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 1, "\(result.output)")
        for subcommand in ["articles", "show", "search"] {
            #expect(result.output.contains(subcommand), "\(result.output)")
        }
        #expect(!result.output.contains("\u{1B}"))
    }
}
