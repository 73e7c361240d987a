import Foundation
import Testing
@testable import NewsCore

/// Bad input gets one clear message and the rest of the corpus still loads.
@Suite("Bad input")
struct BadInputTests {
    let good = "Judul berita\n\nJAKARTA - Presiden meresmikan jembatan baru di kota itu pada Senin pagi. Warga senang.\n"

    @Test func missingPathIsReportedAndTheRestLoads() {
        let folder = TemporaryFolder()
        let file = folder.write("a.txt", good)
        let report = CorpusLoader().load([folder.path + "/nope", file])
        #expect(report.articles.map(\.id) == ["a"])
        #expect(report.problems == [.missingPath(folder.path + "/nope")])
        #expect(report.problems[0].description.hasSuffix("/nope: no such file or folder"))
    }

    @Test func emptyFolder() {
        let folder = TemporaryFolder()
        let report = CorpusLoader().load([folder.path])
        #expect(report.articles.isEmpty)
        #expect(report.problems == [.emptyFolder(folder.path)])
    }

    @Test func emptyFileAndBlankFile() {
        let folder = TemporaryFolder()
        let empty = folder.write("empty.txt", "")
        let blank = folder.write("blank.txt", "\n  \n\t\n")
        folder.write("ok.txt", good)
        let report = CorpusLoader().load([folder.path])
        #expect(report.articles.map(\.id) == ["ok"])
        #expect(report.problems.contains(.emptyFile(empty)))
        #expect(report.problems.contains(.emptyArticle(SourceLocation(path: blank))))
    }

    @Test func binaryFileIsSkipped() {
        let folder = TemporaryFolder()
        let binary = folder.write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02])
        folder.write("ok.txt", good)
        let report = CorpusLoader().load([folder.path])
        #expect(report.articles.map(\.id) == ["ok"])
        #expect(report.problems == [.binaryFile(binary, nulOffset: 4)])
    }

    @Test func invalidUTF8IsDecodedAsWindows1252WithAWarning() throws {
        let folder = TemporaryFolder()
        // "Judul\nKafe \x93murah\x94 buka di Jakarta hari ini." in Windows-1252.
        let bytes: [UInt8] = Array("Judul\nKaf".utf8) + [0xE9, 0x20, 0x93] + Array("murah".utf8) + [0x94] + Array(" buka di Jakarta hari ini.".utf8)
        let file = folder.write("cp1252.txt", bytes)
        let report = CorpusLoader().load([file])
        let article = try #require(report.articles.first)
        #expect(article.body == "Kafé \u{201C}murah\u{201D} buka di Jakarta hari ini.")
        #expect(report.problems == [.decodedAsWindows1252(file, line: 2, lines: 1)])
        #expect(report.problems[0].isWarning)
    }

    @Test func bomAndCRLFAreNormalised() throws {
        let folder = TemporaryFolder()
        let file = folder.write("bom.txt", [0xEF, 0xBB, 0xBF] + Array("Judul\r\n\r\nKalimat pertama.\r\nKalimat kedua.\rKetiga.".utf8))
        let report = CorpusLoader().load([file])
        let article = try #require(report.articles.first)
        #expect(article.title == "Judul")
        #expect(article.body == "Kalimat pertama.\nKalimat kedua.\nKetiga.")
        #expect(report.problems.isEmpty)
    }

    @Test func controlCharactersBecomeVisiblePlaceholdersAndAreCounted() throws {
        let folder = TemporaryFolder()
        let file = folder.write("esc.txt", "Judul\u{1B}[31m\nTeks\u{07} biasa\u{7F} di \u{202E}sini\u{9B}.")
        let report = CorpusLoader().load([file])
        let article = try #require(report.articles.first)
        #expect(article.title == "Judul␛[31m")
        #expect(article.body == "Teks␇ biasa␡ di ⇄sini�.")
        #expect(report.problems == [.controlCharactersRemoved(file, count: 5)])
    }

    @Test func fiftyMegabytesOnOneLineLoads() throws {
        let folder = TemporaryFolder()
        let sentence = Array("Kata demi kata ditulis tanpa baris baru, dll. Lalu lanjut lagi. ".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(50_000_000 + sentence.count)
        while bytes.count < 50_000_000 { bytes += sentence }
        let file = folder.write("huge.txt", bytes)
        let report = CorpusLoader().load([file])
        let article = try #require(report.articles.first)
        // One line longer than any title: it is body text, and the first sentence stands in as title.
        #expect(article.titleOrigin == .firstSentence)
        #expect(article.sentences.count == bytes.count / sentence.count * 2)
        #expect(report.problems.isEmpty)
    }

    @Test func malformedJSONLLineIsSkippedWithFileAndLine() throws {
        let folder = TemporaryFolder()
        let lines = [
            #"{"id": "a1", "outlet": "kompas.com", "title": "Satu", "published": "2019-09-19", "url": null, "body": "Isi berita pertama cukup panjang."}"#,
            #"{"id": "a2", "title": "Dua", "body": "tidak ditutup"#,
            "",
            #"{"id": "a3", "title": 7, "body": "Judul bukan teks."}"#,
            #"{"id": "a4", "title": "Empat", "published": "kemarin", "body": "Tanggal rusak."}"#,
            #"["bukan", "objek"]"#,
            #"{"id": "a5", "outlet": "tempo.co", "title": "Lima", "published": "2019-09-20T10:00:00+07:00", "body": "Isi berita kelima."}"#,
        ]
        let file = folder.write("c.jsonl", lines.joined(separator: "\n") + "\n")
        let report = CorpusLoader().load([file])
        #expect(report.articles.map(\.id) == ["a1", "a5"])
        #expect(report.articles.map(\.outlet) == ["Kompas", "Tempo"])
        #expect(report.articles[1].published?.description == "2019-09-20T10:00:00+07:00")
        let messages = report.problems.map(\.description)
        #expect(messages.count == 4)
        #expect(messages[0].hasPrefix("\(file):2: malformed JSON"))
        #expect(messages[1] == "\(file):4: field \"title\" should be a string or null; line skipped")
        #expect(messages[2] == "\(file):5: field \"published\" is not an ISO 8601 date: kemarin; line skipped")
        #expect(messages[3].hasPrefix("\(file):6: expected a JSON object"))
    }

    @Test func gzipCorpusLoads() {
        let report = CorpusLoader().load([Fixtures.path("two-articles.jsonl.gz")])
        #expect(report.articles.map(\.id) == ["g-1", "g-2"])
        #expect(report.articles[0].removed.map(\.reason) == [.relatedArticle])
        #expect(report.articles[0].dateline == "JAKARTA")
        #expect(report.articles[1].body.hasPrefix("Menteri mengatakan"))
        #expect(report.problems.isEmpty)
    }

    @Test func truncatedGzipKeepsTheCompleteLinesBeforeTheDamage() throws {
        let folder = TemporaryFolder()
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.path("two-articles.jsonl.gz"))))
        // 300 of 347 bytes: the first line inflates whole, the second does not.
        let file = folder.write("cut.jsonl.gz", Array(bytes.prefix(300)))
        let report = CorpusLoader().load([file])
        #expect(report.articles.map(\.id) == ["g-1"])
        #expect(report.problems == [.corruptGzip(file, reason: Gzip.Failure.truncated.description, keptLines: 1)])
        #expect(report.problems[0].description
                == "\(file):2: gzip data ends early (truncated file?); loaded the 1 complete line before it")
    }

    @Test func duplicateIDsAreKeptUnderNewNames() {
        let folder = TemporaryFolder()
        let line = #"{"id": "same", "title": "T", "body": "Isi berita yang sama."}"#
        let file = folder.write("d.jsonl", [line, line, line].joined(separator: "\n"))
        let report = CorpusLoader().load([file])
        #expect(report.articles.map(\.id) == ["same", "same~2", "same~3"])
        #expect(report.problems.count == 2)
        #expect(report.problems[0].description
                == "\(file):2: warning: duplicate id same (first at \(file):1); loaded as same~2")
    }

    @Test func unreadableFileIsReportedAndTheRestLoads() {
        let folder = TemporaryFolder()
        folder.write("a.txt", good)
        let locked = folder.write("b.txt", good)
        let loader = CorpusLoader(readFile: { path in
            if path == locked { throw CocoaError(.fileReadNoPermission, userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES))]) }
            return try CorpusLoader.readWholeFile(path)
        })
        let report = loader.load([folder.path])
        #expect(report.articles.map(\.id) == ["a"])
        #expect(report.problems == [.unreadable(locked, reason: "Permission denied")])
    }

    @Test func otherFilesInAFolderAreNamedNotSilentlyDropped() {
        let folder = TemporaryFolder()
        folder.write("a.txt", good)
        folder.write("notes.md", "x")
        folder.write(".hidden.txt", good)
        let report = CorpusLoader().load([folder.path])
        #expect(report.articles.map(\.id) == ["a"])
        #expect(report.problems == [.skippedFiles(folder: folder.path, count: 1, examples: ["notes.md"])])
    }

    @Test func outletMapNamesAnUnknownOutlet() throws {
        let folder = TemporaryFolder()
        folder.write("news/002.txt", good)
        folder.write("news/outlets.tsv", "# id\toutlet\n002\tSINDOnews\nrusak\n")
        let report = CorpusLoader().load([folder.path + "/news"])
        let article = try #require(report.articles.first)
        #expect(article.outlet == "SINDOnews")
        #expect(article.outletEvidence == .map)
        #expect(report.problems == [.malformedOutletMapLine(folder.path + "/news/outlets.tsv", line: 3)])
    }
}
