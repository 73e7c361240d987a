import Foundation

/// The user's names for outlets the text does not give: `ARTICLE-ID<TAB>OUTLET` a line.
///
/// Read from `--outlets FILE` and from any `outlets.tsv` inside a loaded folder.
/// Lines starting with `#` and blank lines are ignored. A mapped outlet wins over
/// every other source, the corpus's own field included.
public struct OutletMap: Sendable, Equatable {
    public private(set) var outlets: [String: String] = [:]

    public init(_ outlets: [String: String] = [:]) {
        self.outlets = outlets
    }

    /// The name of the mapping file picked up inside loaded folders.
    public static let fileName = "outlets.tsv"

    /// Adds the entries of a mapping file's text; later entries win.
    public mutating func add(contentsOf text: String, path: String, problems: inout [IngestProblem]) {
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: "\t", maxSplits: 1).map { TextDecoding.sanitize(String($0)).text.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                problems.append(.malformedOutletMapLine(path, line: offset + 1))
                continue
            }
            outlets[parts[0]] = parts[1]
        }
    }

    public subscript(id: String) -> String? { outlets[id] }
}
