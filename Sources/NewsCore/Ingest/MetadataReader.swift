import Foundation

/// Reads outlet, author, editor, publication date, language and cited sources from a cleaned article.
///
/// The publication date comes from header lines only: a date inside the story
/// ("Senin (22/3/2021)") is when something happened, not when the article appeared.
enum MetadataReader {
    struct Facts: Equatable {
        var outlet: String?
        var outletEvidence: OutletEvidence = .none
        var syndicatedFrom: String?
        var published: PublicationDate?
        var author: String?
        var editor: String?
        var language: Language = .indonesian
        var cited: [String] = []
    }

    static func read(_ cleaned: Cleaner.Result, body: String) -> Facts {
        var facts = Facts()
        var outletCandidates: [(OutletEvidence, String)] = []

        for line in cleaned.removed {
            let text = line.text
            switch line.reason {
            case .publicationDate:
                if facts.published == nil { facts.published = DateParser.firstDate(in: text) }
                if let source = syndicationSource(text) {
                    facts.syndicatedFrom = source
                    outletCandidates.append((.syndication, "Okezone"))
                }
                if let byline = bylineOutlet(text) { outletCandidates.append((.byline, byline)) }
            case .byline:
                if let (label, value) = LineRules.labelledValue(text) {
                    guard !value.isEmpty else { break }
                    switch label {
                    case "editor", "penyunting", "redaktur": facts.editor = facts.editor ?? value
                    case "penulis", "reporter", "pewarta", "writer", "author", "written by", "oleh",
                         "laporan wartawan": facts.author = facts.author ?? value
                    default: break
                    }
                } else if let (person, outlet) = bylineParts(text) {
                    facts.author = facts.author ?? person
                    if let outlet { outletCandidates.append((.byline, outlet)) }
                }
            case .signOff:
                if let (host, person) = LineRules.signOffParts(text) {
                    if let name = OutletDirectory.outletName(forHost: host) {
                        outletCandidates.append((.signOff, name))
                    }
                    if let person { facts.author = facts.author ?? person }
                }
            case .copyright:
                if let name = outletNamed(in: text) { outletCandidates.append((.copyright, name)) }
            case .prompt, .widget, .relatedArticle:
                if let name = outletNamed(in: text) { outletCandidates.append((.selfReference, name)) }
            case .imageURL, .caption:
                if let name = hostOutlet(in: text) { outletCandidates.append((.domain, name)) }
            case .header, .pageNumber, .repeated:
                break
            }
        }
        if let dateline = cleaned.dateline, let named = dateline.outlet {
            let name = OutletDirectory.outletName(forHost: named) ?? outletNamed(in: named) ?? named
            outletCandidates.append((.dateline, name))
        }

        let priority: [OutletEvidence] = [.signOff, .dateline, .byline, .copyright, .selfReference, .syndication, .domain]
        if let best = outletCandidates.min(by: {
            priority.firstIndex(of: $0.0)! < priority.firstIndex(of: $1.0)!
        }) {
            facts.outlet = best.1
            facts.outletEvidence = best.0
        }

        facts.language = detectLanguage(body)
        facts.cited = OutletDirectory.mentions(of: OutletDirectory.agencyIndex, in: body)
        if let relay = facts.syndicatedFrom, !facts.cited.contains(relay) { facts.cited.insert(relay, at: 0) }
        return facts
    }

    /// "Agregasi VOA, · Rabu 24 Maret 2021": Okezone's label for a story taken whole from another outlet.
    static func syndicationSource(_ text: String) -> String? {
        let words = Tokens.words(text)
        guard let index = words.firstIndex(where: { $0.lowercased() == "agregasi" }), index + 1 < words.count else {
            return nil
        }
        let name = String(words[index + 1])
        return OutletDirectory.mentions(of: OutletDirectory.agencyIndex, in: name).first ?? name
    }

    /// "News - Thea Fathanah Arbar, CNBC Indonesia" → ("Thea Fathanah Arbar", "CNBC Indonesia").
    static func bylineParts(_ text: String) -> (person: String, outlet: String?)? {
        var rest = text
        for prefix in ["Oleh:", "Oleh ", "By ", "oleh "] where rest.hasPrefix(prefix) {
            rest = String(rest.dropFirst(prefix.count))
        }
        if let dash = rest.range(of: " - ") { rest = String(rest[dash.upperBound...]) }
        let parts = rest.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let person = parts.first, !person.isEmpty else { return nil }
        let outlet = parts.dropFirst().first.flatMap { outletNamed(in: $0) ?? $0 }
        return (person, outlet)
    }

    private static func bylineOutlet(_ text: String) -> String? {
        text.containsBytes(" - ") && text.utf8.contains(UInt8(ascii: ",")) ? bylineParts(text)?.outlet : nil
    }

    /// A known outlet named in `text` by name or domain.
    static func outletNamed(in text: String) -> String? {
        if let name = OutletDirectory.mentions(of: OutletDirectory.outletIndex, in: text).first { return name }
        return hostOutlet(in: text)
    }

    /// A known outlet whose domain appears in `text`, also when slashes were lost ("img.okezone.com content …").
    static func hostOutlet(in text: String) -> String? {
        for word in Tokens.Words(text) where word.utf8.contains(UInt8(ascii: ".")) {
            if let name = OutletDirectory.outletName(forHost: String(word)) { return name }
        }
        return nil
    }

    private static let indonesianMarkers: Set<String> = [
        "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "tidak", "akan", "pada", "juga", "dalam",
        "ke", "karena", "adalah", "bahwa", "kata", "atau", "telah", "sudah", "saat", "oleh", "para", "tersebut",
    ]
    private static let englishMarkers: Set<String> = [
        "the", "and", "of", "to", "in", "is", "that", "for", "with", "on", "was", "said", "by", "as", "are", "it",
        "from", "his", "her", "has", "have", "be", "at", "this", "were", "will",
    ]

    /// Indonesian unless English function words clearly outnumber Indonesian ones.
    static func detectLanguage(_ text: String) -> Language {
        var id = 0, en = 0
        for word in Tokens.Words(text).prefix(2_000) {
            let lower = word.lowercased()
            if indonesianMarkers.contains(lower) { id += 1 }
            if englishMarkers.contains(lower) { en += 1 }
        }
        return en > id * 2 && en >= 3 ? .english : .indonesian
    }
}
