/// Who said a sentence, by which cue, and whether it quotes them.
struct Attribution {
    var speaker: String?
    var cue: String?
    var quoted = false
    /// The sentence leaves a quotation open: a quote of several sentences goes on.
    var endsInsideQuote = false
    /// The speaker was named by a cue after a closing quote.
    var cueAfterQuote = false

    /// Entity keys of news agencies: they relay claims and are never their speakers.
    static let agencyKeys: Set<String> = {
        var keys = Set<String>()
        for entry in OutletDirectory.agencies {
            for alias in entry.aliases + [entry.name] {
                keys.insert(TextAnalyzer.splitWords(alias).map { $0.lowercased() }.joined(separator: " "))
            }
        }
        return keys
    }()

    static func find(_ analysis: AnalyzedText, text: String, names: NameResolver, previous: String?) -> Attribution {
        var result = Attribution()
        let tokens = analysis.tokens
        let scalars = Array(text.unicodeScalars)
        let quotes = QuoteMap(scalars: scalars, tokens: tokens)
        result.quoted = quotes.insideCount >= 3
        result.endsInsideQuote = quotes.endsInside

        func spanStarting(in range: Range<Int>) -> EntitySpan? {
            analysis.entities.first { range.contains($0.tokens.lowerBound) }
        }
        func key(_ span: EntitySpan) -> String {
            span.kind == .name ? names.resolve(span.key) : span.key
        }
        func isAgency(_ span: EntitySpan) -> Bool { agencyKeys.contains(key(span)) }

        var agencyQuote = false
        // 1. "…," kata X
        for (t, token) in tokens.enumerated() where t > 0 && Lexicon.quoteCues.contains(token.lower) {
            guard quotes.closesBetween(t - 1, t) else { continue }
            result.cueAfterQuote = true
            if Lexicon.anaphoricCues.contains(token.lower) {
                result.speaker = previous
                result.cue = token.lower
            } else if let span = spanStarting(in: (t + 1)..<min(tokens.count, t + 3)) {
                if isAgency(span) {
                    agencyQuote = true
                } else {
                    result.speaker = key(span)
                    result.cue = token.lower
                }
            } else if let group = groupSpeaker(tokens, in: (t + 1)..<min(tokens.count, t + 4)) {
                result.speaker = group
                result.cue = token.lower
            }
            break
        }
        // 2. Menurut X, …
        if result.speaker == nil {
            for (t, token) in tokens.enumerated() where Lexicon.accordingTo.contains(token.lower) {
                if let span = spanStarting(in: (t + 1)..<min(tokens.count, t + 3)), !isAgency(span) {
                    result.speaker = key(span)
                    result.cue = token.lower
                } else if let group = groupSpeaker(tokens, in: (t + 1)..<min(tokens.count, t + 4)) {
                    result.speaker = group
                    result.cue = token.lower
                }
                break
            }
        }
        // 3. X mengatakan …: the subject of each speech verb's clause; agencies are skipped.
        if result.speaker == nil {
            var clauseStart = 0
            for (v, token) in tokens.enumerated() {
                if v > 0, quotes.gap(v - 1, v).utf8.contains(0x2C) || token.lower == "bahwa" || token.lower == "that" {
                    clauseStart = v
                }
                guard Lexicon.speechVerbs.contains(token.lower), v == 0 || tokens[v - 1].lower != "yang" else { continue }
                defer { clauseStart = v + 1 }
                let clause = analysis.entities.filter { $0.tokens.lowerBound >= clauseStart && $0.tokens.upperBound <= v }
                // A person is the subject; a country or organisation only right before the verb.
                let subject = clause.first { $0.kind == .name && !isAgency($0) }
                    ?? clause.last { $0.tokens.upperBound >= v - 1 && $0.kind != .place }
                if let span = subject {
                    if isAgency(span) { continue }
                    result.speaker = key(span)
                    result.cue = token.lower
                    break
                }
                if let group = groupSpeaker(tokens, in: clauseStart..<v) {
                    result.speaker = group
                    result.cue = token.lower
                    break
                }
                if let span = analysis.entities.last(where: { $0.tokens.upperBound <= v && $0.tokens.upperBound >= v - 3 }),
                   !isAgency(span), span.kind == .name {
                    result.speaker = key(span)
                    result.cue = token.lower
                    break
                }
            }
        }
        // 4. A quote an agency relays speaks for the person named first inside it.
        if result.speaker == nil, agencyQuote,
           let span = analysis.entities.first(where: { $0.kind == .name && quotes.isInside($0.tokens.lowerBound) && !isAgency($0) }) {
            result.speaker = key(span)
            result.cue = "quote"
        }
        // 5. "Beberapa analis melihat …": a group with a verb of speech or opinion.
        if result.speaker == nil, let group = groupSpeaker(tokens, in: 0..<min(tokens.count, 3)),
           tokens.prefix(6).contains(where: { Lexicon.speechVerbs.contains($0.lower) || Lexicon.opinionVerbs.contains($0.lower) }) {
            result.speaker = group
        }
        // 6. "Yakni dengan …", "Ia juga …": the previous sentence's speaker goes on.
        if result.speaker == nil, let first = tokens.first, Lexicon.continuations.contains(first.lower) {
            result.speaker = previous
            result.cue = result.cue ?? (previous == nil ? nil : "continued")
        }
        return result
    }

    private static func groupSpeaker(_ tokens: [Token], in range: Range<Int>) -> String? {
        for t in range where t < tokens.count {
            if let group = Lexicon.groupSpeakers[tokens[t].lower] { return group }
        }
        return nil
    }
}

/// Which tokens of a sentence stand inside quotation marks.
struct QuoteMap {
    private let scalars: [Unicode.Scalar]
    private let tokens: [Token]
    private var inside: [Bool] = []
    private(set) var insideCount = 0
    private(set) var endsInside = false

    init(scalars: [Unicode.Scalar], tokens: [Token]) {
        self.scalars = scalars
        self.tokens = tokens
        var open = false
        var t = 0
        for (i, c) in scalars.enumerated() {
            while t < tokens.count && tokens[t].start <= i {
                inside.append(open)
                if open { insideCount += 1 }
                t += 1
            }
            switch c {
            case "\"": open.toggle()
            case "\u{201C}": open = true
            case "\u{201D}": open = false
            default: break
            }
        }
        while inside.count < tokens.count { inside.append(open) }
        endsInside = open
    }

    func isInside(_ token: Int) -> Bool { token < inside.count && inside[token] }

    /// The text between two tokens.
    func gap(_ a: Int, _ b: Int) -> String {
        String(String.UnicodeScalarView(scalars[tokens[a].end..<tokens[b].start]))
    }

    /// Whether a quotation closes between tokens `a` and `b`: a closing mark, a straight quote
    /// inside an open quotation, or one right after a comma or stop (`…kita," kata`), which
    /// closes a quotation opened in an earlier sentence.
    func closesBetween(_ a: Int, _ b: Int) -> Bool {
        let between = gap(a, b)
        if between.unicodeScalars.contains("\u{201D}") { return true }
        guard between.utf8.contains(0x22) else { return false }
        return isInside(a) || [",\"", ".\"", "!\"", "?\""].contains { between.containsBytes($0) }
    }
}
