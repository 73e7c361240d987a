import Foundation

/// A line of source text with its 1-based line number.
public struct SourceLine: Sendable, Equatable {
    public var number: Int
    public var text: String

    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }
}

/// Separates an article's text into title, header matter, body and clutter.
///
/// Every line that does not reach the body is kept in `removed` with its reason.
public enum Cleaner {
    /// What cleaning found.
    public struct Result: Sendable, Equatable {
        public var title: SourceLine?
        /// Body paragraphs, the dateline taken off the first.
        public var body: [SourceLine]
        public var removed: [RemovedLine]
        public var dateline: Dateline?
        /// The standfirst between the title and the dateline, kept as the article's dek.
        public var dek: SourceLine?
    }

    /// Lines longer than this are body text: clutter is short, and the rules need not scan megabytes.
    static let longestClutterLine = 2_000
    /// A title line longer than this is a body paragraph, and the article has no title line.
    static let longestTitle = 300

    public static func clean(_ rawLines: [SourceLine], expectTitleLine: Bool) -> Result {
        var lines = rawLines.compactMap { line -> SourceLine? in
            let text = stripLeadingJunk(collapseSpaces(line.text))
            return text.isEmpty ? nil : SourceLine(number: line.number, text: text)
        }
        var reasons: [RemovalReason?] = lines.map {
            $0.text.utf8.count > longestClutterLine ? nil : LineRules.classify($0.text)
        }
        var partlyRemoved: [RemovedLine] = []
        for i in lines.indices {
            guard let reason = reasons[i], let split = LineRules.lostLinkRemainder(lines[i].text, reason: reason)
            else { continue }
            partlyRemoved.append(RemovedLine(line: lines[i].number, text: split.removed, reason: reason))
            lines[i].text = split.kept
            reasons[i] = LineRules.classify(split.kept)
        }
        markRepeatedCaptions(lines, &reasons)

        var kept = lines.indices.filter { reasons[$0] == nil }
        var title: SourceLine?
        if expectTitleLine, let first = kept.first {
            let text = lines[first].text
            if text.count <= longestTitle, Dateline.match(text) == nil {
                title = lines[first]
                kept.removeFirst()
            }
        }

        var dateline: Dateline?
        var dek: SourceLine?
        let window = kept.prefix(6)
        if let p = window.firstIndex(where: { lines[$0].text.count > 20 && Dateline.match(lines[$0].text) != nil }),
           kept[kept.startIndex..<p].allSatisfy({ isHeaderMatter(lines[$0].text) }) {
            for k in kept[kept.startIndex..<p] { reasons[k] = headerReason(lines[k].text) }
            dek = kept[kept.startIndex..<p].first { reasons[$0] == .header && isStandfirst(lines[$0].text) }.map { lines[$0] }
            dateline = Dateline.match(lines[kept[p]].text)
        } else {
            for k in kept {
                guard let reason = metadataReason(lines[k].text) else { break }
                reasons[k] = reason
            }
        }

        var body: [SourceLine] = []
        var removed: [RemovedLine] = partlyRemoved
        for (i, line) in lines.enumerated() {
            if let reason = reasons[i] {
                if line == dek { continue }
                removed.append(RemovedLine(line: line.number, text: line.text, reason: reason))
            } else if line != title {
                if body.isEmpty, let dateline {
                    body.append(SourceLine(number: line.number, text: dateline.rest))
                } else if body.isEmpty, let rest = Dateline.afterLostPlace(line.text) {
                    body.append(SourceLine(number: line.number, text: rest))
                } else {
                    body.append(line)
                }
            }
        }
        removed.sort { $0.line < $1.line }
        return Result(title: title, body: body, removed: removed, dateline: dateline, dek: dek)
    }

    /// A standfirst: a summary of eight words or more in sentence case, not a kicker or label.
    private static func isStandfirst(_ text: String) -> Bool {
        Tokens.wordCount(text) >= 8 && Tokens.upperCaseShare(text) < 0.5
    }

    /// Whether a line can sit between the title and the dateline: a kicker, standfirst, date or byline,
    /// not a finished paragraph of the story.
    private static func isHeaderMatter(_ text: String) -> Bool {
        let words = Tokens.wordCount(text)
        return words <= 12 || (words <= 40 && !Tokens.endsSentence(text))
    }

    /// Drops what a lost link leaves at the start of a line: ",,,", ", -", ":".
    static func stripLeadingJunk(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        var stripped = false
        while let first = scalars.first, first == "," || first == ";" || first == ":" || first == " " {
            scalars.removeFirst()
            stripped = true
        }
        if stripped, let first = scalars.first, first == "-" || first == "\u{2013}" || first == "\u{2014}" {
            scalars.removeFirst()
            while scalars.first == " " { scalars.removeFirst() }
        }
        return stripped ? String(scalars) : text
    }

    /// A caption printed twice, the second time with its credit: "X" then "X (AFP)".
    /// A line that repeats the line before it is removed as repeated.
    private static func markRepeatedCaptions(_ lines: [SourceLine], _ reasons: inout [RemovalReason?]) {
        guard lines.count >= 2 else { return }
        for i in 0..<(lines.count - 1) {
            let a = lines[i].text, b = lines[i + 1].text
            if a == b {
                reasons[i + 1] = reasons[i + 1] ?? .repeated
            } else if b.count > a.count, b.hasPrefix(a), LineRules.endsWithCredit(b),
                      b.dropFirst(a.count).trimmingCharacters(in: .whitespaces).hasPrefix("(") {
                reasons[i] = .caption
                reasons[i + 1] = .caption
            }
        }
    }

    /// What a line above the dateline is: the publication date, a byline, or other header matter.
    private static func headerReason(_ text: String) -> RemovalReason {
        metadataReason(text) ?? .header
    }

    /// Whether a short line is a date or byline line, which open an article before its body.
    private static func metadataReason(_ text: String) -> RemovalReason? {
        let words = Tokens.wordCount(text)
        guard words <= 15, !Tokens.endsSentence(text) else { return nil }
        if DateParser.firstDate(in: text) != nil { return .publicationDate }
        if isByline(text, words: words) { return .byline }
        return nil
    }

    /// "News - Thea Fathanah Arbar, CNBC Indonesia", "Oleh: Nama", "By Name", "Laporan Wartawan …".
    static func isByline(_ text: String, words: Int) -> Bool {
        guard words <= 12 else { return false }
        let lower = text.lowercased()
        if lower.hasPrefix("oleh ") || lower.hasPrefix("by ") || lower.hasPrefix("laporan ") { return true }
        return text.containsBytes(" - ") && text.contains(",")
    }

    static func collapseSpaces(_ text: String) -> String {
        // Most lines have nothing to collapse: return them as they are rather than copy megabytes.
        let bytes = text.utf8
        if bytes.first != 0x20, bytes.last != 0x20, !zip(bytes, bytes.dropFirst()).contains(where: { $0 == 0x20 && $1 == 0x20 }) {
            return text
        }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for c in text.unicodeScalars {
            if c == " " {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(c)
            }
        }
        return String(out)
    }
}
