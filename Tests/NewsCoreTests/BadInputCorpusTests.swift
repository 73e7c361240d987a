import Foundation
import Testing
@testable import NewsCore

/// The hostile-user corpus of issue 9, generated at test time: each case says what still loads and
/// what the message is.
@Suite("Bad input corpus")
struct BadInputCorpusTests {
    static func record(_ id: String, body: String = "Isi berita yang cukup panjang untuk satu kalimat.",
                       published: String? = nil) -> String {
        var fields = ["\"id\": \(json(id))", "\"title\": \"Judul \(id)\"", "\"body\": \(json(body))"]
        if let published { fields.append("\"published\": \(json(published))") }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    static func json(_ text: String) -> String {
        String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
    }

    /// `bytes` compressed by the system's gzip.
    static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let folder = TemporaryFolder()
        let input = folder.write("in", bytes)
        return try shell("gzip -c '\(input)'")
    }

    /// The output of a shell command, through a file: reading a pipe with Foundation stops the
    /// test process when a signal (another test's child exiting) interrupts the read.
    static func shell(_ command: String) throws -> [UInt8] {
        let folder = TemporaryFolder()
        let output = folder.write("output", [])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
        try process.run()
        process.waitUntilExit()
        return [UInt8](FileManager.default.contents(atPath: output) ?? Data())
    }

    // MARK: Nothing lost that can be read

    @Test func crlfJSONLLoadsEveryLine() {
        let folder = TemporaryFolder()
        let lines = (1...100).map { Self.record("w\($0)") }
        let file = folder.write("windows.jsonl", lines.joined(separator: "\r\n") + "\r\n")
        let report = CorpusLoader().load([file])
        #expect(report.articles.count == 100)
        #expect(report.articles.last?.id == "w100")
        #expect(report.articles[0].body == "Isi berita yang cukup panjang untuk satu kalimat.")
        #expect(report.problems.isEmpty)
    }

    @Test func nulInOneJSONLLineSkipsThatLineOnly() {
        let folder = TemporaryFolder()
        let bytes = Array((Self.record("a") + "\n").utf8) + Array(#"{"id": "b", "ti"#.utf8) + [0]
            + Array(#"tle": "x", "body": "y"}"#.utf8) + [0x0A] + Array(Self.record("c").utf8)
        let file = folder.write("nul.jsonl", bytes)
        let report = CorpusLoader().load([file])
        #expect(report.articles.map(\.id) == ["a", "c"])
        #expect(report.problems == [.nulInLine(file, line: 2, offset: 15)])
        #expect(report.problems[0].description == "\(file):2: NUL byte at column 16 (binary data?); line skipped")
    }

    @Test func nulInTheFirstLineMarksABinaryFile() {
        let folder = TemporaryFolder()
        let file = folder.write("photo.jsonl", [0x89, 0x50, 0x00, 0x0A] + Array(Self.record("a").utf8))
        let report = CorpusLoader().load([file])
        #expect(report.articles.isEmpty)
        #expect(report.problems == [.binaryFile(file, nulOffset: 2)])
    }

    @Test func truncatedGzipKeepsEveryCompleteLineAndSaysWhereItStopped() throws {
        let folder = TemporaryFolder()
        var text = ""
        var seed: UInt64 = 7
        for n in 1...2_000 {
            // Varied text, so that the compressed stream is long enough to cut in the middle.
            let words = (0..<12).map { _ -> String in
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                return String(seed >> 40, radix: 36)
            }
            text += Self.record("t\(n)", body: "Kalimat \(words.joined(separator: " ")).") + "\n"
        }
        let compressed = try Self.gzip(Array(text.utf8))
        let file = folder.write("cut.jsonl.gz", Array(compressed.prefix(compressed.count * 6 / 10)))
        let report = CorpusLoader().load([file])
        let kept = report.articles.count
        #expect(kept > 1_000 && kept < 2_000)
        #expect(report.articles.map(\.id) == (1...kept).map { "t\($0)" })
        #expect(report.problems == [.corruptGzip(file, reason: Gzip.Failure.truncated.description, keptLines: kept)])
        #expect(report.problems[0].description.hasPrefix("\(file):\(kept + 1): gzip data ends early"))
    }

    @Test func oneStrayByteDoesNotTurnTheWholeFileIntoMojibake() throws {
        let folder = TemporaryFolder()
        let bytes = Array("Kafé di Jakarta\n\nKafé baru dibuka di Jakarta Selatan pada Senin.\n".utf8)
            + Array("Harga kopi ".utf8) + [0x93] + Array("murah".utf8) + [0x94] + Array(" sekali, kata pemilik.\n".utf8)
            + Array("Pemilik kafé berharap ramai.\n".utf8)
        let file = folder.write("stray.txt", bytes)
        let report = CorpusLoader().load([file])
        let article = try #require(report.articles.first)
        #expect(article.title == "Kafé di Jakarta")
        #expect(article.body == "Kafé baru dibuka di Jakarta Selatan pada Senin.\nHarga kopi \u{201C}murah\u{201D} sekali, kata pemilik.\nPemilik kafé berharap ramai.")
        #expect(article.removed.isEmpty)
        #expect(report.problems == [.decodedAsWindows1252(file, line: 4, lines: 1)])
    }

    @Test func aLineMixingUTF8AndAStrayByteKeepsItsUTF8() {
        let (text, repaired) = TextDecoding.decodeLine(Array("café ".utf8)[...] + [0xE9] + Array(" fin".utf8))
        #expect(text == "café é fin")
        #expect(repaired)
    }

    @Test func windows1252LineInJSONLIsNamedByLine() {
        let folder = TemporaryFolder()
        let bad = Array(#"{"id": "b", "title": "Caf"#.utf8) + [0xE9] + Array(#"", "body": "Isi."}"#.utf8)
        let file = folder.write("mixed.jsonl", Array((Self.record("a") + "\n").utf8) + bad + [0x0A])
        let report = CorpusLoader().load([file])
        #expect(report.articles.map(\.title) == ["Judul a", "Café"])
        #expect(report.problems == [.decodedAsWindows1252(file, line: 2, lines: 1)])
    }

    @Test(arguments: [true, false])
    func utf16WithAByteOrderMarkIsDecoded(littleEndian: Bool) throws {
        let folder = TemporaryFolder()
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in "Judul Kafé\r\n\r\nKafé baru dibuka hari ini.\r\n".utf16 {
            bytes += littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        let file = folder.write("utf16.txt", bytes)
        let report = CorpusLoader().load([file])
        let article = try #require(report.articles.first)
        #expect(article.title == "Judul Kafé")
        #expect(article.body == "Kafé baru dibuka hari ini.")
        #expect(report.problems.isEmpty)
    }

    @Test func pathOverTheSystemLimitIsNotCalledMissing() {
        let long = NSTemporaryDirectory() + String(repeating: "a/", count: 2_100) + "x.txt"
        let report = CorpusLoader().load([long])
        #expect(report.problems.count == 1)
        let message = report.problems[0].description
        #expect(message.contains("path longer than the system allows"))
        #expect(!message.contains("no such file"))
        #expect(message.count < 400)
    }

    @Test func nameThatIsNotUTF8IsNamed() throws {
        let folder = TemporaryFolder()
        folder.write("ok.txt", "Judul\n\nIsi berita.\n")
        let raw = Array((folder.path + "/caf").utf8) + [0xE9] + Array(".txt".utf8) + [0]
        let descriptor = raw.withUnsafeBufferPointer {
            $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        }
        try #require(descriptor >= 0)
        close(descriptor)
        let report = CorpusLoader().load([folder.path])
        #expect(report.articles.map(\.id) == ["ok"])
        #expect(report.problems == [.nonUTF8FileName(folder: folder.path, name: "caf\\xE9.txt")])
    }

    @Test func symlinkLoopAndLinkBackToAFolderAreNamed() throws {
        let folder = TemporaryFolder()
        folder.write("news/a.txt", "Judul\n\nIsi berita.\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/news/loop.txt", withDestinationPath: "loop.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/news/back", withDestinationPath: "..")
        let news = folder.path + "/news"
        let report = CorpusLoader().load([news])
        #expect(report.articles.map(\.id) == ["a"])
        #expect(report.problems.contains(.unreadable(news + "/loop.txt", reason: FileAccessError.system(ELOOP).description)))
        #expect(report.problems.contains(.folderCycle(news + "/back/news")))
        #expect(report.problems.count == 2)
    }

    @Test(.enabled(if: geteuid() != 0, "root reads every folder"))
    func folderThatCannotBeListedIsNamed() throws {
        let folder = TemporaryFolder()
        folder.write("ok/a.txt", "Judul\n\nIsi berita.\n")
        folder.write("locked/b.txt", "Judul\n\nIsi berita.\n")
        chmod(folder.path + "/locked", 0)
        defer { chmod(folder.path + "/locked", 0o755) }
        let report = CorpusLoader().load([folder.path])
        #expect(report.articles.map(\.id) == ["a"])
        #expect(report.problems == [.unreadable(folder.path + "/locked", reason: "cannot list folder: Permission denied")])
    }

    @Test func aFIFOIsReadToItsEnd() throws {
        let folder = TemporaryFolder()
        let fifo = folder.path + "/pipe.txt"
        try #require(mkfifo(fifo, 0o644) == 0)
        let writer = Thread {
            let handle = FileHandle(forWritingAtPath: fifo)!
            handle.write(Data("Judul dari pipa\n\nJAKARTA - Isi berita datang lewat pipa.\n".utf8))
            handle.closeFile()
        }
        writer.start()
        let report = CorpusLoader().load([fifo])
        #expect(report.articles.map(\.title) == ["Judul dari pipa"])
        #expect(report.problems.isEmpty)
    }

    @Test func emptyOutletMapIsEmptyNotUnreadable() {
        var map = OutletMap()
        var problems: [IngestProblem] = []
        CorpusLoader.readOutletMap("/dev/null", into: &map, problems: &problems)
        #expect(problems == [.emptyFile("/dev/null")])
        let folder = TemporaryFolder()
        problems = []
        CorpusLoader.readOutletMap(folder.path, into: &map, problems: &problems)
        #expect(problems == [.unreadable(folder.path, reason: "is a folder, not a file")])
    }

    // MARK: Bounded resources

    @Test func gzipBombOfZerosIsBinaryBeforeItIsInflated() throws {
        let folder = TemporaryFolder()
        let bomb = try Self.shell("head -c 268435456 /dev/zero | gzip -c")
        #expect(bomb.count < 400_000)
        let file = folder.write("bomb.jsonl.gz", bomb)
        let started = Date()
        let report = CorpusLoader().load([file])
        #expect(report.articles.isEmpty)
        #expect(report.problems == [.binaryFile(file, nulOffset: 0)])
        #expect(Date().timeIntervalSince(started) < 1)
    }

    @Test func overlongLineInAGzipStreamIsSkippedAndTheNextLinesLoad() throws {
        let folder = TemporaryFolder()
        let long = Self.record("long", body: String(repeating: "kata ", count: 100_000))
        let text = Self.record("a") + "\n" + long + "\n" + Self.record("c") + "\n"
        let file = folder.write("long.jsonl.gz", try Self.gzip(Array(text.utf8)))
        let limits = IngestLimits(longestLine: 64 << 10, longestArticle: 1 << 20)
        let report = CorpusLoader(limits: limits).load([file])
        #expect(report.articles.map(\.id) == ["a", "c"])
        #expect(report.problems == [.lineTooLong(file, line: 2, limit: 64 << 10)])
        #expect(report.problems[0].description
                == "\(file):2: line longer than 64 KiB, the limit for one record; line skipped")
    }

    @Test func overlongLineInPlainJSONLIsSkipped() {
        let folder = TemporaryFolder()
        let text = Self.record("a") + "\n" + Self.record("long", body: String(repeating: "x", count: 5_000)) + "\n"
        let file = folder.write("long.jsonl", text)
        let report = CorpusLoader(limits: IngestLimits(longestLine: 1_000, longestArticle: 10_000)).load([file])
        #expect(report.articles.map(\.id) == ["a"])
        #expect(report.problems == [.lineTooLong(file, line: 2, limit: 1_000)])
    }

    @Test func articleOverTheLimitIsSkippedWithTheLimitNamed() throws {
        let folder = TemporaryFolder()
        let text = "Judul\n\n" + String(repeating: "Kalimat panjang sekali. ", count: 1_000)
        let plain = folder.write("big.txt", text)
        let packed = folder.write("big.txt.gz", try Self.gzip(Array(text.utf8)))
        #expect(FileFormat.of(path: packed) == .plainText)
        let limits = IngestLimits(longestLine: 1_000, longestArticle: 10_000)
        let report = CorpusLoader(limits: limits).load([plain, packed])
        #expect(report.articles.isEmpty)
        #expect(report.problems == [.articleTooLarge(plain, limit: 10_000), .articleTooLarge(packed, limit: 10_000)])
    }

    // MARK: Dates

    @Test func publishedDates() {
        let folder = TemporaryFolder()
        let lines = [
            Self.record("offset", published: "2021-03-24T08:17:00+99:00"),
            Self.record("nozone", published: "2021-03-24T08:17:00"),
            Self.record("spaces", published: "   "),
            Self.record("newline", published: "kemarin\n\u{1B}[2J"),
            Self.record("utc", published: " 2021-03-24T01:17:00Z "),
            Self.record("minutes", published: "2021-03-24T08:17:00+07:75"),
        ]
        let file = folder.write("dates.jsonl", lines.joined(separator: "\n"))
        let report = CorpusLoader().load([file])
        #expect(report.articles.map(\.id) == ["nozone", "spaces", "utc"])
        #expect(report.articles.map { $0.published?.description } == ["2021-03-24T08:17:00+07:00", nil, "2021-03-24T01:17:00+00:00"])
        let messages = report.problems.map(\.description)
        #expect(messages == [
            "\(file):1: field \"published\" has a UTC offset out of range (+99:00); expected −12:00 to +14:00; line skipped",
            "\(file):4: field \"published\" is not an ISO 8601 date: kemarin␊␛[2J; line skipped",
            "\(file):6: field \"published\" has a UTC offset out of range (+07:75); expected −12:00 to +14:00; line skipped",
        ])
    }

    // MARK: Messages safe for a terminal

    @Test func controlCharactersInIDsAndPathsNeverReachAMessageRaw() {
        let folder = TemporaryFolder()
        let id = "a\u{1B}]52;c;aGk=\u{07}"
        let record = #"{"id": "a\u001b]52;c;aGk=\u0007", "title": "Judul", "body": "Isi berita."}"#
        let file = folder.write("esc\u{1B}]2;x\u{07}\nname.jsonl", record + "\n" + record + "\n{bad\n")
        let report = CorpusLoader().load([file])
        #expect(report.articles.map(\.id) == [id, id + "~2"])
        #expect(report.problems.count == 2)
        for message in report.problems.map(\.description) {
            #expect(!message.unicodeScalars.contains { TerminalText.isUnsafe($0) }, "\(message)")
            #expect(message.contains("esc␛]2;x␇␊name.jsonl"))
        }
        #expect(report.problems[1].description.contains("duplicate id a␛]52;c;aGk=␇ "))
    }
}
