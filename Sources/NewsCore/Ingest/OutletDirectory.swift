import Foundation

/// Indonesian news outlets and the agencies they relay, with the names and domains they go by.
///
/// Used to name an article's outlet from its domain markers and to list the sources it cites.
public enum OutletDirectory {
    /// A publisher known by a display name, domains and other spellings.
    public struct Entry: Sendable {
        public let name: String
        public let domains: [String]
        public let aliases: [String]
    }

    public static let outlets: [Entry] = [
        Entry(name: "Tribunnews", domains: ["tribunnews.com"], aliases: ["Tribunnews"]),
        Entry(name: "Okezone", domains: ["okezone.com"], aliases: ["Okezone"]),
        Entry(name: "Kompas", domains: ["kompas.com", "kompas.id"], aliases: ["Kompas"]),
        Entry(name: "Tempo", domains: ["tempo.co"], aliases: ["Tempo"]),
        Entry(name: "detikcom", domains: ["detik.com"], aliases: ["detikcom", "detikNews"]),
        Entry(name: "CNBC Indonesia", domains: ["cnbcindonesia.com"], aliases: ["CNBC Indonesia"]),
        Entry(name: "CNN Indonesia", domains: ["cnnindonesia.com"], aliases: ["CNN Indonesia"]),
        Entry(name: "Warta Ekonomi", domains: ["wartaekonomi.co.id"], aliases: ["Warta Ekonomi"]),
        Entry(name: "SINDOnews", domains: ["sindonews.com"], aliases: ["SINDOnews", "Sindonews"]),
        Entry(name: "Liputan6", domains: ["liputan6.com"], aliases: ["Liputan6"]),
        Entry(name: "ANTARA", domains: ["antaranews.com"], aliases: ["ANTARA", "Antara"]),
        Entry(name: "Republika", domains: ["republika.co.id"], aliases: ["Republika"]),
        Entry(name: "kumparan", domains: ["kumparan.com"], aliases: ["kumparan"]),
        Entry(name: "Suara", domains: ["suara.com"], aliases: ["Suara.com"]),
        Entry(name: "Merdeka", domains: ["merdeka.com"], aliases: ["Merdeka.com"]),
        Entry(name: "VIVA", domains: ["viva.co.id"], aliases: ["VIVA.co.id"]),
        Entry(name: "IDN Times", domains: ["idntimes.com"], aliases: ["IDN Times"]),
        Entry(name: "Tirto", domains: ["tirto.id"], aliases: ["Tirto"]),
        Entry(name: "JPNN", domains: ["jpnn.com"], aliases: ["JPNN"]),
        Entry(name: "Bisnis", domains: ["bisnis.com"], aliases: ["Bisnis.com"]),
        Entry(name: "Kontan", domains: ["kontan.co.id"], aliases: ["Kontan"]),
        Entry(name: "iNews", domains: ["inews.id"], aliases: ["iNews"]),
        Entry(name: "Jawa Pos", domains: ["jawapos.com"], aliases: ["Jawa Pos", "JawaPos"]),
        Entry(name: "Media Indonesia", domains: ["mediaindonesia.com"], aliases: ["Media Indonesia"]),
        Entry(name: "Beritasatu", domains: ["beritasatu.com"], aliases: ["Beritasatu"]),
        Entry(name: "WowKeren", domains: ["wowkeren.com"], aliases: ["WowKeren"]),
        Entry(name: "KapanLagi", domains: ["kapanlagi.com"], aliases: ["KapanLagi"]),
        Entry(name: "Fimela", domains: ["fimela.com"], aliases: ["Fimela"]),
        Entry(name: "Posmetro Medan", domains: ["posmetro-medan.com"], aliases: ["Posmetro Medan"]),
        Entry(name: "The Jakarta Post", domains: ["thejakartapost.com"], aliases: ["The Jakarta Post"]),
        Entry(name: "Jakarta Globe", domains: ["jakartaglobe.id"], aliases: ["Jakarta Globe"]),
    ]

    /// News agencies and foreign outlets that Indonesian articles cite or relay.
    public static let agencies: [Entry] = [
        Entry(name: "KCNA", domains: ["kcna.kp", "kcnawatch.org"],
              aliases: ["KCNA", "Korean Central News Agency", "Korea Central News Agency", "Kantor Berita Pusat Korea"]),
        Entry(name: "Xinhua", domains: ["xinhuanet.com"], aliases: ["Xinhua"]),
        Entry(name: "Reuters", domains: ["reuters.com"], aliases: ["Reuters", "REUTERS"]),
        Entry(name: "AP", domains: ["apnews.com"], aliases: ["Associated Press", "AP News", "AP"]),
        Entry(name: "AFP", domains: ["afp.com"], aliases: ["AFP", "Agence France-Presse"]),
        Entry(name: "VOA", domains: ["voaindonesia.com", "voanews.com"], aliases: ["VOA", "Voice of America"]),
        Entry(name: "The Korea Herald", domains: ["koreaherald.com"], aliases: ["The Korea Herald", "Korea Herald"]),
        Entry(name: "Indonesian.cri.cn", domains: ["indonesian.cri.cn"], aliases: ["Indonesian.cri.cn"]),
        Entry(name: "Yonhap", domains: ["yna.co.kr"], aliases: ["Yonhap"]),
        Entry(name: "Kyodo", domains: ["kyodonews.net"], aliases: ["Kyodo"]),
        Entry(name: "Bloomberg", domains: ["bloomberg.com"], aliases: ["Bloomberg"]),
        Entry(name: "CNN", domains: ["cnn.com"], aliases: ["CNN"]),
        Entry(name: "BBC", domains: ["bbc.com", "bbc.co.uk"], aliases: ["BBC"]),
        Entry(name: "Al Jazeera", domains: ["aljazeera.com"], aliases: ["Al Jazeera"]),
        Entry(name: "NHK", domains: ["nhk.or.jp"], aliases: ["NHK"]),
        Entry(name: "TASS", domains: ["tass.com"], aliases: ["TASS"]),
        Entry(name: "Sputnik", domains: ["sputniknews.com"], aliases: ["Sputnik"]),
        Entry(name: "Global Times", domains: ["globaltimes.cn"], aliases: ["Global Times"]),
        Entry(name: "South China Morning Post", domains: ["scmp.com"], aliases: ["South China Morning Post", "SCMP"]),
        Entry(name: "The New York Times", domains: ["nytimes.com"], aliases: ["The New York Times", "New York Times"]),
        Entry(name: "The Washington Post", domains: ["washingtonpost.com"], aliases: ["The Washington Post", "Washington Post"]),
        Entry(name: "The Guardian", domains: ["theguardian.com"], aliases: ["The Guardian"]),
        Entry(name: "Nikkei", domains: ["nikkei.com"], aliases: ["Nikkei"]),
        Entry(name: "The Korea Times", domains: ["koreatimes.co.kr"], aliases: ["The Korea Times", "Korea Times"]),
        Entry(name: "Rodong Sinmun", domains: [], aliases: ["Rodong Sinmun"]),
    ]

    /// The outlet whose domain `host` is or ends with ("img.okezone.com" → Okezone).
    public static func outletName(forHost host: String) -> String? {
        outletIndex.name(forHost: host.lowercased())
    }

    /// The display name for an outlet given by a corpus: "kompas.com" → "Kompas"; unknown names stay.
    public static func displayName(forCorpusOutlet name: String) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if let name = outletName(forHost: trimmed) { return name }
        return outlets.first { $0.aliases.contains { $0.lowercased() == trimmed.lowercased() } }?.name ?? trimmed
    }

    /// Every entry of `entries` named in `text` by alias or domain, in order of first mention.
    static func mentions(of index: AliasIndex, in text: String) -> [String] {
        // The next words, as many as the longest alias has: a long text's words are never all held.
        var words = Tokens.Words(text)
        var window: [Substring] = []
        func fill() { while window.count < index.longestAlias, let word = words.next() { window.append(word) } }
        var found: [String] = []
        func note(_ name: String) { if !found.contains(name) { found.append(name) } }
        fill()
        while let word = window.first {
            if let candidates = index.byFirstWord[String(word)],
               let hit = candidates.first(where: { alias in
                   alias.words.count <= window.count && zip(alias.words, window).allSatisfy { $0 == $1 }
               }) {
                note(hit.name)
                window.removeFirst(hit.words.count)
            } else {
                if word.utf8.contains(UInt8(ascii: ".")), let name = index.name(forHost: word.lowercased()) { note(name) }
                window.removeFirst()
            }
            fill()
        }
        return found
    }

    static let outletIndex = AliasIndex(outlets)
    static let agencyIndex = AliasIndex(agencies)

    /// Aliases keyed by their first word, longest first, and domains, for one list of entries.
    struct AliasIndex: Sendable {
        struct Alias: Sendable { let words: [String]; let name: String }
        var byFirstWord: [String: [Alias]] = [:]
        var domains: [(domain: String, name: String)] = []
        /// Words in the longest alias.
        var longestAlias = 1

        init(_ entries: [Entry]) {
            for entry in entries {
                for alias in entry.aliases {
                    let words = Tokens.words(alias).map(String.init)
                    guard let first = words.first else { continue }
                    byFirstWord[first, default: []].append(Alias(words: words, name: entry.name))
                    longestAlias = max(longestAlias, words.count)
                }
                domains += entry.domains.map { ($0, entry.name) }
            }
            for key in byFirstWord.keys { byFirstWord[key]!.sort { $0.words.count > $1.words.count } }
        }

        func name(forHost host: String) -> String? {
            domains.first { host == $0.domain || host.hasSuffix("." + $0.domain) }?.name
        }
    }
}
