import Foundation

/// Rules that judge one line of an article on its own: is it page clutter, and of which kind?
///
/// They hold for Indonesian news sites in general: they look for the shapes of related-article
/// links, prompts, widgets, captions, credits, bylines and sign-offs, not for these seeds' strings.
enum LineRules {
    static func classify(_ line: String) -> RemovalReason? {
        let lower = line.lowercased()
        let words = Tokens.wordCount(line)
        if isRelatedArticle(lower) { return .relatedArticle }
        if isWidget(lower) { return .widget }
        if isImageURL(lower) { return .imageURL }
        if isCopyright(lower) { return .copyright }
        if isLabelledByline(lower) { return .byline }
        if isSignOff(line) { return .signOff }
        if isPageNumber(line) { return .pageNumber }
        if words <= 30, line.unicodeScalars.first?.isUppercaseFast == true, isPrompt(lower) { return .prompt }
        if isCaption(line, lower: lower, words: words) { return .caption }
        return nil
    }

    // MARK: related articles

    private static let relatedPrefixes = [
        "baca juga", "baca pula", "baca selengkapnya", "berita lain terkait", "berita terkait", "artikel terkait",
        "simak juga", "lihat juga", "read also", "read more", "related:", "related news", "berita lainnya",
        "artikel lainnya",
    ]

    static func isRelatedArticle(_ lower: String) -> Bool {
        let trimmed = lower.drop { $0 == "(" || $0 == "[" || $0 == " " || $0 == "*" || $0 == "-" }
        return relatedPrefixes.contains { trimmed.hasPrefix($0) }
    }

    /// The scrape lost a link and left its label glued to body text: "Baca juga:,,Sebelumnya, KPK …",
    /// "https://…/foto.jpeg,,,,,Video kedua …". The commas right after the label are where the link was.
    /// Returns the label to remove and the body text to keep.
    static func lostLinkRemainder(_ line: String, reason: RemovalReason) -> (removed: String, kept: String)? {
        let scalars = Array(line.unicodeScalars)
        var i = 0
        func skip(_ set: Set<Unicode.Scalar>) { while i < scalars.count && set.contains(scalars[i]) { i += 1 } }
        switch reason {
        case .relatedArticle:
            // One or more labels ("Baca juga:,Baca juga:,,"), each possibly ending in "di" ("Baca selengkapnya di").
            var sawComma = false
            while true {
                let rest = String(String.UnicodeScalarView(scalars[i...])).lowercased()
                guard let label = relatedPrefixes.first(where: { rest.hasPrefix($0) }) else { break }
                i += label.unicodeScalars.count
                skip([" ", ":"])
                if String(String.UnicodeScalarView(scalars[i...])).lowercased().hasPrefix("di ") { i += 3 }
                let before = i
                skip([" ", ",", ":"])
                if scalars[before..<i].contains(",") { sawComma = true } else { break }
            }
            guard sawComma else { return nil }
        case .imageURL:
            guard let end = scalars.firstIndex(where: { $0 == " " || $0 == "," }), scalars[end] == "," else { return nil }
            i = end
            skip([" ", ","])
        default:
            return nil
        }
        guard i < scalars.count else { return nil }
        let removed = String(String.UnicodeScalarView(scalars[..<i])).trimmingCharacters(in: .whitespaces)
        let kept = String(String.UnicodeScalarView(scalars[i...]))
        return Tokens.wordCount(kept) >= 3 ? (removed, kept) : nil
    }

    // MARK: widgets

    private static let widgetLabels: Set<String> = [
        "terpopuler", "terkini", "berita terkini", "berita terbaru", "terbaru", "features", "feature", "komentar",
        "rekomendasi", "populer", "trending", "spinner loading", "loading", "loading...", "iklan", "advertisement",
        "breaking news", "video", "video pilihan", "galeri", "galeri foto", "foto", "topik", "topik terkait",
        "pilihan editor", "editor's pick", "newsletter", "all right reserved", "all rights reserved",
        "scroll to continue with content", "scroll untuk melanjutkan", "tutup", "share", "bagikan", "tag",
        "tags", "headline", "berita utama", "sponsored", "konten bersponsor", "most popular", "latest news",
        "lainnya", "selengkapnya", "kirim", "ikuti", "ikuti kami", "ikuti kami di",
    ]

    static func isWidget(_ lower: String) -> Bool {
        guard lower.utf8.count <= 80 else { return false }
        var label = lower.trimmingCharacters(in: .whitespaces)
        while let last = label.last, ":|>»".contains(last) { label.removeLast() }
        label = label.trimmingCharacters(in: .whitespaces)
        if widgetLabels.contains(label) { return true }
        // Embedded media placeholders: [Gambas:Video CNBC], [video], [embed]...
        if label.hasPrefix("["), label.hasSuffix("]"), label.count < 80 { return true }
        return false
    }

    // MARK: images, copyright, bylines

    static func isImageURL(_ lower: String) -> Bool {
        if lower.hasPrefix("http:") || lower.hasPrefix("https:") || lower.hasPrefix("www.") { return true }
        for ext in [".jpg", ".jpeg", ".png", ".gif", ".webp"] where lower.containsBytes(ext) {
            return true
        }
        return false
    }

    static func isCopyright(_ lower: String) -> Bool {
        lower.hasPrefix("©") || lower.hasPrefix("(c) ") || lower.hasPrefix("copyright") || lower.hasPrefix("hak cipta")
            || lower.containsBytes("all right reserved") || lower.containsBytes("all rights reserved")
            || (lower.containsBytes("©") && lower.count < 200)
    }

    /// Labels of byline, editor and tag lines, each followed by a colon.
    static let bylineLabels = [
        "editor", "penulis", "reporter", "pewarta", "penyunting", "redaktur", "editor bahasa", "fotografer",
        "kontributor", "sumber", "source", "tag", "tags", "tag terkait", "topik", "kata kunci", "keywords",
        "written by", "writer", "author", "laporan wartawan", "oleh",
    ]

    static func isLabelledByline(_ lower: String) -> Bool {
        guard lower.utf8.count < 200, let colon = lower.firstIndex(of: ":") else { return false }
        let label = lower[..<colon].trimmingCharacters(in: .whitespaces)
        return bylineLabels.contains(label) && lower.count < 200
    }

    /// The value of a labelled line such as "Editor: Muhammad Syahrianto", with its label.
    static func labelledValue(_ line: String) -> (label: String, value: String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let label = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        let value = line[line.index(after: colon)...].trimmingCharacters(in: CharacterSet(charactersIn: " ,;:|"))
        guard bylineLabels.contains(label) else { return nil }
        return (label, value)
    }

    // MARK: sign-offs and page numbers

    /// "(Tribunnews.com/Andari Wulan Nugrahani)", "(hoi/hoi)", "(ant)", "(Sumber: Kompas)".
    static func isSignOff(_ line: String) -> Bool {
        guard line.hasPrefix("("), line.hasSuffix(")"), line.count <= 80 else { return false }
        let inner = line.dropFirst().dropLast()
        guard !inner.utf8.contains(UInt8(ascii: "(")), !inner.utf8.contains(UInt8(ascii: ")")) else { return false }
        if Tokens.endsSentence(String(inner)) { return false }
        let parts = inner.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count >= 2 { return parts.allSatisfy { !$0.isEmpty && $0.count <= 40 } }
        let lower = inner.lowercased()
        if lower.hasPrefix("sumber:") || lower.hasPrefix("source:") { return true }
        // Editor initials: "(ant)", "(rhm)".
        return inner.count <= 6 && inner.allSatisfy { $0.isLetter || $0 == "." }
    }

    /// The outlet domain and writer of a sign-off such as "(Tribunnews.com/Andari Wulan Nugrahani)".
    static func signOffParts(_ line: String) -> (host: String, person: String?)? {
        guard isSignOff(line) else { return nil }
        let parts = line.dropFirst().dropLast().split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let host = parts.first, host.utf8.contains(UInt8(ascii: ".")) else { return nil }
        let person = parts.dropFirst().first { $0.utf8.contains(UInt8(ascii: " ")) }
        return (host, person)
    }

    static func isPageNumber(_ line: String) -> Bool {
        !line.isEmpty && line.count <= 3 && line.allSatisfy { $0.isASCII && $0.isNumber }
    }

    // MARK: prompts

    private static let promptPrefixes = [
        "ikuti ", "follow ", "yuk ", "mau berita", "cari berita", "bagikan", "share ", "tulis komentar",
        "berikan komentar", "dapatkan update", "dapatkan berita", "dapatkan informasi", "download aplikasi",
        "unduh aplikasi", "klik ", "jangan lewatkan", "simak berita", "simak video", "simak selengkapnya",
        "tonton video", "saksikan video", "lihat video", "lihat foto", "subscribe", "berlangganan",
        "gabung ", "join ", "scroll ", "geser ", "cek berita", "pantau terus",
    ]

    static func isPrompt(_ lower: String) -> Bool {
        if promptPrefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        if lower.containsBytes("google news") && (lower.containsBytes("follow") || lower.containsBytes("ikuti")) { return true }
        if lower.containsBytes("whatsapp channel") || lower.containsBytes("saluran whatsapp") { return true }
        return false
    }

    // MARK: captions and credits

    /// Phrases only captions use: describing the picture itself.
    private static let strongCaptionMarkers = [
        "gambar ini diambil", "foto ini diambil", "foto dirilis", "in this photo", "in this picture",
        "this picture was", "attention editors", "handout via", "foto: dok", "(foto:", "(photo:",
    ]

    /// Credits that also appear in body text, so they mark a caption only in a short or unfinished line.
    private static let weakCaptionMarkers = [
        "(foto/", "foto:", "photo:", "(dok.", "(dok:", "(istimewa)", "(ist)", "(ilustrasi)", "ilustrasi:",
        "/ap photo", "(ap photo", "/afp)", "(afp)", "(reuters)", "/reuters)", "antara foto",
    ]

    static func isCaption(_ line: String, lower: String, words: Int) -> Bool {
        if words <= 80 && strongCaptionMarkers.contains(where: { lower.containsBytes($0) }) { return true }
        if weakCaptionMarkers.contains(where: { lower.containsBytes($0) }) && words <= 80 {
            // A body sentence can mention a photo; a caption is short or ends in its credit.
            if !Tokens.endsSentence(line) || words <= 40 || endsWithCredit(line) { return true }
        }
        if isCreditLine(line, words: words) { return true }
        return isShoutedNotice(line, words: words)
    }

    /// A short all-caps photo credit: "KCNA VIA KNS/AFP", "ANTARA FOTO/Aprillio Akbar".
    static func isCreditLine(_ line: String, words: Int) -> Bool {
        guard words <= 8, !Tokens.endsSentence(line) else { return false }
        let upper = Tokens.upperCaseShare(line)
        return upper >= 0.85 && (line.utf8.contains(UInt8(ascii: "/")) || line.containsBytes(" VIA ") || line.containsBytes(" via "))
    }

    /// A long run of capitals: an agency's notice to editors.
    static func isShoutedNotice(_ line: String, words: Int) -> Bool {
        words >= 12 && Tokens.upperCaseShare(line) >= 0.6
    }

    /// Whether `line` ends with a parenthesised credit: "(AFP)", "(Mark Schiefelbein/AP Photo)".
    static func endsWithCredit(_ line: String) -> Bool {
        guard line.hasSuffix(")"), let open = line.lastIndex(of: "(") else { return false }
        let inner = line[line.index(after: open)..<line.index(before: line.endIndex)]
        guard inner.count <= 60, !inner.isEmpty else { return false }
        let lower = inner.lowercased()
        if inner.utf8.contains(UInt8(ascii: "/")) { return true }
        if ["afp", "ap", "reuters", "antara", "getty images", "istimewa", "dok", "epa", "xinhua", "kcna"]
            .contains(where: { lower == $0 || lower.hasPrefix("foto") }) {
            return true
        }
        return Tokens.upperCaseShare(String(inner)) > 0.8 && inner.count <= 12
    }
}
