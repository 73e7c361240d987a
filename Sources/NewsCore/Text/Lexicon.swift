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

    /// English nouns that end the first part of a body's name before "of" or "for" ("Federal
    /// Bureau of Investigation", "Department of Homeland Security").
    static let englishBodyNouns: Set<String> = [
        "bureau", "agency", "administration", "commission", "service", "board", "authority", "department", "ministry",
        "institute", "council", "committee", "office", "bank", "university", "center", "centre", "association",
        "federation", "union", "organization", "organisation", "foundation", "court", "academy", "corporation",
    ]

    /// Indonesian public figures known by a name their full name does not spell, neither its
    /// words, initials of three letters or more, nor a contraction of its words' first letters
    /// ("Jokowi" is one): what each stands for, as a name key.
    static let personNicknames: [String: String] = [
        "bamsoet": "bambang soesatyo", "jk": "jusuf kalla", "ahok": "basuki tjahaja purnama", "buwas": "budi waseso",
        "awiek": "ahmad baidowi", "rommy": "muchammad romahurmuziy", "cak imin": "muhaimin iskandar",
        "gus dur": "abdurrahman wahid", "ibas": "edhie baskoro yudhoyono", "aher": "ahmad heryawan",
    ]

    /// Verbs of going on, which report speech when a comma follows them ("Bambang melanjutkan, …").
    static let goingOnVerbs: Set<String> = ["melanjutkan", "meneruskan", "menyambung", "menyambungkan"]

    /// Words for a person who has died, written before the name or for it ("almarhum BJ Habibie",
    /// "Almarhum seorang teknokrat …").
    static let deceasedHonorifics: Set<String> = ["almarhum", "almarhumah", "mendiang", "alm", "almh"]

    /// English function words that an Indonesian sentence holds only inside an English name or
    /// phrase ("Institute for Criminal Justice Reform", "Head of Corporate Communications"): no
    /// content there either. Not "as" (AS, the United States), "is" (IS), "it" (IT) nor "a" (an
    /// initial), which Indonesian text writes in capitals as names.
    static let englishFunctionWords: Set<String> = [
        "the", "of", "for", "and", "to", "with", "by", "from", "was", "were", "been", "its", "this", "that", "or",
        "an", "on", "at", "in", "are", "be",
    ]

    /// Negations, kept as a feature of the sentence (not as stopwords).
    static let negations: Set<String> = [
        "tidak", "tak", "bukan", "belum", "jangan", "tiada", "enggak", "nggak", "gak",
        "not", "no", "never", "nor", "cannot", "without", "n't",
    ]

    /// Words after a negation that make an idiom, not a negated claim: "tak henti-hentinya",
    /// "tidak hanya … tetapi juga", "tidak lain", "tidak sedikit" (many), "not only … but also".
    static let nonNegatingAfterNegation: Set<String> = [
        "henti", "hentinya", "hanya", "saja", "cuma", "sekadar", "sekedar", "lain", "main", "sedikit", "jarang",
        "pelak", "ayal", "heran", "terhitung", "disangkal", "dipungkiri", "diragukan", "terbantahkan",
        "only", "just", "merely", "least", "doubt",
    ]

    /// Modal words that may stand between a negation and its idiom: "tidak dapat dipungkiri".
    static let modalsInNegationIdiom: Set<String> = ["dapat", "bisa", "boleh"]

    /// Words that open a relative clause: a negation inside one describes a noun ("yang tidak
    /// mampu"), it does not deny the claim.
    static let relativePronouns: Set<String> = ["yang", "who", "which"]

    /// After "tak lama" / "belum lama", the words that make it a time phrase ("tak lama kemudian",
    /// "belum lama ini"), not a negation.
    static let timeAfterNegatedLama: Set<String> = ["kemudian", "setelah", "sesudah", "berselang", "usai", "ini", "sebelum"]

    /// Words that pass a report on from another outlet: `melansir X`, `seperti dilansir X`,
    /// `dikutip dari X`.
    static let relayCues: Set<String> = [
        "melansir", "dilansir", "lansir", "mengutip", "dikutip", "kutip", "menukil", "dinukil", "via",
    ]

    /// Verbs after an outlet that reports: `Reuters reported`, `KCNA melaporkan`.
    static let relayVerbs: Set<String> = [
        "reported", "reports", "report", "melaporkan", "memberitakan", "mewartakan", "menyiarkan", "dilaporkan",
    ]

    /// Words between a relay cue and the outlet's name: `dilansir dari laman resmi X`.
    static let relayFillers: Set<String> = [
        "dari", "oleh", "laman", "situs", "media", "kantor", "berita", "harian", "surat", "kabar", "akun", "portal",
        "stasiun", "televisi", "majalah", "resmi", "website", "web", "the", "by", "to", "from",
    ]

    /// Copulas of a statement of state: "China adalah satu-satunya sekutu Korut", "X is Y's ally".
    static let copulas: Set<String> = ["adalah", "merupakan", "ialah", "is", "are", "remains", "remain"]

    /// Words that tie a sentence to a moment: with one, a statement is news of that day.
    static let momentWords: Set<String> = [
        "kemarin", "kini", "tadi", "besok", "lusa", "nanti", "baru", "pekan", "minggu", "bulan", "malam", "pagi",
        "siang", "sore", "lalu", "depan", "akan", "sedang", "saat", "ketika", "yesterday", "today", "tomorrow",
        "now", "last", "next", "ago", "week", "month", "tonight", "will", "currently",
    ]

    /// Indonesian heads of geographic names, often written in lower case before the name itself
    /// ("di semenanjung Korea", "air sungai Bengawan Solo"): they are part of the name, so that
    /// "semenanjung Korea" and "Semenanjung Korea" are one place. Not "laut": "barat laut Tuban" is
    /// north-west of Tuban.
    static let geographicHeads: Set<String> = [
        "semenanjung", "pulau", "kepulauan", "selat", "teluk", "gunung", "pegunungan", "sungai", "danau", "tanjung",
    ]

    /// Words that are never part of a name, though written with a capital: weekdays, months
    /// (not those that are also first names: April, Juni, May, Jan), English honorifics before a
    /// name ("Mr Sprayregen", "Adm. Gehman") and company forms after it ("Intel Inc.").
    static let nameBreakers: Set<String> = weekdays.union([
        "januari", "februari", "maret", "mei", "juli", "agustus", "oktober", "desember",
        "january", "february", "march", "july", "september", "october", "november", "december",
        "feb", "apr", "aug", "sep", "sept", "oct", "nov", "dec",
        "mr", "mrs", "ms", "messrs", "sen", "rep", "gov", "adm", "lt", "col", "sgt", "capt", "cpl", "maj", "rev",
        "inc", "corp", "ltd", "plc", "llc",
        // "kuasa-Nya": the clitic written with a capital for God is no name.
        "nya",
    ])

    static let weekdays: Set<String> = [
        "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday",
    ]

    /// Conjunctions that may join two predicates of one subject: "… dan berjanji …", "and pledged".
    static let clauseJoins: Set<String> = ["dan", "serta", "and"]

    /// Words that may stand between such a conjunction and its verb: "dan juga menyatakan", "and then said".
    static let clauseAdverbs: Set<String> = [
        "juga", "kemudian", "lalu", "akan", "telah", "sudah", "segera", "pun", "bahkan", "turut", "also", "then",
        "later", "has", "have", "had", "will", "would", "further",
    ]

    /// Words that only report speech; they carry no content of the claim.
    static let reportingWords: Set<String> = [
        "kata", "ujar", "tutur", "ucap", "lansir", "kutip", "lapor", "sebut", "imbuh", "tambah",
        "menurut", "said", "say", "report", "tell", "accord", "add", "quot",
    ]

    /// Speech verbs as headlines write them, bare: "Antasari Anggap …", "Busquets Sebut …",
    /// "Obama Warns …" (with `speechVerbs`, which has "says" and "said").
    static let headlineSpeechVerbs: Set<String> = [
        "sebut", "anggap", "minta", "tegaskan", "klaim", "akui", "ungkap", "ungkapkan", "bantah", "nilai", "janji",
        "janjikan", "kritik", "desak", "ajak", "imbau", "ingatkan", "pastikan", "tolak", "harap", "beberkan", "tuding",
        "sindir", "jawab", "bilang", "sesalkan", "usul", "usulkan", "umumkan", "tanggapi", "soroti", "singgung",
        "curhat", "ceritakan", "tepis", "yakin", "ancam", "kecam", "tantang", "ucapkan", "jelaskan", "paparkan",
        "warns", "claims", "denies", "urges", "vows", "insists", "admits", "calls",
    ]

    /// Verbs of a person's view that report it as speech does: "Eduard yakin …", "Hoffman
    /// percaya bahwa …", "Basuki optimistis …". Only a person is their speaker (`Attribution`).
    static let viewVerbs: Set<String> = [
        "yakin", "percaya", "optimistis", "optimis", "menganggap", "memperkirakan", "memprediksi", "memprediksikan",
    ]

    /// Verbs that follow a speaker: `X mengatakan …`. Lower-case surface forms, `viewVerbs` too.
    static let speechVerbs: Set<String> = viewVerbs.union([
        "bilang", "mempertanyakan", "menanggapi", "menyoroti",
        "mengatakan", "menyatakan", "menyerukan", "menegaskan", "menjelaskan", "menambahkan", "menyampaikan",
        "meminta", "berjanji", "menjanjikan", "menekankan", "menggambarkan", "menyebut", "menyebutkan",
        "mengungkapkan", "menuturkan", "mengklaim", "membantah", "memperingatkan", "mendesak", "mengusulkan",
        "mengumumkan", "berkata", "mengaku", "menilai", "mengimbau", "mengajak", "mengkritik", "menuduh",
        "menyinggung", "membicarakan", "berbicara", "mengirim", "mengirimkan", "memberikan", "menulis",
        "menyerukan", "menawarkan", "menolak", "mengecam", "menyambut", "mengharapkan", "berharap",
        "menceritakan", "mengisahkan", "memaparkan", "menerangkan", "membeberkan", "mengakui", "mengingatkan",
        "mengutarakan", "mengemukakan", "menyarankan", "mempersilakan", "mempersilahkan", "menyayangkan",
        "menyesalkan", "mengapresiasi", "memastikan", "meyakini", "menduga",
        "berujar", "bertutur", "berucap", "berpesan",
        "membenarkan", "mengonfirmasi", "mengungkap", "menandaskan", "menampik", "menyanggah", "berpendapat",
        "said", "says", "told", "added", "urged", "warned", "vowed", "pledged", "denied", "stated", "announced",
        "claimed", "described", "called", "stressed", "noted", "insisted", "argued", "promised", "wrote",
        "asked", "accused", "praised", "criticised", "criticized", "welcomed",
        "confirmed", "explained", "admitted", "acknowledged", "expressed", "emphasized", "emphasised",
        "reiterated", "declared", "revealed", "disclosed", "alleged", "replied", "responded", "recalled",
        "cautioned", "predicted", "proposed", "demanded", "complained", "conceded", "commented",
        "remarked", "testified", "assured", "hoped", "believes", "estimated",
    ])

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

    /// Roots of the words that attribute speech in Indonesian: `"…," tegas X`, `"…," ujarnya`,
    /// `Dijelaskannya, …`. A cue is the root itself, the root with -nya (the speaker named
    /// before), or its passive with -nya (`di` + root + `kan`/`i` + `nya`).
    static let speechRoots: Set<String> = [
        "kata", "ujar", "ucap", "tutur", "beber", "klaim", "jelas", "imbuh", "tambah", "lanjut", "sambung",
        "tegas", "terang", "ungkap", "papar", "sebut", "pungkas", "tanya", "tulis", "seru", "timpal", "sahut",
        "cetus", "urai", "kisah", "tukas", "tandas", "kenang", "aku", "akui", "ajak", "canda", "keluh", "jawab",
        "bilang", "sampai", "kemuka", "nyata", "ingat", "pinta", "harap", "singgung", "tutup", "katakan",
    ]

    /// Speech verbs that report speech only with what is given or sent: "memberikan keterangan",
    /// "mengirim pesan", but not "memberikan bantuan" or "mengirim pasukan".
    static let verbsOfGiving: Set<String> = ["memberikan", "mengirim", "mengirimkan"]

    /// What "memberikan" or "mengirim" give when they report speech.
    static let givenSpeech: Set<String> = [
        "komentar", "keterangan", "jawaban", "tanggapan", "klarifikasi", "penjelasan", "informasi", "apresiasi",
        "pernyataan", "ucapan", "tips", "pujian", "catatan", "peringatan", "saran", "masukan", "pesan", "bocoran",
        "arahan", "sambutan", "kritik", "kritikan", "imbauan", "instruksi", "kesaksian", "penegasan", "respons",
        "respon", "pendapat", "nasihat", "nasehat", "surat", "kabar", "sinyal", "isyarat", "penilaian", "pandangan",
        "usulan", "rekomendasi", "selamat", "wejangan", "petunjuk", "gambaran", "alasan", "konfirmasi",
    ]

    /// Whether `word` is what `givenSpeech` names, with or without "-nya" ("pernyataannya").
    static func isGivenSpeech(_ word: String) -> Bool {
        givenSpeech.contains(word) || word.hasSuffix("nya") && givenSpeech.contains(String(word.dropLast(3)))
    }

    /// A verb that reports speech: one of `speechVerbs` or a plain verb of saying.
    static func isSpeechOrSayingVerb(_ word: String) -> Bool {
        speechVerbs.contains(word) || sayingVerbs.contains(word)
    }

    /// Whether `word` attributes speech (`Attribution.cueForm` tells which kind): a cue after a
    /// quote ("kata", "ujarnya"), a root of saying, or such a root with -nya ("ungkapnya").
    static func isSpeechCue(_ word: String) -> Bool {
        quoteCues.contains(word) || speechRoots.contains(word) || anaphoricCues.contains(word)
            || word.hasSuffix("nya") && speechRoots.contains(String(word.dropLast(3)))
    }

    /// Pronouns that name the person spoken of before: `kata dia`, `he said`; with "pun" glued
    /// to them, as some outlets write it ("Diapun meminta …").
    static let personPronouns: Set<String> = ["dia", "ia", "beliau", "he", "she", "diapun", "iapun", "beliaupun", "dirinyapun"]

    /// Words for a statement between a quote's cue and who issued it: `"…," tulis pernyataan
    /// PTRI`, `bunyi hak jawab PTRI Jenewa`, `kata siaran pers Kemenlu`.
    static let statementNouns: Set<String> = [
        "pernyataan", "keterangan", "rilis", "siaran", "pers", "tertulis", "resmi", "surat", "hak", "jawab",
        "pengumuman", "unggahan", "cuitan", "statement",
    ]

    /// The speaker's own pronouns: a view after one ("kami percaya") is whoever is speaking.
    static let firstPersonPronouns: Set<String> = ["saya", "aku", "kami", "kita", "gue", "i", "we"]

    /// Capitalised words before a person's name that are not part of it: honorifics ("Pak
    /// Jokowi"), where a post was made ("Postingan Baim", "Instagram Story Vanessa"), a club
    /// ("Bali United Stefano Cugurra").
    static let nameOpeners: Set<String> = [
        "pak", "bu", "mas", "mbak", "bung", "postingan", "unggahan", "akun", "instagram", "instastory", "story",
        "twitter", "cuitan", "kanal", "youtube", "vlog", "caption", "united", "fc",
    ]

    /// Indonesia's provinces and larger cities, which a sentence names as places, never as
    /// people or bodies that speak ("Kabupaten Jayawijaya, Papua"). Countries are left out:
    /// "Iran membantah" has a country speak.
    static let indonesianPlaces: Set<String> = [
        "aceh", "sumatera utara", "sumatera barat", "sumatera selatan", "riau", "kepulauan riau", "jambi",
        "bengkulu", "bangka belitung", "lampung", "banten", "jakarta", "dki jakarta", "jawa barat", "jawa tengah",
        "jawa timur", "yogyakarta", "diy", "bali", "nusa tenggara barat", "nusa tenggara timur", "ntb", "ntt",
        "kalimantan barat", "kalimantan tengah", "kalimantan selatan", "kalimantan timur", "kalimantan utara",
        "sulawesi utara", "sulawesi tengah", "sulawesi selatan", "sulawesi tenggara", "sulawesi barat",
        "gorontalo", "maluku", "maluku utara", "papua", "papua barat", "medan", "palembang", "bandung",
        "semarang", "surabaya", "makassar", "denpasar", "bogor", "depok", "bekasi", "tangerang", "surakarta",
        "pekanbaru", "balikpapan", "samarinda", "manado", "pontianak", "banjarmasin", "kupang", "jayapura",
        "ambon", "batam", "cirebon", "tasikmalaya", "sidoarjo", "wamena", "sleman", "bantul", "kendari",
        "palu", "mataram", "jogja", "jogjakarta",
    ]

    /// Fields of an office or a discipline that titles name before a person ("Ahli Hukum Pidana
    /// Kapitra Ampera", "Menteri Pemuda dan Olahraga Imam Nahrawi", "Menteri Agraria dan Tata
    /// Ruang Sofyan Djalil"); stripped only when a name of two words or more follows.
    static let officeFields: Set<String> = [
        "pidana", "perdata", "tata", "ruang", "olahraga", "pemuda", "agraria", "usaha", "syariah", "negara",
        "politik", "ekonomi", "bisnis", "publik", "sipil", "militer", "kriminal", "forensik",
        // "Dirjen Tanaman Pangan", "Dirjen Bina Marga", "Dirjen Bea dan Cukai".
        "tanaman", "bina", "bea",
    ]

    /// Words that end an office's name and never begin a person's, though a one-word name follows
    /// them: "Menteri Komunikasi dan Informatika Rudiantara", "Menko Polhukam Wiranto",
    /// "Menko Bidang Kemaritiman Luhut Binsar Pandjaitan". Alone they may name the body ("Kominfo").
    static let officeNames: Set<String> = [
        "informatika", "polhukam", "kominfo", "maritim", "kemaritiman", "investasi", "darat", "laut", "udara",
        "utama", "madya",
        // "Menteri Pariwisata Arief Yahya", "Ketua Dewan Pers Mohammad Nuh", "Kadin Bidang Properti
        // Hendro S Gondokusumo", "Dirjen Migas Djoko Siswanto", "Dirjen Tanaman Pangan Suwandi".
        "pariwisata", "pers", "properti", "migas", "pangan", "marga", "konstruksi", "cukai",
    ]

    /// Plain verbs of saying, after which indirect speech may go on into the next paragraph
    /// (not "menolak", "meminta" or "memberikan instruksi", which report an act).
    static let sayingVerbs: Set<String> = [
        "mengatakan", "menjelaskan", "menuturkan", "mengungkapkan", "menambahkan", "menyebutkan", "menyebut",
        "menegaskan", "memaparkan", "menerangkan", "berkata", "berujar", "bertutur", "berucap", "menyampaikan",
        "mengemukakan", "said", "says", "told",
    ]

    /// Ordinals that open the items of a list with a comma: "Pertama, …", "Kedua, …".
    static let listOrdinals: Set<String> = [
        "pertama", "kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "kedelapan", "kesembilan", "kesepuluh",
        "terakhir",
    ]

    /// Openers of the reporter's aside: "Memang, sekilas …", "Tentu saja …", "Padahal …".
    static let asides: Set<String> = ["memang", "tentu", "padahal", "sekilas"]

    /// Roman numerals that number a company or unit ("Angkasa Pura I", "Kodam IV").
    static let romanNumerals: Set<String> = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]

    /// Names of birth order and caste that follow the particle "I" or "Ni" in a Balinese name.
    static let balineseNames: Set<String> = [
        "wayan", "gede", "gde", "putu", "made", "kadek", "nengah", "nyoman", "komang", "ketut", "gusti", "dewa",
        "ida", "anak", "agung", "ngurah", "luh",
    ]

    /// Countries as Indonesian news writes them, lower case. Before a person's name they are part
    /// of the office ("Menteri Luar Negeri Pakistan Shah Mehmood Qureshi"), never of the name.
    /// Names that are also given names (Georgia, Jordan, Chad) are left out.
    static let countries: Set<String> = [
        "afghanistan", "afrika selatan", "aljazair", "amerika serikat", "angola", "arab saudi", "argentina", "armenia",
        "australia", "austria", "azerbaijan", "bahrain", "bangladesh", "belanda", "belarus", "belgia", "bolivia",
        "bosnia", "brasil", "brazil", "brunei", "bulgaria", "ceko", "chili", "china", "cina", "tiongkok", "denmark",
        "ekuador", "mesir", "estonia", "etiopia", "fiji", "filipina", "finlandia", "ghana", "guatemala", "haiti",
        "honduras", "hongaria", "india", "indonesia", "inggris", "irak", "iran", "irlandia", "islandia", "israel",
        "italia", "jamaika", "jepang", "jerman", "kamboja", "kamerun", "kanada", "kazakhstan", "kenya", "kolombia",
        "korea utara", "korut", "korea selatan", "korsel", "kroasia", "kuba", "kuwait", "laos", "latvia", "lebanon",
        "libya", "lituania", "luksemburg", "madagaskar", "malaysia", "maladewa", "maroko", "meksiko", "mongolia",
        "myanmar", "namibia", "nepal", "nigeria", "norwegia", "oman", "pakistan", "palestina", "panama",
        "papua nugini", "paraguay", "peru", "polandia", "portugal", "prancis", "perancis", "qatar", "rumania", "rusia",
        "selandia baru", "senegal", "serbia", "singapura", "slovakia", "slovenia", "somalia", "spanyol", "sri lanka",
        "sudan", "suriah", "swedia", "swiss", "taiwan", "tanzania", "thailand", "timor leste", "tunisia", "turki",
        "uganda", "ukraina", "uruguay", "uzbekistan", "venezuela", "vietnam", "yaman", "yordania", "yunani", "zambia",
        "zimbabwe", "hong kong",
    ]

    /// The last word of a police rank before a person's name ("Komisaris Besar Polisi Budhi Herdi
    /// Susianto", "Irjen Pol Dedi Prasetyo"), never a person's first name. "Pusat", "Daerah" and
    /// "Nasional" were tried too: they head bodies and places as often ("Pusat Pengkajian Pancasila",
    /// "Daerah Istimewa Yogyakarta").
    static let rankTails: Set<String> = ["polisi", "pol"]

    /// Bodies whose short names Indonesian news writes in title case ("Kepala Bappenas Bambang
    /// Brodjonegoro", "Direktur Eksekutif Walhi …"): the word before a person's name ends the body.
    /// Ministries ("Kemenkeu") and the bodies of `organisationHeads` ("Polda", "Pemprov") end it
    /// already.
    static let bodiesInTitleCase: Set<String> = [
        "bappenas", "bulog", "basarnas", "bawaslu", "walhi", "pertamina", "kadin", "apindo", "indef", "kontras",
        "bekraf", "kemnaker", "kominfo", "kejagung",
    ]

    /// Second words of a region's name ("Jawa Tengah", "Kalimantan Barat", "Sumatera Utara").
    static let regionQualifiers: Set<String> = ["barat", "timur", "tengah", "utara", "selatan", "tenggara", "daya"]

    /// Magnitudes and units written after a number, which outlets sometimes capitalise
    /// ("Rp189,9 Triliun", "25 Persen").
    static let magnitudes: Set<String> = [
        "ribu", "juta", "miliar", "milyar", "triliun", "persen", "thousand", "million", "billion", "trillion", "percent",
    ]

    /// Words that tell where a person comes from before a place: "pemain asal Brasil itu", "pria
    /// berkebangsaan Spanyol tersebut", "petinju kelahiran Bekasi ini".
    static let originWords: Set<String> = ["asal", "berkebangsaan", "kelahiran", "berdarah", "keturunan"]

    /// Heads of a definite description of a person named before: `kata pria kelahiran Madiun itu`.
    static let personDescriptors: Set<String> = [
        "pria", "wanita", "perempuan", "lelaki", "laki", "sosok", "pemuda", "pemudi", "gadis", "ibu", "bapak",
        "ayah", "suami", "istri", "mantan", "pelatih", "pemain", "politikus", "politisi", "aktris", "aktor",
        "penyanyi", "pelantun", "juru", "sang", "jenderal", "purnawirawan", "pengusaha",
    ]

    /// Occupations that describe a person named after a comma ("kata relawan Baguna Kabupaten
    /// Semarang, Mulyo Utomo", "kata peneliti ICW, Kurnia Ramadhana"). Without the comma they may
    /// be a group's ("Relawan Jokowi"), so they count only before one.
    static let occupationsBeforeAComma: Set<String> = [
        "relawan", "peneliti", "dosen", "aktivis", "pegiat", "ekonom", "praktisi", "pemerhati", "psikolog",
    ]

    /// Words that name a role or rank, not the person holding it ("Sekjen", "Kapolda", "AKBP"):
    /// a speaker is never made of them alone. The ranks are their own list, below.
    static let roleWords: Set<String> = Set([
        "sekjen", "ketum", "waketum", "kapolda", "kapolres", "kapolsek", "kapolri", "kasat", "kabid", "kabag", "kadis",
        "kasubag", "kasubdit", "dirut", "dirjen", "direktur", "plt", "plh", "wamen", "menko", "kadiv", "humas",
        "kapuspen", "kapendam", "karo", "penmas", "reskrim", "jaksa", "hakim", "koordinator", "komandan", "danrem",
        "dandim", "pangdam", "kasad", "kasal", "kasau", "bidang", "bupati", "camat", "lurah", "kades", "ketua", "umum",
        "wakil", "sekretaris", "bendahara", "pendiri", "founder", "ceo", "manajer", "manager", "pelatih", "kepala",
        "staf", "ahli", "khusus", "senior", "pengacara", "kuasa", "hukum", "anggota", "tim", "fraksi", "komisi", "mr",
        "mrs", "ms", "dr", "drs", "ir", "prof", "h", "hj", "kh", "ustaz", "ustadz", "habib", "gus", "kiai", "menteri",
        "presiden", "gubernur", "walikota", "wali", "kota", "duta", "besar", "juru", "bicara", "jubir", "pemimpin",
        "dirinya", "miss", "sir", "rev", "menkeu", "menkumham", "mendagri", "menlu", "menhan", "mensesneg", "menpora",
        "menaker", "menkes", "mendikbud", "menag", "mentan", "menhub", "menperin", "mendag", "menkominfo",
        "menkopolhukam", "menkomaritim", "menkoperekonomian", "menpan",
        "menparekraf", "menpar", "menristekdikti", "menpupr", "menlhk", "wapres", "wagub", "wabup", "wawali", "wawako",
        "wakapolri", "wakapolda", "wakapolres", "wakapolsek", "kapolresta", "kapolrestabes", "kanit", "kasi", "aksi",
        "lapangan", "korlap", "calon", "capim", "capres", "cawapres", "caleg", "cagub", "cawagub", "cabup",
        // "Bek Liverpool Virgil van Dijk", "Putra Mahkota Mohammed bin Salman".
        "bek", "kiper", "gelandang", "penyerang", "striker", "mahkota",
    ]).union(ranks)

    /// Police and military ranks, which come right before a name ("Kompol Anak Agung Raka",
    /// "Sersan Mayor Salam SR", "Irjen Pol Luki Hermawan").
    static let ranks: Set<String> = [
        "akbp", "akp", "kompol", "kombes", "iptu", "ipda", "aiptu", "aipda", "bripka", "brigadir", "briptu", "bripda",
        "bharada", "bharatu", "bharaka", "brigjen", "irjen", "komjen", "pol", "komisaris", "letkol", "kolonel", "mayor",
        "kapten", "letnan", "letda", "lettu", "laksamana", "marsekal", "mayjen", "letjen", "jenderal", "sersan",
        "serka", "sertu", "serda", "serma", "peltu", "pelda", "kopral", "koptu", "kopda", "praka", "pratu", "prada", "capt",
    ]

    /// Chiefs of a police command named by its region ("Kapolda Jatim"): the chief's own name
    /// follows with a rank, so a name right after the title is the region. (A prosecutor's,
    /// "Kajari Alinafiah", may be followed by the name alone.)
    static let regionalCommands: Set<String> = [
        "kapolda", "wakapolda", "kapolres", "wakapolres", "kapolresta", "kapolrestabes", "kapolsek", "wakapolsek",
    ]

    /// Currency words written with a capital ("Rp 5 juta"): never a name.
    static let currencies: Set<String> = ["rp", "usd", "idr", "sgd", "rm", "eur", "jpy", "cny", "won", "yen"]

    /// First words of organisations, bodies and places: "Partai …", "Kementerian …", "Rumah Sakit …".
    static let organisationHeads: Set<String> = [
        "partai", "kementerian", "kemenkes", "dinas", "badan", "komisi", "universitas", "bank", "pt", "cv",
        "dpp", "dpd", "dpw", "dprd", "dpr", "mpr", "pengurus", "fraksi", "lembaga", "pengadilan", "mahkamah",
        "polda", "polres", "polsek", "polrestabes", "kejaksaan", "kejari", "kejati", "pemprov", "pemkot", "pemkab",
        "pemerintah", "kedutaan", "kedubes", "angkatan", "tim", "klub", "persatuan", "asosiasi", "ikatan",
        "gerakan", "front", "jaringan", "presidium", "yayasan", "institut", "sekolah", "rumah", "rs", "rsud",
        "stadion", "gedung", "jalan", "kota", "kabupaten", "provinsi", "desa", "kecamatan", "pulau", "liga",
        "piala", "grup", "group", "kantor", "istana", "pasal", "undang", "uu", "kitab", "majelis", "dewan",
        "ministry", "department", "party", "university", "council", "committee", "court", "house", "office",
    ]

    /// Heads of `organisationHeads` that name a place, a building, a text or a prize, or the
    /// government, which speaks as its country: "Kota Jakarta", "Piala Indonesia", "Pemerintah
    /// Indonesia" are no body of their own.
    static let headsOfPlacesAndTexts: Set<String> = [
        "pemerintah", "kota", "kabupaten", "provinsi", "desa", "kecamatan", "jalan", "pulau", "stadion", "gedung",
        "istana", "pasal", "undang", "uu", "kitab", "piala", "rumah", "sekolah", "house",
    ]

    /// A ministry written short: "Kemenkeu", "Kemenpar", "Kemendikbud".
    static func isMinistry(_ word: String) -> Bool {
        word.hasPrefix("kemen") && word.count >= 7
    }

    /// Heads of names that never speak: a law and its articles, a stadium, a road, a trophy
    /// ("Pasal 219 menyebut …" is the law's text, not a speaker). Not "UU", which is also a given
    /// name ("Uu Ruzhanul Ulum"), nor "Gedung" or "Liga" ("Gedung Putih", "Liga Arab" speak).
    static let speechlessHeads: Set<String> = ["pasal", "undang", "kitab", "stadion", "jalan", "piala", "pulau"]

    /// Last words of a company's or an institute's name ("JYP Entertainment", "Lippo Group", "Setara
    /// Institute", "MNC Sekuritas"): what ends with one is a body, never a person.
    static let companyTails: Set<String> = [
        "entertainment", "group", "corp", "corporation", "inc", "ltd", "records", "pictures", "studios", "holdings",
        "company", "tbk", "persero", "institute", "foundation", "watch", "center", "centre", "sekuritas",
    ]

    /// Prepositions a law's or a document's title carries in capitals ("Perubahan Kedua Atas UU
    /// KPK", "Undang-Undang Tentang Pers"), which no person's name holds.
    static let titlePrepositions: Set<String> = ["atas", "tentang", "terhadap", "tanpa", "bagi", "kepada", "mengenai"]

    /// English words that join the parts of a team's, a work's or a body's name ("Bamsoet For
    /// Golkar", "Bullet To The Heart", "Bank of America"), never those of a person's.
    static let innerConnectors: Set<String> = ["for", "of", "the", "and", "to"]

    /// Degrees, specialist titles and company forms written after a name: "Ali Sungkar SpOG",
    /// "PT Jasa Marga (Persero) Tbk".
    static let postNominals: Set<String> = [
        "spog", "spa", "sppd", "spb", "spjp", "spkk", "spm", "spn", "spot", "sps", "spp", "sked", "mkes", "mph",
        "phd", "msc", "mba", "msi", "mhum", "mpd", "mm", "mh", "sh", "ssos", "sip", "skom", "st", "mt", "se",
        "jr", "persero", "tbk",
    ]

    /// Prepositions of place: a name right after one is a place ("di Morowali"). Not "ke": "ke Jokowi" is common.
    static let locatives: Set<String> = ["di"]

    /// Words before a place's name: "Kabupaten Morowali", "Candi Borobudur" (not "kota": "Wali Kota Hadi").
    static let placeHeads: Set<String> = [
        "kabupaten", "desa", "kecamatan", "kelurahan", "provinsi", "pulau", "candi", "gunung", "danau",
        "sungai", "kampung", "dusun", "teluk", "selat", "regency", "province", "village", "island",
    ]

    /// Words before the name of a place people work at, which may run on for several words
    /// ("Bandara Sultan Thaha Jambi", "Stasiun Meteorologi Hang Nadim"): never a person's name.
    static let facilityHeads: Set<String> = ["bandara", "stasiun", "pelabuhan", "terminal"]

    /// Openers that turn from what was said to the reporter's own account: "Sementara itu, …",
    /// "Diketahui, …", "Sebelumnya, …".
    static let topicSwitches: Set<String> = [
        "sementara", "adapun", "diketahui", "sebelumnya", "seperti", "sebagai", "berdasarkan", "meanwhile",
        "earlier", "previously",
    ]

    /// Prepositions that open an adverbial between a subject and its verb: "X, dalam siaran
    /// persnya mengatakan …".
    static let adverbialOpeners: Set<String> = [
        "dalam", "melalui", "lewat", "saat", "ketika", "usai", "seusai", "sebelum", "setelah", "di", "kepada", "in",
        "during", "after", "before",
    ]

    /// Openers meaning "according to": `Menurut X, …`.
    static let accordingTo: Set<String> = ["menurut", "according"]

    /// Function words that open a sentence ("Bahkan", "Lalu", "Sebagai"), and are no part of a
    /// name: one after a name, written with a capital, begins a sentence the splitter missed.
    static let sentenceOpeners: Set<String> = topicSwitches.union(continuations).union([
        "bahkan", "sedangkan", "lalu", "untuk", "dalam", "soal", "oleh", "kini", "lagi", "secara", "kami",
        "tapi", "saat", "ketika", "pada", "jika", "kalau", "apalagi", "padahal", "meski", "meskipun",
        "walaupun", "selanjutnya", "kemudian", "sebelumnya", "setelah", "usai", "terkait", "menurutnya",
    ])

    /// Openers of a sentence that continues the previous one's subject.
    static let continuations: Set<String> = [
        "yakni", "yaitu", "dengan", "ia", "dia", "beliau", "he", "she", "namun", "tetapi", "selain",
        "sehingga", "sebab", "karena", "pasalnya", "makanya",
    ]

    /// Words that qualify a business title written in English ("Product Manager", "Marketing
    /// Director"): before a title they belong to it, not to the name before them.
    static let titleModifiers: Set<String> = [
        "product", "marketing", "sales", "brand", "general", "country", "regional", "corporate", "public",
        "communications", "communication", "project", "program", "operations", "operational", "finance",
        "financial", "technical", "creative", "managing", "business", "account", "research", "development",
        "relations", "affairs", "legal", "strategy", "strategic", "digital", "content", "media", "category",
        "channel", "community", "external", "internal", "customer", "service", "services", "partnership",
        "leasing", "division", "head", "human", "resources",
    ]

    /// Units of an office, whose names follow their head ("Kepala Bidang Telaah Strategis"):
    /// dictionary words after them name the unit, not a person.
    static let officeUnits: Set<String> = [
        "bidang", "bagian", "seksi", "divisi", "subbidang", "subbagian", "unit", "urusan", "biro", "kabid", "kabag",
        "kasi", "kasubag", "kasubbag", "kadiv", "kasubdit", "karo", "dinas", "pusat", "direktorat", "departemen",
        "department", "division", "office",
    ]

    /// Titles and roles that precede a name but are not part of it.
    static let titles: Set<String> = [
        "presiden", "pemimpin", "menteri", "duta", "besar", "diplomat", "wakil", "ketua", "kepala", "gubernur",
        "sekretaris", "jenderal", "perdana", "raja", "ratu", "pangeran", "senator", "anggota", "direktur",
        "juru", "bicara", "jubir", "kanselir", "walikota", "bupati", "kapolri", "panglima", "dr", "prof",
        "president", "leader", "minister", "ambassador", "secretary", "general", "prime", "chairman", "king",
        "queen", "spokesman", "spokeswoman", "senior", "top", "chief", "official", "pejabat", "tinggi",
        "kantor", "berita", "resmi", "pemerintah", "sementara", "breaking", "dewan", "negara", "luar", "negeri",
        "deputy", "acting", "assistant", "associate", "vice", "executive", "director", "commissioner", "judge",
        "justice", "attorney", "lawyer", "counsel", "governor", "gov", "mayor", "sen", "rep", "representative",
        "congressman", "congresswoman", "lt", "lieut", "col", "gen", "cmdr", "capt", "sgt", "adm", "maj", "officer",
        "analyst", "economist", "manager", "ceo", "cfo", "coo", "founder", "spokesperson", "inspector", "head",
        "superintendent", "sheriff", "detective", "commander", "professor", "chancellor", "premier",
        "eks", "mantan", "former",
    ]

    /// Lower-case particles inside a person's or place's name: "Virgil van Dijk", "Mohammed bin
    /// Salman", "David de Gea", "Alex dos Santos", "Adel al-Jubeir" (after a hyphen: "al", "el").
    static let nameParticles: Set<String> = ["al", "el", "bin", "binti", "van", "von", "de", "da", "dos", "del", "der"]

    /// Words that make an office a past one: "mantan Panglima TNI" is not who holds it now.
    static let formerWords: Set<String> = ["mantan", "eks", "former", "bekas"]

    /// Words that open a sentence and join it to the one before: "Sehingga hal ini …".
    static let connectives: Set<String> = [
        "sehingga", "namun", "tetapi", "tapi", "karena", "jadi", "maka", "selain", "dan", "but", "so", "and", "however",
    ]

    /// Subjects that point to another sentence: "Ini …", "Mereka …", "They …".
    static let anaphoricSubjects: Set<String> = ["ini", "itu", "mereka", "this", "these", "those", "they"]

    /// Demonstratives after a noun: "hal ini", "kebijakan tersebut".
    static let demonstratives: Set<String> = ["ini", "itu", "tersebut"]

    /// Relations that describe a person named before them, set off by commas: "Jodie Meyers,
    /// Stacy Young's sister, said", "Rina, istri korban, mengatakan".
    static let relations: Set<String> = [
        "sister", "brother", "wife", "husband", "son", "daughter", "mother", "father", "widow", "friend", "neighbor",
        "neighbour", "colleague", "adviser", "advisor", "aide", "partner", "member", "resident", "kakak", "adik",
        "anak", "istri", "suami", "ayah", "ibu", "paman", "bibi", "tante", "kerabat", "tetangga", "rekan", "teman",
        "warga",
    ]

    /// Plural or anonymous speakers: "analis", "para ahli", "analysts".
    static let groupSpeakers: [String: String] = [
        "analis": "analysts", "pengamat": "analysts", "ahli": "experts", "pakar": "experts",
        "analysts": "analysts", "experts": "experts", "observers": "analysts", "pejabat": "officials",
        "officials": "officials", "massa": "protesters", "demonstran": "protesters", "pendemo": "protesters",
        "pengunjuk": "protesters", "protesters": "protesters", "demonstrators": "protesters",
    ]
}
