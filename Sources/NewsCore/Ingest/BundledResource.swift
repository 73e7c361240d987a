import Foundation

/// Where a file shipped in NewsCore's resources is: the resource bundle next to the executable,
/// else the source checkout (`Sources/NewsCore/Resources`, which `seeds/` mirrors at the top).
enum BundledResource {
    /// The places to look for `name` (a path inside the resources), in order.
    static func candidates(_ name: String) -> [String] {
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let binFolder = executable.deletingLastPathComponent()
        var candidates = [binFolder, binFolder.deletingLastPathComponent()].map {
            $0.appendingPathComponent("newsreader_NewsCore.resources/" + name).path
        }
        // This file is Sources/NewsCore/Ingest/BundledResource.swift.
        let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources")
        candidates.append(resources.appendingPathComponent(name).path)
        return candidates
    }
}
