/// Who said a sentence, by which cue, and whether it quotes them.
struct Attribution {
    var speaker: String?
    var cue: String?
    var quoted = false
    /// The sentence leaves a quotation open: a quote of several sentences goes on.
    var endsInsideQuote = false
    /// The speaker was named by a cue after a closing quote.
    var cueAfterQuote = false
    /// Every word of the sentence stands inside quotation marks: a quote with no attribution.
    var allQuoted = false
    /// The sentence holds a double quotation mark: one without inside a quotation of several
    /// sentences neither opens nor closes it.
    var hasQuoteMark = false
    /// The speaker is a person, not a group, country or organisation.
    var speakerIsPerson = false
    /// The first person named outside quotes, whom later pronouns may mean.
    var firstPerson: String?
    /// `firstPerson` opens the sentence, after titles and connectives only: its subject, not a
    /// person named in passing ("… menghadapi Wallin").
    var firstPersonIsSubject = false
    /// The speaker was named for the sentence before ("Hal itu disampaikan X"): that sentence
    /// is theirs too.
    var namesSentenceBefore = false
    /// The tokens of an attribution after a closing quote (`…," kata Arsul Sani di Kompleks
    /// Parlemen, Kamis`): who spoke, where and when, not what was said.
    var tail: Range<Int>?

    /// Entity keys of news agencies: they relay claims and are never their speakers.
    static let agencyKeys: Set<String> = {
        var keys = Set<String>()
        for entry in OutletDirectory.agencies {
            for alias in entry.aliases + [entry.name] {
                keys.insert(TextAnalyzer.wordKeys(alias).joined(separator: " "))
            }
        }
        return keys
    }()

    /// The attribution of one sentence. `previous` is the previous sentence's speaker, which a
    /// continuation ("Yakni …") keeps; `lastPerson` is the last person named before this sentence,
    /// whom a pronoun or a -nya cue refers to (`katanya`, `kata dia`, `Menurutnya`, `he said`).
    static func find(_ analysis: AnalyzedText, text: String, names: NameResolver, previous: String?,
                     lastPerson: String? = nil) -> Attribution {
        var result = Attribution()
        let tokens = analysis.tokens
        let scalars = Array(text.unicodeScalars)
        let quotes = QuoteMap(scalars: scalars, tokens: tokens)
        result.quoted = quotes.insideCount >= 3
        result.endsInsideQuote = quotes.endsInside
        result.allQuoted = !tokens.isEmpty && quotes.insideCount == tokens.count
        result.hasQuoteMark = scalars.contains(where: QuoteMap.isQuoteMark)

        func key(_ span: EntitySpan) -> String {
            span.kind == .name ? names.resolve(span.key) : span.key
        }
        func isAgency(_ span: EntitySpan) -> Bool { agencyKeys.contains(key(span)) }
        func person(_ span: EntitySpan) -> String? {
            isAgency(span) ? nil : names.personKey(span, tokens: tokens, strict: true)
        }
        func namedPerson(_ span: EntitySpan) -> String? {
            isAgency(span) ? nil : names.personKey(span, tokens: tokens)
        }
        let spanAt = Dictionary(analysis.entities.map { ($0.tokens.lowerBound, $0) }, uniquingKeysWith: { a, _ in a })
        let spanEndingAt = Dictionary(analysis.entities.map { ($0.tokens.upperBound, $0) }, uniquingKeysWith: { _, b in b })
        /// A body that can speak for itself: an organisation or country, never a place or a title.
        /// A country that qualifies a body's name is that body ("DPR RI"), or no one.
        func body(_ span: EntitySpan) -> String? {
            if isQualifier(span) { return qualifiedBody(span) }
            guard !isAgency(span), span.kind != .place else { return nil }
            // "Panglima TNI menegaskan", "kata Ketua KPK": the office's holder, when the article
            // named one ("Panglima TNI Marsekal Hadi Tjahjanto"), not the body.
            let title = span.tokens.lowerBound - 1
            if NameResolver.isCurrentTitle(tokens, at: title), let holder = names.holder(ofTitle: tokens[title].lower, body: span.key) {
                return holder
            }
            if span.kind != .name { return span.key }
            // "KPK", "PDI-P": capitals the article writes as such, and the capitals after a hyphen.
            if span.tokens.allSatisfy({ names.isAcronym(tokens[$0].lower)
                || (tokens[$0].flags.contains(.afterHyphen) && tokens[$0].surface == tokens[$0].surface.uppercased()) }) {
                return key(span)
            }
            // "Bappenas menilai", "Kejagung menyatakan": a body news writes in title case.
            if let body = NameResolver.titleCaseBody(span) { return body }
            let head = tokens[span.tokens.lowerBound].lower
            guard !Lexicon.speechlessHeads.contains(head) else { return nil }
            if Lexicon.companyTails.contains(tokens[span.tokens.upperBound - 1].lower) { return company(span) }
            return Lexicon.organisationHeads.contains(head) || Lexicon.isMinistry(head) ? key(span) : nil
        }
        /// A company or institute by a name that ends in its form ("Big Hit Entertainment", "Setara
        /// Institute"); not the form alone ("Tbk"), nor "Institute" of "Institute for …".
        func company(_ span: EntitySpan) -> String? {
            let end = span.tokens.upperBound
            guard span.kind == .name, span.tokens.count >= 2, Lexicon.companyTails.contains(tokens[end - 1].lower),
                  !Lexicon.companyTails.contains(tokens[span.tokens.lowerBound].lower), !isAgency(span),
                  end == tokens.count || !["of", "for"].contains(tokens[end].lower) else { return nil }
            return key(span)
        }
        /// The name a country written right after it qualifies: a name ("Garuda Indonesia", "DPR
        /// RI", "WWF Indonesia") or a body's head word ("Bank Indonesia"). The country is part of
        /// that body's name, not the speaker. `nil` for a name that is not the country's.
        func owner(qualifiedBy span: EntitySpan) -> (start: Int, name: EntitySpan?)? {
            let start = span.tokens.lowerBound
            guard span.kind == .country, start > 0, quotes.gap(start - 1, start).allSatisfy({ $0 == " " }) else { return nil }
            if let name = spanEndingAt[start] { return (name.tokens.lowerBound, name) }
            let head = tokens[start - 1]
            guard head.flags.contains(.capitalized), Lexicon.organisationHeads.contains(head.lower),
                  !Lexicon.headsOfPlacesAndTexts.contains(head.lower) else { return nil }
            return (start - 1, nil)
        }
        /// A country that names no one: the qualifier of a body's name, or "se-Indonesia" (across
        /// the country: "Mahasiswa se-Indonesia meminta").
        func isQualifier(_ span: EntitySpan) -> Bool {
            let start = span.tokens.lowerBound
            return owner(qualifiedBy: span) != nil || (span.kind == .country && start > 0 && tokens[start - 1].lower == "se"
                && tokens[start].flags.contains(.afterHyphen))
        }
        /// The body a qualifying country ends, as the article writes it: "dpr ri", "garuda
        /// indonesia" (a company's name need not have a listed head), "wwf indonesia". The
        /// capitalised words the name runs back over are the body's too ("Kementerian Kehakiman
        /// AS", "Pusat Kontrol dan Pencegahan Penyakit Amerika Serikat", "Komisi III DPR RI"), up
        /// to a title, whose office is in the body ("Kepala Staf Gabungan Korea Selatan").
        func qualifiedBody(_ span: EntitySpan) -> String? {
            guard let (ownerStart, name) = owner(qualifiedBy: span) else { return nil }
            if let name {
                guard !isAgency(name), name.kind != .place, body(name) != nil || (name.kind == .name && person(name) == nil) else {
                    return nil
                }
            }
            func joins(_ k: Int) -> Bool { quotes.gap(k - 1, k).allSatisfy { $0 == " " } }
            func partOfName(_ k: Int) -> Bool {
                let word = tokens[k]
                return word.flags.contains(.capitalized) && !word.flags.contains(.stopword) && !quotes.isInside(k)
                    && (!Self.isRole(word.lower) || Lexicon.organisationHeads.contains(word.lower))
                    && !Lexicon.sentenceOpeners.contains(word.lower)
                    && Self.cueForm(word.lower) == nil && !Lexicon.speechVerbs.contains(word.lower)
                    && !Lexicon.accordingTo.contains(word.lower)
            }
            var start = ownerStart
            while start > 0, joins(start), spanEndingAt[start] == nil || start == ownerStart {
                if partOfName(start - 1) {
                    start -= 1
                } else if ["dan", "and", "&"].contains(tokens[start - 1].lower), start > 1, joins(start - 1), partOfName(start - 2) {
                    start -= 2
                } else {
                    break
                }
            }
            return (start..<span.tokens.upperBound).map { tokens[$0].lower }.joined(separator: " ")
        }
        // "Almarhum seorang teknokrat …", "mendiang Ani Yudhoyono": the late person the sentence
        // is about, whom a later "katanya" or "tutur politikus ini" does not mean.
        func isTheLate(_ span: EntitySpan) -> Bool {
            let start = span.tokens.lowerBound
            return Lexicon.deceasedHonorifics.contains(tokens[start].lower)
                || (start > 0 && Lexicon.deceasedHonorifics.contains(tokens[start - 1].lower))
        }
        if let (span, first) = analysis.entities.lazy.filter({ !quotes.isInside($0.tokens.lowerBound) && !isTheLate($0) })
            .compactMap({ span in person(span).map { (span, $0) } }).first {
            result.firstPerson = first
            // "Menteri Pemuda dan Olahraga Imam Nahrawi memiliki …"; an agent: "diumumkan oleh
            // Menteri Keuangan Sri Mulyani", "diungkap oleh sang wakil presiden, Dheatantra Dimas".
            let start = span.tokens.lowerBound
            let titleRun = (0..<start).reversed().prefix { k in
                tokens[k].flags.contains(.capitalized) || Self.describesPerson(tokens[k].lower)
                    || ["dan", "and", "of"].contains(tokens[k].lower)
            }
            let before = titleRun.last ?? start
            result.firstPersonIsSubject = (before > 1 && tokens[before - 1].lower == "oleh" && Self.isPassiveSpeech(tokens[before - 2].lower))
                || (0..<before).allSatisfy { k in
                    let word = tokens[k].lower
                    return word == "itu" || Lexicon.continuations.contains(word) || Lexicon.topicSwitches.contains(word)
                        || Lexicon.nameOpeners.contains(word) || tokens[k].flags.contains(.capitalized)
                }
        }
        /// The person a pronoun or -nya cue at token `t` means: the last one named before it in
        /// this sentence (outside quotes), else the last one named before the sentence.
        func antecedent(before t: Int) -> String? {
            analysis.entities.filter { $0.tokens.upperBound <= t && !quotes.isInside($0.tokens.lowerBound) && !isTheLate($0) }
                .compactMap(person).last ?? lastPerson
        }
        func setAnaphoric(_ t: Int, cue: String) {
            result.speaker = antecedent(before: t)
            result.cue = cue
            result.speakerIsPerson = result.speaker != nil
        }

        /// Who a cue at `t` names after it: a person (the last one of a run of titles and names),
        /// an organisation, a pronoun or description of the person named before, or a group.
        enum Named { case person(String), body(String), agency, anaphoric, group(String) }
        /// "kata pengamat transportasi, Djoko Setijowarno", "kata Kepala Bidang Pemenangan Pemilu
        /// wilayah Sumatera Partai Golkar, Ahmad Doli Kurnia Tandjung": a role of a few words,
        /// naming no one in full, then the person after a comma.
        func personAfterRole(from s: Int) -> String? {
            guard s < tokens.count, !quotes.isInside(s),
                  Self.describesPerson(tokens[s].lower) || Lexicon.groupSpeakers[tokens[s].lower] != nil
                    || Lexicon.occupationsBeforeAComma.contains(tokens[s].lower) else { return nil }
            var k = s + 1
            while k < tokens.count, k - s <= 12, !quotes.isInside(k) {
                let gap = quotes.gap(k - 1, k)
                if gap.contains(",") {
                    guard gap.allSatisfy({ $0 == "," || $0 == " " || $0 == ")" }), let span = spanAt[k] else { return nil }
                    // The person in apposition ends the attribution ("…, Djoko Setijowarno saat dihubungi").
                    return appositive(span)
                }
                guard gap.allSatisfy({ " -/()".unicodeScalars.contains($0) }), !Lexicon.speechVerbs.contains(tokens[k].lower),
                      Self.cueForm(tokens[k].lower) == nil,
                      !tokens[k].flags.contains(.stopword) || ["dan", "and", "of"].contains(tokens[k].lower) else { return nil }
                if let span = spanAt[k], let p = namedPerson(span), p.contains(" ") { return nil }
                k += 1
            }
            return nil
        }
        /// The person a span after a role and its comma names. Words of the dictionary count
        /// when they make a name of two or more, or one after a rank ("Iptu Sandi"), and the name
        /// ends there ("kata Ketua Umum Perpani, Kelik Wirawan"): one such word alone is not a
        /// name ("Statistik"). One followed by a verb is the subject of what is reported
        /// ("Menurut Ustadz Fauzan, Vladimir Putin mengutip …"). `afterRankOnly` asks for a rank
        /// before a name of dictionary words.
        func appositive(_ span: EntitySpan, afterRankOnly: Bool = false) -> String? {
            let after = span.tokens.upperBound
            let spaceAfter = after < tokens.count && quotes.gap(after - 1, after).allSatisfy { $0 == " " }
            if spaceAfter, Self.isActiveVerb(tokens[after]), !Lexicon.speechVerbs.contains(tokens[after].lower) { return nil }
            if let p = person(span) { return p }
            // Ranks may stand between the comma and the name, inside the span or before it
            // ("Kompol Anak Agung Raka", "Sersan Mayor Salam SR").
            var start = span.tokens.lowerBound
            while start > 0, Lexicon.ranks.contains(tokens[start - 1].lower), !quotes.gap(start - 1, start).contains(",") { start -= 1 }
            let afterComma = start > 0 && quotes.gap(start - 1, start).contains(",")
            // Where the name ends: not in a list of an office's parts ("Direktur Industri
            // Maritim, Alat Transportasi, dan Alat Pertahanan").
            let endsThere = spaceAfter ? tokens[after].flags.contains(.stopword) && !tokens[after].flags.contains(.capitalized)
                : after == tokens.count || !["dan", "serta", "and", "&"].contains(tokens[after].lower)
            let name = span.tokens.drop { Lexicon.ranks.contains(tokens[$0].lower) }
            let afterRank = name.count < span.tokens.count || start < span.tokens.lowerBound
            guard endsThere, afterComma, afterRank || !afterRankOnly, let p = namedPerson(span),
                  p.split(separator: " ").count == name.count, p.contains(" ") || afterRank,
                  !name.contains(where: { Self.describesPerson(tokens[$0].lower)
                      || Lexicon.organisationHeads.contains(tokens[$0].lower) }) else { return nil }
            return p
        }
        /// A name of two words or more that is neither a degree ("M Si"), nor a place ("Bandara
        /// Adisutjipto"), nor three or more dictionary words ("Panitia Penyelenggara Ibadah Haji").
        func isFullName(_ name: String) -> Bool {
            let words = name.lowercased().split(separator: " ").map(String.init)
            return words.count > 1 && !Lexicon.postNominals.contains(words.joined()) && !words.allSatisfy { $0.count <= 2 }
                && !Lexicon.placeHeads.contains(words[0]) && !Lexicon.facilityHeads.contains(words[0])
                && (words.count < 3 || !words.allSatisfy(names.isCommonWord))
        }
        /// Whether a statement's words follow a cue at `t`: `"…," tulis pernyataan PTRI`.
        func statementFollows(_ t: Int) -> Bool {
            t + 1 < tokens.count && Lexicon.statementNouns.contains(tokens[t + 1].lower) && !quotes.gap(t, t + 1).contains(",")
        }
        /// `"…," tulis pernyataan PTRI`, `bunyi siaran pers Kemenlu`: who issued the statement
        /// named after its words, a person, body or group.
        func issuer(after t: Int) -> Named? {
            var end = t
            while end - t < 3, statementFollows(end) { end += 1 }
            switch named(after: end) {
            case .person(let p): return .person(p)
            case .body(let b): return .body(b)
            case .group(let g): return .group(g)
            default: return nil
            }
        }
        func named(after t: Int) -> Named? {
            if let p = personAfterRole(from: t + 1) { return .person(p) }
            var k = t + 1
            var found: Named?
            var agency = false
            var title = false
            var sawTitle = false
            var apposition = false
            var placeOfTitle = false
            /// Whether the person found came right after a title, so may be the office's name.
            var officeMayGoOn = false
            while k < tokens.count, k - t <= 10 {
                if k > t + 1, quotes.gap(k - 1, k).contains(where: { $0 == "," || $0 == ";" }) {
                    // "kata Kapolres Agam, AKBP Sapta Beni", "kata CEO, Mark Schneider", "ungkap
                    // Founder PCW, Muhammad Rifai": a role, then the person in apposition.
                    // A second comma after a body or a place the first one led to: "kata Sekretaris
                    // Jenderal, Kemendikbud, Didik Suhardi", "kata Senior Brand Director,
                    // Indonesia, Edy Kusuma".
                    var bodyAfterTitle = false
                    if case .body = found { bodyAfterTitle = sawTitle }
                    var personFound = false
                    if case .person = found { personFound = true }
                    // "kata Kepala Basarnas Ternate, Muhammad Arafah", "ujar Direktur Utama Geo Dipa,
                    // Riki Firmandha Ibrahim": what a title led to is the office's body when a full
                    // name follows the comma.
                    if personFound, sawTitle, !apposition, !placeOfTitle {
                        var start = k
                        while start < tokens.count, Lexicon.ranks.contains(tokens[start].lower) { start += 1 }
                        // "…, Capt. Hermanta", "…, Kombes Yusri": after a rank, one word will do.
                        if let span = spanAt[start] ?? spanAt[k], let p = appositive(span),
                           isFullName(p) || (start > k && !p.contains(" ") && !names.isCommonWord(p.lowercased())) {
                            found = .person(p)
                            break
                        }
                    }
                    guard found == nil && (title || sawTitle) || bodyAfterTitle || placeOfTitle, !apposition || !personFound else { break }
                    apposition = true
                }
                let token = tokens[k]
                if let span = spanAt[k] {
                    // After a comma only a clear name is the person ("Statistik" is not).
                    // In place of a person found before the comma, only a full name.
                    if let p = apposition ? appositive(span).flatMap({ placeOfTitle && !$0.contains(" ") ? nil : $0 })
                        : namedPerson(span) {
                        // "kata Kasatlantas Polres Nganjuk, AKP Hegy Renanta": one word left of a
                        // title and a body is the place they are of when a name follows the comma.
                        placeOfTitle = !apposition && !p.contains(" ") && (span.tokens.count > 1 || k > t + 1)
                        officeMayGoOn = !apposition && k > t + 1 && Self.describesPerson(tokens[k - 1].lower)
                            && !Lexicon.ranks.contains(tokens[k - 1].lower)
                        found = .person(p)
                    } else if isAgency(span) {
                        agency = true
                    } else if case .person = found {
                    } else if let b = body(span) {
                        found = .body(b)
                    } else if span.kind == .name {
                        title = true
                    }
                    k = span.tokens.upperBound
                    continue
                }
                if k == t + 1, Lexicon.personPronouns.contains(token.lower) {
                    // "said he hoped …": in English the pronoun starts the reported clause; only
                    // "…, said he." names the speaker.
                    let reported = (token.lower == "he" || token.lower == "she") && k + 1 < tokens.count
                        && !quotes.gap(k, k + 1).contains { $0 == "," || $0 == "." || $0 == ";" }
                    return reported ? nil : .anaphoric
                }
                if let group = Lexicon.groupSpeakers[token.lower], found == nil { return .group(group) }
                // "said PeopleSoft President and CEO Craig Conway", "kata Director of Communications
                // BMW Group, …": the titles go on after "and" and "of".
                let titlesGoOn = k > t + 1 && k + 1 < tokens.count && Lexicon.titles.contains(tokens[k - 1].lower)
                    && (((token.lower == "and" || token.lower == "&") && Lexicon.titles.contains(tokens[k + 1].lower))
                        || (token.lower == "of" && tokens[k + 1].flags.contains(.capitalized)))
                // "ujar Dirjen Bea dan Cukai Kemenkeu Heru Pambudi": an office's name goes on after "dan".
                let officeGoesOn = token.lower == "dan" && k > t + 1 && k + 1 < tokens.count
                    && tokens[k - 1].flags.contains(.capitalized) && tokens[k + 1].flags.contains(.capitalized)
                if case .person = found {
                    // "kata Kepala Pusat Gempabumi dan Tsunami BMKG, Rahmat Triyono": what the title
                    // led to may be the office, whose name goes on to the comma.
                    if officeGoesOn, officeMayGoOn { k += 1; continue }
                } else if titlesGoOn || officeGoesOn { k += 1; continue }
                let lowerOK = Self.describesPerson(token.lower)
                if lowerOK { sawTitle = true }
                if !token.flags.contains(.capitalized) && !lowerOK { break }
                k += 1
            }
            // "Menurut Politikus PDI Perjuangan tersebut", "nilai politisi Golkar ini": a role and
            // a body, then a demonstrative, describe the person named before.
            if k < tokens.count, Lexicon.demonstratives.contains(tokens[k].lower), sawTitle || title
                || (t + 1..<k).contains(where: { Self.describesPerson(tokens[$0].lower) }) {
                // A lone dictionary word is the office's name: "mantan Menteri Kelautan dan Perikanan itu".
                // After a description, a name is whose or where they are ("Menurut suami Zaskia Adya
                // Mecca itu", "Menurut mantan pelatih Persita Tangerang itu").
                if case .person(let p) = found, !sawTitle, p.contains(" ") || !names.isCommonWord(p) {} else { return .anaphoric }
            }
            if let found { return found }
            if agency { return .agency }
            if let group = groupSpeaker(tokens, in: (t + 1)..<min(tokens.count, t + 4)) { return .group(group) }
            // "kata Sekjen DPP", "kata pria kelahiran Malang itu": a role or description of the person named before.
            if title { return .anaphoric }
            if t + 1 < tokens.count, Lexicon.personDescriptors.contains(tokens[t + 1].lower),
               !tokens[t + 1].flags.contains(.capitalized) {
                return .anaphoric
            }
            return nil
        }

        /// Whether tokens `range`, set off by commas, describe the person named before them: a
        /// role ("juru bicara KPK", "a spokesman for X", "National's chief executive"), a relation
        /// ("Stacy Young's sister"), an age ("46"), or a party and state ("R-Tenn.").
        func describesPerson(_ range: Range<Int>) -> Bool {
            let first = tokens[range.lowerBound], last = tokens[range.upperBound - 1]
            if range.contains(where: { Lexicon.speechVerbs.contains(tokens[$0].lower) || Self.cueForm(tokens[$0].lower) != nil }) {
                return false
            }
            if ["a", "an", "the", "of", "who", "whose", "from", "for", "as", "seorang", "salah", "sebagai", "selaku"].contains(first.lower) {
                return true
            }
            // A role among its first words: "security director with Symantec", "EADS co-chairman".
            if range.prefix(3).contains(where: { Self.isRole(tokens[$0].lower) }) {
                return true
            }
            if Lexicon.titles.contains(last.lower) || Lexicon.relations.contains(last.lower) { return true }
            if range.count == 1, first.flags.contains(.number) { return true }
            if range.count >= 2, tokens[range.lowerBound + 1].lower == "of" { return true }
            if range.count >= 2, first.surface.count == 1, tokens[range.lowerBound + 1].flags.contains(.afterHyphen) { return true }
            // A possessive: "National's chief executive".
            return range.dropFirst().contains { k in
                tokens[k].lower == "s" && quotes.gap(k - 1, k).contains { $0 == "'" || $0 == "\u{2019}" }
            }
        }
        /// "Bill Frist, Republican of Tennessee, said", "Febri Diansyah, juru bicara KPK,
        /// mengatakan": the person named right before a description that ends at verb `v`.
        func appositiveSubject(before v: Int) -> String? {
            // "Ron Wyden, D-Ore. said": cleaning leaves an abbreviation's full stop for ".,".
            guard v >= 3, quotes.gap(v - 1, v).contains(where: { $0 == "," || $0 == "." }), !quotes.isInside(v) else { return nil }
            var k = v - 1
            while k > 0, !quotes.gap(k - 1, k).contains(",") { k -= 1 }
            // "Kapolda Jatim, Irjen Luki Hermawan, menyebut": the segment names the person itself,
            // after its titles alone (not "a Republican").
            if let own = analysis.entities.last(where: { $0.tokens.upperBound == v && $0.tokens.lowerBound >= k }),
               (k..<own.tokens.lowerBound).allSatisfy({ Self.isRole(tokens[$0].lower) }),
               appositive(own) != nil {
                return nil
            }
            guard k > 0, v - k <= 16, describesPerson(k..<v),
                  var span = analysis.entities.last(where: { $0.tokens.upperBound == k }),
                  !quotes.isInside(span.tokens.lowerBound) else { return nil }
            // "Sean Harrigan of Calpers, the California fund, said": the person before "of".
            let of = span.tokens.lowerBound - 1
            if of > 0, tokens[of].lower == "of", let owner = analysis.entities.last(where: { $0.tokens.upperBound == of }),
               person(owner) != nil {
                span = owner
            }
            return person(span)
        }

        /// "Institute for Development of Economics and Finance (Indef) menilai", "Indonesia
        /// Corruption Watch (ICW) menilai": a body's short form in brackets right before verb `v`,
        /// when it starts with the name's first letter and is in capitals or follows a name of four
        /// words or more. Not a person's initials ("Susilo Bambang Yudhoyono (SBY)"), nor a body a
        /// person named before comes from ("Jonathan Ong dari National University Hospital (NUH)").
        /// Kept as written, not resolved through the article's names, where a short form may
        /// stand for a person of the body ("ICW Kurnia Ramadhana").
        func shortFormInBrackets(before v: Int, clauseStart: Int) -> String? {
            guard v >= 2, v - 2 >= clauseStart, !quotes.isInside(v - 1),
                  quotes.gap(v - 2, v - 1).contains("("), quotes.gap(v - 1, v).contains(")"),
                  tokens[v - 1].flags.contains(.capitalized), tokens[v - 2].flags.contains(.capitalized),
                  (2...10).contains(tokens[v - 1].surface.count) else { return nil }
            var first = v - 2
            while first > clauseStart, quotes.gap(first - 1, first).allSatisfy({ $0 == " " }),
                  tokens[first - 1].flags.contains(.capitalized) || ["for", "of", "and", "dan", "&"].contains(tokens[first - 1].lower) {
                first -= 1
            }
            let personNamed = analysis.entities.contains { span in
                span.tokens.lowerBound >= clauseStart && span.tokens.upperBound <= v - 1 && person(span) != nil
                    && (span.tokens.lowerBound < first || span.tokens == first..<(v - 1))
            }
            let short = tokens[v - 1].surface
            guard !personNamed, tokens[first].surface.first == short.first, !Self.isRole(tokens[first].lower),
                  !Lexicon.companyTails.contains(tokens[v - 1].lower), short == short.uppercased() || v - 1 - first >= 4 else {
                return nil
            }
            return spanAt[v - 1].flatMap { $0.kind == .name ? nil : key($0) } ?? tokens[v - 1].lower
        }

        /// "Tedeschi, yang lahir di Filignano, Molise, dan hanya ditinggal 700 orang,
        /// mengungkapkan …", "Haidar Khan, who owns a pine-nut farm, said …": the person named
        /// right before a relative clause set off by commas, when the verb follows its close.
        func relativeClauseSubject(before v: Int) -> String? {
            guard v > 1, quotes.gap(v - 1, v).contains(","), !quotes.isInside(v) else { return nil }
            var y = v - 1
            while y > 0, v - y <= 30, !["yang", "who"].contains(tokens[y].lower) || !quotes.gap(y - 1, y).contains(",") {
                guard !quotes.isInside(y), !Lexicon.speechVerbs.contains(tokens[y].lower) else { return nil }
                y -= 1
            }
            guard y > 0, ["yang", "who"].contains(tokens[y].lower), quotes.gap(y - 1, y).contains(","),
                  let span = analysis.entities.last(where: { $0.tokens.upperBound == y }),
                  !quotes.isInside(span.tokens.lowerBound) else { return nil }
            return person(span)
        }

        /// "Lukas Adhyakso, Direktur Konservasi WWF Indonesia mengajak …": a sentence that opens
        /// with a person's full name, then a comma and their office, whose closing comma is left
        /// out. The office names no person of its own.
        func unclosedAppositiveSubject(clauseStart k: Int, verb v: Int) -> String? {
            guard k > 0, k < v, v - k <= 10, quotes.gap(k - 1, k).contains(","), tokens[k].flags.contains(.capitalized),
                  (k..<min(v, k + 2)).contains(where: { Self.isRole(tokens[$0].lower) }),
                  !analysis.entities.contains(where: { $0.tokens.lowerBound >= k && $0.tokens.upperBound <= v && person($0) != nil }),
                  let span = spanEndingAt[k], !quotes.isInside(span.tokens.lowerBound),
                  (0..<span.tokens.lowerBound).allSatisfy({ t in
                      let word = tokens[t].lower
                      return Lexicon.ranks.contains(word) || word == "itu"
                          || Lexicon.continuations.contains(word) || Lexicon.topicSwitches.contains(word)
                  }),
                  let p = person(span), p.contains(" ")
            else { return nil }
            return p
        }

        /// "Agus Wibowo, dalam siaran persnya mengatakan, …": the person named right before a
        /// comma that opens an adverbial ("dalam", "melalui", "saat") leading to the verb.
        func adverbialSubject(clauseStart k: Int, verb v: Int) -> String? {
            guard k > 0, k < v, v - k <= 8, Lexicon.adverbialOpeners.contains(tokens[k].lower),
                  !analysis.entities.contains(where: { $0.tokens.lowerBound >= k && $0.tokens.upperBound <= v }),
                  let span = analysis.entities.last(where: { $0.tokens.upperBound == k }),
                  !quotes.isInside(span.tokens.lowerBound) else { return nil }
            return person(span)
        }

        /// Records where the cue at `t` stands: after a closing quote, it and what follows it up
        /// to the next quote or the end of the sentence are the attribution, not the claim.
        func cueAt(_ t: Int, afterQuote: Bool) {
            result.cueAfterQuote = afterQuote
            if afterQuote { result.tail = t..<((t..<tokens.count).first(where: quotes.isInside) ?? tokens.count) }
        }

        var agencyQuote = false
        // 1. "…," kata X / "…," ujarnya / …, kata dia, … : a cue after a closing quote or a comma.
        // A cue after a quote may be written with a capital (`…", Tegas Haiyani`).
        for (t, token) in tokens.enumerated() where t > 0 && (!token.flags.contains(.capitalized)
            || token.flags.contains(.closesQuote) && Lexicon.isSpeechCue(token.lower)) {
            let afterQuote = quotes.closesBetween(t - 1, t)
            let afterComma = quotes.gap(t - 1, t).contains(",") && !quotes.isInside(t)
            let beforePronoun = t + 1 < tokens.count && Lexicon.personPronouns.contains(tokens[t + 1].lower)
                && !quotes.isInside(t) && Lexicon.speechRoots.contains(token.lower)
            // "His spokesman, Tom Parker, said Moore's …": a name just before the comma is the
            // subject, and the name after the verb is not its speaker.
            // "Presiden Habibie, kata Pompeo, telah …": a cue set off by commas on both sides
            // names its speaker though a name stands before it.
            let parentheticalEnd = max(t + 1, min(tokens.count - 1, t + 10))
            let parenthetical = afterComma && (t + 1..<parentheticalEnd).contains { k in
                quotes.gap(k, k + 1).contains(",")
                    && (t + 1...k).allSatisfy { tokens[$0].flags.contains(.capitalized) || Self.isRole(tokens[$0].lower) }
            }
            let subjectBefore = afterComma && !afterQuote && !parenthetical
                && analysis.entities.contains { $0.tokens.upperBound == t && person($0) != nil }
            guard afterQuote || (afterComma && !subjectBefore) || beforePronoun, let form = Self.cueForm(token.lower) else {
                // "…," bunyi pernyataan Kemlu: what a statement says, and who issued it.
                if afterQuote, token.lower == "bunyi", statementFollows(t), let who = issuer(after: t) {
                    cueAt(t, afterQuote: true)
                    switch who {
                    case .person(let p), .body(let p), .group(let p): result.speaker = p
                    default: break
                    }
                    result.cue = token.lower
                    break
                }
                // An unlisted word between a closing quote and a name is a cue too ("…," ungkap Willy).
                if afterQuote, !quotes.isInside(t), !token.flags.contains(.stopword), token.lower.count > 3,
                   let span = spanAt[t + 1], let p = namedPerson(span) {
                    result.cueAfterQuote = true
                    result.speaker = p
                    result.cue = token.lower
                    result.speakerIsPerson = true
                    break
                }
                // An unlisted -nya word that ends the sentence after a quote closed on its own
                // punctuation is a cue of the person named before ("…," lugasnya.); not a noun
                // after a quoted word ("“dikebiri” wewenangnya").
                if afterQuote, !quotes.isInside(t), !token.flags.contains(.stopword), token.lower.hasSuffix("nya"),
                   quotes.gap(t - 1, t).contains(where: { ",.!?".unicodeScalars.contains($0) }),
                   token.lower.count > 6, t + 1 == tokens.count || quotes.gap(t, t + 1).contains(where: { $0 == "." || $0 == "," }) {
                    cueAt(t, afterQuote: true)
                    setAnaphoric(t, cue: token.lower)
                    break
                }
                // "…," nilai politisi PDI Perjuangan ini: a role and a demonstrative after it.
                if afterQuote, !quotes.isInside(t), !token.flags.contains(.stopword), token.lower.count > 3,
                   case .anaphoric = named(after: t), t + 1 < tokens.count, !Lexicon.personPronouns.contains(tokens[t + 1].lower),
                   (t + 1..<tokens.count).prefix(8).contains(where: { Lexicon.demonstratives.contains(tokens[$0].lower) }) {
                    cueAt(t, afterQuote: true)
                    setAnaphoric(t, cue: token.lower)
                    break
                }
                continue
            }
            if form == .anaphoric {
                // "…, katanya," or "…," ujarnya: the person named before.
                guard afterQuote || t + 1 == tokens.count || quotes.gap(t, t + 1).contains(",")
                        || quotes.gap(t, t + 1).contains(".") else { continue }
                cueAt(t, afterQuote: afterQuote)
                setAnaphoric(t, cue: token.lower)
                break
            }
            // A statement's issuer speaks for its quote alone, not for what follows it.
            let statement = afterQuote && statementFollows(t)
            guard let who = statement ? issuer(after: t) : named(after: t) else {
                if afterQuote {
                    cueAt(t, afterQuote: true)
                    break
                }
                continue
            }
            cueAt(t, afterQuote: afterQuote)
            switch who {
            case .person(let p): result.speaker = p; result.cue = token.lower; result.speakerIsPerson = !statement
            case .body(let b): result.speaker = b; result.cue = token.lower
            case .group(let g): result.speaker = g; result.cue = token.lower
            case .anaphoric: setAnaphoric(t, cue: token.lower)
            case .agency: agencyQuote = true
            }
            break
        }
        // 2a. A cue that opens the sentence: "Lanjut Fahri, …", "Kemudian tambah dia, …",
        // "Tambahnya, …", "Disampaikan Direktur Bukalapak Intan Wibisono, …".
        if result.speaker == nil, let t = tokens.prefix(3).firstIndex(where: { !Self.openers.contains($0.lower) }),
           !quotes.isInside(t) {
            let word = tokens[t].lower
            if Self.openingNyaCues.contains(word), t + 1 < tokens.count, quotes.gap(t, t + 1).contains(",") {
                setAnaphoric(t, cue: word)
            } else if Self.openingCues.contains(word) || (Self.isPassiveSpeech(word) && (word.hasSuffix("kan") || word.hasSuffix("i"))) {
                switch named(after: t) {
                case .person(let p): result.speaker = p; result.cue = word; result.speakerIsPerson = true
                case .anaphoric where t + 1 < tokens.count && Lexicon.personPronouns.contains(tokens[t + 1].lower):
                    setAnaphoric(t, cue: word)
                // "Dikatakan, …", "Ditambahkan, …": said by no one named, so by the person
                // named before (the one quoted in the sentence before, as a rule). Not a hope
                // ("Diharapkan, …") nor what a document says ("Disebutkan, …").
                case nil where Self.isPassiveSpeech(word) && !["diharapkan", "disebutkan"].contains(word)
                    && t + 1 < tokens.count && quotes.gap(t, t + 1).contains(","):
                    setAnaphoric(t, cue: word)
                default: break
                }
            }
        }
        // 2b. "Hal itu disampaikan Kepala Biro Pers Erlin Suastini saat …", "Demikian dikatakan
        // Yasonna", "Hal tersebut diungkapkannya": who said the sentence before.
        if result.speaker == nil, let v = Self.backReferenceVerb(tokens), !quotes.isInside(v) {
            let word = tokens[v].lower
            if Self.isPassiveCue(word) {
                setAnaphoric(v, cue: word)
            } else {
                let by = v + 1 < tokens.count && ["oleh", "by"].contains(tokens[v + 1].lower) ? v + 1 : v
                // A title alone ("Hal tersebut disampaikan oleh Kepala Staf Kepresidenan") names
                // no one: the person named before is seldom the one meant.
                switch named(after: by) {
                case .person(let p): result.speaker = p; result.cue = word; result.speakerIsPerson = true
                case .body(let b): result.speaker = b; result.cue = word
                default: break
                }
            }
            // Only a clear person or an organisation's full name speaks for the sentence before:
            // a word the dictionary knows after the verb is more often a title's first word
            // ("Calon pimpinan (Capim) KPK, …") than the person.
            result.namesSentenceBefore = result.speaker.map { speaker in
                speaker.contains(" ") || (result.speakerIsPerson && !names.isCommonWord(speaker))
            } ?? false
        }
        // 2. Menurut X, … / Menurutnya, … / Dijelaskannya, … / according to him.
        if result.speaker == nil {
            for (t, token) in tokens.enumerated() {
                if token.lower == "menurutnya" || Self.isPassiveCue(token.lower) {
                    setAnaphoric(t, cue: token.lower)
                    break
                }
                guard Lexicon.accordingTo.contains(token.lower) else { continue }
                var k = t + 1
                if k < tokens.count, tokens[k].lower == "to" { k += 1 }
                if k < tokens.count, ["dia", "beliau", "him", "her", "ia"].contains(tokens[k].lower) {
                    setAnaphoric(t, cue: token.lower)
                    break
                }
                // "Menurut salah seorang penumpang, Maria, …", "Menurut penumpang Budi Santoso, …":
                // a description, then the person.
                var who = named(after: k - 1)
                if who == nil, let span = analysis.entities.first(where: { $0.tokens.lowerBound > k && $0.tokens.lowerBound <= k + 6 }),
                   (k..<span.tokens.lowerBound).allSatisfy({ !tokens[$0].flags.contains(.capitalized) && !quotes.isInside($0) }),
                   let p = person(span) {
                    who = .person(p)
                }
                if let who {
                    switch who {
                    case .person(let p): result.speaker = p; result.speakerIsPerson = true
                    case .body(let b): result.speaker = b
                    case .group(let g): result.speaker = g
                    case .anaphoric: result.speaker = antecedent(before: t); result.speakerIsPerson = result.speaker != nil
                    case .agency: continue
                    }
                    result.cue = token.lower
                    break
                }
            }
        }
        // 3. X mengatakan …: the subject of each speech verb's clause; agencies are skipped.
        if result.speaker == nil {
            func isDateWord(_ token: Token) -> Bool {
                token.flags.contains(.number) || Lexicon.weekdays.contains(token.lower) || DateParser.month(named: token.lower) != nil
                    || ["pagi", "siang", "sore", "malam", "wib", "wita", "wit"].contains(token.lower)
            }
            /// Where the comma-delimited segment that ends before token `s` starts.
            func segmentStart(before s: Int) -> Int {
                var k = max(0, s - 1)
                while k > 0, !quotes.gap(k - 1, k).contains(","), tokens[k].lower != "bahwa", tokens[k].lower != "that" { k -= 1 }
                return k
            }
            /// A day and date alone: "Selasa (10/9/2019)", "16 September 2019".
            func isDate(_ r: Range<Int>) -> Bool {
                !r.isEmpty && r.allSatisfy { isDateWord(tokens[$0]) }
                    && (Lexicon.weekdays.contains(tokens[r.lowerBound].lower) || tokens[r.lowerBound].flags.contains(.number))
            }
            /// "Fakhri melanjutkan, “Saya sampaikan …”": any active verb reports the quotation it
            /// opens after a comma or colon, listed as a verb of saying or not.
            func opensQuotation(_ v: Int) -> Bool {
                guard v > 0, v + 1 < tokens.count, quotes.isInside(v + 1), Self.isActiveVerb(tokens[v]) else { return false }
                let gap = quotes.gap(v, v + 1)
                return (gap.contains(",") || gap.contains(":")) && gap.contains(where: QuoteMap.isQuoteMark)
            }
            /// "Bambang melanjutkan, almarhum …": going on, before a comma, is going on speaking
            /// ("melanjutkan penyelidikan" is not).
            func goesOnSaying(_ v: Int) -> Bool {
                v > 0 && v + 1 < tokens.count && Lexicon.goingOnVerbs.contains(tokens[v].lower) && quotes.gap(v, v + 1).contains(",")
            }
            var clauseStart = 0
            for (v, token) in tokens.enumerated() {
                if v > 0, quotes.gap(v - 1, v).contains(",") || token.lower == "bahwa" || token.lower == "that" {
                    clauseStart = v
                }
                // A speech verb inside a quote is the quoted speaker's story ("Dia seperti bilang, …").
                // One of a relative clause or of a purpose ("ajang tahunan yang diselenggarakan guna
                // memberikan apresiasi") is no one's statement.
                guard Lexicon.speechVerbs.contains(token.lower) || opensQuotation(v) || goesOnSaying(v),
                      v == 0 || !["yang", "guna", "untuk"].contains(tokens[v - 1].lower),
                      !quotes.isInside(v) else { continue }
                // "terlihat percaya diri": confident, not believing anything.
                if token.lower == "percaya", v + 1 < tokens.count, tokens[v + 1].lower == "diri" { continue }
                // "AKBP Mathias Krey, Selasa (10/9/2019) mengatakan", "Wahyu, saat ditemui di ruang
                // kerjanya, Selasa (10/9/2019), mengatakan": a day and date set off by commas stand
                // between the subject's clause and the verb.
                if clauseStart == v, clauseStart > 0, isDate(segmentStart(before: clauseStart)..<clauseStart) {
                    clauseStart = segmentStart(before: segmentStart(before: clauseStart))
                } else if clauseStart > 0, isDate(clauseStart..<v) {
                    clauseStart = segmentStart(before: clauseStart)
                }
                // A view is a person's: "BI memperkirakan" or "Kemenkeu optimistis" would set the body
                // against its own governor or minister quoted elsewhere, and "kami percaya" is
                // the view of whoever is speaking. An unlisted verb before a quotation is a person's
                // too: "suporter Indonesia berteriak, …" is no country's.
                let isView = Lexicon.viewVerbs.contains(token.lower)
                let personOnly = isView || !Lexicon.speechVerbs.contains(token.lower)
                if isView, tokens[max(0, v - 2)..<v].contains(where: { Lexicon.firstPersonPronouns.contains($0.lower) }) {
                    continue
                }
                // "memberikan bantuan", "mengirim pasukan": giving, not saying.
                if Lexicon.verbsOfGiving.contains(token.lower),
                   !tokens[(v + 1)..<min(tokens.count, v + 4)].contains(where: { Lexicon.isGivenSpeech($0.lower) }) {
                    continue
                }
                defer { clauseStart = v + 1 }
                let clause = analysis.entities.filter {
                    $0.tokens.lowerBound >= clauseStart && $0.tokens.upperBound <= v && !quotes.isInside($0.tokens.lowerBound)
                }
                if let p = relativeClauseSubject(before: v) ?? appositiveSubject(before: v)
                    ?? adverbialSubject(clauseStart: clauseStart, verb: v) ?? unclosedAppositiveSubject(clauseStart: clauseStart, verb: v) {
                    result.speaker = p
                    result.cue = token.lower
                    result.speakerIsPerson = true
                    break
                }
                if !personOnly, let body = shortFormInBrackets(before: v, clauseStart: clauseStart) {
                    result.speaker = body
                    result.cue = token.lower
                    break
                }
                // A person is the subject; a country or organisation only right before the verb.
                // "Pria berkebangsaan Spanyol tersebut percaya", "Istri dari Alvin Yudhapatria itu
                // mengatakan", "Mantan pelatih timnas Indonesia ini menyoroti", "Mantan Menteri … di era
                // BJ Habibie itu mengungkapkan": a description that ends in a name and a demonstrative
                // is the person named before, not the name that tells who they are. The description
                // must speak of a person ("Perusahaan asal Jepang tersebut" is a company).
                // Where they come from or whose they are may be followed by more before the verb
                // ("pria kelahiran Setubal itu tanpa ragu menyebut").
                // A nickname ("Pemain yang akrab disapa Jupe ini") is resolved the same way, to the full
                // name used before.
                if let told = clause.last, told.tokens.lowerBound > clauseStart, told.tokens.upperBound < v,
                   Lexicon.demonstratives.contains(tokens[told.tokens.upperBound].lower),
                   Lexicon.originWords.contains(tokens[told.tokens.lowerBound - 1].lower) || tokens[told.tokens.lowerBound - 1].lower == "dari"
                    || ((clauseStart..<told.tokens.lowerBound).contains(where: { Self.describesPerson(tokens[$0].lower) })
                        && ((told.tokens.upperBound + 1)..<v).allSatisfy({ Lexicon.clauseAdverbs.contains(tokens[$0].lower) })) {
                    setAnaphoric(told.tokens.lowerBound - 1, cue: token.lower)
                    break
                }
                // Right before the verb after a title, the person is the one the titles lead to:
                // "Seattle Deputy Police Chief Clark Kimerer said".
                // Not after a person the title describes: "Pontas Aritonang selaku Ketua Tim …".
                let titled = clause.last { span in
                    let before = span.tokens.lowerBound - 1
                    return span.tokens.upperBound == v && before >= clauseStart && Lexicon.titles.contains(tokens[before].lower)
                        && (before == 0 || tokens[before - 1].lower != "of")
                        && !(clauseStart..<before).contains { Self.describesWhoCame(before: tokens[$0].lower) }
                }
                // "Head of Equity Retail & Online Trading MNC Sekuritas Afen Tjhong", "peneliti Center
                // for Strategic and International Studies (CSIS) Yose Rizal Damhuri": a name after an
                // English "of", "for", "and" or "&" is the rest of an office's or a body's name, and
                // so is one after a title's word that follows them ("… Criminal and Justice Reform").
                func continuesABodysName(_ span: EntitySpan) -> Bool {
                    var s = span.tokens.lowerBound
                    while s > clauseStart {
                        if ["of", "for", "and"].contains(tokens[s - 1].lower) || quotes.gap(s - 1, s).contains("&") { return true }
                        guard tokens[s - 1].flags.contains(.capitalized), Lexicon.titles.contains(tokens[s - 1].lower) else { return false }
                        s -= 1
                    }
                    return false
                }
                // "The Federal Bureau of Investigation said": a body's noun before "of" and a
                // capital opens a body's name ("Sean Harrigan of Calpers" is a person's).
                func opensABodysName(_ span: EntitySpan) -> Bool {
                    let end = span.tokens.upperBound
                    return end + 1 < v && ["of", "for"].contains(tokens[end].lower) && tokens[end + 1].flags.contains(.capitalized)
                        && Lexicon.englishBodyNouns.contains(tokens[end - 1].lower)
                }
                let candidates = clause.filter { !continuesABodysName($0) && !opensABodysName($0) }
                // "Tim Medis RS Ismoyo, Sersan Mayor Salam SR, menuturkan": a name of dictionary
                // words after a comma and a rank ("Alto Labetubun, Analis Konflik …, mengatakan"
                // is a role without one).
                // "Kepala Badan Perencanaan Pembangunan Nasional (Bappenas) Bambang Brodjonegoro
                // menjelaskan", "Ketua Badan Legislasi (Baleg) DPR RI Supratman Andi Agtas memaparkan":
                // a name right after a body's short form in brackets, and the capitals that may
                // follow it, is the person who holds its office, not the short form named first.
                let afterShortForm = clause.last { span in
                    guard span.tokens.upperBound == v else { return false }
                    var start = span.tokens.lowerBound
                    while start > clauseStart + 1, quotes.gap(start - 1, start).allSatisfy({ $0 == " " }),
                          tokens[start - 1].surface.count >= 2, tokens[start - 1].surface == tokens[start - 1].surface.uppercased() {
                        start -= 1
                    }
                    return start > clauseStart && quotes.gap(start - 1, start).contains(")")
                }
                // "Kepala Pusat Gempabumi dan Tsunami BMKG Rahmat Triyono mengatakan": after a title,
                // an office's name in capitals (its words joined by "dan") runs to the person's full
                // name at the verb; no name inside the office is the speaker.
                let afterOffice = clause.last { span in
                    guard span.tokens.upperBound == v, span.tokens.lowerBound > clauseStart,
                          Lexicon.titles.contains(tokens[clauseStart].lower) else { return false }
                    return (clauseStart..<span.tokens.lowerBound).allSatisfy { k in
                        !quotes.isInside(k) && (k == clauseStart || quotes.gap(k - 1, k).allSatisfy { $0 == " " })
                            && (tokens[k].flags.contains(.capitalized) || ["dan", "&"].contains(tokens[k].lower))
                    }
                }.flatMap(person).flatMap { $0.contains(" ") ? $0 : nil }
                if let p = titled.flatMap(person) ?? afterShortForm.flatMap(person) ?? afterOffice
                    ?? candidates.lazy.compactMap({ person($0) ?? appositive($0, afterRankOnly: true) }).first {
                    result.speaker = p
                    result.cue = token.lower
                    result.speakerIsPerson = true
                    break
                }
                // "Marvel Studios diketahui telah mengumumkan": a company where no person is named.
                if let c = candidates.lazy.compactMap(company).first {
                    result.speaker = c
                    result.cue = token.lower
                    break
                }
                // "Dia mengatakan", "he said": the person named before.
                if let pronoun = (max(clauseStart, v - 3)..<v).last(where: { Lexicon.personPronouns.contains(tokens[$0].lower) }),
                   !clause.contains(where: { $0.tokens.lowerBound > pronoun }) {
                    setAnaphoric(pronoun, cue: token.lower)
                    break
                }
                // "Pihaknya berharap …": his side, whoever spoke for it in the sentence before (a
                // person or a body).
                if let previous, let side = (max(clauseStart, v - 3)..<v).last(where: { tokens[$0].lower == "pihaknya" }),
                   !clause.contains(where: { $0.tokens.lowerBound > side }) {
                    result.speaker = previous
                    result.cue = token.lower
                    break
                }
                // "PT Waskita Karya (Persero) Tbk memastikan": a company's forms stand between its
                // name and the verb.
                var near = clause.last(where: { $0.tokens.upperBound >= v - 1 })
                while let form = near, form.tokens.allSatisfy({ Lexicon.companyTails.contains(tokens[$0].lower) }),
                      let name = clause.last(where: {
                          $0.tokens.upperBound < form.tokens.upperBound && $0.tokens.upperBound >= form.tokens.lowerBound - 1
                      }) {
                    near = name
                }
                if let span = near {
                    if isAgency(span) { continue }
                    // "The Federal Bureau of Investigation said", "the Department of Homeland
                    // Security said": an English body's name runs back over "of", "for" and "and"
                    // to its first capital, and speaks whole ("FBI" is its short form).
                    if !personOnly, continuesABodysName(span), person(span) == nil {
                        // An office is no part of it: "The Director of National Intelligence said".
                        func partOfName(_ k: Int) -> Bool {
                            tokens[k].flags.contains(.capitalized) && tokens[k].lower != "the" && !Self.isRole(tokens[k].lower)
                        }
                        var start = span.tokens.lowerBound
                        while start > clauseStart {
                            if partOfName(start - 1) {
                                start -= 1
                            } else if ["of", "for", "and"].contains(tokens[start - 1].lower), start - 1 > clauseStart, partOfName(start - 2) {
                                start -= 2
                            } else {
                                break
                            }
                        }
                        if span.tokens.upperBound - start >= 3 {
                            result.speaker = (start..<span.tokens.upperBound).map { tokens[$0].lower }.joined(separator: " ")
                            result.cue = token.lower
                            break
                        }
                    }
                    // "Mantan Panglima TNI itu berujar": the body is part of an office, and the
                    // office with "itu" is the person named before, not the body.
                    // "Mantan Wakapolda Kalimantan Tengah itu menuturkan": the office may open the name.
                    let opensWithOffice = span.tokens.count > 1 && Self.isRole(tokens[span.tokens.lowerBound].lower)
                    let office = opensWithOffice ? span.tokens.lowerBound : span.tokens.lowerBound - 1
                    if office >= clauseStart, opensWithOffice || Lexicon.titles.contains(tokens[office].lower), span.tokens.upperBound < v,
                       ["itu", "tersebut"].contains(tokens[span.tokens.upperBound].lower) {
                        setAnaphoric(office, cue: token.lower)
                        break
                    }
                    if !personOnly, let b = body(span) {
                        result.speaker = b
                        result.cue = token.lower
                        break
                    }
                }
                if !personOnly, let group = groupSpeaker(tokens, in: clauseStart..<v) {
                    result.speaker = group
                    result.cue = token.lower
                    break
                }
                // A name close before the verb, unless a noun it modifies is the subject: "a Fort
                // Campbell spokesman, said".
                if let span = analysis.entities.last(where: { $0.tokens.upperBound <= v && $0.tokens.upperBound >= v - 3 }),
                   (span.tokens.upperBound..<v).allSatisfy({ tokens[$0].flags.contains(.stopword) || tokens[$0].flags.contains(.capitalized) }),
                   let p = person(span) {
                    // "Secretary of State Mike Pompeo said": the office's words after "of" that
                    // the dictionary knows are the title's, not the name's.
                    var words = p.split(separator: " ")
                    var start = span.tokens.lowerBound
                    if start > 0, ["of", "for", "and"].contains(tokens[start - 1].lower) {
                        while words.count > 2, words[0] == tokens[start].lower, names.isCommonWord(String(words[0])) {
                            words.removeFirst()
                            start += 1
                        }
                    }
                    result.speaker = words.joined(separator: " ")
                    result.cue = token.lower
                    result.speakerIsPerson = true
                    break
                }
            }
        }
        // 4. A quote an agency relays speaks for the person named first inside it.
        if result.speaker == nil, agencyQuote,
           let p = analysis.entities.lazy.filter({ quotes.isInside($0.tokens.lowerBound) }).compactMap(person).first {
            result.speaker = p
            result.cue = "quote"
            result.speakerIsPerson = true
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

    /// Words after a person's name that start a description of them: "selaku Ketua …", "as
    /// chairman", "salah satu anggota …".
    static func describesWhoCame(before word: String) -> Bool {
        ["selaku", "sebagai", "as", "salah", "seorang", "yang", "who", "dan", "and", "bersama", "with"].contains(word)
    }

    /// An active verb in lower case, by its prefix and a stem shorter than the word
    /// ("mengutip", "berharap"), which a predicate starts with.
    static func isActiveVerb(_ token: Token) -> Bool {
        !token.flags.contains(.capitalized) && token.stem != token.lower
            && (token.lower.hasPrefix("me") || token.lower.hasPrefix("ber"))
    }

    /// A title or a role before a name: "Chief", "spokeswoman", "Kapolda", "juru".
    static func isRole(_ word: String) -> Bool {
        Lexicon.titles.contains(word) || Lexicon.roleWords.contains(word)
    }

    /// A role, or the head of a description of a person ("politikus", "pria"), written in lower case.
    static func describesPerson(_ word: String) -> Bool {
        isRole(word) || Lexicon.personDescriptors.contains(word)
    }

    enum CueForm { case named, anaphoric }

    /// Whether a lower-case word attributes speech: a root (`kata`, `sambung`, `said`) names the
    /// speaker after it; the root with -nya (`ujarnya`, `bebernya`) means the person named before.
    static func cueForm(_ word: String) -> CueForm? {
        if Lexicon.anaphoricCues.contains(word) { return .anaphoric }
        if Lexicon.quoteCues.contains(word) || Lexicon.speechRoots.contains(word) { return .named }
        if word.hasSuffix("nya"), Lexicon.speechRoots.contains(String(word.dropLast(3))) { return .anaphoric }
        return nil
    }

    /// Words that may come before a cue opening a sentence.
    static let openers: Set<String> = ["kemudian", "lalu", "selanjutnya", "selain", "itu", "pun", "dan", "namun"]

    /// Cues that open a sentence before their speaker ("Lanjut Fahri, …"); not nouns that are
    /// speech roots too ("Kisah Mbak Yuni …" is her story).
    static let openingCues: Set<String> = [
        "kata", "ujar", "ucap", "tutur", "lanjut", "tambah", "imbuh", "sambung", "ungkap", "jelas", "tegas", "papar",
        "terang", "beber", "tandas", "pungkas",
    ]

    /// -nya cues that open a sentence with a comma after them ("Tambahnya, …"); not "Katanya,"
    /// (hearsay: "reportedly") nor "Jelasnya," ("in short").
    static let openingNyaCues: Set<String> = [
        "tambahnya", "lanjutnya", "imbuhnya", "sambungnya", "ungkapnya", "tuturnya", "ujarnya", "tegasnya", "paparnya",
    ]

    /// Where "Hal itu disampaikan …", "Pernyataan tersebut juga ditegaskan …", "Demikian
    /// dikatakan …" has its verb of saying, in the passive: a sentence that says who said the one
    /// before it.
    static func backReferenceVerb(_ tokens: [Token]) -> Int? {
        guard let first = tokens.first?.lower else { return nil }
        var k: Int
        if first == "demikian" {
            k = 1
        } else if ["hal", "pernyataan", "penegasan", "penjelasan", "keterangan", "ungkapan"].contains(first),
                  tokens.count > 1, Lexicon.demonstratives.contains(tokens[1].lower) {
            k = 2
        } else {
            return nil
        }
        while k < tokens.count, ["juga", "pun", "sudah", "telah", "sempat"].contains(tokens[k].lower) { k += 1 }
        guard k < tokens.count, isPassiveSpeech(tokens[k].lower) || isPassiveCue(tokens[k].lower) else { return nil }
        return k
    }

    /// A passive of saying or announcing: "diungkap", "disampaikan", "diumumkan", "dijelaskan".
    static func isPassiveSpeech(_ word: String) -> Bool {
        guard word.hasPrefix("di"), word.count > 4 else { return false }
        let root = String(word.dropFirst(2))
        return [root, String(root.dropLast(3)), String(root.dropLast(1))].contains { Lexicon.speechRoots.contains($0) || $0 == "umum" }
    }

    /// `Dijelaskannya`, `ditambahkannya`, `diakuinya`: a passive speech verb whose agent is -nya.
    static func isPassiveCue(_ word: String) -> Bool {
        guard word.hasPrefix("di"), word.hasSuffix("nya"), word.count > 7 else { return false }
        let middle = String(word.dropFirst(2).dropLast(3))
        if Lexicon.speechRoots.contains(middle) { return true }
        for suffix in ["kan", "i"] where middle.hasSuffix(suffix) {
            if Lexicon.speechRoots.contains(String(middle.dropLast(suffix.count))) { return true }
        }
        return false
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
        // A sentence whose first quote mark closes (`…kita," kata Kim`) starts inside a quotation
        // opened in an earlier sentence.
        var open = false
        if let first = scalars.firstIndex(where: Self.isQuoteMark),
           scalars[first] == "\u{201D}" || (scalars[first] == "\"" && first > 0
               && [",", ".", "!", "?"].contains(scalars[first - 1])
               && (first + 1 == scalars.count || scalars[first + 1] == " ")) {
            open = true
        }
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

    /// A double quotation mark: straight, opening or closing.
    static func isQuoteMark(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "\u{201C}" || c == "\u{201D}"
    }

    /// The text between two tokens.
    func gap(_ a: Int, _ b: Int) -> ArraySlice<Unicode.Scalar> {
        scalars[tokens[a].end..<tokens[b].start]
    }

    /// Whether a quotation closes between tokens `a` and `b`: a closing mark, a straight quote
    /// inside an open quotation, or one right after a comma or stop (`…kita," kata`), which
    /// closes a quotation opened in an earlier sentence.
    func closesBetween(_ a: Int, _ b: Int) -> Bool {
        let between = gap(a, b)
        if between.contains("\u{201D}") { return true }
        guard between.contains("\"") else { return false }
        return isInside(a) || zip(between, between.dropFirst()).contains { $1 == "\"" && [",", ".", "!", "?"].contains($0) }
    }
}
