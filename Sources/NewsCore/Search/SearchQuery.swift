import Foundation

/// A parsed search query.
///
/// Syntax: words are ANDed; `a OR b` is either; `-word` excludes; `"a phrase"` matches the
/// words in order; `=word` matches the word as written (no stemming); `outlet:`, `speaker:`,
/// `lang:` filter (prefix any with `-` to exclude); `after:YYYY-MM-DD` and `before:YYYY-MM-DD`
/// bound the publication date (inclusive).
public struct SearchQuery: Sendable, Equatable {
    /// A word, exact word or phrase to find.
    public enum Item: Sendable, Equatable {
        case word(String)
        case exact(String)
        case phrase([String])
    }

    /// A filter on the article or sentence.
    public enum Filter: Sendable, Equatable {
        case outlet(String)
        case speaker(String)
        case language(Language)
    }

    /// Each inner array is one OR group; all groups must match.
    public var groups: [[Item]] = []
    public var excluded: [Item] = []
    public var filters: [Filter] = []
    public var excludedFilters: [Filter] = []
    public var after: PublicationDate?
    public var before: PublicationDate?

    /// The language `lang:` fixes, if any.
    public var language: Language? {
        filters.lazy.compactMap { if case .language(let l) = $0 { return l } else { return nil } }.first
    }

    /// The longest query accepted, in characters.
    public static let longest = 1_000

    public static func parse(_ text: String) throws(SearchQueryError) -> SearchQuery {
        guard text.count <= longest else { throw .tooLong(text.count, limit: longest) }
        if let control = text.unicodeScalars.first(where: { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) }) {
            throw .controlCharacter(String(format: "U+%04X", control.value))
        }
        var query = SearchQuery()
        var pendingOr = false
        for raw in try lex(text) {
            if raw.kind == .word && raw.text == "OR" && !raw.negated {
                guard !query.groups.isEmpty, !pendingOr else { throw .misplacedOr }
                pendingOr = true
                continue
            }
            if let colon = raw.text.firstIndex(of: ":"), raw.kind == .word, colon != raw.text.startIndex {
                let field = raw.text[..<colon].lowercased()
                let value = String(raw.text[raw.text.index(after: colon)...])
                guard !value.isEmpty else { throw .emptyField(field) }
                switch field {
                case "outlet", "speaker", "lang":
                    let filter: Filter
                    if field == "lang" {
                        guard let language = Language(rawValue: value.lowercased()) else { throw .badLanguage(value) }
                        filter = .language(language)
                    } else {
                        filter = field == "outlet" ? .outlet(value.lowercased()) : .speaker(value.lowercased())
                    }
                    if raw.negated { query.excludedFilters.append(filter) } else { query.filters.append(filter) }
                case "after", "before":
                    guard !raw.negated else { throw .negatedDate(field) }
                    guard let date = DateParser.parseISO(value), date.time == nil else { throw .badDate(field, value) }
                    if field == "after" { query.after = date } else { query.before = date }
                default:
                    throw .unknownField(field)
                }
                continue
            }
            let item: Item
            switch raw.kind {
            case .phrase: item = .phrase(raw.text.split(separator: " ").map(String.init))
            case .word where raw.text.hasPrefix("=") && raw.text.count > 1: item = .exact(String(raw.text.dropFirst()))
            case .word: item = .word(raw.text)
            }
            if raw.negated {
                guard !pendingOr else { throw .misplacedOr }
                query.excluded.append(item)
            } else if pendingOr {
                query.groups[query.groups.count - 1].append(item)
                pendingOr = false
            } else {
                query.groups.append([item])
            }
        }
        if pendingOr { throw .misplacedOr }
        return query
    }

    private struct RawItem {
        enum Kind { case word, phrase }
        var kind: Kind
        var text: String
        var negated: Bool
    }

    private static func lex(_ text: String) throws(SearchQueryError) -> [RawItem] {
        var items: [RawItem] = []
        var chars = Array(text)
        chars = chars.map { $0 == "\u{201C}" || $0 == "\u{201D}" ? "\"" : $0 }
        var i = 0
        while i < chars.count {
            if chars[i].isWhitespace { i += 1; continue }
            var negated = false
            if chars[i] == "-", i + 1 < chars.count, !chars[i + 1].isWhitespace {
                negated = true
                i += 1
            }
            if chars[i] == "\"" {
                guard let close = chars[(i + 1)...].firstIndex(of: "\"") else { throw .unbalancedQuote }
                let phrase = String(chars[(i + 1)..<close]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                guard !phrase.isEmpty else { throw .emptyPhrase }
                items.append(RawItem(kind: .phrase, text: phrase, negated: negated))
                i = close + 1
                continue
            }
            var j = i
            while j < chars.count, !chars[j].isWhitespace, chars[j] != "\"" { j += 1 }
            items.append(RawItem(kind: .word, text: String(chars[i..<j]), negated: negated))
            i = j
        }
        return items
    }
}

/// Why a query cannot run. Each message says what was expected.
public enum SearchQueryError: Error, CustomStringConvertible, Equatable {
    case empty
    case onlyStopwords([String])
    case unbalancedQuote
    case emptyPhrase
    case unknownField(String)
    case emptyField(String)
    case badDate(String, String)
    case negatedDate(String)
    case badLanguage(String)
    case tooLong(Int, limit: Int)
    case controlCharacter(String)
    case misplacedOr
    case onlyExclusions

    public var description: String {
        switch self {
        case .empty: return "empty query: give at least one word, \"phrase\" or field:value"
        case .onlyStopwords(let words):
            return "the query has only common words (\(words.joined(separator: ", "))), which are not indexed; add a content word or use =word"
        case .unbalancedQuote: return "unbalanced quote: a phrase needs a closing \""
        case .emptyPhrase: return "empty phrase \"\": put words between the quotes"
        case .unknownField(let field):
            return "unknown field \(field):; use outlet:, speaker:, lang:, after: or before:"
        case .emptyField(let field): return "\(field): needs a value, e.g. \(field == "lang" ? "lang:id" : field + ":xi")"
        case .badDate(let field, let value): return "\(field):\(value) is not a date; expected \(field):YYYY-MM-DD"
        case .negatedDate(let field): return "-\(field): cannot be negated; use after: or before: instead"
        case .badLanguage(let value): return "lang:\(value) is not a language; use lang:id or lang:en"
        case .tooLong(let count, let limit): return "query too long (\(count) characters; at most \(limit))"
        case .controlCharacter(let code): return "the query contains a control character (\(code)); remove it"
        case .misplacedOr: return "OR must stand between two words or phrases"
        case .onlyExclusions: return "the query only excludes (-word); add something to find"
        }
    }
}
