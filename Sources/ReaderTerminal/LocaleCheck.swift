import Glibc

/// Whether the locale that `setlocale(LC_ALL, "")` chose can show UTF-8 text.
enum LocaleCheck {
    /// A warning for a codeset other than UTF-8, naming LANG so the fix is plain.
    static func warning(codeset: String, lang: String?) -> String? {
        let normalized = codeset.uppercased().filter { $0 != "-" }
        guard normalized != "UTF8" else { return nil }
        return "the locale is not UTF-8 (LANG=\(lang ?? "")); text may show wrongly: set LANG=C.UTF-8"
    }

    /// The warning for the current locale, if any.
    static func currentWarning() -> String? {
        let codeset = nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? ""
        return warning(codeset: codeset, lang: environment("LANG"))
    }

    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
