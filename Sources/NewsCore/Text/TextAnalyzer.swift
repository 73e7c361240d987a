/// One word of analysed text.
public struct Token: Sendable, Equatable {
    /// Half-open Unicode scalar offsets into the analysed text.
    public var start: Int
    public var end: Int
    public var surface: String
    /// Lower case, reduplication folded ("tantangan-tantangan" → "tantangan").
    public var lower: String
    /// The stem used for matching; `lower` for names, numbers and function words.
    public var stem: String
    public var flags: Flags
    /// The canonical entity this token belongs to, if any ("korut" → "korea utara").
    public var entity: String?

    /// What kind of word a token is.
    public struct Flags: OptionSet, Sendable, Equatable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        public static let stopword = Flags(rawValue: 1)
        public static let negation = Flags(rawValue: 2)
        public static let number = Flags(rawValue: 4)
        public static let capitalized = Flags(rawValue: 8)
        public static let name = Flags(rawValue: 16)
        public static let alias = Flags(rawValue: 32)
        /// The token followed a hyphen inside one written word ("un" in "Jong-un").
        public static let afterHyphen = Flags(rawValue: 64)
        /// A single capital letter with a full stop after it: a name's middle initial ("George W. Bush").
        public static let initial = Flags(rawValue: 128)
        /// The token opens a quotation or follows a colon: it starts a sentence of its own
        /// ("Mr Abbas said: "Every day …").
        public static let opensQuote = Flags(rawValue: 256)
        /// The token follows a closing quotation mark, with a comma or spaces between: where a
        /// cue names the speaker (`…", Tegas Haiyani`).
        public static let closesQuote = Flags(rawValue: 512)
        /// The token follows a slash with no space: the second of a pair ("Kevin" in
        /// "Marcus/Kevin", "Apriyani" in "Greysia/Apriyani"), never the same name's next word.
        public static let afterSlash = Flags(rawValue: 1024)
        /// The token follows a comma, semicolon or colon with no space ("Aliran" in "kata Sarwo
        /// Edhy,Aliran Sungai …", where the scrape lost a line break or a link): never the same
        /// name's next word.
        public static let afterGluedPunctuation = Flags(rawValue: 2048)
    }

    /// Whether the token carries content: not a function word (of its language, or an English
    /// one inside Indonesian text), negation or reporting word.
    public var isContent: Bool {
        !flags.contains(.stopword) && !flags.contains(.negation) && !Lexicon.reportingWords.contains(stem)
            && !Lexicon.englishFunctionWords.contains(lower)
    }
}

/// A named entity in analysed text: a known alias or a run of capitalised name tokens.
public struct EntitySpan: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case country, organisation, place, name }
    /// Canonical key: "korea utara", "kim jong un".
    public var key: String
    public var kind: Kind
    /// Token indexes.
    public var tokens: Range<Int>
}

/// Tokens and entities of one piece of text.
public struct AnalyzedText: Sendable {
    public var tokens: [Token]
    public var entities: [EntitySpan]
}

/// The one text analyser used by claim linking and search: tokens with offsets, stems
/// (hunspell for Indonesian, Snowball for English), reduplication, aliases, names,
/// negation and numbers.
public struct TextAnalyzer: Sendable {
    let indonesian: IndonesianStemmer
    let english: EnglishStemmer

    public init(indonesian: IndonesianStemmer, english: EnglishStemmer) {
        self.indonesian = indonesian
        self.english = english
    }

    /// The analyser over the system dictionaries, or why it cannot start.
    public static func system() throws(StemmerError) -> TextAnalyzer {
        TextAnalyzer(indonesian: try IndonesianStemmer.shared.get(), english: try EnglishStemmer.shared.get())
    }

    /// `headline`: the text is a title or standfirst, where capitals may mark every word
    /// ("Jokowi Minta KPK Diperkuat"); there only words the dictionary does not know are names.
    public func analyze(_ text: String, language: Language, headline: Bool = false) -> AnalyzedText {
        var tokens = Self.tokenize(text)
        let stopwords = language == .english ? Lexicon.englishStopwords : Lexicon.indonesianStopwords
        for i in tokens.indices {
            var token = tokens[i]
            if token.flags.contains(.number) {
                token.stem = token.lower
            } else if Lexicon.negations.contains(token.lower) {
                token.flags.insert(.negation)
                token.stem = "not"
            } else if stopwords.contains(token.lower) {
                token.flags.insert(.stopword)
                token.stem = token.lower
            } else {
                token.stem = stem(token.lower, language: language)
            }
            tokens[i] = token
        }
        let entities = findEntities(&tokens, language: language, headline: headline)
        return AnalyzedText(tokens: tokens, entities: entities)
    }

    /// The stem of one lower-case word in `language`.
    public func stem(_ word: String, language: Language) -> String {
        if word.unicodeScalars.contains(where: { $0.isDigitFast }) { return word }
        return language == .english ? english.stem(word) : indonesian.stem(word)
    }

    // MARK: tokens

    /// The words of `text` as the analyser matches them, without analysis: split on anything but
    /// letters and digits, and on hyphens; lower case, without apostrophes.
    static func wordKeys(_ text: String) -> [String] {
        tokenize(text).map { lowerCased($0.surface) }
    }

    static func tokenize(_ text: String) -> [Token] {
        let view = text.unicodeScalars
        let s = Array(view)
        // String indexes of every scalar (and the end), so that a token's text is one slice copy.
        var positions = Array(view.indices)
        positions.append(view.endIndex)
        func slice(_ a: Int, _ b: Int) -> String { String(view[positions[a]..<positions[b]]) }
        var tokens: [Token] = []
        var i = 0
        func isWord(_ c: Unicode.Scalar) -> Bool {
            c.isWordFast || c.properties.generalCategory == .nonspacingMark
        }
        while i < s.count {
            guard isWord(s[i]) else { i += 1; continue }
            var j = i
            var hasHyphen = false
            while j < s.count {
                if isWord(s[j]) {
                    j += 1
                } else if j + 1 < s.count, isWord(s[j + 1]), j > i,
                          (s[j] == "-" && s[j - 1].isLetterFast) || ((s[j] == "." || s[j] == ",") && s[j - 1].isDigitFast && s[j + 1].isDigitFast)
                            || joinsApostrophe(s, at: j) {
                    if s[j] == "-" { hasHyphen = true }
                    j += 1
                } else {
                    break
                }
            }
            let word = slice(i, j)
            let lower = lowerCased(word)
            let folded = Reduplication.fold(lower)
            if hasHyphen && folded == lower {
                // Not reduplication: each part is a word ("Jong-un", "antar-Korea", "ke-8").
                var a = i
                for k in i...j where k == j || s[k] == "-" {
                    if k > a {
                        var part = makeToken(s, a, k, slice(a, k))
                        if a > i { part.flags.insert(.afterHyphen) }
                        tokens.append(part)
                    }
                    a = k + 1
                }
            } else {
                var token = makeToken(s, i, j, word)
                if !token.flags.contains(.number) { token.lower = folded }
                if j == i + 1, j < s.count, s[j] == ".", s[i].isUppercaseFast { token.flags.insert(.initial) }
                if opensQuote(s, before: i) { token.flags.insert(.opensQuote) }
                if followsClosingQuote(s, before: i) { token.flags.insert(.closesQuote) }
                if i > 0, s[i - 1] == "/" { token.flags.insert(.afterSlash) }
                if i > 0, s[i - 1] == "," || s[i - 1] == ";" || s[i - 1] == ":" { token.flags.insert(.afterGluedPunctuation) }
                tokens.append(token)
            }
            i = j
        }
        return tokens
    }

    /// ', ’, ‘, ʼ, ` and ´: the marks outlets write for an apostrophe.
    private static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x27, 0x60, 0xB4, 0x2BC, 0x2018, 0x2019: true
        default: false
        }
    }
    /// English clitics after an apostrophe: "Trump's", "don't", "we'll" stay two words.
    private static let clitics: Set<String> = ["s", "t", "d", "m", "ll", "re", "ve"]

    /// Whether the apostrophe at `j` is inside a word, between letters, as in Arabic and Irish
    /// names ("Ma'ruf", "Jum'at", "O'Brien"), and not before an English clitic.
    private static func joinsApostrophe(_ s: [Unicode.Scalar], at j: Int) -> Bool {
        guard isApostrophe(s[j]), j > 0, s[j - 1].isLetterFast, j + 1 < s.count, s[j + 1].isLetterFast else { return false }
        var end = j + 1
        while end < s.count, s[end].isLetterFast { end += 1 }
        return !clitics.contains(String(String.UnicodeScalarView(s[(j + 1)..<end])).lowercased())
    }

    /// A word's letters in lower case without apostrophes: outlets write "Ma'ruf", "Ma’ruf" and "Maruf".
    static func lowerCased(_ word: String) -> String {
        let lower = word.lowercased()
        // Most words are plain ASCII letters: only "'", "`" or a byte of a longer scalar may be one.
        guard lower.utf8.contains(where: { $0 == 0x27 || $0 == 0x60 || $0 >= 0x80 }),
              lower.unicodeScalars.contains(where: isApostrophe) else { return lower }
        return String(String.UnicodeScalarView(lower.unicodeScalars.filter { !isApostrophe($0) }))
    }

    /// Whether the word at `i` follows an opening quotation mark (“, or " after a space or at
    /// the start) or a colon, with at most spaces between.
    private static func opensQuote(_ s: [Unicode.Scalar], before i: Int) -> Bool {
        var k = i - 1
        while k >= 0, s[k] == " " { k -= 1 }
        guard k >= 0 else { return false }
        switch s[k] {
        case "\u{201C}", ":": return true
        case "\"": return k == 0 || s[k - 1] == " " || s[k - 1] == ":" || s[k - 1] == "("
        default: return false
        }
    }

    /// Whether the word at `i` follows a closing quotation mark (”, or " after a word or a
    /// comma), with only commas and spaces between.
    private static func followsClosingQuote(_ s: [Unicode.Scalar], before i: Int) -> Bool {
        var k = i - 1
        while k >= 0, s[k] == " " || s[k] == "," { k -= 1 }
        guard k >= 0 else { return false }
        switch s[k] {
        case "\u{201D}": return true
        case "\"": return k > 0 && s[k - 1] != " " && s[k - 1] != "("
        default: return false
        }
    }

    private static func makeToken(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, _ surface: String) -> Token {
        var flags: Token.Flags = []
        if s[a].isUppercaseFast { flags.insert(.capitalized) }
        var lower = lowerCased(surface)
        /// Whether the token from `start` on is a number: a digit, then digits, dots and commas.
        func isNumber(from start: Int) -> Bool {
            s[start].isDigitFast && s[start..<b].allSatisfy({ $0.isDigitFast || $0 == "." || $0 == "," })
        }
        if isNumber(from: a) {
            flags.insert(.number)
            lower = normalizedNumber(surface)
        } else if b - a > 2, lower.hasPrefix("rp"), isNumber(from: a + 2) {
            // "Rp14.055" is the amount "Rp 14.055" writes with a space: a number, not a name.
            flags = [.number]
            lower = normalizedNumber(String(surface.dropFirst(2)))
        } else if lower.hasSuffix("2"), lower.count > 3, lower.dropLast().allSatisfy({ $0.isLetter }) {
            lower = String(lower.dropLast())  // informal reduplication: tantangan2
        }
        return Token(start: a, end: b, surface: surface, lower: lower, stem: lower, flags: flags, entity: nil)
    }

    /// "2.375.000" → "2375000", "3,5" → "3.5", "797,293,831" → "797293831"; other dotted numbers
    /// (times: "14.58") stay.
    static func normalizedNumber(_ text: String) -> String {
        let groups = text.split(separator: ".", omittingEmptySubsequences: false)
        if groups.count > 1, groups.dropFirst().allSatisfy({ $0.count == 3 }), !text.utf8.contains(0x2C) {
            return groups.joined()
        }
        if !text.utf8.contains(0x2E), text.split(separator: ",").count == 2 {
            return String(text.map { $0 == "," ? "." : $0 })
        }
        // "797,293,831": commas between groups of three, as English writes them.
        let commaGroups = text.split(separator: ",", omittingEmptySubsequences: false)
        if commaGroups.count > 2, commaGroups.dropFirst().allSatisfy({ $0.count == 3 }), !text.utf8.contains(0x2E) {
            return commaGroups.joined()
        }
        return text
    }

    // MARK: entities

    private func findEntities(_ tokens: inout [Token], language: Language, headline: Bool = false) -> [EntitySpan] {
        var spans: [EntitySpan] = []
        var taken = [Bool](repeating: false, count: tokens.count)
        // Known aliases first: "Korut", "Amerika Serikat", "Kantor Berita Pusat Korea".
        var i = 0
        while i < tokens.count {
            if let candidates = EntityTable.index[tokens[i].lower],
               let match = candidates.first(where: { form in
                   i + form.tokens.count <= tokens.count
                       && (0..<form.tokens.count).allSatisfy { k in
                           let token = tokens[i + k]
                           return token.lower == form.tokens[k]
                               && (!form.caseSensitive || token.surface == token.surface.uppercased())
                               && (form.caseSensitive || token.flags.contains(.capitalized) || k > 0
                                   || Self.isLowerCaseGeographicHead(tokens, i, language: language))
                       }
               }) {
                let range = i..<(i + match.tokens.count)
                for k in range {
                    tokens[k].entity = match.entry.key
                    tokens[k].flags.insert(.alias)
                    tokens[k].stem = tokens[k].lower
                    taken[k] = true
                }
                let kind: EntitySpan.Kind = switch match.entry.kind {
                case .country: .country
                case .organisation: .organisation
                case .place: .place
                }
                spans.append(EntitySpan(key: match.entry.key, kind: kind, tokens: range))
                i = range.upperBound
            } else {
                i += 1
            }
        }
        // Then names: runs of capitalised tokens, without leading titles. In a Title Case headline
        // capitals say nothing; there only words the dictionary does not know are names.
        // Title Case: ordinary dictionary words (not titles, aliases or function words) capitalised.
        let capitalised = tokens.filter { $0.flags.contains(.capitalized) }.count
        let ordinary = capitalised < 3 || capitalised * 10 < tokens.count * 4 ? [] : tokens.indices.filter { i in
            !taken[i] && !tokens[i].flags.contains(.number) && !tokens[i].flags.contains(.stopword)
                && !Lexicon.titles.contains(tokens[i].lower) && isDictionaryWord(tokens[i].lower, language: language)
        }
        let capitalisedOrdinary = ordinary.filter { tokens[$0].flags.contains(.capitalized) }.count
        let contentWords = tokens.filter { !$0.flags.contains(.stopword) && !$0.flags.contains(.number) }
        let headlineCase = headline && contentWords.count >= 2
            && contentWords.filter { $0.flags.contains(.capitalized) }.count * 10 >= contentWords.count * 6
        let titleCase = headlineCase || (capitalisedOrdinary >= 3 && capitalisedOrdinary * 10 >= ordinary.count * 6)
        /// In Title Case, a dictionary word is a name only as a short family name before an unknown
        /// word ("Kim Jong Un", "Xi Jinping").
        func titleCaseName(_ i: Int) -> Bool {
            guard isDictionaryWord(tokens[i].lower, language: language) else { return true }
            return tokens[i].lower.count <= 3 && i + 1 < tokens.count && tokens[i + 1].flags.contains(.capitalized)
                && !isDictionaryWord(tokens[i + 1].lower, language: language)
        }
        /// "Robert A. Eckert": a middle initial's full stop does not end the name, unless the
        /// letter names a group or class ("Grup G. Argo menyebut").
        func bridgesInitial(_ t: Int) -> Bool {
            tokens[t].flags.contains(.initial) && tokens[t].end + 2 >= tokens[t + 1].start && t > 0
                && !tokens[t + 1].flags.contains(.stopword)
                && !Lexicon.organisationHeads.contains(tokens[t - 1].lower) && !Lexicon.titles.contains(tokens[t - 1].lower)
        }
        /// "Felix Christian Product Manager": a word that qualifies a business title is the
        /// title's. "Firli Bahuri Bahkan …": a function word with a capital and no name after it
        /// is the next sentence's first word.
        func endsName(_ t: Int) -> Bool {
            if t + 1 < tokens.count, Lexicon.titles.contains(tokens[t + 1].lower), Lexicon.titleModifiers.contains(tokens[t].lower) {
                return true
            }
            return Lexicon.sentenceOpeners.contains(tokens[t].lower) && !tokens[t].flags.contains(.afterHyphen)
                && (t + 1 >= tokens.count || !tokens[t + 1].flags.contains(.capitalized))
        }
        var k = 0
        while k < tokens.count {
            guard !taken[k], isNameCandidate(tokens, k, language: language) || (titleCase && k == 0 && titleCaseName(k)),
                  !titleCase || titleCaseName(k) else { k += 1; continue }
            var end = k + 1
            while end < tokens.count {
                if Self.joinsNameParts(tokens, at: end), !taken[end], !taken[end + 1] {
                    end += 2
                    continue
                }
                guard !taken[end],
                      tokens[end].flags.contains(.capitalized) || tokens[end].flags.contains(.afterHyphen),
                      !titleCase || titleCaseName(end) || tokens[end].flags.contains(.afterHyphen),
                      !Lexicon.titles.contains(tokens[end].lower), !Lexicon.nameBreakers.contains(tokens[end].lower),
                      !tokens[end].flags.contains(.number), !tokens[end].flags.contains(.afterSlash),
                      !tokens[end].flags.contains(.afterGluedPunctuation),
                      !(tokens[end].lower == "based" && tokens[end].flags.contains(.afterHyphen)),
                      !endsName(end),
                      tokens[end - 1].end + 1 >= tokens[end].start || bridgesInitial(end - 1) else { break }
                end += 1
            }
            let start = k > 0 && !taken[k - 1] && tokens[k - 1].entity == nil
                && Self.isLowerCaseGeographicHead(tokens, k - 1, language: language) ? k - 1 : k
            let range = start..<end
            let key = range.map { tokens[$0].lower }.joined(separator: " ")
            for t in range {
                tokens[t].flags.insert(.name)
                tokens[t].entity = key
                tokens[t].stem = tokens[t].lower
            }
            // "semenanjung Malaysia" is a place, never a speaker.
            spans.append(EntitySpan(key: key, kind: start < k ? .place : .name, tokens: range))
            k = end
        }
        return spans.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// "Virgil van Dijk", "Mohammed bin Salman", "Adel al-Jubeir": a particle in lower case at
    /// `k`, inside a name, with a capitalised part right after it (after a hyphen for "al", "el").
    static func joinsNameParts(_ tokens: [Token], at k: Int) -> Bool {
        guard k > 0, k + 1 < tokens.count, Lexicon.nameParticles.contains(tokens[k].surface) else { return false }
        let next = tokens[k + 1]
        let hyphened = tokens[k].surface == "al" || tokens[k].surface == "el"
        return tokens[k - 1].flags.contains(.capitalized) && tokens[k - 1].end + 1 == tokens[k].start
            && next.flags.contains(.capitalized) && !next.flags.contains(.number) && tokens[k].end + 1 == next.start
            && next.flags.contains(.afterHyphen) == hyphened
    }

    /// Whether token `k` is a geographic head in lower case ("semenanjung", "laut") right before a
    /// capitalised word: the start of a place's name, as "Semenanjung Korea" is.
    static func isLowerCaseGeographicHead(_ tokens: [Token], _ k: Int, language: Language) -> Bool {
        guard language == .indonesian, k + 1 < tokens.count, !tokens[k].flags.contains(.capitalized),
              Lexicon.geographicHeads.contains(tokens[k].lower) else { return false }
        return tokens[k + 1].flags.contains(.capitalized) && tokens[k].end + 1 >= tokens[k + 1].start
    }

    /// Whether token `k` can start a name: capitalised and not a title. Mid-sentence, a function
    /// word starts a name only before a capitalised word the dictionary does not know ("Yang
    /// Jiechi"). At the start of a sentence a function word never does, and a dictionary word
    /// only when it is short, as East Asian family names are ("Kim Jong-un", not "Pesan Xi").
    private func isNameCandidate(_ tokens: [Token], _ k: Int, language: Language) -> Bool {
        let token = tokens[k]
        // `…", Tegas Haiyani`: a cue written with a capital after a quote is not part of the name.
        if token.flags.contains(.closesQuote), Lexicon.isSpeechCue(token.lower) {
            return false
        }
        guard token.flags.contains(.capitalized), !token.flags.contains(.number),
              !token.flags.contains(.negation), !Lexicon.titles.contains(token.lower),
              !Lexicon.nameBreakers.contains(token.lower) else { return false }
        // "semester I", "jilid V": a Roman numeral ends a name ("Hamengku Buwono X"). It starts
        // one only before another name's word (Balinese "I Ketut Diarmita") or next to a cue
        // ("kata V", "V mengatakan": the singer).
        if Self.isRomanNumeral(token.surface) {
            let next = k + 1 < tokens.count && token.end + 1 == tokens[k + 1].start ? tokens[k + 1] : nil
            let beforeName = next.map { $0.flags.contains(.capitalized) && !$0.flags.contains(.afterHyphen) } ?? false
            let byCue = (k > 0 && Lexicon.isSpeechCue(tokens[k - 1].lower))
                || (next.map { !$0.flags.contains(.capitalized) && Lexicon.sayingVerbs.contains($0.lower) } ?? false)
            guard beforeName || byCue else { return false }
        }
        // "Rp189,9 Triliun", "25 Persen": a magnitude or unit after a number is the number's.
        if k > 0, tokens[k - 1].flags.contains(.number), Lexicon.magnitudes.contains(token.lower) {
            return false
        }
        // "Rp 26,5 miliar", "USD 1,2 juta": a currency before a number is the number's.
        if Lexicon.currencies.contains(token.lower), k + 1 < tokens.count, tokens[k + 1].flags.contains(.number) {
            return false
        }
        // A letter before a number is a plate or a route ("B 1856 SIN", "angkot M 15"), and so
        // are the capitals after them.
        if token.surface.unicodeScalars.count == 1, k + 1 < tokens.count, tokens[k + 1].flags.contains(.number),
           !tokens[k + 1].flags.contains(.afterHyphen) {
            return false
        }
        if k >= 2, tokens[k - 1].flags.contains(.number), !tokens[k - 1].flags.contains(.afterHyphen),
           tokens[k - 2].surface.unicodeScalars.count == 1, tokens[k - 2].flags.contains(.capitalized),
           token.surface.unicodeScalars.count <= 3, token.surface == token.surface.uppercased() {
            return false
        }
        // The rest of a hyphenated word ("PDI-P") belongs to its first part; a capitalised
        // compound is one name even where its first part alone would not be ("PDI-P menyebut").
        if token.flags.contains(.afterHyphen), k > 0, tokens[k - 1].flags.contains(.capitalized) { return false }
        // "Corporate Affairs Director APRIL Group …": the words of a business title.
        if Lexicon.titleModifiers.contains(token.lower) {
            func isTitleWord(_ t: Int) -> Bool {
                t >= 0 && t < tokens.count && (Lexicon.titleModifiers.contains(tokens[t].lower) || Lexicon.titles.contains(tokens[t].lower))
            }
            if isTitleWord(k - 1) || isTitleWord(k + 1) { return false }
        }
        if k + 1 < tokens.count, tokens[k + 1].flags.contains(.afterHyphen), tokens[k + 1].flags.contains(.capitalized),
           !tokens[k + 1].flags.contains(.number), !Lexicon.nameBreakers.contains(tokens[k + 1].lower) {
            return true
        }
        let stopword = token.flags.contains(.stopword)
        let initial = k == 0 || token.flags.contains(.opensQuote)
        if initial && stopword { return false }
        let common = stopword || (initial && isDictionaryWord(token.lower, language: language))
        guard common else { return true }
        if initial && token.lower.count > 3 { return false }
        guard k + 1 < tokens.count else { return false }
        let next = tokens[k + 1]
        // "Menu Hari Ini: Salad …": a name runs on within its words, not across a colon.
        return token.end + 1 >= next.start && next.flags.contains(.capitalized) && next.entity == nil && !Lexicon.titles.contains(next.lower)
            && !Lexicon.nameBreakers.contains(next.lower)
            && !next.flags.contains(.stopword) && !isDictionaryWord(next.lower, language: language)
    }

    /// I to XXXIX, in capitals: the numbering of a part, a term or a king.
    static func isRomanNumeral(_ word: String) -> Bool {
        !word.isEmpty && word.unicodeScalars.count <= 6 && word.unicodeScalars.allSatisfy { "IVX".unicodeScalars.contains($0) }
    }

    private func isDictionaryWord(_ word: String, language: Language) -> Bool {
        language == .indonesian ? indonesian.knows(word) : Lexicon.englishStopwords.contains(word) || english.knows(word)
    }
}
