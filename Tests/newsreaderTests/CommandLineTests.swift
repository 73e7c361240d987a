import Foundation
import Testing

/// Runs the built `newsreader` binary as a user would, checking output and exit status.
struct CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String

        func json() throws -> [String: Any] {
            try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as! [String: Any]
        }
    }

    /// The binary sits next to the test bundle.
    static let binary: String = {
        let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for folder in [bundleFolder, bundleFolder.deletingLastPathComponent(), Bundle.main.bundleURL.deletingLastPathComponent()] {
            let candidate = folder.appendingPathComponent("newsreader").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/newsreader").path
    }()

    /// The environment commands run in: indexes go to a cache folder of this test run, not the user's.
    static let environment: [String: String] = {
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = NSTemporaryDirectory() + "newsreader-tests-\(getpid())"
        atexit { try? FileManager.default.removeItem(atPath: NSTemporaryDirectory() + "newsreader-tests-\(getpid())") }
        return environment
    }()

    static func run(_ arguments: [String], cwd: String = NSTemporaryDirectory()) throws -> Result {
        try run(executable: binary, arguments, cwd: cwd)
    }

    /// Every byte until the pipe closes. Foundation's `readDataToEndOfFile` stops the test
    /// process when a signal (another test's child exiting) interrupts its read; this reads on.
    static func readAll(_ handle: FileHandle) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(handle.fileDescriptor, &buffer, buffer.count)
            if count > 0 {
                data.append(contentsOf: buffer[..<count])
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return data
            }
        }
    }

    /// Runs `executable` in `cwd` (the test's own folder when `nil`) and waits for it.
    static func run(executable: String, _ arguments: [String], cwd: String?) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let cwd { process.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = readAll(out.fileHandleForReading)
        let errData = readAll(err.fileHandleForReading)
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

@Suite("newsreader command line")
struct CommandLineTests {
    @Test func articlesJSONOnTheBundledSeedsFromAnyFolder() throws {
        let result = try CLI.run(["articles", "--json"], cwd: "/")
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let articles = try #require(try result.json()["articles"] as? [[String: Any]])
        #expect(articles.count == 5)
        let first = articles[0]
        for key in ["id", "outlet", "published", "language", "title", "sentenceCount", "titleOrigin", "outletEvidence",
                    "syndicatedFrom", "author", "editor", "dateline", "url", "cited", "source"] {
            #expect(first.keys.contains(key), "missing \(key)")
        }
        #expect(articles.map { $0["outlet"] as? String } == ["Warta Ekonomi", "Okezone", nil, "Tribunnews", "CNBC Indonesia"])
        #expect(articles[1]["published"] as? String == "2021-03-24T08:17:00+07:00")
        #expect(articles.map { $0["sentenceCount"] as? Int } == [13, 12, 10, 11, 15])
    }

    @Test func articlesTextTableNamesUnknownOutletWithItsFile() throws {
        let result = try CLI.run(["articles"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines[0].hasPrefix("ID "))
        #expect(lines[3].contains("unknown (002_1c476190dc3753a6.txt)"))
    }

    @Test func showPrintsNumberedSentencesAndRemovedLines() throws {
        let result = try CLI.run(["show", "003_6b20b64fa4afd3ed", "--removed"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\n[0] Pemimpin Korea Utara Kim Jong Un dan Presiden China Xi Jinping bertukar pesan, demikian KCNA melaporkan.\n"))
        #expect(result.stdout.contains("line 50 (sign-off): (Tribunnews.com/Andari Wulan Nugrahani)"))
        #expect(!result.stdout.contains("[11]"))
    }

    @Test func showJSONHasOffsetsAndRemovedOnlyWhenAsked() throws {
        let plain = try CLI.run(["show", "004_7cab8cf64f69f02b", "--json"]).json()["article"] as! [String: Any]
        #expect(plain["removed"] == nil)
        let full = try CLI.run(["show", "004_7cab8cf64f69f02b", "--json", "--removed"]).json()["article"] as! [String: Any]
        let body = try #require(full["body"] as? String)
        let sentences = try #require(full["sentences"] as? [[String: Any]])
        let scalars = Array(body.unicodeScalars)
        for sentence in sentences {
            let start = sentence["start"] as! Int, end = sentence["end"] as! Int
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == sentence["text"] as! String)
        }
        let removed = try #require(full["removed"] as? [[String: Any]])
        #expect(removed.contains { $0["reason"] as? String == "widget" && $0["text"] as? String == "[Gambas:Video CNBC]" })
    }

    @Test func exitCodes() throws {
        let missing = try CLI.run(["articles", "/no/such/corpus"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/no/such/corpus: no such file or folder"))
        #expect(missing.stderr.contains("no article could be loaded"))

        let usage = try CLI.run(["articles", "--no-such-flag"])
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("--no-such-flag"))

        let unknown = try CLI.run(["show", "000"])
        #expect(unknown.status == 3)
        #expect(unknown.stderr.contains("no article with id 000; did you mean 000_9a2fe5602f12e20f?"))
    }

    @Test func problemsGoToStderrAndTheRestStillPrints() throws {
        let folder = NSTemporaryDirectory() + "cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "{\"id\": \"x\", \"title\": \"Judul\", \"body\": \"Isi berita.\"}\n{broken\n"
            .write(toFile: folder + "/c.jsonl", atomically: true, encoding: .utf8)
        try "002_1c476190dc3753a6\tSINDOnews\n".write(toFile: folder + "/map.tsv", atomically: true, encoding: .utf8)
        let result = try CLI.run(["articles", "--json", folder + "/c.jsonl"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("/c.jsonl:2: malformed JSON"))
        #expect((try result.json()["articles"] as! [Any]).count == 1)

        let mapped = try CLI.run(["articles", "--json", "--outlets", folder + "/map.tsv"])
        let articles = try mapped.json()["articles"] as! [[String: Any]]
        #expect(articles[2]["outlet"] as? String == "SINDOnews")
        #expect(articles[2]["outletEvidence"] as? String == "map")
    }

    @Test func helpTellsTheExitCodes() throws {
        let result = try CLI.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Exit codes"))
        #expect(result.stdout.contains("articles"))
        #expect(result.stdout.contains("show"))
    }
}
