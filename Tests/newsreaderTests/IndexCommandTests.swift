import Foundation
import Testing

/// A JSONL corpus of `count` articles made from sentences about the seeds' story, each article
/// different, big enough that indexing it takes a while in a debug build.
func writeLargeCorpus(_ path: String, count: Int) throws {
    let subjects = ["Kim Jong Un", "Xi Jinping", "Moon Jae-in", "Joe Biden", "Song Tao", "Ri Ryong Nam"]
    let verbs = ["menegaskan", "mengatakan", "menyebut", "menilai", "mengungkapkan"]
    let objects = ["hubungan bilateral sebagai aset berharga", "pentingnya perdamaian di Semenanjung Korea",
                   "kerja sama ekonomi kedua negara", "ancaman kekuatan musuh", "dukungan terhadap sanksi baru"]
    var lines: [String] = []
    for i in 0..<count {
        var body: [String] = []
        for k in 0..<12 {
            let s = subjects[(i + k) % subjects.count], v = verbs[(i * 3 + k) % verbs.count]
            let o = objects[(i * 7 + k * 2) % objects.count]
            body.append("\(s) \(v) \(o) dalam pertemuan ke-\(i % 40 + k) di Beijing pada Maret 2021.")
        }
        let record: [String: Any] = ["id": "large-\(i)", "title": "Laporan \(i): \(subjects[i % subjects.count]) bicara",
                                     "outlet": ["Antara", "Kompas", "Tempo", "Detik"][i % 4],
                                     "published": "2021-03-\(String(format: "%02d", i % 28 + 1))", "body": body.joined(separator: " ")]
        lines.append(String(decoding: try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self))
    }
    try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
}

@Suite("newsreader index", .serialized)
final class IndexCommandTests {
    let folder = NSTemporaryDirectory() + "newsreader-index-\(UUID().uuidString)"

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    @Test func indexReportsWhatChangedThenThatItIsCurrent() throws {
        let index = folder + "/seeds.sqlite"
        let first = try CLI.run(["index", "--index", index])
        #expect(first.status == 0)
        #expect(first.stdout.contains("5 articles: 5 new or changed, 0 gone, 5 analysed"))
        let second = try CLI.run(["index", "--index", index])
        #expect(second.stdout.contains("current: 5 articles"))
        let search = try CLI.run(["search", "aset berharga", "--index", index])
        #expect(search.status == 0 && search.stderr.isEmpty)
        #expect(search.stdout.contains("«aset» «berharga»"))
        let memory = try CLI.run(["search", "aset berharga", "--no-index"])
        #expect(memory.stdout == search.stdout)
    }

    @Test func aBuildKilledHalfWayLeavesThePreviousIndexUsable() throws {
        let index = folder + "/killed.sqlite", corpus = folder + "/corpus.jsonl"
        try writeLargeCorpus(corpus, count: 20)
        #expect(try CLI.run(["index", "--index", index, corpus]).status == 0)
        let before = try CLI.run(["claims", "--json", "--index", index, corpus])
        try writeLargeCorpus(corpus, count: 400)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["index", "--index", index, corpus]
        process.environment = CLI.environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 1.5)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        // The old corpus still opens from the index, whole, and equal to what it was.
        try writeLargeCorpus(corpus, count: 20)
        let after = try CLI.run(["claims", "--json", "--index", index, corpus])
        #expect(after.status == 0)
        #expect(after.stdout == before.stdout)
    }

    @Test func twoUpdatersAtOnceBothSucceedAndAgree() throws {
        let index = folder + "/shared.sqlite", corpus = folder + "/corpus.jsonl"
        try writeLargeCorpus(corpus, count: 60)
        let outputs = try [0, 1].map { _ -> (Process, Pipe) in
            let process = Process(), out = Pipe()
            process.executableURL = URL(fileURLWithPath: CLI.binary)
            process.arguments = ["index", "--index", index, corpus]
            process.environment = CLI.environment
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            return (process, out)
        }.map { process, out -> CLI.Result in
            let data = CLI.readAll(out.fileHandleForReading)
            process.waitUntilExit()
            return CLI.Result(status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self), stderr: "")
        }
        #expect(outputs.allSatisfy { $0.status == 0 })
        // One built it; the other waited, then found it current.
        #expect(outputs.filter { $0.stdout.contains("current: 60 articles") }.count == 1)
        #expect(try CLI.run(["search", "kim", "--index", index, corpus]).status == 0)
    }

    @Test func anUnwritableLocationFallsBackToMemoryWithAWarning() throws {
        let result = try CLI.run(["search", "aset berharga", "--index", "/proc/newsreader-cannot-be-here/x.sqlite"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("working in memory"))
        #expect(result.stdout.contains("«aset» «berharga»"))
    }
}
