/// Splits cleaned Indonesian or English text into sentences in one linear pass.
///
/// A line break always ends a sentence. A full stop, `?`, `!` or ellipsis ends one when
/// the next word starts with a capital (or a digit), unless the stop belongs to a dotted
/// abbreviation (Dr., No., Jl., Rp.), an initial (A.H. Nasution), a domain
/// (KOMPAS.com, Indonesian.cri.cn), a number (2.375.000) or a list marker. A lower-case
/// next word never starts a sentence, so an ellipsis inside a quote and `"…?" tanya dia`
/// stay whole. Undotted acronyms (KCNA, AS) are ordinary words and end sentences.
/// A stop followed by a comma (`baik., ,Selama`, where a link was stripped) ends a sentence,
/// and so does a stop followed by an opening quote without a space (`bertanya."Kamu`).
public enum SentenceSplitter {
    public static func split(_ text: String) -> [Sentence] {
        let s = ScalarText(text)
        return withUTF8Offsets(scalarSentences(s), s)
    }

    /// Records each sentence's UTF-8 offsets, in one pass over the scalars.
    static func withUTF8Offsets(_ sentences: consuming [Sentence], _ s: ScalarText) -> [Sentence] {
        var result = consume sentences
        var k = 0, utf8 = 0, atStart = true
        for (offset, scalar) in s.enumerated() {
            while k < result.count {
                if atStart, result[k].start == offset {
                    result[k].utf8Start = utf8
                    atStart = false
                } else if !atStart, result[k].end == offset {
                    result[k].utf8End = utf8
                    atStart = true
                    k += 1
                    continue
                }
                break
            }
            utf8 += scalar.utf8.count
        }
        if k < result.count, !atStart, result[k].end == s.count { result[k].utf8End = utf8 }
        return result
    }

    static func scalarSentences(_ s: ScalarText) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0

        func close(_ end: Int) {
            var a = start, b = end
            while a < b && isSpace(s[a]) { a += 1 }
            while b > a && isSpace(s[b - 1]) { b -= 1 }
            if a < b && s[a..<b].contains(where: isWordScalar) {
                sentences.append(Sentence(index: sentences.count, start: a, end: b))
            }
        }

        var i = 0
        let n = s.count
        while i < n {
            let c = s[i]
            if c == "\n" {
                close(i)
                start = i + 1
                i += 1
                continue
            }
            guard isTerminator(c) else { i += 1; continue }
            var j = i
            while j < n && isTerminator(s[j]) { j += 1 }
            var k = j
            while k < n && isCloser(s[k]) && !opensQuote(s, at: k, sentenceStart: start) { k += 1 }
            let singleStop = j - i == 1 && c == "."
            if k == j, k < n, s[k] == ",", let next = afterLinkHole(s, stopAt: i, afterCommas: k, singleStop: singleStop) {
                close(k)
                start = next
                i = next
                continue
            }
            if let next = breakPoint(s, stopAt: i, afterStops: j, afterClosers: k, singleStop: singleStop, sentenceStart: start) {
                close(k)
                start = next
            }
            i = k
        }
        close(n)
        return sentences
    }

    /// A straight quote at `k`, right after a stop and right before a capital, that opens a new
    /// quotation (`ujarnya."Kami siap`): the sentence is outside quotes there, because its last
    /// quote mark closed one (`,"`) or it has none.
    private static func opensQuote(_ s: ScalarText, at k: Int, sentenceStart: Int) -> Bool {
        guard s[k] == "\"", k + 1 < s.count, s[k + 1].isUppercaseFast else { return false }
        var q = k - 1
        while q >= sentenceStart && s[q] != "\"" { q -= 1 }
        guard q >= sentenceStart else { return true }
        return q > sentenceStart && (s[q - 1] == "," || isTerminator(s[q - 1]))
    }

    /// `baik., ,Selama` or `bantat., kalaupun`: a stop, then the commas a stripped link left.
    /// The next sentence starts at the first word after them, whatever its case, unless the stop
    /// belongs to an abbreviation that lists go on after (`dll., dan`).
    private static func afterLinkHole(_ s: ScalarText, stopAt i: Int, afterCommas k: Int, singleStop: Bool) -> Int? {
        var m = k
        while m < s.count && (s[m] == "," || isSpace(s[m])) { m += 1 }
        guard m < s.count, s[m].isLetterFast || isOpener(s[m]) else { return nil }
        if singleStop {
            let word = String(String.UnicodeScalarView(wordBefore(s, at: i)))
            if word.isEmpty || abbreviations.contains(word) || listAbbreviations.contains(word.lowercased())
                || word.unicodeScalars.allSatisfy(isDigit) || word.count == 1 {
                return nil
            }
        }
        return m
    }

    /// Abbreviations that end a list and may be followed by a comma inside a sentence.
    static let listAbbreviations: Set<String> = ["dll", "dsb", "dst", "etc", "dkk", "cs", "sbb"]

    /// `text` with the holes that stripped links leave closed: `, ,` and `,,` become one comma,
    /// a space before a comma goes, a comma before a stop goes (`berfikir ,.` → `berfikir.`),
    /// and a stop followed by commas is followed by one space (`baik., ,Selama` → `baik. Selama`).
    /// Quoted text (`,"`) and numbers (`3,5`) are left as they are.
    public static func closeLinkHoles(_ text: String) -> String {
        // Read in the string's own storage and written as UTF-8: arrays of scalars would take four
        // bytes a character, twice over, for a text that may be 50 MB.
        let s = text.unicodeScalars
        let commaCount = text.utf8.reduce(0) { $1 == UInt8(ascii: ",") ? $0 + 1 : $0 }
        guard commaCount > 0 else { return text }
        // Written straight into the new string's storage. A run of commas and spaces is written as
        // at most one byte more than its commas, so the text's length plus its commas bounds it.
        return String(unsafeUninitializedCapacity: text.utf8.count + commaCount) { out in
            var written = 0
            var before: Unicode.Scalar?
            func write(_ c: Unicode.Scalar) {
                if c.isASCII {
                    out[written] = UInt8(c.value)
                    written += 1
                } else {
                    for byte in UTF8.encode(c)! {
                        out[written] = byte
                        written += 1
                    }
                }
                before = c
            }
            var i = s.startIndex
            while i < s.endIndex {
                let c = s[i]
                guard c == "," || (isSpace(c) && nextNonSpace(s, from: i) == ",") else {
                    write(c)
                    i = s.index(after: i)
                    continue
                }
                // A run of commas and spaces.
                var j = i
                var commas = 0
                var last = c
                while j < s.endIndex && (s[j] == "," || isSpace(s[j])) {
                    if s[j] == "," { commas += 1 }
                    last = s[j]
                    j = s.index(after: j)
                }
                let after: Unicode.Scalar? = j < s.endIndex ? s[j] : nil
                let plain = commas == 1 && c == "," && before.map { !isSpace($0) && !isTerminator($0) && $0 != "\n" } == true
                    && after.map { !isTerminator($0) && $0 != "\n" } == true
                if commas == 0 || plain {
                    for k in s[i..<j] { write(k) }
                } else if after == nil || after == "\n" {
                    if let b = before, isTerminator(b) || isCloser(b) || b == "\n" {
                    } else {
                        write(",")
                    }
                } else if let a = after, isTerminator(a) {
                    // ", ." → "."
                } else if let b = before, isTerminator(b) {
                    write(" ")
                } else if before == nil || before == "\n" {
                    // A line that opens with a hole.
                } else if let a = after, isCloser(a) && !isSpace(last) {
                    write(",")  // `,"` closes a quote
                } else {
                    write(",")
                    write(" ")
                }
                i = j
            }
            return written
        }
    }

    private static func nextNonSpace(_ s: String.UnicodeScalarView, from i: String.Index) -> Unicode.Scalar? {
        var k = i
        while k < s.endIndex && isSpace(s[k]) { k = s.index(after: k) }
        return k < s.endIndex ? s[k] : nil
    }

    /// Where the next sentence starts if the stops at `stopAt..<afterStops` end one, else `nil`.
    private static func breakPoint(_ s: ScalarText, stopAt i: Int, afterStops j: Int, afterClosers k: Int,
                                   singleStop: Bool, sentenceStart: Int) -> Int? {
        let n = s.count
        guard k < n, s[k] != "\n" else { return nil }  // the line end closes it
        let next = s[k]
        if isOpener(next), next != "(", next != "[", k + 1 < n, s[k + 1].isUppercaseFast {
            return k  // `bertanya.“Kamu`: a quotation opens the next sentence
        }
        if isSpace(next) {
            var m = k
            while m < n && isSpace(s[m]) { m += 1 }
            guard m < n, s[m] != "\n" else { return nil }
            var w = m
            while w < n && isOpener(s[w]) { w += 1 }
            guard w < n else { return nil }
            let first = s[w]
            if first.isLowercaseFast { return nil }
            if singleStop && k == j && isNonFinalStop(s, at: i, sentenceStart: sentenceStart, nextIsDigit: isDigit(first)) {
                return nil
            }
            return m
        }
        if next.isLetterFast {
            // No space after the stop: a domain, a dotted acronym, or a missing space.
            if singleStop && k == j {
                if isDomainSuffix(s, from: k) { return nil }
                guard next.isUppercaseFast, i > 0, s[i - 1].isLowercaseFast else { return nil }
                let word = wordBefore(s, at: i)
                if word.count < 2 || word.contains(".") { return nil }
                return k
            }
            return next.isUppercaseFast ? k : nil
        }
        return nil
    }

    /// Whether a lone full stop followed by a space is part of an abbreviation, initial or list marker.
    private static func isNonFinalStop(_ s: ScalarText, at i: Int, sentenceStart: Int, nextIsDigit: Bool) -> Bool {
        let word = wordBefore(s, at: i)
        guard !word.isEmpty else { return false }
        let text = String(String.UnicodeScalarView(word))
        if abbreviations.contains(text) { return true }
        if let last = text.split(separator: ".").last, text.utf8.contains(0x2E), abbreviations.contains(String(last)) {
            return true
        }
        // An initial: "A.H. Nasution", "B. J. Habibie".
        let letters = word.filter { $0 != "." }
        if letters.count == 1, letters[0].isUppercaseFast { return true }
        if word.contains("."), letters.allSatisfy({ $0.isUppercaseFast }), letters.count <= 4 {
            return true
        }
        // A list marker: "1. Pertama".
        if letters.allSatisfy(isDigit), i - word.count <= firstNonSpace(s, from: sentenceStart) {
            return true
        }
        return false
    }

    /// The run of letters, digits and inner dots that ends just before `i`.
    private static func wordBefore(_ s: ScalarText, at i: Int) -> Slice<ScalarText> {
        var a = i
        while a > 0 && (isWordScalar(s[a - 1]) || (s[a - 1] == "." && a - 1 > 0 && isWordScalar(s[a - 2]))) {
            a -= 1
        }
        return s[a..<i]
    }

    private static func firstNonSpace(_ s: ScalarText, from start: Int) -> Int {
        var a = start
        while a < s.count && isSpace(s[a]) { a += 1 }
        return a
    }

    /// Whether the letters from `k` form a top-level or second-level domain ending ("com", "co.id", "cn").
    private static func isDomainSuffix(_ s: ScalarText, from k: Int) -> Bool {
        var e = k
        while e < s.count && (s[e].isLetterFast || isDigit(s[e])) { e += 1 }
        let label = String(String.UnicodeScalarView(s[k..<e])).lowercased()
        if domainLabels.contains(label) { return true }
        // www.example or a lower-case host part followed by another dot: "indonesian.cri.cn".
        if e < s.count, s[e] == ".", e + 1 < s.count, s[e + 1].isLetterFast,
           s[k..<e].allSatisfy({ $0.isLowercaseFast || isDigit($0) }) {
            return true
        }
        return false
    }

    private static let domainLabels: Set<String> = [
        "com", "co", "id", "net", "org", "go", "ac", "or", "sch", "web", "my", "biz", "info", "tv",
        "news", "cn", "uk", "us", "jp", "kr", "sg", "au", "de", "fr", "ru", "in", "io", "gov", "edu",
    ]

    /// Dotted abbreviations that do not end a sentence before a capitalised word.
    /// List-ending ones (dll., dsb., etc.) are absent: a capital after them starts a sentence.
    static let abbreviations: Set<String> = [
        "Dr", "dr", "drg", "Prof", "prof", "H", "Hj", "KH", "No", "no", "Nomor", "Jl", "Jln", "Kab", "Kec", "Kel",
        "Kp", "Rp", "Tn", "Ny", "Nn", "Sdr", "Sdri", "Bpk", "Drs", "Dra", "Ir", "St", "Mr", "Mrs", "Ms", "Jr", "Sr",
        "vs", "Vs", "Gen", "Jend", "Kol", "Letjen", "Mayjen", "Brigjen", "Kapt", "Lt", "Col", "Sgt", "Capt", "Sen",
        "Rep", "Gov", "Inc", "Ltd", "Corp", "Bros", "Mt", "Ft", "Fig", "fig", "Vol", "vol", "hlm", "Hlm", "Tel",
        "Telp", "telp", "a.n", "s.d", "u.p", "d.a", "u.b", "al", "e.g", "i.e", "Sdn", "Bhd", "U.S", "U.K", "S.H",
        "S.E", "M.Si", "M.Sc", "Ph.D", "S.Pd", "S.Kom", "S.T", "M.M", "M.H", "A.Md", "Jan", "Feb", "Mar", "Apr",
        "Jun", "Jul", "Agu", "Aug", "Sep", "Sept", "Okt", "Oct", "Nov", "Des", "Dec", "pp", "approx", "ca", "cf",
        "Cmdr", "Lieut", "Adm", "Maj", "Rev", "Supt", "Det", "Msgr", "Hon",
    ]

    static func isTerminator(_ c: Unicode.Scalar) -> Bool {
        c == "." || c == "!" || c == "?" || c == "\u{2026}"
    }

    static func isCloser(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "'", "\u{201D}", "\u{2019}", "\u{00BB}", ")", "]": return true
        default: return false
        }
    }

    static func isOpener(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "'", "\u{201C}", "\u{2018}", "\u{00AB}", "(", "[": return true
        default: return false
        }
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.isDigitFast }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool { c.isWordFast }
}
