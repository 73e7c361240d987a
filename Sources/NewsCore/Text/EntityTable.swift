/// Canonical names for places, countries and organisations that outlets spell differently.
///
/// "Korut", "Korea Utara", "DPRK" and "North Korea" are one entity; so are "AS", "Amerika Serikat"
/// and "United States". An English nationality names its country ("North Korean leader Kim Jong
/// Un", "Chinese President Xi Jinping"), as the Indonesian "pemimpin Korea Utara" does; not
/// "American" or "Indonesian", which open names ("American Heart Association", "Indonesian
/// Idol"). Matching is on lower-cased tokens except for short acronyms, which must be upper case
/// in the text ("AS" is the United States, "as" is not).
enum EntityTable {
    enum Kind: Sendable { case country, organisation, place }

    struct Entry: Sendable {
        let key: String
        let kind: Kind
        let forms: [String]
    }

    static let entries: [Entry] = [
        Entry(key: "korea utara", kind: .country,
              forms: ["Korea Utara", "Korut", "DPRK", "North Korea", "Republik Rakyat Demokratik Korea", "N. Korea",
                      "North Korean"]),
        Entry(key: "korea selatan", kind: .country,
              forms: ["Korea Selatan", "Korsel", "South Korea", "ROK", "S. Korea", "South Korean"]),
        Entry(key: "amerika serikat", kind: .country,
              forms: ["Amerika Serikat", "AS", "Amerika", "United States", "U.S.", "US", "USA", "Paman Sam"]),
        Entry(key: "china", kind: .country,
              forms: ["China", "Cina", "Tiongkok", "RRT", "RRC", "Republik Rakyat Tiongkok", "Republik Rakyat China",
                      "Chinese"]),
        Entry(key: "indonesia", kind: .country, forms: ["Indonesia", "RI", "Republik Indonesia"]),
        Entry(key: "jepang", kind: .country, forms: ["Jepang", "Japan", "Japanese"]),
        Entry(key: "rusia", kind: .country, forms: ["Rusia", "Russia", "Russian"]),
        Entry(key: "inggris", kind: .country, forms: ["Inggris", "Britain", "United Kingdom", "UK", "British"]),
        Entry(key: "uni eropa", kind: .organisation, forms: ["Uni Eropa", "UE", "European Union", "EU"]),
        Entry(key: "pbb", kind: .organisation,
              forms: ["PBB", "Perserikatan Bangsa-Bangsa", "Perserikatan Bangsa Bangsa", "United Nations", "UN"]),
        Entry(key: "kcna", kind: .organisation,
              forms: ["KCNA", "Korean Central News Agency", "Korea Central News Agency", "Kantor Berita Pusat Korea"]),
        Entry(key: "xinhua", kind: .organisation, forms: ["Xinhua"]),
        Entry(key: "reuters", kind: .organisation, forms: ["Reuters"]),
        Entry(key: "kpk", kind: .organisation, forms: ["KPK", "Komisi Pemberantasan Korupsi"]),
        Entry(key: "dpr", kind: .organisation, forms: ["DPR", "Dewan Perwakilan Rakyat"]),
        Entry(key: "tni", kind: .organisation, forms: ["TNI", "Tentara Nasional Indonesia"]),
        Entry(key: "polri", kind: .organisation, forms: ["Polri", "Kepolisian Negara Republik Indonesia"]),
        Entry(key: "nato", kind: .organisation, forms: ["NATO", "Pakta Pertahanan Atlantik Utara"]),
        Entry(key: "asean", kind: .organisation, forms: ["ASEAN"]),
        // Seats of government that speak for it: "Gedung Putih mengatakan", "the Kremlin said".
        Entry(key: "gedung putih", kind: .organisation, forms: ["Gedung Putih", "White House"]),
        Entry(key: "pentagon", kind: .organisation, forms: ["Pentagon"]),
        Entry(key: "kremlin", kind: .organisation, forms: ["Kremlin"]),
        Entry(key: "departemen luar negeri amerika serikat", kind: .organisation,
              forms: ["Departemen Luar Negeri AS", "Departemen Luar Negeri Amerika Serikat", "Deplu AS", "State Department",
                      "US State Department", "U.S. State Department"]),
        Entry(key: "partai pekerja korea", kind: .organisation, forms: ["Partai Pekerja Korea", "Workers' Party of Korea", "WPK"]),
        Entry(key: "semenanjung korea", kind: .place, forms: ["Semenanjung Korea", "Korean Peninsula"]),
        Entry(key: "beijing", kind: .place, forms: ["Beijing", "Peking"]),
        Entry(key: "pyongyang", kind: .place, forms: ["Pyongyang"]),
        Entry(key: "seoul", kind: .place, forms: ["Seoul"]),
        Entry(key: "washington", kind: .place, forms: ["Washington"]),
        Entry(key: "jakarta", kind: .place, forms: ["Jakarta", "DKI Jakarta"]),
        Entry(key: "tokyo", kind: .place, forms: ["Tokyo"]),
        Entry(key: "moskow", kind: .place, forms: ["Moskow", "Moscow"]),
        Entry(key: "alaska", kind: .place, forms: ["Alaska"]),
        Entry(key: "anchorage", kind: .place, forms: ["Anchorage"]),
        Entry(key: "xinjiang", kind: .place, forms: ["Xinjiang"]),
        Entry(key: "asia", kind: .place, forms: ["Asia"]),
    ]

    /// Forms as token sequences, keyed by their first token, longest first.
    static let index: [String: [(tokens: [String], caseSensitive: Bool, entry: Entry)]] = {
        var index: [String: [(tokens: [String], caseSensitive: Bool, entry: Entry)]] = [:]
        for entry in entries {
            for form in entry.forms {
                let tokens = TextAnalyzer.wordKeys(form)
                guard let first = tokens.first else { continue }
                // Acronyms of up to three letters must be upper case in the text.
                let caseSensitive = form.count <= 4 && form == form.uppercased() && form.count >= 2
                index[first, default: []].append((tokens, caseSensitive, entry))
            }
        }
        for key in index.keys { index[key]!.sort { $0.tokens.count > $1.tokens.count } }
        return index
    }()
}
