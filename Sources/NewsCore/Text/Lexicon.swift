/// Closed word lists the analyser needs: function words, negations, reporting cues, titles.
///
/// Written for this project (no published list is copied). Negations are kept out of the
/// stopwords on purpose: "setuju" and "tidak setuju" are opposite claims.
enum Lexicon {
    static let indonesianStopwords: Set<String> = [
        "yang", "dan", "di", "ke", "dari", "untuk", "pada", "dengan", "dalam", "ini", "itu", "adalah", "ialah",
        "akan", "juga", "atau", "oleh", "sebagai", "bagi", "tersebut", "telah", "sudah", "sedang", "masih", "bisa",
        "dapat", "harus", "para", "sang", "si", "ia", "dia", "mereka", "kami", "kita", "saya", "aku", "anda",
        "kamu", "beliau", "bahwa", "karena", "sebab", "agar", "supaya", "jika", "kalau", "apabila", "maka", "namun",
        "tetapi", "tapi", "serta", "hingga", "sampai", "saat", "ketika", "setelah", "sesudah", "sebelum", "sejak",
        "selama", "antara", "atas", "tentang", "terhadap", "seperti", "yakni", "yaitu", "ada", "pun", "lah", "kah",
        "secara", "lebih", "sangat", "paling", "lagi", "hal", "sementara", "begitu", "demikian", "sehingga", "per",
        "tiap", "setiap", "semua", "seluruh", "beberapa", "banyak", "sebuah", "seorang", "sejumlah", "pula", "saja",
        "hanya", "bahkan", "lalu", "kemudian", "kini", "sekarang", "nanti", "kemarin", "tadi", "baru", "dulu",
        "sebelumnya", "selain", "melalui", "menuju", "oleh", "apa", "siapa", "mana", "bagaimana", "mengapa",
        "kapan", "dimana", "nya", "pak", "bu", "ibu", "bapak", "tak", "punya", "sendiri", "diri", "dirinya",
        "sebab", "yaitu", "agar", "guna", "demi", "via", "kepada", "daripada", "sedangkan", "meski", "meskipun",
        "walau", "walaupun", "jadi", "pernah", "sempat", "tengah", "soal", "buat", "usai", "jelang", "akan",
        "terkait", "mengenai", "hari", "pekan", "tahun", "bulan", "pukul", "kala", "tanggal", "sini", "situ",
        "sana", "nah", "kok", "sih", "dong", "deh", "tersebut", "turut", "ujarnya", "katanya",
        // Days and months: when a claim happened is its time anchor, not its content.
        "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad", "januari", "februari", "maret",
        "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember", "lalu",
    ]

    static let englishStopwords: Set<String> = [
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is", "are", "was",
        "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "and", "or", "but", "if",
        "then", "than", "so", "such", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your",
        "my", "him", "them", "me", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could",
        "should", "may", "might", "must", "shall", "also", "which", "who", "whom", "whose", "what", "when",
        "where", "why", "how", "there", "here", "about", "into", "over", "after", "before", "up", "out", "more",
        "most", "other", "some", "any", "all", "each", "both", "just", "only", "very", "mr", "mrs", "ms", "s",
        "while", "during", "since", "until", "against", "between", "through", "under", "again", "further",
        "once", "own", "same", "too", "am", "because", "per", "via", "said", "says", "say", "told", "according",
        "added", "yesterday", "today", "tomorrow", "week", "year", "month", "day", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "june", "july",
        "august", "september", "october", "november", "december", "last", "next",
    ]

    /// Negations, kept as a feature of the sentence (not as stopwords).
    static let negations: Set<String> = [
        "tidak", "tak", "bukan", "belum", "jangan", "tiada", "enggak", "nggak", "gak",
        "not", "no", "never", "nor", "cannot", "without", "n't",
    ]

    /// Words that only report speech; they carry no content of the claim.
    static let reportingWords: Set<String> = [
        "kata", "ujar", "tutur", "ucap", "lansir", "kutip", "lapor", "sebut", "imbuh", "tambah",
        "menurut", "said", "say", "report", "tell", "accord", "add", "quot",
    ]

    /// Verbs that follow a speaker: `X mengatakan …`. Lower-case surface forms.
    static let speechVerbs: Set<String> = [
        "mengatakan", "menyatakan", "menyerukan", "menegaskan", "menjelaskan", "menambahkan", "menyampaikan",
        "meminta", "berjanji", "menjanjikan", "menekankan", "menggambarkan", "menyebut", "menyebutkan",
        "mengungkapkan", "menuturkan", "mengklaim", "membantah", "memperingatkan", "mendesak", "mengusulkan",
        "mengumumkan", "berkata", "mengaku", "menilai", "mengimbau", "mengajak", "mengkritik", "menuduh",
        "menyinggung", "membicarakan", "berbicara", "mengirim", "mengirimkan", "memberikan", "menulis",
        "menyerukan", "menawarkan", "menolak", "mengecam", "menyambut", "mengharapkan", "berharap",
        "said", "says", "told", "added", "urged", "warned", "vowed", "pledged", "denied", "stated", "announced",
        "claimed", "described", "called", "stressed", "noted", "insisted", "argued", "promised", "wrote",
        "asked", "accused", "praised", "criticised", "criticized", "welcomed",
    ]

    /// Stems of opposite direction: a claim with one and a claim with the other disagree
    /// ("saham dibuka naik" / "saham ditutup turun").
    static let opposites: [(String, String)] = [
        ("naik", "turun"), ("tinggi", "rendah"), ("buka", "tutup"), ("menang", "kalah"), ("tambah", "kurang"),
        ("untung", "rugi"), ("terima", "tolak"), ("setuju", "tolak"), ("dukung", "tentang"), ("mulai", "akhir"),
        ("lepas", "tahan"), ("larang", "cabut"), ("masuk", "keluar"), ("hidup", "mati"), ("positif", "negatif"),
        ("rise", "fall"), ("up", "down"), ("gain", "lose"), ("win", "lose"), ("open", "close"), ("increas", "decreas"),
        ("accept", "reject"), ("support", "oppos"), ("higher", "lower"), ("start", "end"), ("ban", "lift"),
    ]

    /// Verbs of opinion that make a group the speaker: "beberapa analis melihat …".
    static let opinionVerbs: Set<String> = [
        "melihat", "menilai", "memperkirakan", "meyakini", "berpendapat", "menganggap", "percaya", "yakin",
        "khawatir", "menduga", "memprediksi", "see", "believe", "expect", "think", "fear", "predict", "estimate",
    ]

    /// Cues right after a closing quote: `"…," kata X`.
    static let quoteCues: Set<String> = [
        "kata", "ujar", "katanya", "ujarnya", "ucapnya", "tuturnya", "tutur", "ucap", "lanjut", "lanjutnya",
        "tambahnya", "sebut", "imbuhnya", "jelasnya", "tegasnya", "tanya", "pungkasnya", "terangnya",
        "said", "says", "added", "told", "asked", "wrote",
    ]

    /// Cues whose speaker is the one of the previous sentence: "tambahnya", "katanya".
    static let anaphoricCues: Set<String> = [
        "katanya", "ujarnya", "ucapnya", "tuturnya", "lanjutnya", "tambahnya", "imbuhnya", "jelasnya", "tegasnya",
        "pungkasnya", "terangnya",
    ]

    /// Openers meaning "according to": `Menurut X, …`.
    static let accordingTo: Set<String> = ["menurut", "according"]

    /// Openers of a sentence that continues the previous one's subject.
    static let continuations: Set<String> = [
        "yakni", "yaitu", "dengan", "ia", "dia", "beliau", "he", "she", "namun", "tetapi", "selain",
    ]

    /// Titles and roles that precede a name but are not part of it.
    static let titles: Set<String> = [
        "presiden", "pemimpin", "menteri", "duta", "besar", "diplomat", "wakil", "ketua", "kepala", "gubernur",
        "sekretaris", "jenderal", "perdana", "raja", "ratu", "pangeran", "senator", "anggota", "direktur",
        "juru", "bicara", "jubir", "kanselir", "walikota", "bupati", "kapolri", "panglima", "dr", "prof",
        "president", "leader", "minister", "ambassador", "secretary", "general", "prime", "chairman", "king",
        "queen", "spokesman", "spokeswoman", "senior", "top", "chief", "official", "pejabat", "tinggi",
        "kantor", "berita", "resmi", "pemerintah", "sementara", "breaking", "dewan", "negara", "luar", "negeri",
    ]

    /// Plural or anonymous speakers: "analis", "para ahli", "analysts".
    static let groupSpeakers: [String: String] = [
        "analis": "analysts", "pengamat": "analysts", "ahli": "experts", "pakar": "experts",
        "analysts": "analysts", "experts": "experts", "observers": "analysts", "pejabat": "officials",
        "officials": "officials",
    ]
}
