import Foundation
import NewsCore

/// Derives the bundled Indonesian sense table from Wordnet Bahasa's `wn-data-ind.tab`: each
/// one-word lemma is analysed as the linker analyses text, and its synsets are filed under the
/// stem it gets. Rerun when the analyser's stemming changes:
///   newsreader-bench wordnet-table ../shared/lexicons/wordnet-bahasa/wn-data-ind.tab \
///     > Sources/NewsCore/Resources/wordnet-bahasa/wn-ind-stems.tab
enum WordNetTable {
    static func run(path: String, analyzer: TextAnalyzer) {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            FileHandle.standardError.write(Data("newsreader-bench: cannot read \(path)\n".utf8))
            exit(1)
        }
        var table: [String: Set<String>] = [:]
        var lemmas = 0
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            guard fields.count == 3, fields[1] == "ind:lemma", WordSenses.synset(fields[0]) != nil,
                  !fields[2].contains(" ") else { continue }
            let tokens = analyzer.analyze(String(fields[2]), language: .indonesian).tokens
            guard tokens.count == 1, tokens[0].isContent, tokens[0].stem.count >= 2 else { continue }
            table[tokens[0].stem, default: []].insert(String(fields[0]))
            lemmas += 1
        }
        var out = """
            # Derived from Wordnet Bahasa (wn-data-ind.tab), MIT licence: see LICENSE beside this file.
            # stem<TAB>synsets (Princeton WordNet 3.0 offsets) of every one-word lemma with that stem.
            # \(lemmas) lemmas, \(table.count) stems. Made by `newsreader-bench wordnet-table`.

            """
        for key in table.keys.sorted() {
            out += key + "\t" + table[key]!.sorted().joined(separator: " ") + "\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
