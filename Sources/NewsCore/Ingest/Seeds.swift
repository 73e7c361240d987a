import Foundation

/// The five bundled seed articles, the corpus used when no path is given.
public enum Seeds {
    /// Why the seeds could not be found.
    public enum LookupError: Error, CustomStringConvertible {
        case notFound(searched: [String])

        public var description: String {
            switch self {
            case .notFound(let searched):
                return "cannot find the bundled seed articles; looked in: " + searched.joined(separator: ", ")
                    + ". Pass a corpus path instead."
            }
        }
    }

    /// The folder holding the seeds: the resource bundle next to the executable, else the source checkout.
    public static func directory() throws(LookupError) -> String {
        var candidates = BundledResource.candidates("seeds")
        // The package root's seeds/, the copy a user sees.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent("seeds").path)
        for candidate in candidates {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder), isFolder.boolValue {
                return candidate
            }
        }
        throw .notFound(searched: candidates)
    }
}
