import Testing
@testable import NewsCore

@Suite("Binary coding")
struct BinaryCodingTests {
    static let extractor = ClaimExtractor(analyzer: try! TextAnalyzer.system(), includeHeadlines: true, splitsClauses: true)

    /// An article with every optional field set and text outside ASCII.
    static let fullArticle: Article = {
        var article = Article(
            id: "pyŏngyang-001", source: SourceLocation(path: "corpus/北京/news.jsonl", line: 42), title: "Kim — Xi: “sahabat” 🇰🇵🇨🇳",
            titleOrigin: .firstSentence, outlet: "Warta Ekonomi", outletEvidence: .selfReference, syndicatedFrom: "VOA",
            published: PublicationDate(year: 2021, month: 3, day: 24, time: (8, 17, 59), utcOffsetMinutes: -330),
            language: .english, author: "Andari Wulan", editor: "", dateline: "JAKARTA", url: "https://example.com/ä?q=1",
            cited: ["KCNA", "Xinhua", ""], body: "Kalimat pertama.\nKalimat kedua — ü.",
            sentences: [Sentence(index: 0, start: 0, end: 16, utf8Start: 0, utf8End: 16), Sentence(index: 1, start: 17, end: 35)],
            removed: [RemovedLine(line: 7, text: "Halaman 2", reason: .pageNumber), RemovedLine(line: 0, text: "", reason: .repeated)])
        article.dek = "Ringkasan: “dua pemimpin” bertukar pesan"
        return article
    }()

    /// A mention with every optional field set.
    static let fullMention = ClaimMention(
        article: 3, sentence: -2, kind: .dek, clause: 4..<19, speakerKey: "kim jong un", cue: "kata", relays: ["KCNA", "Xinhua"],
        quoted: true, time: DateAnchor(year: nil, month: 3, day: 22), timeSource: .paragraph, terms: ["@kim jong un", "pesan", "#60"],
        names: ["kim jong un", "xi jinping"], entities: ["@china", "@korea utara", "kim jong un"], numbers: ["#60", "#2021"],
        negated: true, words: [7, 900, 4_000_000_000], opensWithAnaphor: true)

    static let fullResult = ClaimExtractor.Result(
        mentions: [fullMention, ClaimMention(
            article: 0, sentence: 5, speakerKey: nil, cue: nil, relays: [], quoted: false, time: nil, timeSource: .none,
            terms: [], names: [], numbers: [], negated: false)],
        skipped: [9: .numbersOnly, 1: .tooShort, 4: .allCaps])

    static func written(_ write: (inout ByteWriter) -> Void) -> [UInt8] {
        var writer = ByteWriter()
        write(&writer)
        return writer.bytes
    }

    /// The error `decode` throws, or `nil` when it succeeds.
    static func decodingError(_ decode: () throws -> Void) -> BinaryDecodingError? {
        do {
            try decode()
            return nil
        } catch let error as BinaryDecodingError {
            return error
        } catch {
            Issue.record("not a BinaryDecodingError: \(error)")
            return nil
        }
    }

    /// `bytes` with the last byte of the one length-prefixed `rawValue` in it replaced by `#`, and
    /// the offset of its length prefix.
    static func corrupting(_ rawValue: String, in bytes: [UInt8]) throws -> (bytes: [UInt8], offset: Int) {
        let pattern = [UInt8(rawValue.utf8.count)] + Array(rawValue.utf8)
        let hits = (0...(bytes.count - pattern.count)).filter { Array(bytes[$0..<$0 + pattern.count]) == pattern }
        try #require(hits.count == 1, "\(rawValue) should occur once")
        var corrupted = bytes
        corrupted[hits[0] + pattern.count - 1] = UInt8(ascii: "#")
        return (corrupted, hits[0])
    }
}

// MARK: - Primitives

extension BinaryCodingTests {
    @Test func varintsRoundTripInLEB128() throws {
        #expect(Self.written { $0.writeVarint(0) } == [0])
        #expect(Self.written { $0.writeVarint(127) } == [0x7F])
        #expect(Self.written { $0.writeVarint(128) } == [0x80, 0x01])
        #expect(Self.written { $0.writeVarint(300) } == [0xAC, 0x02])
        #expect(Self.written { $0.writeVarint(.max) } == Array(repeating: 0xFF, count: 9) + [0x01])
        let values: [UInt64] = [0, 1, 127, 128, 255, 16_383, 16_384, 1 << 32, UInt64(UInt32.max), 1 << 63, .max - 1, .max]
        let bytes = Self.written { writer in values.forEach { writer.writeVarint($0) } }
        var reader = ByteReader(bytes)
        for value in values { #expect(try reader.readVarint() == value) }
        try reader.finish()
    }

    @Test func signedIntsRoundTripInZigZag() throws {
        #expect(Self.written { $0.writeInt(0) } == [0])
        #expect(Self.written { $0.writeInt(-1) } == [1])
        #expect(Self.written { $0.writeInt(1) } == [2])
        #expect(Self.written { $0.writeInt(-64) } == [0x7F])
        #expect(Self.written { $0.writeInt(64) } == [0x80, 0x01])
        #expect(Self.written { $0.writeInt(.min) }.count == 10)
        let values = [0, 1, -1, 63, -64, 64, -65, 420, -330, 1_000_000, -1_000_000, .max, .min, .max - 1, .min + 1]
        let bytes = Self.written { writer in values.forEach { writer.writeInt($0) } }
        var reader = ByteReader(bytes)
        for value in values { #expect(try reader.readInt() == value) }
        #expect(reader.isAtEnd)
    }

    @Test func stringsRoundTripWithTheirUTF8Length() throws {
        let long = String(repeating: "Kim Jong-un dan Xi Jinping — 金正恩 ", count: 5_000)
        let values = ["", "a", "Pyŏngyang", "平壌", "🇰🇵 e\u{301}", "nul\u{0}inside", long]
        #expect(Self.written { $0.writeString("") } == [0])
        #expect(Self.written { $0.writeString("é") } == [2, 0xC3, 0xA9])
        let bytes = Self.written { writer in values.forEach { writer.writeString($0) } }
        var reader = ByteReader(bytes)
        for value in values {
            let read = try reader.readString()
            #expect(read == value)
            #expect(Array(read.utf8) == Array(value.utf8))
        }
        try reader.finish()
    }

    @Test func doublesBoolsOptionalsAndArraysRoundTrip() throws {
        let doubles: [Double] = [0, -0.0, 1.5, -2.25e300, .infinity, -.infinity, .leastNonzeroMagnitude, .greatestFiniteMagnitude,
                                 .nan, Double(nan: 0x1234, signaling: false)]
        #expect(Self.written { $0.writeDouble(1) } == [0, 0, 0, 0, 0, 0, 0xF0, 0x3F])
        let bytes = Self.written { writer in
            doubles.forEach { writer.writeDouble($0) }
            writer.writeBool(true)
            writer.writeBool(false)
            writer.writeOptionalInt(nil)
            writer.writeOptionalInt(-7)
            writer.writeOptionalString("")
            writer.writeArray([[1, 2], [], [-3]]) { writer, inner in writer.writeArray(inner) { $0.writeInt($1) } }
            writer.writeStrings(["x", "", "ÿ"])
        }
        var reader = ByteReader(bytes)
        for value in doubles { #expect(try reader.readDouble().bitPattern == value.bitPattern) }
        #expect(try reader.readBool() == true)
        #expect(try reader.readBool() == false)
        #expect(try reader.readOptionalInt() == nil)
        #expect(try reader.readOptionalInt() == -7)
        #expect(try reader.readOptionalString() == "")
        let nested = try reader.readArray { (r: inout ByteReader) throws(BinaryDecodingError) in
            try r.readArray { (r: inout ByteReader) throws(BinaryDecodingError) in try r.readInt() }
        }
        #expect(nested == [[1, 2], [], [-3]])
        #expect(try reader.readStrings() == ["x", "", "ÿ"])
        try reader.finish()
        // The same bytes read through a raw buffer.
        let copy = bytes.withUnsafeBytes { ByteReader($0) }
        #expect(copy.remaining == bytes.count)
    }

    @Test func malformedPrimitivesAreInvalid() {
        #expect(Self.decodingError { var r = ByteReader([2]); _ = try r.readBool() } == .invalid(what: "Bool", offset: 0))
        #expect(Self.decodingError { var r = ByteReader([1, 2]); _ = try r.readOptionalInt() } == nil)
        #expect(Self.decodingError { var r = ByteReader([5]); _ = try r.readOptionalInt() }
                == .invalid(what: "optional tag", offset: 0))
        // An eleventh varint byte, or a tenth one above 1, overflows 64 bits.
        #expect(Self.decodingError { var r = ByteReader(Array(repeating: 0xFF, count: 9) + [0x02]); _ = try r.readVarint() }
                == .invalid(what: "varint", offset: 0))
        #expect(Self.decodingError { var r = ByteReader(Array(repeating: 0xFF, count: 12)); _ = try r.readVarint() }
                == .invalid(what: "varint", offset: 0))
        #expect(Self.decodingError { var r = ByteReader([0x80, 0x80]); _ = try r.readVarint() } == .truncated(offset: 2))
        #expect(Self.decodingError { var r = ByteReader([0, 0, 0]); _ = try r.readDouble() } == .truncated(offset: 0))
        // Invalid UTF-8: a lone continuation byte and an overlong encoding.
        #expect(Self.decodingError { var r = ByteReader([0, 2, 0x61, 0x80]); _ = try r.readString(); _ = try r.readString() }
                == .invalid(what: "UTF-8 string", offset: 1))
        #expect(Self.decodingError { var r = ByteReader([2, 0xC0, 0xAF]); _ = try r.readString() }
                == .invalid(what: "UTF-8 string", offset: 0))
        #expect(Self.decodingError { var r = ByteReader([10] + Array("abcdefghi".utf8) + [0xFF]); _ = try r.readString() }
                == .invalid(what: "UTF-8 string", offset: 0))
        #expect(Self.decodingError { var r = ByteReader([10] + Array("abcdefghi".utf8)); _ = try r.readString() }
                == .truncated(offset: 0))
        // A count larger than the data left is truncation, found before anything is allocated.
        let huge = Self.written { $0.writeVarint(UInt64(Int.max)) } + [1, 2, 3]
        #expect(Self.decodingError { var r = ByteReader(huge); _ = try r.readStrings() } == .truncated(offset: 0))
        #expect(Self.decodingError { var r = ByteReader(Self.written { $0.writeVarint(.max) }); _ = try r.readString() }
                == .truncated(offset: 0))
        #expect(Self.decodingError { let r = ByteReader([0, 9]); try r.finish() } == .invalid(what: "trailing bytes", offset: 0))
        #expect(BinaryDecodingError.truncated(offset: 12).description == "binary data truncated at byte 12")
        #expect(BinaryDecodingError.invalid(what: "Bool", offset: 3).description == "invalid Bool at byte 3")
    }
}

// MARK: - Articles

extension BinaryCodingTests {
    @Test func everySeedArticleRoundTrips() throws {
        let articles = SeedCorpus.report.articles
        try #require(articles.count == 5)
        for article in articles {
            let bytes = article.encoded()
            let decoded = try Article(decoding: bytes)
            #expect(decoded == article, "\(article.id)")
            #expect(decoded.dek == article.dek)
            #expect(decoded.published?.time?.hour == article.published?.time?.hour)
            #expect(decoded.published?.utcOffsetMinutes == article.published?.utcOffsetMinutes)
            #expect(decoded.encoded() == bytes)
            // Compact: beyond the text, a few bytes a field and about ten a sentence.
            let strings = [article.id, article.source.path, article.title, article.body, article.titleOrigin.rawValue,
                           article.outletEvidence.rawValue, article.language.rawValue]
                + [article.dek, article.outlet, article.syndicatedFrom, article.author, article.editor, article.dateline,
                   article.url].compactMap { $0 }
                + article.cited + article.removed.flatMap { [$0.text, $0.reason.rawValue] }
            let overhead = bytes.count - strings.reduce(0) { $0 + $1.utf8.count }
            #expect(overhead <= 64 + 10 * article.sentences.count + 4 * article.removed.count)
        }
        #expect(articles.contains { $0.published?.time != nil })
        #expect(articles.contains { !$0.removed.isEmpty })
        #expect(articles.contains { $0.sentences.contains { $0.utf8Start != nil } })
    }

    @Test func everyFieldOfAnArticleRoundTrips() throws {
        let article = Self.fullArticle
        let decoded = try Article(decoding: article.encoded())
        #expect(decoded == article)
        // `PublicationDate ==` compares descriptions; check the parts it could hide.
        let published = try #require(decoded.published)
        #expect(published.time?.hour == 8 && published.time?.minute == 17 && published.time?.second == 59)
        #expect(published.utcOffsetMinutes == -330)
        let offsetWithoutTime = PublicationDate(year: 2020, month: 1, day: 2, utcOffsetMinutes: 420)
        var bare = Article(id: "", source: SourceLocation(path: ""), title: "", published: offsetWithoutTime, body: "")
        bare.dek = nil
        let decodedBare = try Article(decoding: bare.encoded())
        #expect(decodedBare == bare)
        #expect(decodedBare.published?.time == nil && decodedBare.published?.utcOffsetMinutes == 420)
        #expect(decodedBare.source.line == nil && decodedBare.dek == nil)
    }

    @Test func everyPrefixOfAnArticleIsTruncated() {
        let bytes = Self.fullArticle.encoded()
        for length in 0..<bytes.count {
            let error = Self.decodingError { _ = try Article(decoding: Array(bytes[..<length])) }
            guard case .truncated(let offset) = error else {
                Issue.record("prefix of \(length) bytes gave \(String(describing: error))")
                continue
            }
            #expect(offset <= length)
        }
        // A byte too many is not the article either.
        #expect(Self.decodingError { _ = try Article(decoding: bytes + [0]) }
                == .invalid(what: "trailing bytes", offset: bytes.count))
    }

    @Test func sampledPrefixesOfSeedBlobsAreTruncated() {
        for article in SeedCorpus.report.articles {
            let articleBytes = article.encoded()
            let resultBytes = Self.extractor.extract(article, index: 0).encoded()
            let blobs: [([UInt8], ([UInt8]) throws -> Void)] = [
                (articleBytes, { _ = try Article(decoding: $0) }),
                (resultBytes, { _ = try ClaimExtractor.Result(decoding: $0) }),
            ]
            for (bytes, decode) in blobs {
                let lengths = Set(stride(from: 0, to: bytes.count, by: 37)).union(max(0, bytes.count - 40)..<bytes.count)
                for length in lengths.sorted() {
                    let error = Self.decodingError { try decode(Array(bytes[..<length])) }
                    guard case .truncated = error else {
                        Issue.record("\(article.id): prefix of \(length) of \(bytes.count) bytes gave \(String(describing: error))")
                        continue
                    }
                }
            }
        }
    }

    @Test func unknownArticleRawValuesAreInvalid() throws {
        let bytes = Self.fullArticle.encoded()
        for (raw, what) in [("first-sentence", "TitleOrigin"), ("self-reference", "OutletEvidence"), ("en", "Language"),
                            ("page-number", "RemovalReason")] {
            let (corrupted, offset) = try Self.corrupting(raw, in: bytes)
            #expect(Self.decodingError { _ = try Article(decoding: corrupted) } == .invalid(what: what, offset: offset))
        }
    }

    @Test func randomCorruptionThrowsOrDecodesButNeverTraps() {
        let bytes = Self.fullArticle.encoded()
        let resultBytes = Self.fullResult.encoded()
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(truncatingIfNeeded: state >> 1)
        }
        var failures = 0
        for round in 0..<3_000 {
            var corrupted = round.isMultiple(of: 2) ? bytes : resultBytes
            for _ in 0...(next() % 3) { corrupted[next() % corrupted.count] = UInt8(truncatingIfNeeded: next()) }
            let error = round.isMultiple(of: 2)
                ? Self.decodingError { _ = try Article(decoding: corrupted) }
                : Self.decodingError { _ = try ClaimExtractor.Result(decoding: corrupted) }
            if error != nil { failures += 1 }
        }
        #expect(failures > 300)
    }
}

// MARK: - Claim extraction results

extension BinaryCodingTests {
    @Test func everySeedExtractionResultRoundTrips() throws {
        var all: [ClaimMention] = []
        var skippedAny = false
        for (index, article) in SeedCorpus.report.articles.enumerated() {
            let result = Self.extractor.extract(article, index: index)
            let bytes = result.encoded()
            let decoded = try ClaimExtractor.Result(decoding: bytes)
            #expect(decoded.mentions == result.mentions, "\(article.id)")
            #expect(decoded.skipped == result.skipped, "\(article.id)")
            #expect(decoded.encoded() == bytes)
            for mention in result.mentions { #expect(try ClaimMention(decoding: mention.encoded()) == mention) }
            all += result.mentions
            skippedAny = skippedAny || !result.skipped.isEmpty
        }
        // The seeds exercise the optional and enum fields, not just the defaults.
        #expect(skippedAny)
        #expect(all.contains { $0.kind == .title } && all.contains { $0.clause != nil })
        #expect(all.contains { $0.time != nil } && all.contains { $0.speakerKey != nil } && all.contains { !$0.relays.isEmpty })
        #expect(all.contains { !$0.names.isEmpty } && all.contains { !$0.numbers.isEmpty } && all.contains { !$0.entities.isEmpty })
        #expect(all.contains(where: \.quoted) && all.contains(where: \.negated) && all.contains { $0.cue != nil })
    }

    @Test func everyFieldOfAMentionRoundTrips() throws {
        let decoded = try ClaimExtractor.Result(decoding: Self.fullResult.encoded())
        #expect(decoded.mentions == Self.fullResult.mentions)
        #expect(decoded.skipped == Self.fullResult.skipped)
        let mention = try #require(decoded.mentions.first)
        #expect(mention.clause == 4..<19 && mention.time?.year == nil && mention.time?.day == 22)
        #expect(mention.entities == ["@china", "@korea utara", "kim jong un"])
        let empty = ClaimExtractor.Result(mentions: [], skipped: [:])
        #expect(empty.encoded() == [0, 0])
        #expect(try ClaimExtractor.Result(decoding: [0, 0]).mentions.isEmpty)
    }

    @Test func setsAndSkippedSentencesEncodeInSortedOrder() {
        var shuffled = Self.fullMention
        shuffled.names = Set(minimumCapacity: 64)
        for name in Self.fullMention.names.sorted().reversed() { shuffled.names.insert(name) }
        shuffled.entities = Set(Self.fullMention.entities.sorted().reversed())
        #expect(shuffled == Self.fullMention)
        #expect(shuffled.encoded() == Self.fullMention.encoded())
        var skipped: [Int: SkipReason] = [:]
        skipped.reserveCapacity(100)
        for (key, value) in Self.fullResult.skipped.sorted(by: { $0.key > $1.key }) { skipped[key] = value }
        let reordered = ClaimExtractor.Result(mentions: Self.fullResult.mentions, skipped: skipped)
        #expect(reordered.encoded() == Self.fullResult.encoded())
        // The sets are written sorted: the names as a count, then "kim jong un", then "xi jinping".
        let bytes = Self.fullMention.encoded()
        let names = [2, 11] + Array("kim jong un".utf8) + [10] + Array("xi jinping".utf8)
        #expect((0...(bytes.count - names.count)).contains { Array(bytes[$0..<$0 + names.count]) == names })
    }

    @Test func unknownMentionRawValuesAndBadRangesAreInvalid() throws {
        let bytes = Self.fullResult.encoded()
        for (raw, what) in [("dek", "Kind"), ("paragraph", "TimeSource"), ("numbers only", "SkipReason")] {
            let (corrupted, offset) = try Self.corrupting(raw, in: bytes)
            #expect(Self.decodingError { _ = try ClaimExtractor.Result(decoding: corrupted) } == .invalid(what: what, offset: offset))
        }
        // A clause whose end comes before its start.
        var inverted = Self.fullMention
        inverted.clause = 19..<19
        var blob = inverted.encoded()
        let clauseStart = try #require((0..<blob.count - 2).first { blob[$0] == 1 && blob[$0 + 1] == 38 && blob[$0 + 2] == 38 })
        blob[clauseStart + 1] = 40  // lower bound 20 > upper bound 19
        #expect(Self.decodingError { _ = try ClaimMention(decoding: blob) } == .invalid(what: "clause range", offset: clauseStart + 1))
        // Skipped sentences out of order, or repeated.
        let repeated = Self.written { writer in
            writer.writeCount(0)
            writer.writeCount(2)
            writer.writeInt(4)
            writer.writeString("too short")
            writer.writeInt(4)
            writer.writeString("all capitals")
        }
        #expect(Self.decodingError { _ = try ClaimExtractor.Result(decoding: repeated) }
                == .invalid(what: "skipped sentence order", offset: 13))
    }
}
