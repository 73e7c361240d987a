import Foundation
import Testing

/// The README shows what the program prints: its command-line examples are run again, and its
/// capture of the reader is the render snapshot the reader's tests keep.
@Suite("README examples")
struct ReadmeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The lines of the first fenced block after the line that starts with `marker`.
    static func block(after marker: String) throws -> [String] {
        let lines = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix(marker) }, "README has no line starting \(marker)")
        let open = try #require(lines[start...].firstIndex { $0.hasPrefix("```") })
        let close = try #require(lines[(open + 1)...].firstIndex { $0 == "```" })
        return Array(lines[(open + 1)..<close])
    }

    static func trimmed(_ lines: some Sequence<String>) -> [String] {
        var result = lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
        while result.last == "" { result.removeLast() }
        return result
    }

    @Test(arguments: [
        ("Each subcommand prints and exits", ["articles"]),
        ("`newsreader claims --min-sources 2`", ["claims", "--min-sources", "2"]),
        ("`newsreader explain 000_9a2fe5602f12e20f:1 004_7cab8cf64f69f02b:0`",
         ["explain", "000_9a2fe5602f12e20f:1", "004_7cab8cf64f69f02b:0"]),
        ("`newsreader search tegaskan --limit 3`", ["search", "tegaskan", "--limit", "3"]),
    ])
    func commandLineExampleIsWhatTheCommandPrints(marker: String, arguments: [String]) throws {
        let shown = try Self.block(after: marker)
        let printed = try CLI.run(arguments + ["--no-index", "-q"])
        #expect(printed.status == 0)
        let lines = Self.trimmed(printed.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        // The claims example shows the first claims only.
        #expect(Array(lines.prefix(shown.count)) == Self.trimmed(shown))
    }

    @Test func readerCaptureIsTheRenderSnapshot() throws {
        let shown = try Self.block(after: "`make run`, with the cursor")
        let snapshot = try String(contentsOf: Self.root.appendingPathComponent(
            "Tests/ReaderUITests/__Snapshots__/RenderSnapshotTests/threePanesAt160x50.1.txt"), encoding: .utf8)
        #expect(Self.trimmed(shown) == Self.trimmed(snapshot.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)))
    }
}
