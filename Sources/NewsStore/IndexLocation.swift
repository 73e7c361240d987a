import Foundation
import NewsCore

/// Where a corpus's index lives by default: `$XDG_CACHE_HOME/newsreader/` (else
/// `~/.cache/newsreader/`), one file per corpus, named by a digest of its resolved paths.
public enum IndexLocation {
    /// The cache folder for indexes.
    public static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/newsreader" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.cache/newsreader"
    }

    /// The index file for a corpus given as `paths`: the same files named another way (relative,
    /// through a symbolic link) share one index.
    public static func file(for paths: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let resolved = paths.map(resolve).joined(separator: "\n")
        let name = paths.count == 1 ? URL(fileURLWithPath: paths[0]).lastPathComponent : "\(paths.count)-paths"
        let safe = String(name.unicodeScalars.map { scalar -> Character in
            CharacterSet.alphanumerics.contains(scalar) || scalar == "." || scalar == "-" ? Character(scalar) : "_"
        }.prefix(40))
        return folder(environment: environment) + "/" + safe + "-" + ContentHash.of(resolved).prefix(16) + ".sqlite"
    }

    static func resolve(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return URL(fileURLWithPath: path).standardizedFileURL.path }
        defer { free(real) }
        return String(cString: real)
    }
}
