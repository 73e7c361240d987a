/// Turns the sentences of one article into claim mentions with attribution.
///
/// Attribution, in order: a cue after a closing quote (`"…," kata X`), `Menurut X, …`,
/// a speech verb after its clause's subject (`X mengatakan …`), the subject inside a quote
/// that an agency relays, a group subject (analis, para ahli), and a continuation
/// ("Yakni …", "Ia …") that keeps the previous speaker. Agencies (KCNA, Xinhua, Reuters)
/// are relays, never speakers. A bare "Kim" or "Xi" resolves to the full name used
/// elsewhere in the article.
public struct ClaimExtractor: Sendable {
    public let analyzer: TextAnalyzer

    /// Makes every sentence with a content term a mention, short or not: for scoring given pairs
    /// of sentences (the pair benchmarks), where whether a text is a claim is not the question.
    public var keepsEverySentence = false

    /// Whether the title and the dek are claim mentions too (`ClaimMention.kind` `.title`, `.dek`,
    /// with sentence indexes -1 and -2). On by default; readers of `mentions` take their text
    /// with `Article.text(of: ClaimMention)`, never `article.sentences[m.sentence]`.
    public var includeHeadlines: Bool

    /// Whether a sentence that joins two predicates gives one mention per clause
    /// (`ClaimMention.clause`). On by default; the reader still shows whole sentences, and a
    /// sentence's cross-references are those of all its clauses.
    public var splitsClauses: Bool

    public init(analyzer: TextAnalyzer, includeHeadlines: Bool = true, splitsClauses: Bool = true) {
        self.analyzer = analyzer
        self.includeHeadlines = includeHeadlines
        self.splitsClauses = splitsClauses
    }

    /// The mentions of an article, and the sentences that are not claims with the reason.
    public struct Result: Sendable {
        public var mentions: [ClaimMention]
        public var skipped: [Int: SkipReason]
    }

    static let shortestClaim = 3
    static let longestClaim = 120

    /// Articles with more sentences than this are analysed in windows of this many: once for the
    /// names, then window by window, so that memory does not grow with every sentence's analysis.
    var window = 4_096

    /// Every sentence's analysis and speaker, as claim extraction sees them (used by search),
    /// handed to `visit` in order; a long article's analyses are not held at once.
    public func analyzeSentences(_ article: Article, _ visit: (Int, AnalyzedText, String?) -> Void) {
        var cursor = Article.SentenceTexts(article)
        _ = walk(article, count: article.sentences.count, text: { cursor.text(of: $0) }) { i, analysis, attribution, _ in
            visit(i, analysis, attribution.speaker)
        }
    }

    /// How many sentences after a person spoke a person named in passing (not as a sentence's
    /// subject) does not take over as the one a later pronoun or -nya cue means.
    static let speakerHolds = 3

    /// Analyses the sentences in order and attributes each: a pronoun or -nya cue means the last
    /// person named before it as a speaker or a sentence's subject, or in passing when no one
    /// spoke in the last few sentences. Hands each sentence's
    /// analysis, attribution and the article's names to `visit`, and returns the names.
    /// `text(i)` gives sentence `i`'s text; sentences are asked for in order, twice over.
    private func walk(_ article: Article, count: Int, text: (Int) -> String,
                      _ visit: (Int, AnalyzedText, Attribution, NameResolver) -> Void) -> NameResolver {
        let stemmer = analyzer.indonesian, englishStemmer = analyzer.english
        let english = article.language == .english
        // An English word the dictionary knows is common unless it can also be a name ("Rod",
        // "White", "Price").
        let properNouns = english ? EnglishProperNouns.system : EnglishProperNouns()
        let isCommonWord: @Sendable (String) -> Bool = { word in
            english ? Lexicon.englishStopwords.contains(word) || (englishStemmer.knows(word) && !properNouns.canBeName(word))
                : stemmer.knows(word)
        }
        let analyze = { (text: String) in analyzer.analyze(text, language: article.language) }
        let isKnownPlace: @Sendable (String) -> Bool = { english ? properNouns.isOnlyPlace($0) : Lexicon.indonesianPlaces.contains($0) }
        var names = NameResolver(isCommonWord: isCommonWord, isKnownPlace: isKnownPlace, isDemonym: { properNouns.isDemonym($0) })
        var held: [AnalyzedText]?
        if count > window {
            for i in 0..<count { names.add(analyze(text(i))) }
        } else {
            held = (0..<count).map { analyze(text($0)) }
            for analysis in held! { names.add(analysis) }
        }
        names.finish()
        names.learnFirstNames(fromTitle: article.title)
        var previous: String?
        var lastPerson: String?
        var lastSpoke: Int?
        var insideQuote = false
        for start in stride(from: 0, to: count, by: window) {
            let range = start..<min(count, start + window)
            let texts = range.map(text)
            var analyses = held.map { Array($0[range]) } ?? texts.map(analyze)
            for k in analyses.indices {
                names.promoteInitialSurname(&analyses[k])
                let i = range.lowerBound + k
                let attribution = Attribution.find(analyses[k], text: texts[k], names: names, previous: previous,
                                                   lastPerson: lastPerson)
                let marked = attribution.hasQuoteMark
                if attribution.speakerIsPerson, let speaker = attribution.speaker {
                    lastPerson = speaker
                    lastSpoke = i
                } else if let person = attribution.firstPerson, marked || !insideQuote,
                          attribution.firstPersonIsSubject || lastSpoke.map({ i - $0 > Self.speakerHolds }) ?? true {
                    // A later "ujarnya" means the one who spoke a few sentences ago, not a person
                    // named since in passing, nor one named inside a quote that runs on unmarked.
                    lastPerson = person
                }
                if marked { insideQuote = attribution.endsInsideQuote }
                previous = attribution.speaker
                visit(i, analyses[k], attribution, names)
            }
        }
        return names
    }

    public func extract(_ article: Article, index: Int) -> Result {
        extract(article, index: index) { _, _, _ in }
    }

    /// `extract`, with the article's search part built from the same pass: an index needs both
    /// and should not analyse twice.
    public func extractWithSearchPart(_ article: Article, index: Int) -> (result: Result, part: ArticleSearchPart) {
        var builder = ArticleSearchPart.Builder(article, analyzer: analyzer)
        let result = extract(article, index: index) { _, analysis, speaker in builder.add(analysis, speaker: speaker) }
        return (result, builder.part)
    }

    /// The most sentences a quote without a cue of its own runs on for (`extract`).
    static let quoteRun = 6

    /// The mentions of an article; each sentence's analysis and speaker also go to `visit`, in order.
    private func extract(_ article: Article, index: Int, visit: (Int, AnalyzedText, String?) -> Void) -> Result {
        let texts = article.sentenceTexts
        let paragraphs = paragraphIndexes(article)
        let anchors = TimeContext(texts: texts, paragraphs: paragraphs, published: article.published,
                                  removed: article.removed.map(\.text))

        var mentions: [ClaimMention] = []
        var skipped: [Int: SkipReason] = [:]
        var speakers: [String?] = []
        var openQuote: [Bool] = []
        var byQuoteCue: [Bool] = []
        var allQuoted: [Bool] = []
        // Per sentence: whether it reports a person's words, whether its cue is a plain verb of
        // saying ("mengatakan"), whether it opens an aside, holds a quotation mark, and could go on
        // with the words of the sentence before.
        var reportsPerson: [Bool] = []
        var reportsSaying: [Bool] = []
        var opensAside: [Bool] = []
        var opensListItem: [Bool] = []
        var marked: [Bool] = []
        var canGoOn: [Bool] = []
        var ownSayer: [String?] = []
        var namesSentenceBefore: [Bool] = []
        // Per sentence: a sample of its content words, hashed and sorted (`topicWords`).
        var topicWords: [[Int]] = []
        // Per sentence: a cue whose quote the text lost (`" tulis Asty.`).
        var lostQuote: [Bool] = []
        let names = walk(article, count: texts.count, text: { texts[$0] }) { i, analysis, attribution, names in
            visit(i, analysis, attribution.speaker)
            speakers.append(attribution.speaker)
            topicWords.append(Self.topicWords(analysis))
            reportsPerson.append(attribution.speakerIsPerson && attribution.cue != nil)
            reportsSaying.append(attribution.speakerIsPerson && attribution.cue.map(Lexicon.sayingVerbs.contains) == true)
            opensAside.append(analysis.tokens.first.map { Lexicon.asides.contains($0.lower) } ?? false)
            opensListItem.append(analysis.tokens.first.map { first in
                Lexicon.listOrdinals.contains(first.lower) && texts[i].unicodeScalars.dropFirst(first.end).first == ","
            } ?? false)
            marked.append(attribution.hasQuoteMark)
            canGoOn.append(attribution.speaker == nil && attribution.firstPerson == nil && !attribution.hasQuoteMark
                           && !(analysis.tokens.first.map { Lexicon.topicSwitches.contains($0.lower) } ?? true))
            ownSayer.append(Self.ownSayer(analysis.tokens))
            namesSentenceBefore.append(attribution.namesSentenceBefore)
            lostQuote.append(attribution.hasQuoteMark && analysis.tokens.first.map { Attribution.cueForm($0.lower) != nil } == true)
            // "“A. / B. / C,” ungkap Kitri.": the middle sentence has no mark and is still inside.
            openQuote.append(attribution.hasQuoteMark ? attribution.endsInsideQuote : openQuote.last ?? false)
            byQuoteCue.append(attribution.cueAfterQuote)
            allQuoted.append(attribution.allQuoted)
            var (time, source) = anchors.anchor(for: i)
            if source != .sentence, attribution.speaker == nil, TimeContext.isTimeless(analysis) {
                (time, source) = (nil, .none)
            }
            let relays = Relays.find(analysis, text: texts[i])
            // Who said it, where and when is not what was said: two quotes of one speaker at one
            // press conference share their attribution, not their claim.
            let unsaid = relays.tokens.union(attribution.tail ?? 0..<0)
            var mention = ClaimMention(
                article: index, sentence: i, speakerKey: attribution.speaker, cue: attribution.cue,
                relays: relays.names,
                quoted: attribution.quoted, time: time, timeSource: source, terms: [], names: [], numbers: [],
                negated: Self.isNegated(analysis.tokens, text: Array(texts[i].unicodeScalars)))
            fillTerms(&mention, analysis, text: Array(texts[i].unicodeScalars), names: names, skipping: unsaid)
            if let reason = skipReason(analysis, text: texts[i], terms: mention.terms, language: article.language),
               !(keepsEverySentence && !mention.terms.isEmpty) {
                skipped[i] = reason
            } else if splitsClauses, let clauses = clauseMentions(of: mention, analysis, text: texts[i], language: article.language,
                                                          names: names, relays: unsaid) {
                mentions += clauses
            } else {
                mentions.append(mention)
            }
        }
        // `"A. B," kata X.`: the sentences of a quote take the speaker named where it closes,
        // through sentences that are no claim of their own.
        // A quote runs back at most `quoteRun` sentences from where it closes: a mark the text
        // lost leaves every sentence before it "inside", narration too.
        var quoteSpeaker = [String?](repeating: nil, count: speakers.count)
        var runBack = [Int](repeating: 0, count: speakers.count)
        for i in stride(from: speakers.count - 2, through: 0, by: -1)
        where speakers[i] == nil && openQuote[i] && (byQuoteCue[i + 1] || openQuote[i + 1]) {
            guard let next = speakers[i + 1], runBack[i + 1] < Self.quoteRun else { continue }
            speakers[i] = next
            quoteSpeaker[i] = next
            runBack[i] = runBack[i + 1] + 1
        }
        // `"A," kata X. "B."`: a quote standing alone after a quote of X goes on quoting X; so
        // does one after X's reported words ("Fakhri berharap …. “Kami …”").
        // A quote of several sentences that opens after X's quote, or goes on from one, quotes X
        // up to where it closes (`"A," kata X. "B. / C. / D."`), when it closes within a few
        // sentences: a mark the text never closes passes nothing on.
        func closesSoon(_ i: Int) -> Bool {
            guard let end = (i..<min(speakers.count, i + Self.quoteRun)).first(where: { !openQuote[$0] }) else { return false }
            return marked[end]
        }
        for i in speakers.indices.dropFirst() where speakers[i] == nil && !lostQuote[i] {
            if allQuoted[i] && (byQuoteCue[i - 1] || quoteSpeaker[i - 1] != nil || reportsPerson[i - 1]) {
                guard let previous = speakers[i - 1] else { continue }
                speakers[i] = previous
                quoteSpeaker[i] = previous
                continue
            }
            // Goes on from a quote this rule gave its speaker, or opens right after X's quote
            // closed on its cue. A cue whose quote the text lost (`" tulis Asty.`) opens nothing.
            let goesOn = lostQuote[i - 1] ? nil : openQuote[i - 1] ? quoteSpeaker[i - 1]
                : marked[i] && openQuote[i] && byQuoteCue[i - 1] ? speakers[i - 1] : nil
            if let quoter = goesOn, closesSoon(i) {
                speakers[i] = quoter
                quoteSpeaker[i] = quoter
            }
        }
        /// Gives the body mentions without a speaker the one found for their sentence.
        func pass(_ found: [String?], cue: String) {
            for m in mentions.indices where mentions[m].kind == .body && mentions[m].speakerKey == nil {
                guard let speaker = found[mentions[m].sentence] else { continue }
                mentions[m].speakerKey = speaker
                mentions[m].cue = cue
            }
        }
        pass(quoteSpeaker, cue: "quote")
        // "A. Hal itu disampaikan X saat …": the sentence after names who said A.
        var namedAfter = [String?](repeating: nil, count: speakers.count)
        for i in speakers.indices.dropFirst() where namesSentenceBefore[i] && speakers[i - 1] == nil {
            namedAfter[i - 1] = speakers[i]
        }
        pass(namedAfter, cue: "named after")
        // "X mengatakan, A. B.": reported speech goes on to the end of its paragraph, through
        // sentences that name no one, quote no one and do not turn to another topic.
        // Outlets that give each sentence its own paragraph go on in the next one: after a
        // paragraph that is one sentence of indirect speech, its next sentence keeps the speaker.
        // The items of a list a person opens are theirs ("Asfinawati membeberkan …. / Pertama,
        // … / Kedua, …"), paragraph or not.
        var goesOn = [String?](repeating: nil, count: speakers.count)
        for i in speakers.indices.dropFirst() where canGoOn[i] && speakers[i] == nil {
            let sameParagraph = paragraphs[i] == paragraphs[i - 1]
            let afterOneSentence = !sameParagraph && reportsSaying[i - 1] && !marked[i - 1]
                && !opensAside[i]
                && (i < 2 || paragraphs[i - 2] != paragraphs[i - 1])
            guard sameParagraph || afterOneSentence || opensListItem[i] else { continue }
            guard let speaker = speakers[i - 1], reportsPerson[i - 1] || goesOn[i - 1] != nil else { continue }
            // "Gunawan mengatakan …" after Ridwan Kamil's words: someone else speaks now.
            if let sayer = ownSayer[i], !speaker.split(separator: " ").contains(Substring(sayer)) { continue }
            speakers[i] = speaker
            goesOn[i] = speaker
        }
        pass(goesOn, cue: "continued")
        // `"A," kata X. B. "C," ujarnya.`: up to `betweenRun` sentences that name no one, between
        // two sentences of one speaker, are theirs too.
        var between = [String?](repeating: nil, count: speakers.count)
        var start = 1
        while start < speakers.count - 1 {
            guard canGoOn[start], speakers[start] == nil, let before = speakers[start - 1] else { start += 1; continue }
            var end = start
            while end < speakers.count, canGoOn[end], speakers[end] == nil, end - start < Self.betweenRun { end += 1 }
            let ownVoice = (start..<end).contains { ownSayer[$0].map { !before.split(separator: " ").contains(Substring($0)) } ?? false }
            // An account stays on its topic: a sentence that shares no word with either side is
            // the reporter's aside ("Harga cabai … naik" between a disaster chief's words).
            let onTopic = (start..<end).allSatisfy {
                SortedSets.sharedCount(topicWords[$0], topicWords[start - 1]) > 0
                    || (end < speakers.count && SortedSets.sharedCount(topicWords[$0], topicWords[end]) > 0)
            }
            if end < speakers.count, speakers[end] == before, !ownVoice, onTopic {
                for k in start..<end { between[k] = before }
            }
            start = end + 1
        }
        pass(between, cue: "between")
        if includeHeadlines {
            mentions = headlineMentions(article, index: index, names: names, anchors: anchors) + mentions
        }
        for m in mentions.indices {
            guard let key = mentions[m].speakerKey else { continue }
            mentions[m].speakerAcronyms = ClaimMention.acronymMask(key, isAcronym: names.isAcronym)
        }
        return Result(mentions: mentions, skipped: skipped)
    }

    /// The first `topicWordLimit` content words of a sentence (no numbers, no words of time), hashed
    /// and sorted: whether two sentences share one is all the between rule asks.
    static func topicWords(_ analysis: AnalyzedText) -> [Int] {
        var words: [Int] = []
        for token in analysis.tokens where token.stem.utf8.count >= 3 && !token.flags.contains(.number)
            && !token.flags.contains(.stopword) {
            guard token.isContent, !Lexicon.momentWords.contains(token.lower) else { continue }
            words.append(token.stem.hashValue)
            if words.count == topicWordLimit { break }
        }
        return words.sorted()
    }

    static let topicWordLimit = 24

    /// Sentences that the speaker before and after them may cover. Three gave 2,750 more CLICK-ID
    /// sentences a speaker, about four in five right, but parted more pairs that report one fact
    /// under two names than look-alikes (docs/claim-linking.md).
    static let betweenRun = 1

    /// The title (when the article has a title line) and the dek as claim mentions, analysed in
    /// headline style: in Title Case only words the dictionary does not know are names.
    private func headlineMentions(_ article: Article, index: Int, names: NameResolver, anchors: TimeContext) -> [ClaimMention] {
        var parts: [(ClaimMention.Kind, String)] = []
        if article.titleOrigin == .titleLine, !article.title.isEmpty { parts.append((.title, article.title)) }
        if let dek = article.dek, !dek.isEmpty { parts.append((.dek, dek)) }
        return parts.compactMap { kind, text in
            var analysis = analyzer.analyze(text, language: article.language, headline: true)
            names.promoteKnownSurnames(&analysis)
            let attribution = Attribution.find(analysis, text: text, names: names, previous: nil)
            let (speaker, cue) = attribution.speaker == nil
                ? Self.headlineSpeaker(analysis, text: text, names: names) ?? (nil, nil) : (attribution.speaker, attribution.cue)
            var (time, source) = anchors.anchor(in: text)
            if source != .sentence, speaker == nil, TimeContext.isTimeless(analysis) { (time, source) = (nil, .none) }
            let relays = Relays.find(analysis, text: text)
            var mention = ClaimMention(
                article: index, sentence: kind.sentence, speakerKey: speaker, cue: cue,
                relays: relays.names, quoted: attribution.quoted, time: time, timeSource: source, terms: [], names: [],
                numbers: [], negated: Self.isNegated(analysis.tokens, text: Array(text.unicodeScalars)))
            mention.kind = kind
            fillTerms(&mention, analysis, text: Array(text.unicodeScalars), names: names, skipping: relays.tokens)
            return skipReason(analysis, text: text, terms: mention.terms, language: article.language) == nil ? mention : nil
        }
    }

    /// The speaker of a headline: the person named right before a colon ("Jokowi: KPK Itu …",
    /// "Hadapi Frankfurt, Emery: …") or before a bare speech verb ("Antasari Anggap …",
    /// "Mahfud akan Minta …"), with the colon or the verb as the cue.
    static func headlineSpeaker(_ analysis: AnalyzedText, text: String, names: NameResolver) -> (String, String)? {
        let tokens = analysis.tokens
        let scalars = Array(text.unicodeScalars)
        for span in analysis.entities where span.kind == .name && span.tokens.lowerBound < 8 {
            // "Walhi: …", "Bappenas Yakin …": a body news writes in title case speaks too.
            guard let person = names.personKey(span, tokens: tokens) ?? NameResolver.titleCaseBody(span) else { continue }
            var k = tokens[span.tokens.upperBound - 1].end
            while k < scalars.count, scalars[k] == " " { k += 1 }
            if k < scalars.count, scalars[k] == ":" { return (person, ":") }
            var v = span.tokens.upperBound
            if v < tokens.count, ["akan", "bakal", "will"].contains(tokens[v].lower) { v += 1 }
            if v < tokens.count, Lexicon.headlineSpeechVerbs.contains(tokens[v].lower) || Lexicon.speechVerbs.contains(tokens[v].lower) {
                return (person, tokens[v].lower)
            }
        }
        return nil
    }

    /// "Budi Gunawan mengatakan …": the capitalised word right before a saying verb, a subject
    /// of its own that the analyser may not have named; the previous speaker goes on there only
    /// when this word is part of their name.
    /// Pronouns and roles ("Dirinya", "Mereka", "Presiden", "Menaker") refer back, so they are not one.
    static func ownSayer(_ tokens: [Token]) -> String? {
        tokens.indices.dropFirst().first { t in
            let word = tokens[t - 1]
            return word.flags.contains(.capitalized) && !tokens[t].flags.contains(.capitalized)
                && Lexicon.sayingVerbs.contains(tokens[t].lower)
                && !word.flags.contains(.stopword) && !word.lower.hasSuffix("nya") && !NameResolver.roleOrBody(word.lower)
                && !Lexicon.personPronouns.contains(word.lower) && !["mereka", "kami", "kita", "saya", "aku"].contains(word.lower)
        }.map { tokens[$0 - 1].lower }
    }

    /// A verb, as far as the words tell: a speech verb or an affixed word (me-, ber-, di-;
    /// English -ed), not a name.
    static func isVerb(_ token: Token, language: Language) -> Bool {
        guard token.entity == nil, !token.flags.contains(.stopword), !token.flags.contains(.number),
              !token.flags.contains(.capitalized) else { return false }
        if Lexicon.speechVerbs.contains(token.lower) { return true }
        if language == .english { return token.lower.count > 4 && token.lower.hasSuffix("ed") }
        guard token.stem != token.lower, token.stem.count >= 3 else { return false }
        return ["me", "ber", "di"].contains { token.lower.hasPrefix($0) }
    }

    /// Token indexes where a sentence's clauses start: after "dan", "serta" or "and" that joins a
    /// new predicate to the clause before it ("Xi menggambarkan hubungan itu sebagai aset berharga
    /// dan berjanji untuk berkontribusi bagi perdamaian"). Both sides must hold a verb (`isVerb`)
    /// and at least four words.
    static func clauseStarts(_ analysis: AnalyzedText, language: Language) -> [Int] {
        let tokens = analysis.tokens
        func isVerb(_ t: Int) -> Bool { Self.isVerb(tokens[t], language: language) }
        var starts: [Int] = []
        var clauseStart = 0
        for (t, token) in tokens.enumerated() where Lexicon.clauseJoins.contains(token.lower) {
            var v = t + 1
            while v < tokens.count, Lexicon.clauseAdverbs.contains(tokens[v].lower) { v += 1 }
            guard v < tokens.count, isVerb(v), t - clauseStart >= 4, tokens.count - (t + 1) >= 4,
                  (clauseStart..<t).contains(where: isVerb) else { continue }
            // "belum berhasil memberantas dan mencegah korupsi": two verbs share one object, one
            // claim. A ber- word before the join is a state ("aset berharga dan berjanji …").
            if isVerb(t - 1), !tokens[t - 1].lower.hasPrefix("ber") { continue }
            starts.append(t + 1)
            clauseStart = t + 1
        }
        return starts
    }

    /// One mention per clause of a sentence that joins two predicates, each with the sentence's
    /// speaker, relays, time and negation scope of its own; `nil` when the sentence is one clause
    /// or a clause would be too short to be a claim.
    private func clauseMentions(of whole: ClaimMention, _ analysis: AnalyzedText, text: String, language: Language,
                                names: NameResolver, relays: Set<Int>) -> [ClaimMention]? {
        let starts = Self.clauseStarts(analysis, language: language)
        guard !starts.isEmpty else { return nil }
        let scalars = Array(text.unicodeScalars)
        let bounds = [0] + starts
        var result: [ClaimMention] = []
        for (k, start) in bounds.enumerated() {
            let end = k + 1 < bounds.count ? bounds[k + 1] - 1 : analysis.tokens.count
            let part = AnalyzedText(tokens: Array(analysis.tokens[start..<end]),
                                    entities: analysis.entities.compactMap { span in
                                        guard span.tokens.lowerBound >= start, span.tokens.upperBound <= end else { return nil }
                                        var shifted = span
                                        shifted.tokens = (span.tokens.lowerBound - start)..<(span.tokens.upperBound - start)
                                        return shifted
                                    })
            let clauseText = String(String.UnicodeScalarView(scalars[part.tokens.first!.start..<part.tokens.last!.end]))
            var mention = whole
            mention.clause = part.tokens.first!.start..<part.tokens.last!.end
            mention.terms = []
            mention.names = []
            mention.entities = []
            mention.numbers = []
            mention.negated = Self.isNegated(part.tokens, text: scalars)
            fillTerms(&mention, part, text: scalars, names: names,
                      skipping: Set(relays.filter { (start..<end).contains($0) }.map { $0 - start }))
            // A later clause has no subject of its own to point anywhere.
            if k > 0 { mention.opensWithAnaphor = false }
            guard skipReason(part, text: clauseText, terms: mention.terms, language: language) == nil else { return nil }
            result.append(mention)
        }
        return result
    }

    /// Whether a sentence negates its claim: it holds a negation that is not part of an idiom
    /// ("tak henti-hentinya", "tidak hanya … tetapi juga", "tak lama kemudian", "tidak lain",
    /// "tidak dapat dipungkiri", "not only … but also").
    static func isNegated(_ tokens: [Token], text: [Unicode.Scalar]) -> Bool {
        for (i, token) in tokens.enumerated() where token.flags.contains(.negation) {
            guard i + 1 < tokens.count else { return true }
            let next = tokens[i + 1].lower
            if Lexicon.nonNegatingAfterNegation.contains(next) { continue }
            if Lexicon.modalsInNegationIdiom.contains(next), i + 2 < tokens.count,
               Lexicon.nonNegatingAfterNegation.contains(tokens[i + 2].lower) { continue }
            if next == "lama" {
                let phraseEnds = i + 2 == tokens.count
                    || text[tokens[i + 1].end..<tokens[i + 2].start].contains(",")
                if phraseEnds || Lexicon.timeAfterNegatedLama.contains(tokens[i + 2].lower) { continue }
            }
            if Self.inRelativeClause(tokens, i, text: text) { continue }
            return true
        }
        return false
    }

    /// Whether the negation at `i` describes a noun in a relative clause ("situasi yang rumit dan
    /// belum pernah terjadi", "warga yang tidak mampu", "people who did not vote") rather than
    /// denying the claim: "yang", "who" or "which" (`Lexicon.relativePronouns`; not "that", which
    /// also opens reported speech) at most three words before it, within its stretch of the
    /// sentence between commas.
    static func inRelativeClause(_ tokens: [Token], _ i: Int, text: [Unicode.Scalar]) -> Bool {
        var k = i - 1
        while k >= 0, i - k <= 3 {
            if text[tokens[k].end..<tokens[k + 1].start].contains(where: { $0 == "," || $0 == ";" }) { return false }
            if Lexicon.relativePronouns.contains(tokens[k].lower) { return k > 0 }
            k -= 1
        }
        return false
    }

    private func fillTerms(_ mention: inout ClaimMention, _ analysis: AnalyzedText, text: [Unicode.Scalar], names: NameResolver,
                           skipping relayTokens: Set<Int> = []) {
        var terms: [String] = []
        var seen = Set<String>()
        func add(_ term: String) { if seen.insert(term).inserted { terms.append(term) } }
        var covered = relayTokens
        for span in analysis.entities {
            let relayed = span.tokens.contains { relayTokens.contains($0) }
            covered.formUnion(span.tokens)
            if relayed { continue }
            let key = span.kind == .name ? names.resolve(span.key) : span.key
            if Attribution.agencyKeys.contains(key) { continue }
            add("@" + key)
            // "a Mexican citizen" against "a citizen of Mexico": a nationality adds no participant.
            if span.kind == .name, names.isDemonym(key) { continue }
            if span.kind == .name { mention.names.insert(key) }
            mention.entities.insert(key)
        }
        let tokens = analysis.tokens
        func isDatePart(_ i: Int) -> Bool {
            let near = [i - 1, i + 1].filter { tokens.indices.contains($0) }
            if near.contains(where: { DateParser.month(named: tokens[$0].lower) != nil }) { return true }
            // "17-22 September", "17 - 22 September", "17 hingga 22 September": the first day of a range.
            let connector = i + 1 < tokens.count && DateParser.rangeWords.contains(tokens[i + 1].lower)
            let last = connector ? i + 2 : i + 1
            if last + 1 < tokens.count, tokens[last].flags.contains(.number), DateParser.month(named: tokens[last + 1].lower) != nil,
               connector || text[tokens[i].end..<tokens[last].start].allSatisfy({ $0 == " " || $0 == "-" || $0 == "\u{2013}" }) {
                return true
            }
            if let value = Int(tokens[i].lower), (1900...2100).contains(value) { return true }
            return near.contains { j in
                let gap = j < i ? (tokens[j].end..<tokens[i].start) : (tokens[i].end..<tokens[j].start)
                return gap.count == 1 && tokens[j].flags.contains(.number) && text.unicodeScalarAt(gap.lowerBound) == "/"
            }
        }
        for (i, token) in analysis.tokens.enumerated() where !covered.contains(i) && token.isContent {
            // A capitalised title ("Presiden China Xi Jinping") belongs to the name, not the claim.
            if token.flags.contains(.capitalized) && Lexicon.titles.contains(token.lower) { continue }
            if token.flags.contains(.number) {
                guard !isDatePart(i) else { continue }
                let (value, consumed) = NumberValue.read(tokens, at: i, text: text)
                covered.formUnion(consumed)
                mention.numbers.insert(value)
                add("#" + value)
            } else if token.stem.count >= 2 {
                add(token.stem)
            }
        }
        mention.terms = terms
        mention.opensWithAnaphor = Self.opensWithAnaphor(tokens)
        mention.words = SurfaceWords.fingerprint(analysis.tokens.indices.filter { !relayTokens.contains($0) }.map { tokens[$0].lower })
    }

    /// Whether a clause's subject points to another sentence: after a connective ("Sehingga",
    /// "Namun"), a demonstrative or pronoun ("Ini", "Itu", "Mereka", "This", "They") or a noun with
    /// a demonstrative after it ("Hal ini", "Kebijakan tersebut").
    static func opensWithAnaphor(_ tokens: [Token]) -> Bool {
        var k = 0
        while k < min(tokens.count, 3), Lexicon.connectives.contains(tokens[k].lower) { k += 1 }
        guard k < tokens.count else { return false }
        if Lexicon.anaphoricSubjects.contains(tokens[k].lower) { return true }
        return k + 1 < tokens.count && tokens[k].entity == nil && Lexicon.demonstratives.contains(tokens[k + 1].lower)
    }

    private func skipReason(_ analysis: AnalyzedText, text: String, terms: [String], language: Language) -> SkipReason? {
        let tokens = analysis.tokens
        if tokens.count > Self.longestClaim { return .tooLong }
        if !tokens.isEmpty && tokens.allSatisfy({ $0.flags.contains(.number) }) { return .numbersOnly }
        if Tokens.upperCaseShare(text) > 0.8 && tokens.count > 2 { return .allCaps }
        let words = terms.filter { !$0.hasPrefix("@") && !$0.hasPrefix("#") }
        if terms.count < Self.shortestClaim || tokens.count < 4 { return .tooShort }
        let nameTokens = tokens.filter { $0.entity != nil }.count
        // Mostly names, with a word or two between them, and no verb: "Video by: Rans
        // Entertainment". "Waskita meraih Juara 1 The Best Indonesian GCG Implementation …" says something.
        if words.count < 2 || (nameTokens * 10 >= tokens.count * 6 && words.count < 3
            && !tokens.contains(where: { Self.isVerb($0, language: language) })) {
            return .nameList
        }
        return nil
    }

    /// The body line (paragraph) each sentence starts in.
    private func paragraphIndexes(_ article: Article) -> [Int] {
        var result: [Int] = []
        var paragraph = 0
        var offset = 0
        var scalars = article.body.unicodeScalars.makeIterator()
        for sentence in article.sentences {
            while offset < sentence.start, let c = scalars.next() {
                if c == "\n" { paragraph += 1 }
                offset += 1
            }
            result.append(paragraph)
        }
        return result
    }
}

/// Resolves a bare surname ("Kim", "Xi", "Biden") to the full name used in the same article,
/// and tells a person's name from a title, an organisation or a common word.
struct NameResolver: Sendable {
    private var full: [String: String] = [:]
    /// Words written in capitals in the article ("DPP", "JPU"): acronyms of bodies, not names.
    private var acronyms = Set<String>()
    /// Names the article uses as places ("di Morowali", "Kabupaten Morowali", "Candi Borobudur"):
    /// a pronoun or -nya cue never means them.
    private var places = Set<String>()
    /// A word the dictionary knows: a name made only of such words may be a title's rest.
    let isCommonWord: @Sendable (String) -> Bool
    /// A place the language's lexicon knows, whatever the article does with it ("Canada").
    private let isKnownPlace: @Sendable (String) -> Bool
    /// A nationality or people ("Mexican"): neither a person nor a participant of its own.
    let isDemonym: @Sendable (String) -> Bool

    /// "panglima tni" → the name after "Panglima TNI Marsekal Hadi Tjahjanto", as met: the holder
    /// of an office (a title and its body), whom "Panglima TNI menegaskan" means later. An office
    /// the article gives two names is left out (`finish`).
    private var officeNames: [(office: String, name: String)] = []
    private var holders: [String: String] = [:]
    /// Names of one word the body uses ("Imam mengaku …").
    private var single = Set<String>()
    /// Names with more than one word, in the order first met.
    private var multi: [String] = []
    private var multiSeen = Set<String>()
    /// People the article names after a title ("Kapolsek Tebet Kompol Alam Nur"): persons, though
    /// the dictionary knows every word of their names, wherever the article names them again.
    private var titled = Set<String>()
    /// Names of more than one word that no capitalised word follows, with the three words
    /// before them: where `finish` looks for the title.
    private var titledNames: [(name: String, lead: [String])] = []
    /// Words that open a sentence right before a speech verb: a name the dictionary also knows.
    private var openingSayers = Set<String>()

    init(_ analyses: [AnalyzedText], isCommonWord: @escaping @Sendable (String) -> Bool = { _ in false }) {
        self.init(isCommonWord: isCommonWord)
        for analysis in analyses { add(analysis) }
        finish()
    }

    /// An empty resolver: `add` each sentence's analysis, then `finish`.
    init(isCommonWord: @escaping @Sendable (String) -> Bool, isKnownPlace: @escaping @Sendable (String) -> Bool = { _ in false },
         isDemonym: @escaping @Sendable (String) -> Bool = { _ in false }) {
        self.isCommonWord = isCommonWord
        self.isKnownPlace = isKnownPlace
        self.isDemonym = isDemonym
    }

    /// Learns the names, acronyms and places of one sentence.
    mutating func add(_ analysis: AnalyzedText) {
        for span in analysis.entities where span.kind == .name && span.tokens.count > 1 && multiSeen.insert(span.key).inserted {
            multi.append(span.key)
        }
        for span in analysis.entities where span.kind == .name && span.tokens.count == 1 { single.insert(span.key) }
        // "Alam mengatakan …": a capitalised word that opens a sentence before a speech verb.
        if analysis.tokens.count > 1, analysis.tokens[0].flags.contains(.capitalized),
           Lexicon.isSpeechOrSayingVerb(analysis.tokens[1].lower) {
            openingSayers.insert(analysis.tokens[0].lower)
        }
        // "Kapten Penjaga Pantai AS John Reed": a name followed by capitals is a title's rest.
        for span in analysis.entities where span.kind == .name && span.tokens.count > 1
            && (span.tokens.upperBound == analysis.tokens.count || !analysis.tokens[span.tokens.upperBound].flags.contains(.capitalized)) {
            titledNames.append((span.key, analysis.tokens[max(0, span.tokens.lowerBound - 3)..<span.tokens.lowerBound].map(\.lower)))
        }
        for token in analysis.tokens where token.surface.unicodeScalars.count >= 2
            && token.surface.unicodeScalars.allSatisfy({ $0.isUppercaseFast || $0.isDigitFast }) {
            acronyms.insert(token.lower)
        }
        places.formUnion(Self.placeNames(in: analysis))
        // Title and body written together, then the rank and name, at most a comma or a bracket's
        // close apart ("Menteri LHK, Siti Nurbaya", "Ketua KPK Agus Rahardjo").
        let tokens = analysis.tokens
        func adjoins(_ k: Int, gap: Int = 1) -> Bool { tokens[k - 1].end + gap >= tokens[k].start }
        for span in analysis.entities where span.kind == .name && span.tokens.count > 1 {
            var k = span.tokens.lowerBound
            while k > 0, adjoins(k, gap: 2), Lexicon.ranks.contains(tokens[k - 1].lower) { k -= 1 }
            guard k > 0, adjoins(k, gap: 2), let body = analysis.entities.last(where: { $0.tokens.upperBound == k }),
                  body.kind != .place, body.kind != .country, body.tokens.lowerBound > 0 else { continue }
            let title = body.tokens.lowerBound - 1
            guard adjoins(title + 1), Self.isCurrentTitle(tokens, at: title) else { continue }
            officeNames.append((tokens[title].lower + " " + body.key, span.key))
        }
    }

    /// Whether token `title` is the title of an office held now: "Panglima" of "Panglima TNI", not
    /// of "mantan Panglima TNI". Offices are learnt and looked up (`holder`) by the same test.
    static func isCurrentTitle(_ tokens: [Token], at title: Int) -> Bool {
        title >= 0 && Lexicon.titles.contains(tokens[title].lower)
            && (title == 0 || !Lexicon.formerWords.contains(tokens[title - 1].lower))
    }

    /// The person who holds the office of `title` at `body` ("panglima", "tni"), when the article
    /// named one and only one.
    func holder(ofTitle title: String, body: String) -> String? { holders[title + " " + body] }

    /// "Bappenas", "Walhi": the key of a one-word body news writes in title case, which speaks as a
    /// body and is never a person (`personKey`).
    static func titleCaseBody(_ span: EntitySpan) -> String? {
        span.tokens.count == 1 && Lexicon.bodiesInTitleCase.contains(span.key) ? span.key : nil
    }

    /// Resolves surnames to the full names learnt.
    mutating func finish() {
        // The person part of a name with its titles ("Presidium Jaringan Aktivis Hendra Wirakusuma")
        // first, so that "Hendra" means "hendra wirakusuma"; then the whole names.
        // Its first word, its first word past initials ("M. Hanif Dhakiri" is "Hanif" too) and
        // its last word each stand for a name, unless an earlier name took them.
        func learn(_ parts: [String]) {
            // "Tim Pemenangan Bamsoet For Golkar": a name joined by an English connector inside it
            // is a team's, a film's or a body's, and no one's full name.
            guard !parts.dropFirst().dropLast().contains(where: Lexicon.innerConnectors.contains) else { return }
            let name = parts.joined(separator: " ")
            // "Badan Lingkungan Hidup Singapura", "Kementerian Minyak Iran": a place alone is the
            // place, not a body or person named with it; "Korea" may stand for "Korea Utara".
            let namesAPlace = isPlace(name)
            for part in [parts[0], parts.first { $0.count > 1 } ?? parts[0], parts[parts.count - 1]]
            where full[part] == nil && (namesAPlace || !isPlace(part)) {
                full[part] = name
            }
        }
        // "Menteri BUMN Rini Soemarno", "Gubernur BI Perry Warjiyo": the body's acronym goes with
        // the title, so "Rini" is her; two capitals before one name are initials ("BJ Habibie").
        let acronyms = self.acronyms
        let people = multi.map { name in
            let parts = name.split(separator: " ").map(String.init)
            return Self.personWords(parts, isCommonWord: isCommonWord,
                                    isAcronym: { acronyms.contains($0) && ($0.count >= 3 || parts.count >= 3) }, isPlace: isPlace)
        }
        for person in people where person.count > 1 { learn(person) }
        var seen = Set<[String]>()
        for (name, lead) in titledNames {
            let parts = name.split(separator: " ").map(String.init)
            // The dictionary and place lookups of `personWords` cost; most names fail cheaper tests.
            guard parts.contains(where: { single.contains($0) || openingSayers.contains($0) }),
                  (lead + parts).contains(where: Attribution.isRole), seen.insert(lead + parts).inserted else { continue }
            let person = Self.personWords(parts, isCommonWord: isCommonWord, isAcronym: { acronyms.contains($0) }, isPlace: isPlace)
            let before = lead + parts.dropLast(person.count)
            guard (2...3).contains(person.count), let title = before.last, !Lexicon.officeUnits.contains(title),
                  Attribution.describesPerson(title) || acronyms.contains(title), before.contains(where: Attribution.isRole),
                  single.contains(person[0]) || openingSayers.contains(person[0]),
                  !person.contains(where: belongsToTitle),
                  !isPlace(person.joined(separator: " ")) else { continue }
            titled.insert(person.joined(separator: " "))
        }
        titledNames = []
        var named: [String: Set<String>] = [:]
        for (office, name) in officeNames {
            let parts = name.split(separator: " ").map(String.init)
            let person = Self.personWords(parts, isCommonWord: isCommonWord, isAcronym: { acronyms.contains($0) }, isPlace: isPlace)
            if person.count > 1, !person.allSatisfy(isCommonWord) { named[office, default: []].insert(person.joined(separator: " ")) }
        }
        holders = named.compactMapValues { $0.count == 1 ? $0.first : nil }
        officeNames = []
        // "Unggahan Wirang": a one-word person stands for itself, not for the words before it.
        for person in people where person.count == 1 && full[person[0]] == nil { full[person[0]] = person[0] }
        for name in multi { learn(name.split(separator: " ").map(String.init)) }
        multi = []
        multiSeen = []
    }

    /// "Imam Nahrawi Tersangka, …" over a body that says only "Imam mengaku …", "Susi Pudjiastuti
    /// Sebut …" over "Susi mengatakan …": a word the body uses alone as a name, which the title
    /// puts before a word the dictionary does not know (not a place or a title), is that person's
    /// first name, unless the body named someone else so. Call after `finish`.
    mutating func learnFirstNames(fromTitle title: String) {
        let words = title.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" }).map(String.init)
        for (first, second) in zip(words, words.dropFirst()) {
            let w = first.lowercased(), x = second.lowercased()
            guard first.first?.isUppercase == true, second.first?.isUppercase == true,
                  !Self.roleOrBody(w), !isCommonWord(x), !Self.roleOrBody(x), !isPlace(x), !isDemonym(x), !isPlace(w),
                  second.contains(where: \.isLowercase), single.contains(w) || openingSayers.contains(w), full[w] == nil || full[w] == w,
                  !["kan", "i", "nya"].contains(where: { x.hasSuffix($0) && isCommonWord(String(x.dropLast($0.count))) }),
                  !Self.isAffixedVerb(x, isCommonWord: isCommonWord) else { continue }
            full[w] = w + " " + x
        }
    }

    /// "Disopiri", "Mengaku": a word made of a verb prefix, a word the dictionary knows and maybe
    /// a suffix, which the dictionary may not list whole.
    static func isAffixedVerb(_ word: String, isCommonWord: (String) -> Bool) -> Bool {
        for prefix in ["di", "ter", "ber", "me", "mem", "men", "meng", "meny"] where word.hasPrefix(prefix) {
            let rest = word.dropFirst(prefix.count)
            guard rest.count >= 3 else { continue }
            if isCommonWord(String(rest)) { return true }
            for suffix in ["i", "kan", "an"] where rest.hasSuffix(suffix) && rest.count - suffix.count >= 3 {
                if isCommonWord(String(rest.dropLast(suffix.count))) { return true }
            }
        }
        return false
    }

    /// The names `analysis` uses as places: right after "di" ("di Morowali"), after a place's
    /// head ("Kabupaten Morowali", "Candi Borobudur"), or before "-based".
    static func placeNames(in analysis: AnalyzedText) -> [String] {
        var found: [String] = []
        for span in analysis.entities where span.kind == .name {
            let words = span.key.split(separator: " ").map(String.init)
            if span.tokens.lowerBound > 0, Lexicon.locatives.contains(analysis.tokens[span.tokens.lowerBound - 1].lower) {
                found.append(span.key)
            }
            // "the Geneva-based organization"
            if span.tokens.upperBound < analysis.tokens.count, analysis.tokens[span.tokens.upperBound].lower == "based",
               analysis.tokens[span.tokens.upperBound].flags.contains(.afterHyphen) {
                found.append(span.key)
            }
            if span.tokens.lowerBound > 0, Lexicon.placeHeads.contains(analysis.tokens[span.tokens.lowerBound - 1].lower) {
                found.append(span.key)
            } else if words.count > 1, Lexicon.placeHeads.contains(words[0]) {
                found.append(words.dropFirst().joined(separator: " "))
            }
        }
        return found
    }

    /// A word before a person's name that is not part of it: a title, rank or body, an honorific,
    /// where a post was made, or a connective that opens the sentence ("Pasalnya Bebby …").
    static func roleOrBody(_ w: String) -> Bool {
        Lexicon.roleWords.contains(w) || Lexicon.titles.contains(w) || Lexicon.organisationHeads.contains(w)
            || Lexicon.personDescriptors.contains(w) || Lexicon.nameOpeners.contains(w) || Lexicon.continuations.contains(w)
            || Lexicon.isMinistry(w)
    }

    /// The words of a name after its titles, ranks and bodies: "sekjen dpp partai maju hasto
    /// wiranata" → "hasto wiranata" (the word after a body's head is the body's name).
    private static func personWords(_ words: [String], isCommonWord: (String) -> Bool,
                                    isAcronym: (String) -> Bool = { _ in false },
                                    isPlace: (String) -> Bool = { _ in false }) -> [String] {
        // "Ali Sungkar SpOG", "Jasa Marga (Persero) Tbk", "Tunggul D. Situmorang SpPD-KGH":
        // degrees and company forms after a name, with the acronyms joined to them.
        var words = words
        while let last = words.last, words.count > 1, Lexicon.postNominals.contains(last)
                || (isAcronym(last) && Lexicon.postNominals.contains(words[words.count - 2])) {
            words.removeLast()
        }
        // "Mahfud MD": initials of one or two letters after a name are part of it, not a body.
        var initials: [String] = []
        if words.count >= 2, let last = words.last, last.count <= 2, isAcronym(last) {
            initials = [words.removeLast()]
        }
        // "Angkasa Pura I Faik Fahmi": a company's numeral ends the body before the name; the
        // particle of a Balinese name ("I Ketut Diarmita") does not.
        var suffix: [String] = []
        // "Peneliti Setara Institute Ismail Hasani": a body's last word ends the body before the name.
        for (k, word) in words.enumerated().dropLast().reversed() {
            if roleOrBody(word) || isAcronym(word) || Lexicon.companyTails.contains(word) { break }
            // "Kepala Bappenas Bambang Brodjonegoro"; not "Walhi Riau", a body and its place.
            if Lexicon.bodiesInTitleCase.contains(word), !suffix.isEmpty { break }
            let particle = (word == "i" || word == "ni") && Lexicon.balineseNames.contains(words[k + 1])
            if Lexicon.romanNumerals.contains(word), !particle { break }
            suffix.insert(word, at: 0)
            if particle { break }
        }
        if let last = words.last { suffix = roleOrBody(last) || isAcronym(last) ? [] : suffix + [last] }
        if suffix.count >= 2, suffix.count < words.count, Lexicon.organisationHeads.contains(words[words.count - suffix.count - 1]),
           suffix.count >= 3 || !isCommonWord(suffix[1]) {
            suffix.removeFirst()
        }
        // "Menteri Kelautan Susi Pudjiastuti", "Dinas Perikanan Cilacap Budi Santoso": the field of
        // an office (a ke-…-an or pe-…-an noun) and a place the article names belong to the title.
        // "Gubernur Jawa Tengah Ganjar Pranowo": a region's two words too.
        // "Kota Makassar", "Distrik A": a place's head and its name; "(Jakarta) Timur": what is
        // left of a region whose place word went first.
        while suffix.count > 1 {
            // "Kepala Bandara Internasional Soekarno Hatta Agus Haryadi": a place of several words
            // the article names as one ("di Bandara Internasional Soekarno Hatta") is the office's.
            if suffix.count > 3, let n = (2...(suffix.count - 2)).last(where: { isPlace(suffix.prefix($0).joined(separator: " ")) }) {
                suffix.removeFirst(n)
                continue
            }
            // "Menteri Luar Negeri Pakistan Shah Mehmood Qureshi", "Menlu Arab Saudi Adel al-Jubeir",
            // "Komisaris Besar Polisi Budhi Herdi Susianto": the office's country or the rank's last
            // word, when a name of two words or more is left.
            if suffix.count > 3, Lexicon.countries.contains(suffix[0] + " " + suffix[1]) {
                suffix.removeFirst(2)
            } else if suffix.count > 2, Lexicon.countries.contains(suffix[0]) || Lexicon.rankTails.contains(suffix[0]) {
                suffix.removeFirst()
            } else if suffix.count > 2, Lexicon.regionQualifiers.contains(suffix[1]) || Lexicon.placeHeads.contains(suffix[0])
                || ["kota", "distrik"].contains(suffix[0]) {
                suffix.removeFirst(2)
            } else if isPlace(suffix[0]) || (isFieldOfOffice(suffix[0]) && isCommonWord(suffix[0])) || Lexicon.officeNames.contains(suffix[0])
                        || (suffix.count > 2 && (Lexicon.officeFields.contains(suffix[0]) || Lexicon.regionQualifiers.contains(suffix[0]))) {
                suffix.removeFirst()
            } else {
                break
            }
        }
        return suffix.isEmpty ? [] : suffix + initials
    }

    /// A ke-…-an or pe(r)-…-an noun ("kelautan", "perikanan", "pendidikan"): a ministry's or an
    /// office's field, not a name.
    private static func isFieldOfOffice(_ word: String) -> Bool {
        word.count >= 7 && word.hasSuffix("an") && (word.hasPrefix("ke") || word.hasPrefix("pe"))
    }

    /// A place this article names as one, or one the language's lexicon knows.
    func isPlace(_ name: String) -> Bool { places.contains(name) || isKnownPlace(name) }

    /// A word of a title, not of the name after it, though the dictionary knows both: a role or
    /// body, an office's field ("Kelautan", "Pidana"), a region's word or a place.
    func belongsToTitle(_ word: String) -> Bool {
        Self.roleOrBody(word) || Lexicon.officeFields.contains(word) || Self.isFieldOfOffice(word)
            || Lexicon.regionQualifiers.contains(word) || isPlace(word)
    }

    func resolve(_ key: String) -> String {
        key.utf8.contains(0x20) ? key : full[key] ?? key
    }

    /// Whether a token of the text is an acronym: upper case in the article ("BWI", "KPK").
    func isAcronym(_ word: String) -> Bool { acronyms.contains(word) }

    /// The person a name span stands for, resolved within the article, without the titles, ranks
    /// and bodies before it ("Sekjen DPP PDIP Hasto Kristiyanto" → "hasto kristiyanto"); `nil`
    /// when the span is no person: a title fragment ("Sekjen Dpp", "Ketua Umum"), an
    /// organisation ("Partai Golkar"), or one common word ("Pasal", "Instrumen").
    /// `strict` (a name met in passing, not right after a cue) also refuses names made only of
    /// common words ("Hak Kekayaan Intelektual").
    func personKey(_ span: EntitySpan, tokens: [Token], strict: Bool = false) -> String? {
        guard span.kind == .name else { return nil }
        let first = tokens[span.tokens.lowerBound]
        let resolved = resolve(span.key)
        let words = resolved.split(separator: " ").map(String.init)
        if words.count == 1, Lexicon.personPronouns.contains(words[0]) || Lexicon.bodiesInTitleCase.contains(words[0]) { return nil }
        let isCommonWord = { (w: String) in
            self.isCommonWord(w) || (w.hasSuffix("nya") && w.count >= 7 && self.isCommonWord(String(w.dropLast(3))))
        }
        if span.tokens.lowerBound == 0, words.count == 1, isCommonWord(first.lower) { return nil }
        // "kata Wakapolda Kalimantan Tengah", "ujar Kapolres Bogor": a police command's region;
        // its chief's name comes with a rank ("Kapolres Bogor AKBP Andi Moch Dicky").
        if words.count == span.tokens.count,
           span.tokens.upperBound == tokens.count || !tokens[span.tokens.upperBound].flags.contains(.capitalized) {
            let region = Lexicon.regionalCommands.contains(words[0]) ? words.dropFirst()
                : span.tokens.lowerBound > 0 && Lexicon.regionalCommands.contains(tokens[span.tokens.lowerBound - 1].lower) ? words[...]
                : []
            if (1...2).contains(region.count), !region.contains(where: Self.roleOrBody) { return nil }
        }
        // "Rp 5 juta", "Rp466 miliar".
        if words.contains(where: { Lexicon.currencies.contains($0) || ($0.hasPrefix("rp") && $0.dropFirst(2).first?.isNumber == true) }) {
            return nil
        }
        // "Finance Minister Sri Mulyani": one word before a title belongs to the title.
        if span.tokens.count == 1, words.count == 1, span.tokens.upperBound < tokens.count,
           Lexicon.titles.contains(tokens[span.tokens.upperBound].lower) {
            return nil
        }
        var suffix = Self.personWords(words, isCommonWord: isCommonWord, isAcronym: { acronyms.contains($0) },
                                      isPlace: isPlace)
        // "Sekjen PDI-P Hasto Kristiyanto": the rest of a hyphenated acronym belongs to the body.
        if words.count == span.tokens.count {
            while !suffix.isEmpty, span.tokens.upperBound - suffix.count > span.tokens.lowerBound,
                  tokens[span.tokens.upperBound - suffix.count].flags.contains(.afterHyphen) {
                suffix.removeFirst()
            }
        }
        guard !suffix.isEmpty, !suffix.contains(where: Lexicon.titlePrepositions.contains) else { return nil }
        // "(Persero) Tbk Donsuwan Simatupang": a company's form ends the company before the name.
        while suffix.count > 1, Lexicon.companyTails.contains(suffix[0]) { suffix.removeFirst() }
        // "PT Waskita Karya (Persero) Tbk", "Bos JYP Entertainment", "Setara Institute": a name
        // that ends in a company's form or last word is no one's; the company speaks as a body.
        if let last = suffix.last, Lexicon.companyTails.contains(last) { return nil }
        // A body ("Partai Golkar", "Komisi Pemberantasan Korupsi") unless a person's name follows it.
        if Lexicon.organisationHeads.contains(first.lower), suffix.count < 2 || suffix.allSatisfy(isCommonWord) {
            return nil
        }
        // "Kepala BIN Budi Gunawan mengatakan", "Menteri Rini mengatakan": between a title and a
        // speech verb, a name of dictionary words is still a person's (the Indonesian dictionary
        // holds Budi, Rini, Agus, Rahman …), unless it is the rest of the title ("Ketua Umum").
        let lower = span.tokens.lowerBound, upper = span.tokens.upperBound
        // "Kapolsek Cijeruk Kompol Anak Agung Raka mengatakan": so is one after a police or
        // military rank.
        let beforeSpeech = upper < tokens.count && Lexicon.isSpeechOrSayingVerb(tokens[upper].lower)
            && !suffix.contains(where: belongsToTitle)
        let titledSpeaker = strict && words.count == span.tokens.count && beforeSpeech
            && ((lower > 0 && Lexicon.titles.contains(tokens[lower - 1].lower)
                 && (lower..<(upper - suffix.count)).allSatisfy { acronyms.contains(tokens[$0].lower) })
                || (suffix.count < words.count && words.suffix(suffix.count).elementsEqual(suffix)
                    && Lexicon.ranks.contains(words[words.count - suffix.count - 1])))
        let introducedWithTitle = suffix.count > 1 && titled.contains(suffix.joined(separator: " "))
        if suffix.count == 1 && isCommonWord(suffix[0]) && (strict || !(span.tokens.lowerBound > 0 && words.count == 1)), !titledSpeaker {
            return nil
        }
        if strict && suffix.allSatisfy(isCommonWord), !titledSpeaker, !introducedWithTitle { return nil }
        // "Kepala Pusat Data, Informasi dan Humas BNPB, Agus Wibowo", "Polda Metro Jaya Kombes
        // Argo": dictionary words after a title, with more names after them, are the title's rest.
        // At the end of the names they are the person ("ucap Menhub Budi Karya di Jakarta").
        var next = span.tokens.upperBound
        if next + 1 < tokens.count, ["dan", "&", "and"].contains(tokens[next].lower) { next += 1 }
        if next < tokens.count, tokens[next].flags.contains(.capitalized),
           suffix.count < words.count || (span.tokens.lowerBound > 0 && Self.roleOrBody(tokens[span.tokens.lowerBound - 1].lower)),
           suffix.allSatisfy(isCommonWord) {
            return nil
        }
        // "Universitas Hasanuddin Makassar": what is left after a body's name may be its city.
        if isPlace(suffix.joined(separator: " ")) || isPlace(resolved) || isDemonym(resolved) {
            return nil
        }
        // "di Cirebon", "in Jakarta": a place.
        if strict, span.tokens.lowerBound > 0, ["di", "ke", "in", "at"].contains(tokens[span.tokens.lowerBound - 1].lower) {
            return nil
        }
        return suffix.joined(separator: " ")
    }

    /// In a headline, every capitalised word that is a surname known from the body ("Kim dan Xi
    /// Bertukar Pesan") is the name, though the dictionary knows it.
    func promoteKnownSurnames(_ analysis: inout AnalyzedText) {
        for t in analysis.tokens.indices {
            let token = analysis.tokens[t]
            guard token.entity == nil, token.flags.contains(.capitalized), full[token.lower] != nil else { continue }
            analysis.tokens[t].entity = token.lower
            analysis.tokens[t].flags.insert(.name)
            analysis.tokens[t].flags.remove(.stopword)
            analysis.tokens[t].stem = token.lower
            analysis.entities.append(EntitySpan(key: token.lower, kind: .name, tokens: t..<(t + 1)))
        }
        analysis.entities.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    func promoteInitialSurname(_ analysis: inout AnalyzedText) {
        guard let first = analysis.tokens.first, first.entity == nil, first.flags.contains(.capitalized),
              let name = full[first.lower] else { return }
        analysis.tokens[0].entity = first.lower
        analysis.tokens[0].flags.insert(.name)
        analysis.tokens[0].flags.remove(.stopword)
        analysis.tokens[0].stem = first.lower
        // "Imam Nahrawi mengatakan": the rest of the name follows as a name of its own.
        if let next = analysis.entities.firstIndex(where: { $0.tokens.lowerBound == 1 && $0.kind == .name }),
           case let joined = first.lower + " " + analysis.entities[next].key, name.hasPrefix(joined) {
            analysis.entities[next] = EntitySpan(key: joined, kind: .name, tokens: 0..<analysis.entities[next].tokens.upperBound)
            for t in analysis.entities[next].tokens { analysis.tokens[t].entity = joined }
            return
        }
        analysis.entities.insert(EntitySpan(key: name == first.lower ? name : first.lower, kind: .name, tokens: 0..<1), at: 0)
    }
}

/// The time each sentence is about: its own date (or a day it names from the article's, as
/// "kemarin"), else the last date earlier in its paragraph,
/// else the article's date. That is its publication date; else the first full date in the story;
/// else the latest date anywhere on the page (captions, credits), with the year the page gives:
/// pages show recent pictures, so it is a fair estimate of when the article was written.
struct TimeContext {
    private var own: [DateAnchor?] = []
    private let paragraphs: [Int]
    private var articleAnchor: DateAnchor?
    /// The publication day, from which "kemarin" and "besok" count; not a date the text gives.
    private let writtenOn: DateAnchor?

    init(texts: [String], paragraphs: [Int], published: PublicationDate?, removed: [String] = []) {
        self.paragraphs = paragraphs
        var reference = published.map(DateAnchor.init)
        if reference == nil {
            reference = texts.lazy.compactMap { DateParser.anchors(in: $0, referenceYear: nil).first { $0.day != nil && $0.year != nil } }.first
        }
        if reference == nil {
            let pageYear = removed.flatMap { Tokens.words($0).compactMap { Int($0) }.filter { (1990...2100).contains($0) } }.max()
            reference = (removed + texts).flatMap { DateParser.anchors(in: $0, referenceYear: pageYear) }
                .filter { $0.day != nil && $0.year != nil }
                .max { ($0.dayNumber ?? 0) < ($1.dayNumber ?? 0) }
        }
        articleAnchor = reference
        writtenOn = published.map(DateAnchor.init)
        own = texts.map { [writtenOn] in Self.ownDate(of: $0, year: reference?.year ?? nil, writtenOn: writtenOn) }
        // The latest date before each sentence in its paragraph, found in one pass: looking back
        // from every sentence was quadratic in a long paragraph.
        var before: [DateAnchor?] = []
        before.reserveCapacity(own.count)
        var last: DateAnchor?
        for i in own.indices {
            if i > 0, paragraphs[i] != paragraphs[i - 1] { last = nil }
            before.append(last)
            if let date = own[i] { last = date }
        }
        earlierInParagraph = before
    }

    /// The date a text gives: a date it writes, else a day it names relative to the day it was
    /// written ("kemarin", "akhir pekan ini").
    private static func ownDate(of text: String, year: Int?, writtenOn written: DateAnchor?) -> DateAnchor? {
        DateParser.anchors(in: text, referenceYear: year).first
            ?? written.flatMap { DateParser.relativeAnchor(in: text, writtenOn: $0) }
    }

    /// Per sentence: the nearest date of an earlier sentence of the same paragraph.
    private var earlierInParagraph: [DateAnchor?] = []

    /// A statement of state in the outlet's own voice, with no date of its own: a copula
    /// ("China adalah satu-satunya sekutu utama Korut", "China is North Korea's only major ally")
    /// or a state since a year ("… sejak 1961", "since 1961"), and no word tying it to a moment
    /// (kemarin, kini, akan, last, will) or a weekday or month. It keeps no date from its
    /// paragraph or article, so the time rule does not keep two reports of it apart.
    static func isTimeless(_ analysis: AnalyzedText) -> Bool {
        let tokens = analysis.tokens
        var stative = false
        for (i, token) in tokens.enumerated() {
            if Lexicon.momentWords.contains(token.lower) || DateParser.month(named: token.lower) != nil
                || Lexicon.weekdays.contains(token.lower) {
                return false
            }
            if Lexicon.copulas.contains(token.lower) { stative = true }
            if token.lower == "sejak" || token.lower == "since",
               tokens[(i + 1)..<min(tokens.count, i + 8)].contains(where: { Int($0.lower).map { (1000...2100).contains($0) } ?? false }) {
                stative = true
            }
        }
        return stative
    }

    /// The time of a text outside the body (a title or dek): its own date, else the article's.
    func anchor(in text: String) -> (DateAnchor?, ClaimMention.TimeSource) {
        if let date = Self.ownDate(of: text, year: articleAnchor?.year ?? nil, writtenOn: writtenOn) { return (date, .sentence) }
        if let articleAnchor { return (articleAnchor, .article) }
        return (nil, .none)
    }

    func anchor(for i: Int) -> (DateAnchor?, ClaimMention.TimeSource) {
        if let date = own[i] { return (date, .sentence) }
        if let date = earlierInParagraph[i] { return (date, .paragraph) }
        if let articleAnchor { return (articleAnchor, .article) }
        return (nil, .none)
    }
}

extension Array where Element == Unicode.Scalar {
    func unicodeScalarAt(_ i: Int) -> Unicode.Scalar? { indices.contains(i) ? self[i] : nil }
}

/// The outlets a sentence says it passes a report on from, and the tokens that name them:
/// known agencies anywhere (KCNA, Reuters), `melansir X`, `seperti dilansir X`, `dikutip dari X`,
/// `X melaporkan`, `Reuters reported`, `according to AP`. Those tokens are no content of the claim.
enum Relays {
    static func find(_ analysis: AnalyzedText, text: String) -> (names: [String], tokens: Set<Int>) {
        var names = OutletDirectory.mentions(of: OutletDirectory.agencyIndex, in: text)
        var covered = Set<Int>()
        let tokens = analysis.tokens
        let scalars = Array(text.unicodeScalars)
        func note(_ name: String) { if !names.contains(name) { names.append(name) } }
        func gap(_ a: Int, _ b: Int) -> ArraySlice<Unicode.Scalar> { scalars[tokens[a].end..<tokens[b].start] }
        /// A known agency or outlet, or a domain, over tokens `range`.
        func knownOutlet(_ range: Range<Int>) -> String? {
            let surface = String(String.UnicodeScalarView(scalars[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end]))
            return OutletDirectory.mentions(of: OutletDirectory.agencyIndex, in: surface).first
                ?? OutletDirectory.mentions(of: OutletDirectory.outletIndex, in: surface).first
        }
        /// The run of capitalised or dotted tokens from `start`: an outlet's name ("The Korea
        /// Herald", "Indonesian.cri.cn", "Liputan 6").
        func nameRun(from start: Int) -> Range<Int>? {
            var k = start
            while k < tokens.count, k == start || !gap(k - 1, k).contains(","),
                  tokens[k].flags.contains(.capitalized) || (k > start && (gap(k - 1, k) == ["."]
                    || tokens[k].flags.contains(.number) && gap(k - 1, k) == [" "])) {
                k += 1
            }
            return k > start ? start..<k : nil
        }
        // Entity spans that are agencies.
        for span in analysis.entities where Attribution.agencyKeys.contains(span.key) {
            covered.formUnion(span.tokens)
        }
        for (t, token) in tokens.enumerated() {
            if Lexicon.relayCues.contains(token.lower) || (token.lower == "according" && t + 1 < tokens.count && tokens[t + 1].lower == "to") {
                var k = t + 1
                while k < tokens.count, !tokens[k].flags.contains(.capitalized) || tokens[k].lower == "the",
                      Lexicon.relayFillers.contains(tokens[k].lower), !gap(k - 1, k).contains(",") {
                    k += 1
                }
                guard k < tokens.count, !gap(k - 1, k).contains(","), let run = nameRun(from: k) else { continue }
                // "according to X" attributes unless X is an outlet.
                let known = knownOutlet(run)
                if token.lower == "according" && known == nil { continue }
                note(known ?? String(String.UnicodeScalarView(scalars[tokens[run.lowerBound].start..<tokens[run.upperBound - 1].end])))
                covered.formUnion(t..<run.upperBound)
            } else if Lexicon.relayVerbs.contains(token.lower), t > 0 {
                // "Reuters reported", "KCNA melaporkan": the outlet right before the verb.
                var a = t
                while a > 0, tokens[a - 1].flags.contains(.capitalized) || gap(a - 1, a) == ["."] && a - 1 > 0 { a -= 1 }
                guard a < t, let known = knownOutlet(a..<t) else { continue }
                note(known)
                covered.formUnion(a..<t)
            }
        }
        return (names, covered)
    }
}
